// `npm run demo`: checks the bundled samples and writes annotated copies to out/. Findings are the point of a demo,
// so the CLI's status 1 ("error-severity findings") counts as success here; only status 2 (nothing readable) fails.

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'out');
const cli = path.join(root, 'bin', 'indicator-checker.js');
const result = spawnSync(process.execPath, [cli, 'check', path.join(root, 'samples'), '--out', out, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (result.error) throw result.error;
const status = result.status ?? 2;
if (status <= 1) {
  console.log(`\n带标注的副本已写到 ${out}，可用 Excel、WPS 或 LibreOffice 打开查看。`);
  console.log(`Annotated copies are in ${out}; open them in Excel, WPS or LibreOffice.`);
}
process.exit(status <= 1 ? 0 : status);
