// unit-cost-inconsistent: unit or average cost × its quantity far from the budget, on seed 001's 天津 tables and their variants.

import fc from 'fast-check';
import { L1, L2 } from '../../src/core/categories';
import type { IndicatorTable } from '../../src/core/model';
import { parseTarget } from '../../src/core/parse/target';
import { runRules } from '../../src/core/rules/engine';
import { rulesIn } from '../../src/core/rules/index';
import { FLAT_CARD, FLAT_UNIFORMS, HEBEI_COURT, JISHAN, QINGJIAN } from './money-tables';
import { CARD, HALL, PRINTING, TIANJIN_MERGES, UNIFORMS, type SeedTable, withCells } from './seed-tables';
import { ruleTester } from './tester';

// The money and consistency rules, by their meta.category.
const moneyRules = rulesIn('money', 'consistency');

// Seed 001, 98.劳动能力鉴定经费: 申请人员人均鉴定成本 ≤500元 × 申请鉴定人数 ≥1800人次 = 90 万元 on an 84.10 万元 budget.
const APPRAISAL: SeedTable = {
  grid: [
    ['98.劳动能力鉴定经费绩效目标表', null, null, null, null],
    ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
    ['项目名称', '劳动能力鉴定经费', null, null, null],
    ['预算规模及资金用途', '预算数', 84.1, '其中：财政资金', 84.1],
    [null, '其他资金', null, null, null],
    [null, '组织医学专家对申请人伤病情况进行确认，确保申请人享受相关待遇。', null, null, null],
    ['绩效目标', '1.按照文件规定，组织医学专家对申请人伤病情况进行确认，确保申请人享受相关待遇。', null, null, null],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    ['产出指标', '质量指标', '申请鉴定人数完成率', '申请鉴定人数完成率', '100百分比'],
    [null, '成本指标', '申请人员人均鉴定成本', '申请人员人均鉴定成本', '≤500元'],
    [null, '数量指标', '申请鉴定人数', '申请鉴定人数', '≥1800人次'],
    [
      null,
      '时效指标',
      '项目资金支出时效',
      '项目资金支出时效',
      '上半年按鉴定场地租赁协议支付费用，鉴定评审费按照实际鉴定情况据实支付。',
    ],
    ['效益指标', '社会效益指标', '组织鉴定出具结论', '及时组织鉴定出具鉴定结论', '符合条件人员及时享受政策'],
    ['满意度指标', '服务对象满意度指标', '鉴定对象满意度', '鉴定对象满意度', '≥95百分比'],
  ],
  merges: TIANJIN_MERGES,
};

// Seed 000's 印刷费用 with its cost line made a unit cost: 印刷单位成本 2 元 × 15000 册 = 3 万元.
const PRINTING_UNIT_COST = withCells(PRINTING, { D17: '印刷单位成本', E17: 2, F17: '元' });

