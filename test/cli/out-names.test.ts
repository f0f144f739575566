// --out names through the CLI: a copy never lands on an input, on another copy of the run, or on a file that is not
// our own earlier copy (foreign-writers #43); a taken name gives `name (2).ext` and a bilingual warning; our own
// earlier copy is replaced in place, so a re-run gives the same names.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { ReportSchema, type Report } from '../../src/core/model';
import { macroWorkbook, seed000Workbook, workbookBytes } from './helpers';
import { buildCli, runCli, type RunResult } from './run';

let dir: string;
const run = (args: string[], env: Record<string, string> = {}) => runCli(dir, args, env);

function report(r: RunResult): Report {
  return ReportSchema.parse(JSON.parse(r.stdout));
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(path.join(dir, file)))
    .digest('hex');
}

/** The project name in B4 tells the copies of two same-named workbooks apart. */
async function projectName(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb.worksheets[0]?.getCell('B4').value;
}

async function write(file: string, bytes: Buffer | string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await fs.writeFile(path.join(dir, file), bytes);
}

beforeAll(async () => {
  buildCli();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-out-names-'));
  await write('2023/预算.xlsx', await seed000Workbook({ patch: { B4: '项目甲' } }));
  await write('2024/预算.xlsx', await seed000Workbook({ patch: { B4: '项目乙' } }));
}, 120000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test('#43: `check d/预算.xlsm --out d` beside another workbook d/预算.xlsx: refused, exit 2, nothing written, in either language', async () => {
  await write('d/预算.xlsm', await macroWorkbook());
  await write(
    'd/预算.xlsx',
    await workbookBytes((wb) => (wb.addWorksheet('别人的表').getCell('A1').value = '另一个工作簿')),
  );
  const before = [await sha256('d/预算.xlsm'), await sha256('d/预算.xlsx')];
  const zh = await run(['check', 'd/预算.xlsm', '--out', 'd']);
  expect(zh.code).toBe(2);
  expect(zh.stdout).toBe('');
  expect(zh.stderr).toMatch(/拒绝写出：输出文件 d\/预算\.xlsm 就是输入文件/);
  const en = await run(['check', 'd/预算.xlsm', '--out', 'd', '--lang', 'en-US']);
  expect(en.code).toBe(2);
  expect(en.stderr).toMatch(/refusing to write: output file d\/预算\.xlsm is the input file/);
  // The folder itself as input and output: refused the same way.
  expect((await run(['check', 'd', '--out', 'd'])).code).toBe(2);
  expect([await sha256('d/预算.xlsm'), await sha256('d/预算.xlsx')]).toEqual(before);
  expect((await fs.readdir(path.join(dir, 'd'))).sort()).toEqual(['预算.xlsm', '预算.xlsx']);
});

test('two inputs of one name from different folders: the second copy is 预算 (2).xlsx, said in both languages; a re-run keeps the names', async () => {
  const r = await run(['check', '2023/预算.xlsx', '2024/预算.xlsx', '--json', '--out', 'o']);
  expect(r.code).not.toBe(2);
  const [a, b] = report(r).files;
  expect(a.output).toBe(path.join('o', '预算.xlsx'));
  expect(a.warnings ?? []).toEqual([]);
  expect(b.output).toBe(path.join('o', '预算 (2).xlsx'));
  const renamed = (b.warnings ?? []).find((w) => w.code === 'output-renamed');
  expect(renamed?.message).toBe(
    '输出目录中的 预算.xlsx 已是 2023/预算.xlsx 的副本；本文件的副本写为 预算 (2).xlsx / ' +
      "预算.xlsx in the output folder is already the copy of 2023/预算.xlsx; this file's copy was written as 预算 (2).xlsx",
  );
  expect(await projectName('o/预算.xlsx')).toBe('项目甲');
  expect(await projectName('o/预算 (2).xlsx')).toBe('项目乙');

  // Again: both names are our own earlier copies, replaced in place; no 预算 (3).xlsx.
  const again = await run(['check', '2023/预算.xlsx', '2024/预算.xlsx', '--out', 'o']);
  expect(again.stdout).toContain(`已写出加批注的副本：${path.join('o', '预算 (2).xlsx')}`);
  expect(again.stdout).toContain('本文件的副本写为 预算 (2).xlsx');
  expect((await fs.readdir(path.join(dir, 'o'))).sort()).toEqual(['预算 (2).xlsx', '预算.xlsx']);
  expect(await projectName('o/预算 (2).xlsx')).toBe('项目乙');

  // Folder arguments holding the same relative name collide the same way.
  const folders = await run(['check', '2023', '2024', '--json', '--out', 'o-folders']);
  expect(report(folders).files.map((f) => f.output)).toEqual([
    path.join('o-folders', '预算.xlsx'),
    path.join('o-folders', '预算 (2).xlsx'),
  ]);
});

test('names that differ only in case or Unicode form are one name (Windows, macOS, USB sticks)', async () => {
  await write('case-a/Budget.xlsx', await seed000Workbook());
  await write('case-b/budget.xlsx', await seed000Workbook());
  await write('nfc/Caf\u00e9.xlsx', await seed000Workbook());
  await write('nfd/Cafe\u0301.xlsx', await seed000Workbook());
  const r = await run(
    ['check', 'case-a/Budget.xlsx', 'case-b/budget.xlsx', 'nfc/Caf\u00e9.xlsx', 'nfd/Cafe\u0301.xlsx'].concat([
      '--json',
      '--out',
      'o-case',
    ]),
  );
  expect(report(r).files.map((f) => f.output)).toEqual([
    path.join('o-case', 'Budget.xlsx'),
    path.join('o-case', 'budget (2).xlsx'),
    path.join('o-case', 'Caf\u00e9.xlsx'),
    path.join('o-case', 'Cafe\u0301 (2).xlsx'),
  ]);
});

test('a workbook at the name that is not ours is never overwritten: the copy takes the next free name, stably', async () => {
  const foreign = await workbookBytes((wb) => (wb.addWorksheet('Sheet1').getCell('A1').value = '财务科自己的表'));
  await write('o-foreign/预算.xlsx', foreign);
  await write('o-foreign/预算 (2).xlsx', 'not a workbook, but not ours either');
  const before = [await sha256('o-foreign/预算.xlsx'), await sha256('o-foreign/预算 (2).xlsx')];
  const r = await run(['check', '2023/预算.xlsx', '--json', '--out', 'o-foreign']);
  expect(r.code).not.toBe(2);
  const [file] = report(r).files;
  expect(file.output).toBe(path.join('o-foreign', '预算 (3).xlsx'));
  expect(file.warnings?.map((w) => w.code)).toEqual(['output-renamed']);
  expect(file.warnings?.[0].message).toContain('输出目录中已有 预算.xlsx，它不是本工具写出的副本，未覆盖');
  expect(file.warnings?.[0].message).toContain(
    '预算.xlsx in the output folder is not a copy this tool wrote and was not overwritten',
  );
  expect([await sha256('o-foreign/预算.xlsx'), await sha256('o-foreign/预算 (2).xlsx')]).toEqual(before);
  expect(await projectName('o-foreign/预算 (3).xlsx')).toBe('项目甲');

  const en = await run(['check', '2023/预算.xlsx', '--out', 'o-foreign', '--lang', 'en-US']);
  expect(en.stdout).toContain(`annotated copy written: ${path.join('o-foreign', '预算 (3).xlsx')}`);
  expect(en.stdout).toContain("this file's copy was written as 预算 (3).xlsx");
  expect((await fs.readdir(path.join(dir, 'o-foreign'))).sort()).toEqual([
    '预算 (2).xlsx',
    '预算 (3).xlsx',
    '预算.xlsx',
  ]);
  expect([await sha256('o-foreign/预算.xlsx'), await sha256('o-foreign/预算 (2).xlsx')]).toEqual(before);
});

test('our own earlier copy is replaced in place: an annotated one (our state sheet) and a cleared one (the same cells)', async () => {
  const first = await run(['check', '2024/预算.xlsx', '--json', '--out', 'o-own']);
  expect(report(first).files[0].output).toBe(path.join('o-own', '预算.xlsx'));
  const second = await run(['check', '2024/预算.xlsx', '--json', '--out', 'o-own']);
  expect(report(second).files[0].output).toBe(path.join('o-own', '预算.xlsx'));
  expect(report(second).files[0].warnings ?? []).toEqual([]);

  // A cleared copy carries no state sheet; it holds the input's cells, so clearing again replaces it.
  for (let i = 0; i < 2; i++) {
    const cleared = await run(['clear', 'o-own/预算.xlsx', '--json', '--out', 'o-own-clear']);
    expect(report(cleared).files[0].output).toBe(path.join('o-own-clear', '预算.xlsx'));
    expect(report(cleared).files[0].warnings ?? []).toEqual([]);
  }
  expect(await fs.readdir(path.join(dir, 'o-own-clear'))).toEqual(['预算.xlsx']);

  // A workbook with our state sheet's name that we did not write is not ours.
  await write(
    'o-impostor/预算.xlsx',
    await workbookBytes((wb) => {
      wb.addWorksheet('Sheet1').getCell('A1').value = 'x';
      wb.addWorksheet('IndicatorCheckerState').getCell('A1').value = 'somebody else';
    }),
  );
  const impostor = await run(['check', '2024/预算.xlsx', '--json', '--out', 'o-impostor']);
  expect(report(impostor).files[0].output).toBe(path.join('o-impostor', '预算 (2).xlsx'));
});
