#!/usr/bin/env node
// Launcher for the `indicator-checker` CLI: runs the compiled TypeScript in lib/ (built by `npm run build:cli`).
'use strict';

let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('lib/cli/main.js')) {
    process.stderr.write(
      'indicator-checker: 尚未编译，请先运行 npm run build:cli / not built yet: run `npm run build:cli` first\n',
    );
    process.exit(2);
  }
  throw e;
}
cli.run(process.argv.slice(2));
