// cost-exceeds-budget: cost indicators adding up to more than the budget, on seed 000, 001 and 004 tables and their variants.

import { FLAT_CARD, FLAT_UNIFORMS, WUHAI } from './money-tables';
import { APPRAISAL_FEES, CONDUCT, HALL, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

// 劳动能力鉴定费用's 其他说明 (B21) as filed lists 14 + 1 + 2 = 17 万元 on a 14 万元 budget (issue 16); its clean twin
// lists 11 + 1 + 2 = 14, and a twin writes 1 and 2 as parts (其中) of the 14.
const NOTE_CLEAN = withCells(APPRAISAL_FEES, {
  B21: '测算依据有变化，预算压减，专家劳务费 11 万元，异地鉴定交通费 1 万，报告邮寄费 2 万元。',
});
const NOTE_PARTS = '测算依据有变化，预算压减，专家劳务费 14 万元，其中异地鉴定交通费 1 万，报告邮寄费 2 万元。';

ruleTester.run('cost-exceeds-budget', {
  valid: [
    { name: 'seed 001 经办大厅: 753 + 279 + 292 = 1324 on a 1324 budget', ...HALL },
    { name: 'seed 001 行风建设: 6.5 + 10 + 10 = 26.5 on a 26.50 budget', ...CONDUCT },
    {
      name: 'seed 000 劳动能力鉴定费用 clean twin: 成本 14 万元 = budget 14 万元, its 其他说明 lists 11 + 1 + 2 = 14',
      ...NOTE_CLEAN,
    },
    {
      name: 'seed 000 with the cost in 元 in the unit column (140000 元 = 14 万元)',
      ...withCells(NOTE_CLEAN, { E17: 140000, F17: '元' }),
    },
    {
      name: 'seed 000 其他说明 twin: 交通费 1 万 and 邮寄费 2 万元 written as parts (其中) of the 14',
      ...withCells(APPRAISAL_FEES, { B21: NOTE_PARTS }),
    },
    {
      name: 'seed 000 其他说明 twin: a total (总预算) and a cut (核减) are not items of spending (seed 000 邮电费: 23 with 核减 24.4 and 5.8)',
      ...withCells(APPRAISAL_FEES, { B21: '预算压减，总预算为 14 万元，核减专家劳务费 4 万元，及交通费 2 万。' }),
    },
    {
      name: 'seed 000 其他说明 twin: counts, years and rates are not amounts (2021 年, 1500 人, 4 万人, 100%, 500 元/人)',
      ...withCells(APPRAISAL_FEES, {
        B21: '2021 年鉴定 1500 人，覆盖 4 万人，合格率 100%，专家劳务费 500 元/人，交通费 1 万元，邮寄费 20 万元。',
      }),
    },
    {
      name: 'seed 000 其他说明 twin: one amount is not a list (印刷费减少为 3 万)',
      ...withCells(APPRAISAL_FEES, { B21: '专家劳务费 17 万元。' }),
    },
    { name: 'seed 004: 项目总成本90万元 with its breakdown (约5万元, 约9.99万元) is not added to it', ...RETIREES },
    {
      name: 'a department-wide review leaves project costs alone',
      ...withCells(HALL, { E12: '≤853万元' }),
      profile: 'department',
    },
    {
      name: 'seed 001 行风建设 clean twin: a line equal to the budget named 项目总成本 is the total over its breakdown (26.5 with 10 + 10)',
      ...withCells(CONDUCT, { C11: '项目总成本', D11: '项目总成本', E11: '≤26.5万元' }),
    },
    {
      name: 'seed 001 行风建设 clean twin: a line equal to the budget whose name names no particular cost (项目支出成本) is the total',
      ...withCells(CONDUCT, { C11: '项目支出成本', D11: '项目支出成本', E11: '≤26.5万元' }),
    },
    {
      name: '乌海 再生资源 (corpus): 年度预算总成本 3 over 出差总成本 1 + 劳务人员总成本 2 + 办公费总成本 0',
      ...WUHAI,
    },
    { name: 'flat export 社保卡制卡工本费: 10.65 万元 is a unit cost, left to unit-cost-inconsistent', ...FLAT_CARD },
    { name: 'flat export 工装: 3000 元 per set is a unit cost, not added up', ...FLAT_UNIFORMS },
    {
      name: 'seed 001 经办大厅 within the configured tolerance (1330 of 1324 with 1 %)',
      ...withCells(HALL, { E12: '≤759万元' }),
      config: { thresholds: { costTolerance: 0.01 } },
    },
  ],
  invalid: [
    {
      name: 'seed 000 劳动能力鉴定费用 as filed: its 其他说明 lists 14 + 1 + 2 = 17 万元 on a 14 万元 budget (issue 16)',
      ...APPRAISAL_FEES,
      errors: [
        {
          messageId: 'note',
          cell: 'B21',
          severity: 'warning',
          related: ['B8'],
          message:
            '其他说明（测算依据）所列金额合计 17 万元（14 + 1 + 2），超过项目预算 14 万元；所列各项支出之和不应超过预算，请核对金额；若后几项是前一项的明细，请写明“其中”',
        },
      ],
    },
    {
      name: 'seed 000 劳动能力鉴定费用 as filed, reported in English',
      ...APPRAISAL_FEES,
      lang: 'en-US',
      errors: [
        {
          messageId: 'note',
          cell: 'B21',
          message:
            'The amounts listed in the note (其他说明/测算依据) add up to 17 (10k yuan: 14 + 1 + 2), more than the budget of 14',
        },
      ],
    },
    {
      name: 'a 测算依据 cell in the block above the header, amounts in 元: 100000 + 30000 + 20000 元 = 15 万元 on 14',
      grid: withCells(APPRAISAL_FEES, {
        A9: '测算依据',
        B9: '专家劳务费 100000 元、交通费 30000 元、邮寄费 20000 元',
        A10: null,
        A21: null,
        B21: null,
      }).grid,
      merges: [...APPRAISAL_FEES.merges.filter((m) => m !== 'A9:F9'), 'B9:F9'],
      errors: [{ messageId: 'note', cell: 'B9', message: '所列金额合计 15 万元（10 + 3 + 2），超过项目预算 14 万元' }],
    },
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
      errors: [
        {
          messageId: 'sum',
          cell: 'E12',
          message: 'Cost indicators add up to 1424 (10k yuan: 853 + 279 + 292), more than the budget of 1324',
        },
      ],
    },
    {
      name: 'seed 001 行风建设 variant: 舆情监测服务费用 ≤26.5万元 equals the budget, and 明察暗访 10 + 满意度调查 10 come on top (issue 16: 奖励 200 + 管理费 8 on 200)',
      ...withCells(CONDUCT, { E11: '≤26.5万元' }),
      errors: [
        {
          messageId: 'sumBudgetLine',
          cell: 'E11',
          severity: 'error',
          related: ['E12', 'E13', 'C4'],
          message:
            '成本指标合计 46.5 万元（26.5 + 10 + 10），超过项目预算 26.5 万元：“舆情监测服务费用”一项 26.5 万元已等于预算，其余 20 万元在预算之外；各项成本之和不应超过预算，请核减成本；若“舆情监测服务费用”是总成本、其余是它的明细，请在名称中写明“总成本”',
        },
      ],
    },
    {
      name: 'seed 001 行风建设 variant with a line equal to the budget, reported in English',
      ...withCells(CONDUCT, { E11: '≤26.5万元' }),
      lang: 'en-US',
      errors: [
        {
          messageId: 'sumBudgetLine',
          cell: 'E11',
          message:
            'Cost indicators add up to 46.5 (10k yuan: 26.5 + 10 + 10), more than the budget of 26.5: "舆情监测服务费用" alone is 26.5, the whole budget, and the other 20 come on top',
        },
      ],
    },
    {
      name: 'seed 001 行风建设 variant: 满意度调查费用 ≤26.5万元, the line equal to the budget, comes last (6.5 + 10 + 26.5)',
      ...withCells(CONDUCT, { E13: '≤26.5万元' }),
      errors: [
        {
          messageId: 'sumBudgetLine',
          cell: 'E11',
          message:
            '成本指标合计 43 万元（6.5 + 10 + 26.5），超过项目预算 26.5 万元：“满意度调查费用”一项 26.5 万元已等于预算，其余 16.5 万元在预算之外',
        },
      ],
    },
    {
      name: 'seed 000 variant: 劳动能力鉴定费 15 万元 on a 14 万元 budget',
      ...withCells(NOTE_CLEAN, { E17: 15 }),
      errors: [
        {
          messageId: 'single',
          cell: 'E17',
          message:
            '成本指标“劳动能力鉴定费”的指标值“15”折合 15 万元，超过项目预算 14 万元；成本不应超过预算，如“≤14万元”',
        },
      ],
    },
    {
      name: 'seed 000 variant: 150000 元 in the unit column is 15 万元',
      ...withCells(NOTE_CLEAN, { E17: 150000, F17: '元' }),
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
