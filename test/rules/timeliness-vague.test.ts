// Tests for timeliness-vague: a 时效 target needs a date, a deadline or a period.

import { APPRAISAL_FEES, CARD, HALL, PENSION, PLATFORM_FEES, PRINTING, PUBLICITY, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('timeliness-vague', {
  valid: [
    { name: 'seed 001 社保经办大厅运转经费: 按照合同约定时间支付资金 refers to the contract’s dates', ...HALL },
    { name: 'seed 001 社保卡制卡工本费: 2023年6月底前支付工本费欠款', ...CARD },
    { name: 'seed 001 社保中心宣传费: 当日完成信息编辑、发布工作', ...PUBLICITY },
    { name: 'seed 004 养老保险专项业务经费: 每月10日前 / 计划完成时间每月10日前', ...PENSION },
    { name: 'seed 000 fixed: 管理任务按时完成 by 2021年12月31日前', ...withCells(APPRAISAL_FEES, { E15: '2021年12月31日前' }) },
  ],
  invalid: [
    {
      name: 'seed 000 劳动能力鉴定费用: 管理任务按时完成 “按时”',
      ...APPRAISAL_FEES,
      errors: [{ messageId: 'noDate', cell: 'E15', message: '时效指标“管理任务按时完成”的指标值“按时”没有写明日期或期限，无法考核是否按期；应写明完成时间，如“2021年12月31日前完成”' }],
    },
    {
      name: 'seed 000 社保基金财务综合管理平台维护费: 各项业务按时完成 “是”',
      ...PLATFORM_FEES,
      errors: [{ messageId: 'noDate', cell: 'E14' }],
    },
    {
      name: 'seed 000 印刷费用: 印刷及时性 “及时”',
      ...PRINTING,
      errors: [{ messageId: 'noDate', cell: 'E15', message: '“及时”' }],
    },
  ],
});
