// Tests for satisfaction-range: below the floor (warning), exactly 100 % (info).

import { APPRAISAL_FEES, CONDUCT, DEPARTMENT_SHORT, HALL, PENSION, PLATFORM_FEES, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('satisfaction-range', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: 社会公众满意度 99 %', ...APPRAISAL_FEES },
    { name: 'seed 001 社保经办大厅运转经费: ≥95百分比', ...HALL },
    { name: 'seed 001 社保中心行风建设工作经费: ≥90百分比; 满意度调查次数 1次 is a count', ...CONDUCT },
    { name: 'seed 003: a ceiling is satisfaction-direction’s finding, not this rule’s', ...DEPARTMENT_SHORT },
  ],
  invalid: [
    {
      name: 'seed 000 社保基金财务综合管理平台维护费: 工作人员满意度 100 % (info)',
      ...PLATFORM_FEES,
      errors: [
        { messageId: 'full', cell: 'E19', severity: 'info', message: '满意度指标“工作人员满意度”的目标为“100%”' },
      ],
    },
    {
      name: 'seed 004 养老保险专项业务经费: 服务对象满意度 100% in both sets (info)',
      ...PENSION,
      errors: [
        { messageId: 'full', cell: 'E23', severity: 'info' },
        { messageId: 'full', cell: 'H23', severity: 'info' },
      ],
    },
    {
      name: 'variant of seed 000: 社会公众满意度 70 %; clean twin above',
      ...withCells(APPRAISAL_FEES, { E20: 70 }),
      errors: [{ messageId: 'belowFloor', cell: 'E20', severity: 'warning', message: '低于80%' }],
    },
    {
      name: 'a configured floor of 95: seed 001’s ≥90百分比 targets fall short',
      ...CONDUCT,
      config: { thresholds: { satisfactionFloor: 95 } },
      errors: [
        { messageId: 'belowFloor', cell: 'E9', message: '低于95%' },
        { messageId: 'belowFloor', cell: 'E19' },
      ],
    },
  ],
});
