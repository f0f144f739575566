// The CLI end to end: the compiled bin/indicator-checker.js run as a child process on workbooks written here.

import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { ReportSchema, type Report } from '../../src/core/model';
import { macroWorkbook, makeZip, oleFile, seed000Workbook, unzipEntries } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'indicator-checker.js');
const VERSION: string = JSON.parse(require('node:fs').readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** stdout must be exactly one JSON document that matches the spec's report schema. */
function report(r: RunResult): Report {
  return ReportSchema.parse(JSON.parse(r.stdout));
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

let dir: string;

beforeAll(async () => {
  // Build the CLI exactly as `npm run build:cli` does; type errors elsewhere in the tree must not stop the emit.
  const started = Date.now();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  } catch {
    // tsc exits non-zero on type errors but still emits; the mtime check below says whether it built.
  }
  expect(statSync(path.join(ROOT, 'lib/cli/main.js')).mtimeMs).toBeGreaterThanOrEqual(started - 2000);

  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-cli-'));
  await fs.writeFile(path.join(dir, '劳动能力鉴定费用.xlsx'), await seed000Workbook());
  // Seed 003's real error (满意度 ≤ 95 %) put into seed 000's table: a satisfaction target written as a ceiling.
  await fs.writeFile(path.join(dir, 'satisfaction.xlsx'), await seed000Workbook({ patch: { E19: '≤95' } }));
  await fs.writeFile(path.join(dir, 'text.xlsx'), '项目名称,劳动能力鉴定费用\n一级指标,二级指标,三级指标\n');
  await fs.writeFile(path.join(dir, 'legacy.xls'), oleFile(false));
  await fs.writeFile(path.join(dir, 'encrypted.xlsx'), oleFile(true));
  const full = await seed000Workbook();
  await fs.writeFile(path.join(dir, 'truncated.xlsx'), full.subarray(0, Math.floor(full.length * 0.6)));
  await fs.writeFile(
    path.join(dir, 'noworkbook.xlsx'),
    makeZip([{ name: 'word/document.xml', data: '<w:document>劳动能力鉴定费用</w:document>', deflate: true }]),
  );
  await fs.mkdir(path.join(dir, 'folder', 'sub'), { recursive: true });
  await fs.copyFile(path.join(dir, 'satisfaction.xlsx'), path.join(dir, 'folder', 'b.xlsx'));
  await fs.copyFile(path.join(dir, '劳动能力鉴定费用.xlsx'), path.join(dir, 'folder', 'sub', 'a.xlsx'));
  await fs.writeFile(path.join(dir, 'folder', '~$b.xlsx'), 'lock');
  await fs.writeFile(path.join(dir, 'folder', 'readme.txt'), 'not a workbook');
}, 120000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('indicator-checker basics', () => {
  it('--version and --help', async () => {
    const v = await run(['--version']);
    expect(v).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('indicator-checker check');
    expect(h.stdout).toContain('--out');
    const en = await run(['--help'], { LANG: 'en_US.UTF-8' });
    expect(en.stdout).toContain('Exit status');
  });

  it.each([
    [[], /用法/],
    [['frobnicate', 'x.xlsx'], /未知命令/],
    [['check'], /至少指定一个文件/],
    [['check', 'x.xlsx', '--bogus'], /未知选项/],
    [['check', 'x.xlsx', '--lang', 'fr'], /zh-CN 或 en-US/],
    [['check', 'x.xlsx', '--profile', 'nope'], /project-2021/],
    [['check', 'x.xlsx', '--summary-sheet'], /--summary-sheet/],
    [['clear', 'x.xlsx'], /--out/],
    [['check', 'x.xlsx', '--out'], /--out/],
  ])('usage error %j exits 2 with a message and nothing on stdout', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('indicator-checker check --json', () => {
  it('reads seed 000 into the spec report, stdout holding only the JSON', async () => {
    const r = await run(['check', '劳动能力鉴定费用.xlsx', '--json']);
    const rep = report(r);
    expect(rep.tool).toEqual({ name: 'indicator-checker', version: VERSION });
    expect(rep.files).toHaveLength(1);
    const f = rep.files[0];
    expect(f.file).toBe('劳动能力鉴定费用.xlsx');
    expect(f.error).toBeNull();
    expect(f.tables).toHaveLength(1);
    const t = f.tables[0];
    expect(t.sheet).toBe('Sheet1');
    expect(t.headerRow).toBe(11);
    expect(t.kind).toBe('project');
    expect(t.project.name).toBe('劳动能力鉴定费用');
    expect(t.project.budget).toBe(14);
    expect(t.project.period).toEqual({ start: '2021-01-01', end: '2021-12-31' });
    expect(t.columns).toMatchObject({ level1: 'A', level2: 'B', level3: 'C', level4: 'D', value: 'E', unit: 'F' });
    expect(t.indicators.map((i) => i.name)).toEqual([
      '劳动能力鉴定人数',
      '劳动能力鉴定次数',
      '管理任务按时完成',
      '工伤鉴定合格率',
      '劳动能力鉴定费',
      '保障职工权益',
      '鉴定给群众带来的可持续影响显著提升',
      '社会公众满意度',
    ]);
    expect(t.indicators[0]).toMatchObject({
      row: 12,
      set: 'annual',
      level1: '产出指标',
      level2: '数量指标',
      name: '劳动能力鉴定人数',
      target: { raw: '1500', operator: null, value: 1500, unit: '人', kind: 'quantitative' },
    });
    expect(rep.summary).toMatchObject({ files: 1, tables: 1, indicators: 8 });
    const errors = f.findings.filter((x) => x.severity === 'error').length;
    expect(rep.summary.errors).toBe(errors);
    expect(r.code).toBe(errors > 0 ? 1 : 0);
    for (const x of f.findings) expect(x.sheet).toBe('Sheet1');
  });

  it('exits 1 on an error finding and points at its cell', async () => {
    const r = await run(['check', 'satisfaction.xlsx', '--json']);
    const rep = report(r);
    const hit = rep.files[0].findings.find((x) => x.ruleId === 'satisfaction-direction');
    expect(hit).toMatchObject({ severity: 'error', sheet: 'Sheet1', cell: 'E19' });
    expect(r.code).toBe(1);
  });

  it('reports each unreadable file with a clear bilingual error and still checks the others', async () => {
    const bad = ['text.xlsx', 'legacy.xls', 'encrypted.xlsx', 'truncated.xlsx', 'noworkbook.xlsx', 'missing.xlsx'];
    const r = await run(['check', ...bad, '劳动能力鉴定费用.xlsx', '--json']);
    const rep = report(r);
    expect(rep.files.map((f) => f.file)).toEqual([...bad, '劳动能力鉴定费用.xlsx']);
    expect(rep.files.map((f) => f.error?.code ?? null)).toEqual([
      'not-a-workbook',
      'xls-format',
      'encrypted',
      'corrupt',
      'not-a-workbook',
      'not-found',
      null,
    ]);
    for (const f of rep.files.slice(0, bad.length)) {
      expect(f.error?.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
      expect(f.tables).toEqual([]);
    }
    expect(rep.files[bad.length].tables).toHaveLength(1);
    expect(rep.summary.files).toBe(bad.length + 1);
    // A batch never hides a failure: the unreadable files make the status 1 however clean the readable one is.
    expect(r.code).toBe(1);
    expect(rep.summary.unreadable).toBe(bad.length);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when no input is readable, still printing the JSON report', async () => {
    const r = await run(['check', 'text.xlsx', 'encrypted.xlsx', '--json']);
    expect(r.code).toBe(2);
    expect(report(r).files.every((f) => f.error !== null)).toBe(true);
    const empty = await fs.mkdtemp(path.join(dir, 'empty-'));
    const none = await run(['check', empty, '--json']);
    expect(none.code).toBe(2);
    expect(report(none).files).toEqual([]);
  });

  it('walks a folder recursively in sorted order, skipping lock files and other files', async () => {
    const r = await run(['check', 'folder', '--json']);
    const rep = report(r);
    expect(rep.files.map((f) => f.file)).toEqual([path.join('folder', 'b.xlsx'), path.join('folder', 'sub', 'a.xlsx')]);
    expect(rep.summary.tables).toBe(2);
    expect(r.code).toBe(1);
  });

  it('applies --config and --profile', async () => {
    const off = path.join(dir, 'off.json');
    await fs.writeFile(off, JSON.stringify({ rules: { 'satisfaction-direction': 'off' } }));
    const r = await run(['check', 'satisfaction.xlsx', '--json', '--config', off, '--profile', 'project-2021']);
    const rep = report(r);
    expect(rep.files[0].findings.some((x) => x.ruleId === 'satisfaction-direction')).toBe(false);
    expect(rep.files[0].tables[0].profile).toBe('project-2021');

    const bad = path.join(dir, 'bad.json');
    await fs.writeFile(bad, JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const b = await run(['check', 'satisfaction.xlsx', '--json', '--config', bad]);
    expect(b.code).toBe(2);
    expect(b.stdout).toBe('');
    expect(b.stderr).toContain('rules.no-such-rule');
    const broken = path.join(dir, 'broken.json');
    await fs.writeFile(broken, '{ rules: ');
    expect((await run(['check', 'satisfaction.xlsx', '--config', broken])).code).toBe(2);
  });

  it('writes messages in the language asked for', async () => {
    const zh = report(await run(['check', 'satisfaction.xlsx', '--json']));
    const en = report(await run(['check', 'satisfaction.xlsx', '--json', '--lang', 'en-US']));
    const envEn = report(await run(['check', 'satisfaction.xlsx', '--json'], { LANG: 'en_US.UTF-8' }));
    const msg = (rep: Report) =>
      rep.files[0].findings.find((x) => x.ruleId === 'satisfaction-direction')?.message ?? '';
    expect(msg(zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(msg(en)).not.toBe(msg(zh));
    expect(msg(envEn)).toBe(msg(en));
  });
});

describe('indicator-checker readable summary', () => {
  it('prints tables, findings grouped by severity and rule with cells, and totals', async () => {
    const r = await run(['check', 'satisfaction.xlsx', 'text.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('== satisfaction.xlsx');
    expect(r.stdout).toContain('Sheet1!A');
    expect(r.stdout).toContain('劳动能力鉴定费用');
    expect(r.stdout).toMatch(/错误\n\s+满意度写成上限（satisfaction-direction）×1\n\s+Sheet1!E19 /);
    expect(r.stdout).toMatch(/== text\.xlsx\n\s+无法读取：不是 Excel 工作簿/);
    expect(r.stdout).toMatch(/合计：文件 2，指标表 1，指标 8，错误 \d+/);
    // Not a terminal: no progress bar drawn on stderr.
    expect(r.stderr).not.toContain('\r');
    const en = await run(['check', 'satisfaction.xlsx', '--lang', 'en-US']);
    expect(en.stdout).toMatch(/Total: 1 file\(s\), 1 table\(s\), 8 indicator\(s\)/);
  });
});

describe('indicator-checker --out and clear', () => {
  it('writes annotated copies under the same names and never touches the inputs', async () => {
    const inputs = ['satisfaction.xlsx', '劳动能力鉴定费用.xlsx'];
    const before = await Promise.all(inputs.map((f) => sha256(path.join(dir, f))));
    const r = await run(['check', ...inputs, '--json', '--out', 'out']);
    const rep = report(r);
    expect(rep.files.map((f) => f.output)).toEqual(inputs.map((f) => path.join('out', f)));
    expect(await Promise.all(inputs.map((f) => sha256(path.join(dir, f))))).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out', 'satisfaction.xlsx'));
    const note = wb.getWorksheet('Sheet1')?.getCell('E19').note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(text).toContain('【绩效审核·错误】');
    expect(text).toContain('satisfaction-direction');
    // The value itself is unchanged.
    expect(wb.getWorksheet('Sheet1')?.getCell('E19').value).toBe('≤95');
  });

  it("keeps a folder argument's sub-folders under --out", async () => {
    const r = await run(['check', 'folder', '--json', '--out', 'out-folder']);
    expect(report(r).files.map((f) => f.output)).toEqual([
      path.join('out-folder', 'b.xlsx'),
      path.join('out-folder', 'sub', 'a.xlsx'),
    ]);
    await expect(fs.stat(path.join(dir, 'out-folder', 'sub', 'a.xlsx'))).resolves.toBeTruthy();
  });

  it('refuses to write onto an input file, directly or through a symlink, and writes nothing', async () => {
    const file = path.join(dir, 'folder', 'b.xlsx');
    const before = await sha256(file);
    const direct = await run(['check', file, '--out', path.join(dir, 'folder')]);
    expect(direct.code).toBe(2);
    expect(direct.stdout).toBe('');
    expect(direct.stderr).toMatch(/拒绝写出/);
    await fs.symlink(path.join(dir, 'folder'), path.join(dir, 'link'));
    const viaLink = await run(['check', 'folder/b.xlsx', '--json', '--out', 'link']);
    expect(viaLink.code).toBe(2);
    expect(viaLink.stdout).toBe('');
    // Two inputs of one name: the second copy takes another name (test/cli/out-names.test.ts), never the first's.
    const twoSameNames = await run(['check', 'folder/b.xlsx', 'out-folder/b.xlsx', '--json', '--out', 'out-collide']);
    expect(report(twoSameNames).files.map((f) => f.output)).toEqual([
      path.join('out-collide', 'b.xlsx'),
      path.join('out-collide', 'b (2).xlsx'),
    ]);
    expect(await sha256(file)).toBe(before);
    const clear = await run(['clear', 'folder/b.xlsx', '--out', 'folder']);
    expect(clear.code).toBe(2);
    expect(await sha256(file)).toBe(before);
  });

  it('reports a copy that cannot be written as write-failed, keeps the findings, exits 2, leaves no temp file', async () => {
    // A folder where the copy should go: the final rename cannot replace it.
    await fs.mkdir(path.join(dir, 'out-blocked', 'satisfaction.xlsx'), { recursive: true });
    const r = await run(['check', 'satisfaction.xlsx', '劳动能力鉴定费用.xlsx', '--json', '--out', 'out-blocked']);
    expect(r.code).toBe(2);
    const [blocked, fine] = report(r).files;
    expect(blocked.error?.code).toBe('write-failed');
    expect(blocked.error?.message).toContain(path.join('out-blocked', 'satisfaction.xlsx'));
    expect(blocked.findings.some((x) => x.ruleId === 'satisfaction-direction')).toBe(true);
    expect(blocked.output).toBeUndefined();
    expect(fine.output).toBe(path.join('out-blocked', '劳动能力鉴定费用.xlsx'));
    expect((await fs.readdir(path.join(dir, 'out-blocked'))).sort()).toEqual([
      'satisfaction.xlsx',
      '劳动能力鉴定费用.xlsx',
    ]);
  });

  it("keeps an .xlsm's copy an .xlsm with its macro project, byte for byte, and warns of nothing", async () => {
    await fs.mkdir(path.join(dir, 'macro'), { recursive: true });
    await fs.writeFile(path.join(dir, 'macro', '项目支出绩效目标表.xlsm'), await macroWorkbook());
    await fs.writeFile(path.join(dir, 'macro', '项目支出绩效目标表.xlsx'), await seed000Workbook());
    await fs.writeFile(path.join(dir, 'macro', 'other.xlsm'), await macroWorkbook());
    const r = await run(['check', 'macro', '--json', '--out', 'out-macro']);
    expect(r.code).not.toBe(2);
    const files = report(r).files;
    expect(files.map((f) => [path.basename(f.file), f.output])).toEqual([
      ['other.xlsm', path.join('out-macro', 'other.xlsm')],
      ['项目支出绩效目标表.xlsm', path.join('out-macro', '项目支出绩效目标表.xlsm')],
      ['项目支出绩效目标表.xlsx', path.join('out-macro', '项目支出绩效目标表.xlsx')],
    ]);
    expect(files.map((f) => f.warnings ?? [])).toEqual([[], [], []]);
    const vba = (bytes: Buffer) => unzipEntries(bytes).find((p) => p.name === 'xl/vbaProject.bin')?.data;
    const original = vba(await macroWorkbook());
    expect(original).toBeDefined();
    expect(vba(await fs.readFile(path.join(dir, 'out-macro', 'other.xlsm')))).toEqual(original);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out-macro', 'other.xlsm'));
    expect(wb.getWorksheet('Sheet1')).toBeDefined();
    const cleared = await run(['clear', path.join('out-macro', 'other.xlsm'), '--out', 'out-macro-clear', '--json']);
    expect(report(cleared).files[0].output).toBe(path.join('out-macro-clear', 'other.xlsm'));
    expect(report(cleared).files[0].warnings ?? []).toEqual([]);
    expect(vba(await fs.readFile(path.join(dir, 'out-macro-clear', 'other.xlsm')))).toEqual(original);
  });

  it("clear writes a copy without the product's notes", async () => {
    await run(['check', 'satisfaction.xlsx', '--out', 'out-clear-src']);
    const annotated = path.join('out-clear-src', 'satisfaction.xlsx');
    const before = await sha256(path.join(dir, annotated));
    const r = await run(['clear', annotated, '--out', 'out-cleared', '--json']);
    expect(r.code).toBe(0);
    expect(report(r).files[0].output).toBe(path.join('out-cleared', 'satisfaction.xlsx'));
    expect(await sha256(path.join(dir, annotated))).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out-cleared', 'satisfaction.xlsx'));
    expect(wb.getWorksheet('Sheet1')?.getCell('E19').note).toBeUndefined();
    const bad = await run(['clear', 'text.xlsx', '--out', 'out-cleared']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/不是 Excel 工作簿/);
  });
});

describe('npm run demo', () => {
  it('checks every bundled sample, writes an annotated copy of each to out/, and exits 0 despite error findings', async () => {
    const outDir = path.join(ROOT, 'out');
    await fs.rm(outDir, { recursive: true, force: true });
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        [path.join(ROOT, 'scripts/demo.js')],
        { cwd: ROOT, maxBuffer: 1 << 26 },
        (err, stdout) => {
          resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout });
        },
      );
    });
    expect(result.code).toBe(0);
    const samples = (await fs.readdir(path.join(ROOT, 'samples'))).filter((f) => f.endsWith('.xlsx')).sort();
    expect(samples.length).toBeGreaterThanOrEqual(5);
    expect((await fs.readdir(outDir)).sort()).toEqual(samples);
    expect(result.stdout).toMatch(/合计：文件 \d+，指标表 \d+，指标 \d+，错误 [1-9]\d*/);
    expect(result.stdout).toContain('Annotated copies are in');
  });
});
