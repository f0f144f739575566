// Worker thread of the CLI: checks the workbooks the main thread sends it, one at a time, and posts back the outcome.

import { parentPort } from 'node:worker_threads';
import { plainIndicator } from '../core/indicator-cells';
import { checkFile, reason, type CheckOutcome, type CheckTask } from './check-file';
import { renderFile, type RenderTask } from './render';

const port = parentPort;
if (port) {
  // A library that logs must not write into the JSON the main thread prints on stdout.
  const toStderr = (...parts: unknown[]) => process.stderr.write(`${parts.map(String).join(' ')}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  port.on('message', (task: CheckTask | RenderTask) => {
    // A rendered outcome's JSON pieces are handed over, not copied.
    const work =
      'render' in task
        ? renderFile(task).then((outcome) => ({
            outcome,
            transfer: (outcome.json ?? []).map((b) => b.buffer as ArrayBuffer),
          }))
        : checkFile(task).then((outcome) => ({ outcome: cloneable(outcome), transfer: [] }));
    work.then(
      ({ outcome, transfer }) => port.postMessage({ ok: true, outcome }, transfer),
      // checkFile turns every expected failure into a report; anything else is a bug, reported for that file.
      (e: unknown) => port.postMessage({ ok: false, message: reason(e) }),
    );
  });
}

/**
 * The outcome with every indicator as a plain object: posting copies own data properties only, and an indicator
 * read on its own row keeps its `cells` on its prototype until read (core/indicator-cells.ts).
 */
function cloneable(outcome: CheckOutcome): CheckOutcome {
  for (const t of outcome.report.tables) t.indicators = t.indicators.map(plainIndicator);
  return outcome;
}