ruleTester.run('unit-cost-inconsistent', {
  valid: [
    { name: 'seed 001 工装: ≤3000元 × ≥30套 = 9 万元 on a 10 万元 budget', ...UNIFORMS },
    {
      name: 'seed 001 社保卡 with the unit cost in 元 (10.65元 × 469483张 ≈ 500 万元)',
      ...withCells(CARD, { E10: '10.65元' }),
    },
    { name: 'seed 001 工装 priced per item (≤3000元/套 × ≥30套)', ...withCells(UNIFORMS, { E10: '≤3000元/套' }) },
    { name: 'seed 000 印刷费用 with a unit cost in the unit column: 2 元 × 15000 册 = 3 万元', ...PRINTING_UNIT_COST },
    { name: 'seed 001 经办大厅: total costs are not unit costs', ...HALL },
    {
      name: 'seed 001 社保卡 with no quantity of cards to price (nothing to multiply)',
      ...withCells(CARD, { B11: null, C11: null, D11: null, E11: null }),
    },
    { name: 'a department-wide review leaves project money alone', ...CARD, profile: 'department' },
    {
      name: 'flat export 工装: 提供产品及服务所需成本的控制情况 ≤3000元 × the only quantity ≥30套 = 9 of 10 万元 fits',
      ...FLAT_UNIFORMS,
    },
    {
      name: 'flat export 社保卡 clean twin: 10.65 | 元 × 469483张 = 500 万元, the budget',
      ...withCells(FLAT_CARD, { I3: '元' }),
    },
    {
      name: 'flat export 工装 variant: 3000元 × 10 套 = 3 of 10 万元 is no sign of a unit cost (a cost line, not a unit error)',
      ...withCells(FLAT_UNIFORMS, { H4: 10 }),
    },
    { name: '稷山 医保 (corpus): 配套资金每人每年 75元 × 全县参合人数 8755 = 65.66 万元, the budget', ...JISHAN },
    {
      name: '清涧 果园路 (corpus): 补助标准 ≤120万元 per km, two roads of 2 km (a tie: nothing to multiply)',
      ...QINGJIAN,
    },
    {
      name: '天津 河北区法院 (corpus): 参审案件补助 100元 × ≥900件 = 9 of 24 万元, a share of the budget',
      ...HEBEI_COURT,
    },
    {
      name: 'a price per item and per month (10.65万元/张*月) times a count of cards: the months are written nowhere (湘西 特校: 17元/人.每天)',
      ...withCells(CARD, { E10: '10.65万元/张*月' }),
    },
    {
      name: 'the same per day, written with a dot: 10.65元/张.每天 × ≥4张 alone would be far under the budget',
      ...withCells(CARD, { E10: '10.65元/张.每天', E11: '≥4张' }),
    },
    {
      name: 'seed 001 工装 with a 5 % unit-cost floor configured: 9 of 10 万元 still fits',
      ...UNIFORMS,
      config: { thresholds: { unitCostLowRatio: 0.05 } },
    },
  ],
  invalid: [
    {
      name: 'a price per card and per visit (10.65万元/张·次) is the cost of each: × 469483张 is far over the budget',
      ...withCells(CARD, { E10: '10.65万元/张·次' }),
      errors: [{ messageId: 'over', cell: 'E10' }],
    },
    {
      name: 'seed 001 社保卡: 10.65万元 per card × 469483张 is 5 million 万元 on a 500 万元 budget (really 10.65 元)',
      ...CARD,
      errors: [
        {
          messageId: 'overUnit',
          cell: 'E10',
          related: ['E11', 'C4'],
          message:
            '“社保卡制卡单位平均成本”10.65万元 × “社保卡片数量”469483张 = 4999993.95 万元，远超项目预算 500 万元；单位成本的单位应是“元”，即“10.65元”，合计 500 万元',
        },
      ],
    },
    {
      name: 'flat export 社保卡制卡工本费 (issue 16): 10.65 | 万元 is a per-card cost, not a total; × 469483张 it is 10 000 times the budget',
      ...FLAT_CARD,
      errors: [
        {
          messageId: 'overUnitImplied',
          cell: 'H3',
          severity: 'warning',
          related: ['H4', 'C2'],
          message:
            '成本指标“社保卡制卡工本费”10.65万元 是每张的单位成本，不是总额（总额只占项目预算 500 万元的 2.1%）：10.65万元 × “社保卡片数量”469483张 = 4999993.95 万元，远超预算；单位成本的单位应是“元”，即“10.65元”，合计 500 万元，与预算相符；名称宜写明“单位成本”',
        },
      ],
    },
    {
      name: 'flat export 社保卡制卡工本费, reported in English',
      ...FLAT_CARD,
      lang: 'en-US',
      errors: [
        {
          messageId: 'overUnitImplied',
          cell: 'H3',
          message:
            'Cost indicator "社保卡制卡工本费" 10.65万元 prices one 张, it is not a total (as a total it would be 2.1% of the budget of 500): 10.65万元 × "社保卡片数量" 469483张 = 4999993.95 (10k yuan), far above the budget; the unit cost\'s unit should be "元" ("10.65元"), giving 500, the budget',
        },
      ],
    },
    {
      name: 'flat export 工装 variant: 0.3 | 元 per set meant 0.3 万元 (0.3元 × 30套 = 0.0009 万元)',
      ...withCells(FLAT_UNIFORMS, { H3: 0.3 }),
      errors: [
        {
          messageId: 'underUnitImplied',
          cell: 'H3',
          related: ['H4', 'C2'],
          message:
            '成本指标“提供产品及服务所需成本的控制情况”≤0.3元 是每套的单位成本，不是总额：≤0.3元 × “提供产品及服务数量”≥30套 = 0.0009 万元，仅为项目预算 10 万元的 0.009%；单位成本的单位应是“万元”，即“0.3万元”，合计 9 万元',
        },
      ],
    },
    {
      name: 'flat export 申请人员人均鉴定成本: the figures are quoted with the operator and unit columns (≤500元 × ≥1800人次)',
      grid: [
        ['单位名称', '项目名称', '项目金额', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        [
          '353302天津市社会保险基金管理中心',
          '劳动能力鉴定经费',
          84.1,
          '产出指标',
          '成本指标',
          '申请人员人均鉴定成本',
          '≤',
          500,
          '元',
        ],
        [
          '353302天津市社会保险基金管理中心',
          '劳动能力鉴定经费',
          84.1,
          '产出指标',
          '数量指标',
          '申请鉴定人数',
          '≥',
          1800,
          '人次',
        ],
      ],
      errors: [
        {
          messageId: 'over',
          cell: 'H2',
          message: '“申请人员人均鉴定成本”≤500元 × “申请鉴定人数”≥1800人次 = 90 万元，超过项目预算 84.1 万元',
        },
      ],
    },
    {
      name: 'seed 001 劳动能力鉴定: ≤500元 × ≥1800人次 = 90 万元, above the 84.1 万元 budget',
      ...APPRAISAL,
      errors: [
        {
          messageId: 'over',
          cell: 'E10',
          message: '= 90 万元，超过项目预算 84.1 万元；按预算，单位成本应不高于“467.22元”',
        },
      ],
    },
    {
      name: 'seed 001 工装 variant: 40 sets instead of 30 (3000元 × 40 = 12 万元 > 10)',
      ...withCells(UNIFORMS, { E11: '≥40套' }),
      errors: [
        {
          messageId: 'over',
          cell: 'E10',
          related: ['E11', 'C4'],
          message:
            '“工装单位成本”≤3000元 × “购置工装数量”≥40套 = 12 万元，超过项目预算 10 万元；按预算，单位成本应不高于“2500元”',
        },
      ],
    },
    {
      name: 'seed 001 工装 variant: unit cost written in 万元 (≤3000万元)',
      ...withCells(UNIFORMS, { E10: '≤3000万元' }),
      errors: [{ messageId: 'overUnit', cell: 'E10', message: '即“≤3000元”，合计 9 万元' }],
    },
    {
      name: 'seed 000 印刷费用 variant: the unit column says 万元 for a 2 元 unit cost',
      ...withCells(PRINTING_UNIT_COST, { F17: '万元' }),
      errors: [
        {
          messageId: 'overUnit',
          cell: 'E17',
          related: ['E13', 'B8'],
          message: '单位成本的单位应是“元”，即“2元”，合计 3 万元',
        },
      ],
    },
    {
      name: 'seed 001 工装 variant: ≤3元 per set is 0.09 % of the budget',
      ...withCells(UNIFORMS, { E10: '≤3元' }),
      errors: [{ messageId: 'under', cell: 'E10', message: '仅为项目预算 10 万元的 0.09%' }],
    },
    {
      name: 'seed 001 社保卡 variant: 0.05元 per card comes to 0.47 % of the budget',
      ...withCells(CARD, { E10: '0.05元' }),
      errors: [
        {
          messageId: 'under',
          cell: 'E10',
          message: '“社保卡制卡单位平均成本”0.05元 × “社保卡片数量”469483张 = 2.35 万元，仅为项目预算 500 万元的 0.47%',
        },
      ],
    },
    {
      name: 'seed 001 工装 variant: a per-set cost written in 元 meant as 万元 (0.3元 × 30 → 0.3万元 × 30 = 9)',
      ...withCells(UNIFORMS, { E10: '≤0.3元' }),
      errors: [{ messageId: 'underUnit', cell: 'E10', message: '即“≤0.3万元”，合计 9 万元' }],
    },
  ],
});

// The money and consistency rules share util/money.ts; none may throw on any table detection can produce.
describe('money and consistency rules on arbitrary tables', () => {
  const WORDS = [
    '社保卡制卡单位平均成本',
    '社保卡片数量',
    '工装单位成本',
    '购置工装数量',
    '项目总成本',
    '人均鉴定成本',
    '申请鉴定人数',
    '',
    '举办退休人员文体活动',
    '采购硬件设备数量',
  ];
  const RAWS = [
    '10.65万元',
    '469483张',
    '≤3000元',
    '≥30套',
    '项目总成本90万元',
    '≤3元/张',
    '约47万元',
    '',
    '较高',
    '100%',
    '2021至2023',
    '-',
    '……',
    '0元',
    '≤0万元',
    '1e400元',
  ];
  const LEVEL1 = [L1.output, L1.cost, L1.benefit, null];
  const LEVEL2 = [L2.cost, L2.quantity, L2.economicCost, L2.quality, null];
  const money = fc.option(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(0)), { nil: null });

  const indicator = fc.record({
    row: fc.integer({ min: 10, max: 14 }),
    set: fc.constantFrom('annual' as const, 'midterm' as const),
    level1: fc.constantFrom(...LEVEL1),
    level2: fc.constantFrom(...LEVEL2),
    name: fc.constantFrom(...WORDS),
    description: fc.option(fc.constantFrom(...WORDS), { nil: null }),
    raw: fc.constantFrom(...RAWS),
    unit: fc.option(fc.constantFrom('万元', '元', '张', '%', '元/张'), { nil: null }),
    standard: fc.option(fc.constantFrom('年度计划', '计划标准', '-', '', '按文件要求'), { nil: null }),
  });

  it('never throw and never leave a placeholder unfilled', () => {
    fc.assert(
      fc.property(
        fc.array(indicator, { maxLength: 8 }),
        fc.record({
          budget: money,
          fiscal: money,
          other: money,
          midtermBudget: money,
          midtermFiscal: money,
          midtermOther: money,
        }),
        fc.option(fc.constantFrom('枣庄', ''), { nil: null }),
        fc.constantFrom('project' as const, 'department' as const),
        (rows, amounts, name, kind) => {
          const table: IndicatorTable = {
            sheet: 'Sheet1',
            range: 'A1:H20',
            headerRow: 9,
            kind,
            project: { name, period: null, budgetUnit: '万元', ...amounts, cells: {} },
            columns: {},
            indicators: rows.map((r) => ({
              row: r.row,
              set: r.set,
              level1: r.level1,
              level1Raw: r.level1,
              level2: r.level2,
              level2Raw: r.level2,
              name: r.name,
              description: r.description,
              target: parseTarget(r.raw, r.unit),
              unit: r.unit,
              standard: r.standard,
              cells: { name: `D${r.row}`, target: `E${r.row}` },
            })),
          };
          // strict: a throw, an unknown message id or an unfilled placeholder in either language throws here.
          runRules([table], { rules: moneyRules, strict: true, lang: 'en-US' });
        },
      ),
      { numRuns: 300 },
    );
  });
});
