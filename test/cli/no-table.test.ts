// A readable workbook where no indicator table is read was NOT checked: the CLI never calls it clean. It says so with
// the evidence it saw and what was missing, gives the file status no-table, writes no copy, and exits non-zero.

import { execFile, execFileSync } from 'node:child_process';
import { promises as fs, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReportSchema, type Report } from '../../src/core/model';
import { seed000Workbook, workbookBytes } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'indicator-checker.js');
let dir: string;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  const started = Date.now();
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // tsc exits non-zero on type errors elsewhere but still emits; the mtime check says whether it built.
  }
  expect(statSync(path.join(ROOT, 'lib/cli/main.js')).mtimeMs).toBeGreaterThanOrEqual(started - 2000);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-notable-'));
  // A payroll: nothing of an indicator table.
  await fs.writeFile(
    path.join(dir, 'payroll.xlsx'),
    await workbookBytes((wb) => {
      const ws = wb.addWorksheet('工资表');
      ws.addRow(['姓名', '岗位工资', '绩效工资', '合计']);
      ws.addRow(['张三', 3000, 1200, 4200]);
    }),
  );
  // Levels and names but no target column anywhere (the header and the cells give none).
  await fs.writeFile(
    path.join(dir, 'no-value.xlsx'),
    await workbookBytes((wb) => {
      const ws = wb.addWorksheet('目标表');
      ws.addRow(['一级指标', '二级指标', '三级指标', '指标说明']);
      ws.addRow(['产出指标', '数量指标', '培训人数', '反映培训覆盖面的长期工作要求与说明文字']);
      ws.addRow(['满意度指标', '服务对象满意度指标', '学员满意度', '反映学员对培训的总体评价和意见建议']);
    }),
  );
  await fs.writeFile(path.join(dir, 'good.xlsx'), await seed000Workbook());
}, 120000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test('a workbook of category words and headers without a target column: not checked, the reason names what was seen and missed', async () => {
  const r = await run(['check', 'no-value.xlsx', '--json', '--out', 'out']);
  expect(r.code).toBe(2);
  const report: Report = ReportSchema.parse(JSON.parse(r.stdout));
  const [file] = report.files;
  expect(file?.status).toBe('no-table');
  expect(file?.error?.code).toBe('no-table');
  expect(file?.error?.message).toContain('未找到指标表，未审核');
  expect(file?.error?.message).toContain('A 列是一级指标、B 列是二级指标、C 列是三级指标（指标名称）');
  expect(file?.error?.message).toContain('没有找到指标值列');
  expect(file?.error?.message).toMatch(/NOT checked .*found no target value column/);
  expect(file?.error?.message).toContain('未写出标注副本');
  expect(file?.output).toBeUndefined();
  expect(report.summary.unchecked).toBe(1);
  await expect(fs.access(path.join(dir, 'out', 'no-value.xlsx'))).rejects.toThrow();
});

test('an unrelated workbook says it holds no indicator table, and never 未发现问题', async () => {
  const r = await run(['check', 'payroll.xlsx']);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain('未找到指标表，未审核');
  expect(r.stdout).toContain('没有任何工作表含指标表的表头');
  expect(r.stdout).not.toContain('未发现问题');
  expect(r.stdout).toContain('1 个文件未找到指标表，未审核');
});

test('next to a checked workbook, an unchecked one still makes the exit status non-zero and writes no copy', async () => {
  const r = await run(['check', 'good.xlsx', 'payroll.xlsx', '--json', '--out', 'out2']);
  const report: Report = ReportSchema.parse(JSON.parse(r.stdout));
  expect(report.files.map((f) => [path.basename(f.file), f.status])).toEqual([
    ['good.xlsx', 'checked'],
    ['payroll.xlsx', 'no-table'],
  ]);
  expect(r.code).toBe(1);
  await expect(fs.access(path.join(dir, 'out2', 'good.xlsx'))).resolves.toBeUndefined();
  await expect(fs.access(path.join(dir, 'out2', 'payroll.xlsx'))).rejects.toThrow();
});
