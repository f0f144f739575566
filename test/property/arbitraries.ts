// fast-check generators for the property tests: cells and grids made of the seeds' vocabulary, numbers, dates,
// formula errors, merges and blank runs, laid out as noise or as a table with a header so detection goes deep.

import fc from 'fast-check';
import type { Area, Cell, Grid } from '../../src/core/grid';
import type { Finding, Severity } from '../../src/core/model';

/** Header words of the five seeds (and their common variants), so random sheets often look like a table. */
export const HEADER_WORDS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '四级指标',
  '指标名称',
  '绩效指标',
  '指标值',
  '目标值',
  '年度指标值',
  '计量单位',
  '度量单位',
  '单位',
  '指标值类型',
  '指标性质',
  '指标方向',
  '绩效指标描述',
  '*三级指标',
  '*指标值',
  '*评/扣分标准',
  '项目名称',
  '单位名称',
  '项目金额',
  '中期指标值',
  '年度目标',
  '中期目标',
  '实施期绩效指标',
];

/** Block labels and category words from the seeds. */
export const LABELS = [
  '项目支出绩效目标批复表',
  '项目支出绩效目标申报表',
  '部门整体支出绩效目标申报表',
  '(2021 年度)',
  '申报单位：枣庄市社会保险服务中心',
  '项目名称',
  '主管部门',
  '预算执行单位',
  '实施单位',
  '项目类型',
  '项目期限',
  '项目资金\n申请\n(万元)',
  '年度资金总额',
  '其中：财政拨款',
  '其他资金',
  '项目绩效年度目标',
  '年度绩效指标',
  '其他说明',
  '长期目标绩效指标',
  '年度目标绩效指标',
  '产出',
  '效果',
  '项目产出',
  '项目效益',
  '产出指标',
  '效益指标',
  '满意度指标',
  '成本指标',
  '投入管理指标',
  '数量指标',
  '质量指标',
  '时效指标',
  '经济成本指标',
  '社会效益指标',
  '社会效益',
  '可持续影响',
  '可持续影响指标',
  '服务对象满意度指标',
  '社会公众或服务对\n象满意度',
  '年度履职目标相关性',
  '预算和财务管理',
];

/** Indicator names and targets as the seeds write them. */
export const TEXTS = [
  '劳动能力鉴定人数',
  '劳动能力鉴定次数',
  '管理任务按时完成',
  '工伤鉴定合格率',
  '劳动能力鉴定费',
  '保障职工权益',
  '社会公众满意度',
  '申请人员人均鉴定成本',
  '社保卡片数量',
  '社保卡制卡工本费',
  '服务对象满意度',
  '数字化加工总费用',
  '加工合格率',
  '印刷数量',
  '办公人员满意度',
  '鉴定对象满意度',
  '质量指标1',
  '1、数量指标',
  '保安服务费用',
  '1500',
  '≥95%',
  '≤95',
  '≥ 1800人次',
  '100%',
  '＞＝９０％',
  '≤14万元',
  '10.65',
  '按时',
  '及时',
  '是',
  '无',
  '……',
  'XX',
  '待定',
  '2023年6月底前支付工本费欠款',
  '2021-01-01 至 2021-12-31',
  '2021年12月31日前',
  '上半年',
  '14 万元',
  '84.1万元',
  '符合条件人员及时享受政策',
  '定性',
  '定量',
  '=',
  '≥',
  '≤',
  '人',
  '次',
  '%',
  '百分比',
  '万元',
  '元',
  '元/张',
  '张',
  '年',
  '353302天津市社会保险基金管理中心',
  '枣庄市社会保险服务中心',
  '广水市劳动保险事业管理局',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://example.invalid","x")',
  '+1',
  '-5',
  '@SUM(A1)',
  '',
  '   ',
  '\n',
  '指标值<br>（%）',
];

const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

export const seedText = fc.constantFrom(...HEADER_WORDS, ...LABELS, ...TEXTS);

export const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: seedText },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }) },
  {
    weight: 1,
    arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 0.1 + 0.2, 1e-9, 99.999999, 45000, 2021) },
  {
    weight: 1,
    arbitrary: fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 0, 1)),
      noInvalidDate: true,
    }),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

