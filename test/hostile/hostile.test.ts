// Hostile and broken input, through the CLI as a user meets it: each unreadable file gets a clear bilingual error
// (exit status 2 when it is the only file) while the other files are still checked; extreme but valid workbooks
// (1 048 576 rows, 32 767-character cells, formula errors, numbers as text, serial dates, 200 sheets) are checked.

import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { MAX_QUOTE } from '../../src/core/rules/engine';
import { ReportSchema, type FileReport, type Report } from '../../src/core/model';
import { LIMITS } from '../../src/hosts/file/errors';
import { loadWorkbook } from '../oracle/exceljs-read';
import { seed000Workbook } from '../cli/helpers';
import * as F from './files';

let dir: string;

interface Run {
  status: number;
  report: Report;
  stderr: string;
}

/** The CLI in this process (JOBS=0) or on worker threads; stdout must be exactly the spec's JSON report. */
async function check(
  files: string[],
  env: Record<string, string> = { INDICATOR_CHECKER_JOBS: '0' },
  extra: string[] = [],
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env };
  const status = await main(['check', ...files.map((f) => path.join(dir, f)), '--json', ...extra], io);
  return { status, report: ReportSchema.parse(JSON.parse(stdout)), stderr };
}

const fileOf = (r: Run, name: string): FileReport => {
  const f = r.report.files.find((x) => path.basename(x.file) === name);
  if (!f) throw new Error(`${name} not in the report`);
  return f;
};

/** "中文 / English": both languages, Chinese first (the first " / " separates them). */
const BILINGUAL = /^(?:(?! \/ ).)*[\u4e00-\u9fff](?:(?! \/ ).)* \/ [A-Z].*[a-z]/s;

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

/** A real BIFF8 .xls, converted from seed 000's workbook by LibreOffice. */
async function realXls(): Promise<string | null> {
  if (!soffice) {
    if (process.env.CI) throw new Error('LibreOffice (soffice) is required in CI to make a real .xls');
    return null;
  }
  const src = path.join(dir, 'for-xls.xlsx');
  await fs.writeFile(src, await seed000Workbook());
  const outDir = path.join(dir, 'xls');
  await new Promise<void>((resolve, reject) => {
    execFile(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xls',
        '--outdir',
        outDir,
        src,
      ],
      { timeout: 120000 },
      (e) => (e ? reject(e) : resolve()),
    );
  });
  const xls = path.join(outDir, 'for-xls.xls');
  const target = path.join(dir, '劳动能力鉴定费用.xls');
  await fs.rename(xls, target);
  return '劳动能力鉴定费用.xls';
}

const UNREADABLE: [string, string, () => Promise<Buffer> | Buffer | string][] = [
  ['csv-renamed.xlsx', 'not-a-workbook', () => F.CSV_AS_XLSX],
  ['pdf-renamed.xlsx', 'not-a-workbook', F.pdfAsXlsx],
  ['empty.xlsx', 'not-a-workbook', () => Buffer.alloc(0)],
  ['opendocument.xlsx', 'not-a-workbook', F.odsFile],
  ['word.xlsx', 'not-a-workbook', F.docxAsXlsx],
  ['encrypted.xlsx', 'encrypted', () => F.oleFile(true)],
  ['legacy-header.xls', 'xls-format', () => F.oleFile(false)],
  ['truncated-60.xlsx', 'corrupt', () => F.truncated(0.6)],
  ['truncated-99.xlsx', 'corrupt', () => F.truncated(0.99)],
  ['bomb-declared.xlsx', 'too-large', F.declaredBomb],
  ['bomb-lying.xlsx', 'too-large', () => F.lyingBomb(1100)],
  ['bomb-overlapping.xlsx', 'too-large', () => F.overlappingBomb(40)],
];

