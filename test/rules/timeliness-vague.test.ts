// Tests for timeliness-vague: a 时效 target needs a date, a deadline or a period — not a reference to a document's
// deadline, and not a payment described without its time.

import {
  ANNUAL_GOAL_1,
  APPRAISAL_FEES,
  CARD,
  HALL,
  PENSION,
  PLATFORM_FEES,
  PRINTING,
  PUBLICITY,
  withCells,
} from './seed-tables';
import { ruleTester } from './tester';

// Tianjin 98.劳动能力鉴定经费's 时效 target, on the layout of its neighbour 97 (same form, same rows).
const APPRAISAL_PAYMENT = '上半年按鉴定场地租赁协议支付费用，鉴定评审费按照实际鉴定情况据实支付。';

ruleTester.run('timeliness-vague', {
  valid: [
    { name: 'seed 001 社保卡制卡工本费: 2023年6月底前支付工本费欠款', ...CARD },
    { name: 'seed 001 社保中心宣传费: 当日完成信息编辑、发布工作', ...PUBLICITY },
    { name: 'seed 004 养老保险专项业务经费: 每月10日前 / 计划完成时间每月10日前', ...PENSION },
    {
      name: 'seed 000 fixed: 管理任务按时完成 by 2021年12月31日前',
      ...withCells(APPRAISAL_FEES, { E15: '2021年12月31日前' }),
    },
    {
      name: 'clean twin of seed 001 98: the rent paid in 上半年 is a period (the 据实支付 clause dropped)',
      ...withCells(HALL, { E16: '上半年按鉴定场地租赁协议支付费用' }),
    },
    {
      name: 'clean twin of seed 001 97: the contract’s payment dates written out',
      ...withCells(HALL, { E16: '按照合同约定于2023年6月底前支付资金，分步骤实施采购验收。' }),
    },
    { name: 'a payment tied to an event: 验收后10个工作日内支付', ...withCells(HALL, { E16: '验收后支付资金' }) },
    {
      name: 'a payment within the year: 下半年启动工装采购，年内完成量体验收付款手续',
      ...withCells(HALL, { E16: '下半年启动工装采购，年内完成量体验收付款手续' }),
    },
    { name: 'a recurrence written 按月: 按月安排', ...withCells(HALL, { E16: '按月安排' }) },
    {
      name: 'clean twin of seed 002: the higher-level document’s deadline written out',
      ...withCells(ANNUAL_GOAL_1, { D10: '2020年12月31日前' }),
    },
  ],
  invalid: [
    {
      name: 'seed 000 劳动能力鉴定费用: 管理任务按时完成 “按时”',
      ...APPRAISAL_FEES,
      errors: [
        {
          messageId: 'noDate',
          cell: 'E15',
          message:
            '时效指标“管理任务按时完成”的指标值“按时”没有写明日期或期限，无法考核是否按期；应写明完成时间，如“2021年12月31日前完成”',
        },
      ],
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
    {
      name: 'seed 001 97 社保经办大厅运转经费: 按照合同约定时间支付资金 names no time (issue 16)',
      ...HALL,
      errors: [
        {
          messageId: 'payment',
          cell: 'E16',
          message: '“按照合同约定时间支付资金”只说明资金如何支付，没有写明何时支付',
        },
      ],
    },
    {
      name: 'seed 001 98 劳动能力鉴定经费: 上半年 covers the rent, 鉴定评审费按照实际鉴定情况据实支付 has no time (issue 16)',
      ...withCells(HALL, { E16: APPRAISAL_PAYMENT }),
      errors: [{ messageId: 'payment', cell: 'E16', message: '“鉴定评审费按照实际鉴定情况据实支付”' }],
    },
    {
      name: 'seed 002 广水: 按上级文件要求时限内 is a deadline put off to a document (issue 16)',
      ...ANNUAL_GOAL_1,
      errors: [{ messageId: 'deferred', cell: 'D10', message: '以“按上级文件要求时限内”代替期限' }],
    },
    {
      name: 'cixi 托育: 补助发放及时性 “及时发放” is a payment without a time',
      ...withCells(HALL, { E16: '及时发放' }),
      errors: [{ messageId: 'payment', cell: 'E16' }],
    },
    {
      name: 'the example carries the table’s own year (seed 000 is 2021)',
      ...withCells(APPRAISAL_FEES, { E15: '按规定时间完成' }),
      errors: [{ messageId: 'deferred', cell: 'E15', message: '如“2021年12月31日前完成”' }],
    },
  ],
});