/** A header row of a table: 3–9 header words in some order, possibly starting a few columns in. */
const headerRow: fc.Arbitrary<Cell[]> = fc
  .tuple(fc.nat({ max: 2 }), fc.shuffledSubarray(HEADER_WORDS, { minLength: 3, maxLength: 9 }))
  .map(([offset, words]) => [...new Array<Cell>(offset).fill(null), ...words]);

const row = (width: number): fc.Arbitrary<Cell[]> => fc.array(cellArb, { maxLength: width });

/** Headers of the seed layouts, with what each column holds. */
type Role = 'l1' | 'l2' | 'name' | 'target' | 'unit' | 'op' | 'text' | 'project' | 'amount';
const SEED_HEADERS: readonly (readonly [string, Role])[][] = [
  [
    ['一级指标', 'l1'],
    ['二级指标', 'l2'],
    ['三级指标', 'l2'],
    ['四级指标', 'name'],
    ['指标值', 'target'],
    ['计量单位', 'unit'],
  ],
  [
    ['一级指标', 'l1'],
    ['二级指标', 'l2'],
    ['三级指标', 'name'],
    ['绩效指标描述', 'text'],
    ['指标值', 'target'],
  ],
  [
    ['单位名称', 'project'],
    ['项目名称', 'project'],
    ['项目金额', 'amount'],
    ['一级指标', 'l1'],
    ['二级指标', 'l2'],
    ['三级指标', 'name'],
    ['指标性质', 'op'],
    ['指标值', 'target'],
    ['度量单位', 'unit'],
  ],
  [
    ['一级指标', 'l1'],
    ['二级指标', 'l2'],
    ['*三级指标', 'name'],
    ['*指标值类型', 'op'],
    ['*指标值', 'target'],
    ['*评/扣分标准', 'text'],
    ['*指标值说明', 'text'],
  ],
  [
    ['一级指标', 'l1'],
    ['二级指标', 'l2'],
    ['三级指标', 'name'],
    ['中期指标值', 'target'],
    ['年度指标值', 'target'],
  ],
];
const POOLS: Record<Role, readonly string[]> = {
  l1: ['产出', '效果', '产出指标', '效益指标', '满意度指标', '成本指标', '投入管理指标', '项目产出', '项目效益'],
  l2: [
    '数量指标',
    '质量指标',
    '时效指标',
    '成本指标',
    '经济成本指标',
    '社会效益',
    '社会效益指标',
    '可持续影响',
    '服务对象满意度指标',
    '年度履职目标相关性',
  ],
  name: TEXTS.slice(0, 19),
  target: [
    '1500',
    '≥95%',
    '≤95',
    '≥ 1800人次',
    '100%',
    '≤14万元',
    '10.65',
    '按时',
    '是',
    '……',
    'XX',
    '2021年12月31日前',
    '14 万元',
  ],
  unit: ['人', '次', '%', '百分比', '万元', '元', '元/张', '张', '年'],
  op: ['定性', '定量', '=', '≥', '≤'],
  text: ['符合条件人员及时享受政策', '2023年6月底前支付工本费欠款', '无'],
  project: ['劳动能力鉴定费用', '印刷费用', '枣庄市社会保险服务中心', '353302天津市社会保险基金管理中心'],
  amount: ['14', '3', '84.1', '500'],
};

/** A table in a seed layout: its header, then indicator rows whose cells sometimes are noise or left blank. */
const tableRows: fc.Arbitrary<Cell[][]> = fc
  .tuple(fc.constantFrom(...SEED_HEADERS), fc.nat({ max: 2 }))
  .chain(([header, offset]) =>
    fc
      .array(
        fc.tuple(
          ...header.map(([, role]) =>
            fc.oneof(
              { weight: 6, arbitrary: fc.constantFrom<Cell>(...POOLS[role]) },
              { weight: 2, arbitrary: fc.constant<Cell>(null) },
              {
                weight: 1,
                arbitrary: role === 'target' || role === 'amount' ? fc.integer({ min: 0, max: 20000 }) : cellArb,
              },
              { weight: 1, arbitrary: cellArb },
            ),
          ),
        ),
        { minLength: 1, maxLength: 14 },
      )
      .map((rows) => {
        const pad = new Array<Cell>(offset).fill(null);
        return [[...pad, ...header.map(([word]) => word)], ...rows.map((r) => [...pad, ...r])];
      }),
  );

