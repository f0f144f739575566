// cost-exceeds-budget: cost indicators adding up to more than the budget, on seed 000, 001 and 004 tables and their variants.

import { APPRAISAL_FEES, CONDUCT, HALL, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('cost-exceeds-budget', {
  valid: [
    { name: 'seed 001 经办大厅: 753 + 279 + 292 = 1324 on a 1324 budget', ...HALL },
    { name: 'seed 001 行风建设: 6.5 + 10 + 10 = 26.5 on a 26.50 budget', ...CONDUCT },
    { name: 'seed 000 劳动能力鉴定费用: 成本 14 万元 = budget 14 万元', ...APPRAISAL_FEES },
    { name: 'seed 000 with the cost in 元 in the unit column (140000 元 = 14 万元)', ...withCells(APPRAISAL_FEES, { E17: 140000, F17: '元' }) },
    { name: 'seed 004: 项目总成本90万元 with its breakdown (约5万元, 约9.99万元) is not added to it', ...RETIREES },
    {
      name: 'a department-wide review leaves project costs alone',
      ...withCells(HALL, { E12: '≤853万元' }),
      profile: 'department',
    },
    {
      name: 'seed 001 经办大厅 within the configured tolerance (1330 of 1324 with 1 %)',
      ...withCells(HALL, { E12: '≤759万元' }),
      config: { thresholds: { costTolerance: 0.01 } },
    },
  ],
  invalid: [
    {
      name: 'seed 001 经办大厅 variant: 保安服务费用 ≤853万元 makes 1424 on a 1324 budget',
      ...withCells(HALL, { E12: '≤853万元' }),
      errors: [
        {
          messageId: 'sum',
          cell: 'E12',
          severity: 'error',
          related: ['E13', 'E14', 'C4'],
          message: '成本指标合计 1424 万元（853 + 279 + 292），超过项目预算 1324 万元',
        },
      ],
    },
    {
      name: 'seed 001 经办大厅 variant, reported in English',
      ...withCells(HALL, { E12: '≤853万元' }),
      lang: 'en-US',
      errors: [{ messageId: 'sum', cell: 'E12', message: 'Cost indicators add up to 1424 (10k yuan: 853 + 279 + 292), more than the budget of 1324' }],
    },
    {
      name: 'seed 000 variant: 劳动能力鉴定费 15 万元 on a 14 万元 budget',
      ...withCells(APPRAISAL_FEES, { E17: 15 }),
      errors: [{ messageId: 'single', cell: 'E17', message: '成本指标“劳动能力鉴定费”的指标值“15”折合 15 万元，超过项目预算 14 万元；成本不应超过预算，如“≤14万元”' }],
    },
    {
      name: 'seed 000 variant: 150000 元 in the unit column is 15 万元',
      ...withCells(APPRAISAL_FEES, { E17: 150000, F17: '元' }),
      errors: [{ messageId: 'single', cell: 'E17', message: '折合 15 万元' }],
    },
    {
      name: 'seed 004 variant: annual 项目总成本100万元 on a 90 万元 year',
      ...withCells(RETIREES, { H22: '项目总成本100万元' }),
      errors: [{ messageId: 'single', cell: 'H22', message: '折合 100 万元，超过项目预算 90 万元' }],
    },
    {
      name: 'seed 004 variant: mid-term 项目总成本300万元 on a 294 万元 mid-term budget',
      ...withCells(RETIREES, { E22: '项目总成本300万元' }),
      errors: [{ messageId: 'singleMidterm', cell: 'E22', message: '超过中期资金总额 294 万元' }],
    },
  ],
});
