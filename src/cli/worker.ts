// Worker thread of the CLI: checks the workbooks the main thread sends it, one at a time, and posts back the outcome.

import { parentPort } from 'node:worker_threads';
import { checkFile, reason, type CheckTask } from './check-file';

const port = parentPort;
if (port) {
  // A library that logs must not write into the JSON the main thread prints on stdout.
  const toStderr = (...parts: unknown[]) => process.stderr.write(`${parts.map(String).join(' ')}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  port.on('message', (task: CheckTask) => {
    checkFile(task).then(
      (outcome) => port.postMessage({ ok: true, outcome }),
      // checkFile turns every expected failure into a report; anything else is a bug, reported for that file.
      (e: unknown) => port.postMessage({ ok: false, message: reason(e) }),
    );
  });
}
