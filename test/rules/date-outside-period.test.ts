// Tests for date-outside-period: dates in targets fall inside the project period, or else the budget year.

import fc from 'fast-check';
import { L1, L2 } from '../../src/core/categories';
import type { Cell } from '../../src/core/grid';
import type { IndicatorTable } from '../../src/core/model';
import { parseTarget } from '../../src/core/parse/target';
import { runRules } from '../../src/core/rules/engine';
import { rulesIn } from '../../src/core/rules/index';
import { APPRAISAL_FEES, ARCHIVE, CARD, PENSION, RETIREES, type SeedTable, withCells } from './seed-tables';
import { edit, ruleTester } from './tester';

// The target-value and time rules, by their meta.category.
const targetRules = rulesIn('target', 'time');

// Seed 001's tables carry no year of their own; these cases add the (2023 年度) line the budget book they come from
// is titled with, so the budget year is known (the sheet moves down a row, so it is read without the block's merges).
const in2023 = (table: SeedTable): Cell[][] => [
  table.grid[0],
  ['(2023 年度)', null, null, null, null],
  ...table.grid.slice(1),
];
const CARD_2023 = in2023(CARD);
const ARCHIVE_2023 = in2023(ARCHIVE);

ruleTester.run('date-outside-period', {
  valid: [
    {
      name: 'seed 000 fixed: 管理任务按时完成 by 2021年12月31日前 inside 2021-01-01 至 2021-12-31',
      ...withCells(APPRAISAL_FEES, { E15: '2021年12月31日前' }),
    },
    { name: 'seed 001 社保卡制卡工本费 in a 2023 table: 2023年6月底前支付工本费欠款', grid: CARD_2023 },
    { name: 'seed 001 干部人事档案数字化加工 in a 2023 table: 2023年底前完成在册档案加工', grid: ARCHIVE_2023 },
    { name: 'seed 001 社保卡制卡工本费 with no year or period at all: nothing to compare with', ...CARD },
    {
      name: 'seed 004 养老保险专项业务经费: 每月10日前 recurs; 预算2021年 in a cost sentence is not a deadline',
      ...PENSION,
    },
    {
      name: 'seed 004 企业退休人员社会化管理服务 (项目日期 2021至2023): a 2023 deadline is inside the period',
      ...withCells(RETIREES, { E20: '2023年底前' }),
    },
  ],
  invalid: [
    {
      name: 'variant of seed 000: 管理任务按时完成 by 2022年6月底前, after 项目期限 2021-01-01 至 2021-12-31',
      ...withCells(APPRAISAL_FEES, { E15: '2022年6月底前' }),
      errors: [
        {
          messageId: 'outsidePeriod',
          cell: 'E15',
          message:
            '“管理任务按时完成”的指标值“2022年6月底前”中的时间超出了项目期限（2021年）；应把时间定在期限之内，如“2021年12月31日前”',
        },
      ],
    },
    {
      name: 'variant of seed 001 in a 2023 table: 2024年6月底前支付工本费欠款',
      grid: edit(CARD_2023, { E13: '2024年6月底前支付工本费欠款' }),
      errors: [{ messageId: 'outsideYear', cell: 'E13', message: '不在预算年度（2023年）内' }],
    },
    {
      name: 'variant of seed 001 in a 2023 table: 2022年底前完成在册档案加工, before the year',
      grid: edit(ARCHIVE_2023, { E13: '常态化开展档案数字化加工工作，2022年底前完成在册档案加工。' }),
      errors: [{ messageId: 'outsideYear', cell: 'E13' }],
    },
    {
      name: 'variant of seed 004 (项目日期 2021至2023): 培训完成时间 2024年底前 in the mid-term set',
      ...withCells(RETIREES, { E21: '2024年底前' }),
      errors: [{ messageId: 'outsidePeriod', cell: 'E21', message: '项目期限（2021—2023年）' }],
    },
  ],
});

// The target and time rules share util/targets.ts; none may throw, or leave a placeholder unfilled, on any table
// detection can produce: odd names, odd targets, missing categories, periods and years, both languages.
describe('target and time rules on arbitrary tables', () => {
  const NAMES = [
    '满意度',
    '参保对象满意率',
    '投诉比例',
    '工伤鉴定合格率',
    '关注人数年增长率',
    '采购硬件设备数量',
    '劳动能力鉴定费',
    '管理任务按时完成',
    '满意度调查次数',
    '',
    '满足日常办公需求，保障职能工\n作的正常开展',
  ];
  const RAWS = [
    '≤95',
    '≥100',
    '>100百分比',
    '120',
    '-5',
    '100%',
    '10',
    '≤0',
    '<0人',
    '≥753万元',
    '按时',
    '是',
    '较高',
    '影响程度 较高',
    '2022年6月底前',
    '2021至2023',
    '每月10日前',
    '……',
    '',
    'XX',
    '1e400',
    '达到90%以上',
    '采购10套资格认证设备约5万元',
  ];
  const LEVEL1 = [L1.output, L1.cost, L1.benefit, L1.satisfaction, L1.input, null];
  const LEVEL2 = [
    L2.quantity,
    L2.quality,
    L2.timeliness,
    L2.cost,
    L2.economicCost,
    L2.socialCost,
    L2.satisfaction,
    null,
  ];
  const date = fc.option(fc.constantFrom('2021-01-01', '2021-12-31', '2023-12-31', '1999-02-28'), { nil: null });

  const indicator = fc.record({
    row: fc.integer({ min: 10, max: 14 }),
    set: fc.constantFrom('annual' as const, 'midterm' as const),
    level1: fc.constantFrom(...LEVEL1),
    level2: fc.constantFrom(...LEVEL2),
    level2Raw: fc.option(fc.constantFrom('满意度', '数量指标', '时效'), { nil: null }),
    name: fc.constantFrom(...NAMES),
    raw: fc.constantFrom(...RAWS),
    unit: fc.option(fc.constantFrom('%', '人', '万元', '元', '分', '次'), { nil: null }),
    operatorCell: fc.boolean(),
  });

  it('never throw and never leave a placeholder unfilled', () => {
    fc.assert(
      fc.property(
        fc.array(indicator, { maxLength: 8 }),
        fc.record({ start: date, end: date }),
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
        fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
        fc.constantFrom('project' as const, 'department' as const),
        fc.constantFrom('zh-CN' as const, 'en-US' as const),
        (rows, period, year, budget, kind, lang) => {
          const table: IndicatorTable = {
            sheet: 'Sheet1',
            range: 'A1:H20',
            headerRow: 9,
            kind,
            project: { name: null, period, year, budget, budgetUnit: '万元', cells: {} },
            columns: {},
            indicators: rows.map((r) => ({
              row: r.row,
              set: r.set,
              level1: r.level1,
              level1Raw: r.level1,
              level2: r.level2,
              level2Raw: r.level2Raw,
              name: r.name,
              target: parseTarget(r.raw, r.unit),
              unit: r.unit,
              cells: r.operatorCell
                ? { name: `C${r.row}`, operator: `D${r.row}`, target: `E${r.row}` }
                : { name: `C${r.row}`, target: `E${r.row}` },
            })),
          };
          // strict: a throw, an unknown message id or an unfilled placeholder throws here.
          const { problems } = runRules([table], { rules: targetRules, strict: true, lang });
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
