// Tests for target-restates-name: a target must set a level, not repeat the indicator's name.

import { APPRAISAL_FEES, CARD, DEPARTMENT, OPERATIONS, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

// Seed 001 社保业务经办经费 with checkable targets where it restated its names.
const OPERATIONS_FIXED = withCells(OPERATIONS, {
  E9: '公告刊登后5个工作日内告知公告人',
  E25: '参保职工权益受损有效投诉0起',
  E26: '养老金冒领追回率100百分比',
});

ruleTester.run('target-restates-name', {
  valid: [
    { name: 'clean twin of seed 001 社保业务经办经费: targets with a level or a deadline', ...OPERATIONS_FIXED },
    { name: 'seed 001 社保卡制卡工本费: 保障社保卡正常供应 with 卡片质量满足使用要求 added', ...CARD },
    { name: 'seed 000 劳动能力鉴定费用: short words (是, 按时) are other rules’ findings', ...APPRAISAL_FEES },
    { name: 'seed 003 department form: 投入管理 graded in words (相关, 科学, 合理)', ...DEPARTMENT },
    {
      name: 'a vague word that is also part of the name is vague-target’s (群众生活显著提升 → 显著提升)',
      ...withCells(OPERATIONS_FIXED, { C27: '群众生活显著提升', D27: '群众生活显著提升', E27: '显著提升' }),
    },
    {
      name: 'a quality answered by the quality itself: 资金使用合规性 → 资金使用合规',
      ...withCells(OPERATIONS_FIXED, { C25: '资金使用合规性', D25: '资金使用合规性', E25: '资金使用合规' }),
    },
    {
      name: 'a target that shares a word with its name but says more',
      ...withCells(OPERATIONS_FIXED, { E25: '维护职工参保权益，全年无一例因经办差错导致的权益受损' }),
    },
  ],
  invalid: [
    {
      name: 'seed 001 社保业务经办经费: 及时告知公告人相关信息, 维护职工参保权益, 防范养老金冒领',
      ...OPERATIONS,
      errors: [
        {
          messageId: 'restates',
          cell: 'E9',
          message:
            '“及时告知公告人相关信息”的指标值“及时告知公告人相关信息”只是重复了指标名称，没有写出要达到什么程度，无法考核；应写明可考核的目标值：做到多少（数量或比率，如“≥95%”）或何时完成',
        },
        { messageId: 'restates', cell: 'E25', message: '“维护职工参保权益”的指标值“维护职工参保权益”' },
        { messageId: 'restates', cell: 'E26', message: '“防范养老金冒领情形”的指标值“防范养老金冒领”' },
      ],
    },
    {
      name: 'variant of seed 001: 及时告知公告人相关信息 with the target 及时告知 (English message)',
      ...withCells(OPERATIONS_FIXED, { E9: '及时告知' }),
      lang: 'en-US',
      errors: [
        {
          messageId: 'restates',
          cell: 'E9',
          message: 'The target “及时告知” of “及时告知公告人相关信息” only restates',
        },
      ],
    },
    {
      name: 'seed 004 企业退休人员社会化管理服务: 退休人员社会化管理服务无经济效益 in both sets',
      ...RETIREES,
      errors: [
        { messageId: 'restates', cell: 'E25' },
        { messageId: 'restates', cell: 'H25' },
      ],
    },
  ],
});
