// Tests for internal-satisfaction: a 服务对象满意度 must survey those the project serves, not the unit's own staff.

import { APPRAISAL_FEES, CARD, CONDUCT, HALL, PLATFORM_FEES, PRINTING, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('internal-satisfaction', {
  valid: [
    {
      name: 'clean twin of seed 000 平台维护费: 参保单位满意度',
      ...withCells(PLATFORM_FEES, { D19: '参保单位满意度' }),
    },
    { name: 'clean twin of seed 000 印刷费用: 办事群众满意度', ...withCells(PRINTING, { D20: '办事群众满意度' }) },
    {
      name: 'clean twin of seed 001 社保经办大厅运转经费: 办事群众满意度',
      ...withCells(HALL, { D18: '社保经办大厅办事群众满意度' }),
    },
    { name: 'seed 000 劳动能力鉴定费用: 社会公众满意度', ...APPRAISAL_FEES },
    { name: 'seed 001 社保卡制卡工本费: 申报社保卡人员满意度', ...CARD },
    { name: 'seed 001 社保中心行风建设工作经费: 经办服务对象满意度', ...CONDUCT },
    { name: 'workers a project serves: 参保职工满意度', ...withCells(PLATFORM_FEES, { D19: '参保职工满意度' }) },
    {
      name: 'staff a project trains: 参训基层工作人员满意度',
      ...withCells(PLATFORM_FEES, { D19: '参训基层工作人员满意度' }),
    },
    { name: 'workers a project helps: 困难职工满意度', ...withCells(PLATFORM_FEES, { D19: '困难职工满意度' }) },
  ],
  invalid: [
    {
      name: 'seed 000 社保基金财务综合管理平台维护费: 工作人员满意度',
      ...PLATFORM_FEES,
      errors: [
        {
          messageId: 'ownStaff',
          cell: 'D19',
          message:
            '“工作人员满意度”是本单位工作人员的满意度，不是项目服务对象的满意度；满意度指标应反映项目服务或受益的对象对项目的满意程度，应写明服务对象，如“办事群众满意度”“受益对象满意度”',
        },
      ],
    },
    {
      name: 'seed 000 印刷费用: 办公人员满意度',
      ...PRINTING,
      errors: [{ messageId: 'ownStaff', cell: 'D20', message: '“办公人员满意度”是本单位工作人员的满意度' }],
    },
    {
      name: 'seed 001 社保经办大厅运转经费: 社保经办大厅工作人员满意度 in the 绩效指标描述 under 服务对象满意度',
      ...HALL,
      errors: [{ messageId: 'ownStaff', cell: 'D18', message: '“社保经办大厅工作人员满意度”' }],
    },
    {
      name: 'variants of seed 000: 干部职工满意度, 职工满意度 (English message)',
      ...withCells(PLATFORM_FEES, { D19: '干部职工满意度' }),
      lang: 'en-US',
      errors: [
        { messageId: 'ownStaff', cell: 'D19', message: '“干部职工满意度” is the satisfaction of the unit’s own staff' },
      ],
    },
    {
      name: 'variant of seed 000: 职工满意度',
      ...withCells(PRINTING, { D20: '职工满意度' }),
      errors: [{ messageId: 'ownStaff', cell: 'D20' }],
    },
  ],
});
