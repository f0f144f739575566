#!/usr/bin/env node
// Launcher for the `indicator-checker` CLI: runs the compiled TypeScript in lib/ (built by `npm run build:cli`).
'use strict';

const path = require('node:path');
const { existsSync } = require('node:fs');

const LIB = path.join(__dirname, '..', 'lib', 'cli');
const argv = process.argv.slice(2);

// `check` does its work on worker threads. The first one is started here, before the command's own code is loaded:
// the two start-ups (each 0.1–0.2 s of one core) then run side by side instead of one after the other.
let early = null;
const worker = path.join(LIB, 'worker.js');
if (argv[0] === 'check' && (process.env.INDICATOR_CHECKER_JOBS ?? '').trim() !== '0' && existsSync(worker)) {
  const { Worker } = require('node:worker_threads');
  early = new Worker(worker);
  // Until the command takes it (src/cli/pool.ts, offerWorker), a failure to start only means it is not used.
  early.on('error', () => {});
  early.unref();
}

let cli;
try {
  cli = require(path.join(LIB, 'main.js'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(path.join('lib', 'cli', 'main.js'))) {
    process.stderr.write(
      'indicator-checker: 尚未编译，请先运行 npm run build:cli / not built yet: run `npm run build:cli` first\n',
    );
    process.exit(2);
  }
  throw e;
}
cli.run(argv, early);