/** Rows: noise, header rows, seed-layout tables and runs of blank rows, in any order. */
const rowsArb: fc.Arbitrary<Cell[][]> = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: row(10).map((r) => [r]) },
      { weight: 2, arbitrary: headerRow.map((r) => [r]) },
      { weight: 2, arbitrary: tableRows },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => Array.from({ length: n }, (): Cell[] => [])) },
      // A project-block line: a label and its value.
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LABELS), cellArb).map(([l, v]) => [[l, v]]) },
    ),
    { minLength: 0, maxLength: 20 },
  )
  .map((chunks) => chunks.flat());

/** Non-overlapping merged areas inside the grid; the cells they cover (other than the top-left) are emptied. */
function withMerges(grid: Grid, candidates: Array<[number, number, number, number]>): Grid {
  const height = grid.cells.length;
  const width = Math.max(1, ...grid.cells.map((r) => r.length));
  const merges: Area[] = [];
  for (const [r, c, h, w] of candidates) {
    if (height === 0) break;
    const top = grid.top + (r % height);
    const left = grid.left + (c % width);
    const area = { top, left, bottom: top + (h % 6), right: left + (w % 4) };
    if (area.bottom === area.top && area.right === area.left) continue;
    if (
      merges.some((m) => area.top <= m.bottom && m.top <= area.bottom && area.left <= m.right && m.left <= area.right)
    )
      continue;
    merges.push(area);
    for (let rr = area.top; rr <= area.bottom; rr++) {
      const cells = grid.cells[rr - grid.top];
      if (!cells) continue;
      for (let cc = area.left; cc <= area.right; cc++) {
        if ((rr !== area.top || cc !== area.left) && cc - grid.left < cells.length) cells[cc - grid.left] = null;
      }
    }
  }
  return { ...grid, merges };
}

export const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.constantFrom('Sheet1', '绩效目标批复表', '项目绩效指标', "O'Brien 表", '表 (2)'),
    top: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1_048_000 })),
    left: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 16_000 })),
    rows: rowsArb,
    merges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 8 }),
    hidden: fc.array(fc.nat({ max: 40 }), { maxLength: 3 }),
  })
  .map(({ sheet, top, left, rows, merges, hidden }) => {
    const grid: Grid = { sheet, top, left, cells: rows.map((r) => [...r]), merges: [] };
    const merged = withMerges(grid, merges);
    const hiddenRows = [...new Set(hidden.filter((h) => h < rows.length).map((h) => top + h))].sort((a, b) => a - b);
    return hiddenRows.length > 0 ? { ...merged, hiddenRows } : merged;
  });

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding a rule could have made, on a cell of the given area, with seed wording and awkward characters. */
export function findingArb(sheets: readonly { name: string; rows: number; cols: number }[]): fc.Arbitrary<Finding> {
  return fc
    .record({
      sheet: fc.constantFrom(...sheets),
      row: fc.nat(),
      col: fc.nat(),
      severity: fc.constantFrom(...SEVERITIES),
      ruleId: fc.constantFrom(
        'vague-target',
        'satisfaction-direction',
        'missing-unit',
        'cost-sum-differs',
        'unknown-level1',
      ),
      message: fc.oneof(
        seedText,
        fc.string({ maxLength: 40 }),
        fc.constant('【绩效审核·错误】像我们的行（vague-target）\n第二行'),
      ),
    })
    .map(({ sheet, row: r, col: c, severity, ruleId, message }) => {
      const rowNumber = (r % sheet.rows) + 1;
      const colNumber = (c % sheet.cols) + 1;
      const cell = `${String.fromCharCode(64 + colNumber)}${rowNumber}`;
      return { ruleId, severity, sheet: sheet.name, cell, related: [], message, messageId: ruleId, data: {} };
    });
}