let xlsName: string | null = null;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-hostile-'));
  for (const [name, , make] of UNREADABLE) await fs.writeFile(path.join(dir, name), await make());
  await fs.writeFile(path.join(dir, 'good.xlsx'), await seed000Workbook({ patch: { E19: '≤95' } }));
  await fs.writeFile(path.join(dir, 'rows-1048576.xlsx'), await F.fullHeightSheet());
  await fs.writeFile(path.join(dir, 'long-cells.xlsx'), await F.longCells());
  await fs.writeFile(path.join(dir, 'formula-errors.xlsx'), await F.formulaErrors());
  await fs.writeFile(path.join(dir, 'numbers-as-text.xlsx'), await F.numbersAsText());
  await fs.writeFile(path.join(dir, 'serial-dates.xlsx'), await F.serialDates());
  await fs.writeFile(path.join(dir, 'sheets-200.xlsx'), await F.manySheets(200));
  xlsName = await realXls();
}, 180000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('a file that cannot be read', () => {
  it.each(UNREADABLE)('%s alone: %s, a bilingual message, exit status 2', async (name, code) => {
    const r = await check([name]);
    expect(r.status).toBe(2);
    const f = fileOf(r, name);
    expect(f.error?.code).toBe(code);
    expect(f.error?.message).toMatch(BILINGUAL);
    expect(f.tables).toEqual([]);
    expect(f.findings).toEqual([]);
    // No stack trace for the user (a bomb that hung would fail on the test's own time limit).
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a real .xls (BIFF8, saved by LibreOffice) is named as the legacy format', async () => {
    if (!xlsName) return expect(soffice).toBeUndefined();
    const r = await check([xlsName]);
    expect(r.status).toBe(2);
    expect(fileOf(r, xlsName).error?.code).toBe('xls-format');
    expect(fileOf(r, xlsName).error?.message).toMatch(/另存为 \.xlsx.* \/ .*save it as \.xlsx/);
  });

  it('the lying zip bomb is refused by inflating no more than its declared size, in bounded memory', async () => {
    const before = process.memoryUsage().rss;
    const r = await check(['bomb-lying.xlsx']);
    expect(fileOf(r, 'bomb-lying.xlsx').error?.message).toContain('larger than declared');
    // Inflated whole, it would be 1.1 GiB; the reader stops after the 4 KiB it declares.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    const declared = await check(['bomb-declared.xlsx']);
    expect(fileOf(declared, 'bomb-declared.xlsx').error?.message).toContain('3.0 GiB');
    expect(LIMITS.MAX_TOTAL_UNCOMPRESSED).toBe(1024 * 1024 * 1024);
  });

  it('every unreadable file alongside a good one: each reported, the good one still checked, in input order (workers)', async () => {
    const names = [...UNREADABLE.map(([n]) => n), 'good.xlsx', 'missing.xlsx', ...(xlsName ? [xlsName] : [])];
    const r = await check(names, { INDICATOR_CHECKER_JOBS: '2' });
    expect(r.report.files.map((f) => path.basename(f.file))).toEqual(names);
    const good = fileOf(r, 'good.xlsx');
    expect(good.error).toBeNull();
    expect(good.tables).toHaveLength(1);
    expect(good.findings.find((x) => x.ruleId === 'satisfaction-direction')?.cell).toBe('E19');
    for (const f of r.report.files) if (f !== good) expect(f.error?.message).toMatch(BILINGUAL);
    // One readable file with an error finding: status 1, not 2.
    expect(r.status).toBe(1);
  }, 120000);

  it('a workbook holding more sheet data than the memory allows is refused before parsing, with its size', async () => {
    // The reader takes the limit from the process environment (worker threads get a copy of it).
    process.env.INDICATOR_CHECKER_MAX_SHEET_MB = '0.5';
    let r: Run;
    try {
      r = await check(['good.xlsx', 'sheets-200.xlsx']);
    } finally {
      delete process.env.INDICATOR_CHECKER_MAX_SHEET_MB;
    }
    expect(fileOf(r, 'good.xlsx').error).toBeNull();
    const big = fileOf(r, 'sheets-200.xlsx');
    expect(big.error?.code).toBe('too-large');
    expect(big.error?.message).toMatch(/\d+\.\d KiB of sheet data, more than 512\.0 KiB/);
  });
});

