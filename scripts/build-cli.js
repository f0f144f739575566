// The CLI's second build step (`npm run build:cli` = `tsc -p tsconfig.cli.json && node scripts/build-cli.js`): after tsc
// has type-checked and compiled src/ into lib/, esbuild bundles the CLI's two entry points — the command
// (src/cli/main.ts) and its worker thread (src/cli/worker.ts) — each into one file, lib/cli/main.js and
// lib/cli/worker.js, over tsc's. A process then loads one file per thread instead of some 200 modules and zod's
// locales: start-up costs about 150 ms of CPU a thread instead of 260 (issue 15). The code is minified (names too:
// no wrappers, the speed of tsc's output); a source map beside each file gives DEBUG traces their names back with
// `node --enable-source-maps`. The benchmark bundles the CLI the same way (bench/long-case.ts).

'use strict';

const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** Bundles src/cli/main.ts and src/cli/worker.ts into `outdir` (main.js, worker.js and their maps). */
async function bundleCli(outdir = path.join(ROOT, 'lib', 'cli')) {
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts'), path.join(ROOT, 'src/cli/worker.ts')],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    sourcemap: true,
    // Only reached when the worker script is missing (tests running the TypeScript through tsx).
    external: ['tsx'],
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
}

module.exports = { bundleCli };

if (require.main === module) {
  bundleCli().catch((e) => {
    process.stderr.write(`build-cli: ${e && e.stack ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
