// A readable workbook where no indicator table is read was NOT checked: the CLI never calls it clean. It says so with
// the evidence it saw and what was missing, gives the file status no-table, writes no copy, and exits non-zero.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReportSchema, type Report } from '../../src/core/model';
import { SETTINGS_MARKER, SETTINGS_SHEET_NAME } from '../../src/hosts/stored-settings';
import { chunksOf } from '../../src/hosts/wps/store';
import { makeZip, seed000Workbook, unzipEntries, workbookBytes } from './helpers';
import { buildCli, runCli } from './run';

let dir: string;

const run = (args: string[]) => runCli(dir, args);

beforeAll(async () => {
  buildCli();
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

describe('mapping by hand, outside the pane', () => {
  const MAPPING = [{ sheet: '目标表', headerRow: 1, columns: { value: 'D' } }];

  test('--map FILE maps a table detection cannot read; the mapped check reads it', async () => {
    await fs.writeFile(path.join(dir, 'map.json'), JSON.stringify(MAPPING));
    const r = await run(['check', 'no-value.xlsx', '--json', '--map', 'map.json']);
    const report: Report = ReportSchema.parse(JSON.parse(r.stdout));
    const [file] = report.files;
    expect(file?.status).toBe('checked');
    expect(file?.tables.map((t) => [t.headerRow, t.columns.value, t.indicators.length])).toEqual([[1, 'D', 2]]);
  });

  test('a --map file that is not a list of mappings is a usage error naming what is wrong', async () => {
    await fs.writeFile(path.join(dir, 'bad-map.json'), JSON.stringify([{ sheet: '目标表', headerRow: 0 }]));
    const r = await run(['check', 'no-value.xlsx', '--map', 'bad-map.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('列映射文件 bad-map.json 有误：0.headerRow');
    const missing = await run(['check', 'no-value.xlsx', '--map', 'nope.json']);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('无法读取列映射文件 nope.json')]);
  });

  test('the mapping WPS saved in the workbook (its very hidden settings sheet) is used', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('目标表');
      ws.addRow(['一级指标', '二级指标', '三级指标', '指标说明']);
      ws.addRow(['产出指标', '数量指标', '培训人数', '反映培训覆盖面的长期工作要求与说明文字']);
      ws.addRow(['满意度指标', '服务对象满意度指标', '学员满意度', '反映学员对培训的总体评价和意见建议']);
      const settings = wb.addWorksheet(SETTINGS_SHEET_NAME);
      settings.state = 'veryHidden';
      settings.getCell('A1').value = SETTINGS_MARKER;
      chunksOf({ product: 'indicator-checker', version: 1, settings: { mapping: MAPPING } }).forEach((c, i) => {
        settings.getCell(i + 2, 1).value = c;
      });
    });
    await fs.writeFile(path.join(dir, 'wps-mapped.xlsx'), bytes);
    const r = await run(['check', 'wps-mapped.xlsx', '--json']);
    const [file] = ReportSchema.parse(JSON.parse(r.stdout)).files;
    expect(file?.status).toBe('checked');
    expect(file?.tables[0]?.columns.value).toBe('D');
  });

  test('the mapping Excel saved in the workbook (document settings in the webextension part) is used', async () => {
    const plain = await fs.readFile(path.join(dir, 'no-value.xlsx'));
    const value = JSON.stringify(MAPPING).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const part =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5C3A1D21-7D1B-4C4F-9D2C-0A0B0C0D0E0F}">' +
      '<we:reference id="wa000000000" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>' +
      `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="indicatorChecker.setting.mapping" value="${value}"/></we:properties>` +
      '<we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>';
    const entries = unzipEntries(plain).map((e) => ({ name: e.name, data: e.data, deflate: true }));
    entries.push({ name: 'xl/webextensions/webextension1.xml', data: Buffer.from(part), deflate: true });
    await fs.writeFile(path.join(dir, 'excel-mapped.xlsx'), makeZip(entries));
    const r = await run(['check', 'excel-mapped.xlsx', '--json']);
    const [file] = ReportSchema.parse(JSON.parse(r.stdout)).files;
    expect(file?.status).toBe('checked');
    expect(file?.tables[0]?.columns.value).toBe('D');
  });
});