describe('extreme but valid workbooks', () => {
  it('a sheet whose used range reaches row 1 048 576 and column XFD', async () => {
    const r = await check(['rows-1048576.xlsx']);
    const f = fileOf(r, 'rows-1048576.xlsx');
    expect(f.error).toBeNull();
    expect(f.tables).toHaveLength(1);
    expect(f.tables[0]?.range).toBe('A1:F19');
    expect(f.tables[0]?.indicators).toHaveLength(8);
  });

  it('32 767-character cells: checked, quoted at most 200 characters, annotated without touching the cell', async () => {
    const out = path.join(dir, 'out-long');
    const r = await check(['long-cells.xlsx'], { INDICATOR_CHECKER_JOBS: '0' }, ['--out', out]);
    const f = fileOf(r, 'long-cells.xlsx');
    expect(f.error).toBeNull();
    expect(f.tables[0]?.indicators[0]?.name).toHaveLength(32767);
    const onLong = f.findings.filter((x) => x.cell === 'E13');
    expect(onLong.length).toBeGreaterThan(0);
    for (const x of f.findings) expect(x.message.length).toBeLessThan(MAX_QUOTE * 2 + 200);
    const wb = await loadWorkbook(await fs.readFile(path.join(out, 'long-cells.xlsx')));
    const ws = wb.getWorksheet('Sheet1');
    expect(String(ws?.getCell('D12').value)).toHaveLength(32767);
    expect(String(ws?.getCell('E13').value)).toHaveLength(32767);
    const note = ws?.getCell('E13').note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(text).toContain('【绩效审核·');
    expect(text.length).toBeLessThan(32767);
  });

  it('formula errors (#N/A, #REF!, #DIV/0!) as targets: each reported as having no value, nothing else said about them', async () => {
    const r = await check(['formula-errors.xlsx']);
    const f = fileOf(r, 'formula-errors.xlsx');
    const errors = f.findings.filter((x) => ['E12', 'E15', 'E19'].includes(x.cell));
    expect(errors.map((x) => [x.cell, x.ruleId])).toEqual([
      ['E12', 'empty-target'],
      ['E15', 'empty-target'],
      ['E19', 'empty-target'],
    ]);
    expect(errors[0]?.message).toContain('公式错误 #N/A');
    expect(errors[1]?.message).toContain('公式错误 #REF!');
    expect(f.tables[0]?.indicators.map((i) => i.target.raw)).toContain('#DIV/0!');
    expect(r.status).toBe(1);
  });

  it('numbers stored as text read as the numbers they show', async () => {
    const f = fileOf(await check(['numbers-as-text.xlsx']), 'numbers-as-text.xlsx');
    const t = f.tables[0];
    expect(t?.project.budget).toBe(14);
    const byName = new Map(t?.indicators.map((i) => [i.name, i.target]));
    expect(byName.get('劳动能力鉴定人数')).toMatchObject({ kind: 'quantitative', value: 1500, unit: '人' });
    expect(byName.get('劳动能力鉴定次数')).toMatchObject({ kind: 'quantitative', value: 4 });
    expect(byName.get('劳动能力鉴定费')).toMatchObject({ kind: 'quantitative', value: 14, unit: '万元' });
    expect(byName.get('社会公众满意度')).toMatchObject({ kind: 'quantitative', value: 99, unit: '%' });
    // Same findings as the seed with real numbers: text digits are not a defect in themselves.
    const plain = fileOf(await check(['good.xlsx']), 'good.xlsx');
    const rules = (x: FileReport) => x.findings.filter((y) => y.cell !== 'E19').map((y) => `${y.ruleId}@${y.cell}`);
    expect(rules(f)).toEqual(rules(plain));
  });

  it('a date-formatted serial number is a date; the same serial unformatted stays a number', async () => {
    const f = fileOf(await check(['serial-dates.xlsx']), 'serial-dates.xlsx');
    const byName = new Map(f.tables[0]?.indicators.map((i) => [i.name, i.target]));
    expect(byName.get('管理任务按时完成')).toMatchObject({
      kind: 'date',
      period: { start: '2021-12-31', end: '2021-12-31' },
    });
    expect(byName.get('劳动能力鉴定人数')).toMatchObject({ kind: 'quantitative', value: 44561 });
    // A deadline inside the project period (2021) is no timeliness problem.
    expect(f.findings.some((x) => x.cell === 'E14')).toBe(false);
  });

  it('200 sheets: every sheet checked, in workbook order, each error on its own sheet', async () => {
    const r = await check(['sheets-200.xlsx'], { INDICATOR_CHECKER_JOBS: '1' });
    const f = fileOf(r, 'sheets-200.xlsx');
    expect(f.error).toBeNull();
    expect(f.tables.map((t) => t.sheet)).toEqual(Array.from({ length: 200 }, (_, i) => `项目${i + 1}`));
    const satisfaction = f.findings.filter((x) => x.ruleId === 'satisfaction-direction');
    expect(satisfaction.map((x) => x.sheet)).toEqual(Array.from({ length: 20 }, (_, i) => `项目${(i + 1) * 10}`));
    expect(r.report.summary.tables).toBe(200);
  }, 120000);
});

describe('the fixtures are what they claim', () => {
  it('the sparse sheet really spans 1 048 576 rows, and the long cells hold 32 767 characters', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(path.join(dir, 'rows-1048576.xlsx'))) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Sheet1')?.getCell('XFD1048576').value).toBe('表格结束');
    const long = new ExcelJS.Workbook();
    await long.xlsx.load((await fs.readFile(path.join(dir, 'long-cells.xlsx'))) as unknown as ArrayBuffer);
    expect(String(long.getWorksheet('Sheet1')?.getCell('E13').value)).toHaveLength(32767);
  });
});
