// cost-sum-differs: cost indicators adding up to less than the budget (both sums shown), on seed 000, 001 and 004 tables and their variants.

import { corpusTable, FLAT_CARD, FLAT_UNIFORMS, HEBEI_COURT, JISHAN, QINGJIAN } from './money-tables';
import { APPRAISAL_FEES, HALL, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

// 武川县 民委 沙湾子村养殖场 2021 (corpus b1a, budget 50 万元): 打井、配电 50000元 and 防疫室84平米 ≥1050元 beside
// 饲料库120平米 490元/平米, 围墙300米 300元/米 and 标准化棚圈360平米 550元/平米 — prices per item, whose totals the form
// leaves to the reader (120 × 490 + 300 × 300 + 360 × 550 + 84 × 1050 + 50000 = 48.5 万元).
const WUCHUAN = corpusTable('b1a-wuchuan-mzw-yangzhichang');

ruleTester.run('cost-sum-differs', {
  valid: [
    { name: 'seed 001 经办大厅: 753 + 279 + 292 = 1324 on a 1324 budget', ...HALL },
    { name: 'seed 000 劳动能力鉴定费用: 成本 14 万元 = budget 14 万元', ...APPRAISAL_FEES },
    {
      name: 'seed 000 with the cost in 元 in the unit column (140000 元 = 14 万元)',
      ...withCells(APPRAISAL_FEES, { E17: 140000, F17: '元' }),
    },
    {
      name: 'seed 004 clean twin: the mid-term 项目总成本 covers the mid-term budget (294万元)',
      ...withCells(RETIREES, { E22: '项目总成本294万元' }),
    },
    {
      name: 'seed 001 经办大厅 within the configured tolerance (1320 of 1324 with 1 %)',
      ...withCells(HALL, { E14: '≤288万元' }),
      config: { thresholds: { costTolerance: 0.01 } },
    },
    {
      name: 'a department-wide review leaves project costs alone',
      ...withCells(APPRAISAL_FEES, { E17: 10 }),
      profile: 'department',
    },
    {
      name: 'flat export 工装 (issue 16): ≤3000元 is the price of one of the ≥30套 (9 of 10 万元), not a total short of the budget',
      ...FLAT_UNIFORMS,
    },
    {
      name: 'flat export 社保卡制卡工本费: 10.65 万元 per card is a unit error (unit-cost-inconsistent), not a shortfall',
      ...FLAT_CARD,
    },
    { name: '稷山 医保 (corpus): 配套资金每人每年 75元 is per person (× 8755 = 65.66 万元)', ...JISHAN },
    {
      name: '清涧 果园路 (corpus): 硬化水泥砼公路补助标准 ≤120万元 is a rate per km, not the cost of the roads',
      ...QINGJIAN,
    },
    {
      name: '天津 河北区法院 (corpus): 参审案件补助 100元 is paid per case of 陪审员参审案件数量 ≥900件',
      ...HEBEI_COURT,
    },
    {
      name: '武川 养殖场 (corpus): beside the prices per 平米 and per 米, 5 + 0.105 万元 is no total to weigh against the 50 万元 budget',
      ...WUCHUAN,
    },
  ],
  invalid: [
    {
      name: '武川 养殖场 twin: the same items with their totals (58800元, 90000元, 198000元) leave 10.22 万元 of the budget uncosted',
      ...withCells(WUCHUAN, { F18: '58800元', F19: '90000元', F20: '198000元' }),
      errors: [
        {
          messageId: 'sum',
          cell: 'F17',
          related: ['F18', 'F19', 'F20', 'F21', 'B5'],
          message: '成本指标合计 39.78 万元（5 + 5.88 + 9 + 19.8 + 0.105），少于项目预算 50 万元，相差 10.22 万元',
        },
      ],
    },
    {
      name: 'seed 000 variant: 劳动能力鉴定费 10 万元 on a 14 万元 budget',
      ...withCells(APPRAISAL_FEES, { E17: 10 }),
      errors: [
        {
          messageId: 'single',
          cell: 'E17',
          severity: 'info',
          related: ['B8'],
          message: '成本指标“劳动能力鉴定费”为 10 万元，少于项目预算 14 万元，相差 4 万元',
        },
      ],
    },
    {
      name: 'seed 001 经办大厅 variant: 物业服务费用 ≤192万元 leaves 100 万元 without a cost indicator',
      ...withCells(HALL, { E14: '≤192万元' }),
      errors: [
        {
          messageId: 'sum',
          cell: 'E12',
          related: ['E13', 'E14', 'C4'],
          message: '成本指标合计 1224 万元（753 + 279 + 192），少于项目预算 1324 万元，相差 100 万元',
        },
      ],
    },
    {
      name: 'flat export 工装 variant: ≤3000元 × 10 套 = 3 of 10 万元 does not price the quantity: 0.3 万元 is read as the cost',
      ...withCells(FLAT_UNIFORMS, { H4: 10 }),
      errors: [
        {
          messageId: 'single',
          cell: 'H3',
          related: ['C2'],
          message: '成本指标“提供产品及服务所需成本的控制情况”为 0.3 万元，少于项目预算 10 万元，相差 9.7 万元',
        },
      ],
    },
    {
      name: 'seed 004 as published: the mid-term 项目总成本90万元 repeats the annual cost against a 294 万元 mid-term budget',
      ...RETIREES,
      errors: [
        {
          messageId: 'singleMidterm',
          cell: 'E22',
          message: '中期成本指标“项目总成本”为 90 万元，少于中期资金总额 294 万元，相差 204 万元',
        },
      ],
    },
  ],
});
