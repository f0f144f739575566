// The evidence behind "no table was read": category words and header words a sheet holds, and the reason in both
// languages. A sheet of unrelated data has no evidence (and so yields no table and no finding).

import { checkGrids } from '../../../src/core/check';
import { noTableReason, sheetEvidence } from '../../../src/core/detect/missing';
import type { Cell } from '../../../src/core/grid';
import { sheet } from './sheet';

const _ = null;

test('a payroll and a budget summary hold no evidence, yield no table and no finding', () => {
  const payroll: Cell[][] = [
    ['姓名', '岗位工资', '绩效工资', '合计'],
    ['张三', 3000, 1200, 4200],
  ];
  const budget: Cell[][] = [
    ['科目编码', '科目名称', '年初预算数', '调整预算数'],
    ['201', '一般公共服务支出', 1520.3, 1610.2],
    ['208', '社会保障和就业支出', 980, 990.5],
  ];
  for (const rows of [payroll, budget]) {
    expect(sheetEvidence(sheet(rows))).toBeNull();
    const r = checkGrids([sheet(rows)]);
    expect([r.tables, r.findings, r.unread]).toEqual([[], [], []]);
  }
});

test('category words without any header row: counted, with the first one named', () => {
  const rows: Cell[][] = [
    ['项目名称', '培训经费', _],
    ['产出指标', '培训人数', '很多'],
    ['效益指标', '群众受益', '较高'],
  ];
  const e = sheetEvidence(sheet(rows, { name: '绩效' }));
  expect(e).toMatchObject({ categoryCells: 2, firstCategory: 'A2' });
  expect(noTableReason(e!, 'zh-CN')).toBe(
    '工作表「绩效」有 2 个指标类别词（如 A2），但没有找到含一级指标/三级指标/指标值等的表头行',
  );
  expect(noTableReason(e!, 'en-US')).toContain('holds 2 indicator category words (e.g. A2)');
  expect(checkGrids([sheet(rows, { name: '绩效' })]).unread).toHaveLength(1);
});

test('a header with levels and names but no target column: what was seen, what is missing', () => {
  const rows: Cell[][] = [
    ['一级指标', '二级指标', '三级指标', '指标说明'],
    ['产出指标', '数量指标', '培训人数', '反映培训覆盖面的长期工作要求与说明文字'],
  ];
  const e = sheetEvidence(sheet(rows, { name: '表' }))!;
  expect(e.roles).toEqual({ level1: 'A', level2: 'B', level3: 'C', description: 'D' });
  expect(noTableReason(e, 'zh-CN')).toBe(
    '工作表「表」第 1 行：A 列是一级指标、B 列是二级指标、C 列是三级指标（指标名称）、D 列是指标说明，但没有找到指标值列（另有 2 个指标类别词，如 A2）',
  );
  expect(noTableReason(e, 'en-US')).toContain('but found no target value column');
});

test('a table mapped by hand without a target column reports no empty-target (its targets were never read)', () => {
  const rows: Cell[][] = [
    ['一级指标', '二级指标', '三级指标', '新罗区'],
    ['产出指标', '数量指标', '培训人数', '按全区实际参训人员情况据实统计后确定'],
  ];
  const headerOnly = checkGrids([sheet(rows, { name: '表' })], { overrides: [{ sheet: '表', headerRow: 1 }] });
  expect(headerOnly.tables).toHaveLength(1);
  expect(headerOnly.findings.filter((f) => f.ruleId === 'empty-target')).toEqual([]);
  // Mapped with its target column, an empty target is reported again.
  const blank = rows.map((r, i) => (i === 1 ? [...r.slice(0, 3), null] : r));
  const mapped = checkGrids([sheet(blank, { name: '表' })], {
    overrides: [{ sheet: '表', headerRow: 1, columns: { value: 'D' } }],
  });
  expect(mapped.findings.map((f) => [f.ruleId, f.cell]).filter(([id]) => id === 'empty-target')).toEqual([
    ['empty-target', 'D2'],
  ]);
});

test('a mapping made on one table applies to every table of the sheet with the same header', () => {
  const block = (name: string): Cell[][] => [
    ['项目名称', name, null, null],
    ['一级指标', '二级指标', '三级指标', '新罗区'],
    ['产出指标', '数量指标', '培训人数', '按全区实际参训人员情况据实统计后确定'],
    [],
  ];
  const rows = [...block('培训一'), ...block('培训二'), ...block('培训三')];
  const grid = sheet(rows, { name: '表' });
  expect(checkGrids([grid]).tables).toEqual([]);
  const mapped = checkGrids([grid], { overrides: [{ sheet: '表', headerRow: 2, columns: { value: 'D' } }] });
  expect(mapped.tables.map((t) => [t.project.name, t.headerRow, t.columns.value])).toEqual([
    ['培训一', 2, 'D'],
    ['培训二', 6, 'D'],
    ['培训三', 10, 'D'],
  ]);
});
