// placeholder: template placeholders in names and targets, on seed 000/001/002 tables and variants.

import { ANNUAL_GOAL_1, APPRAISAL_FEES, ARCHIVE, LONG_TERM, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('placeholder', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工', ...ARCHIVE },
    { name: 'seed 002 年度目标 1, filled in', ...ANNUAL_GOAL_1 },
    {
      name: 'a value that is only …… is an empty target, not a placeholder (seed 002 variant)',
      ...withCells(ANNUAL_GOAL_1, { D7: '……' }),
    },
  ],
  invalid: [
    {
      name: "seed 002 长期目标绩效指标: the names keep the template's ……",
      ...LONG_TERM,
      errors: [
        {
          messageId: 'inName',
          cell: 'C6',
          message: '指标名称“……”含占位符“…”，尚未填写完整；请写出具体的指标名称，如“服务人次”',
        },
        { messageId: 'inName', cell: 'C7' },
        { messageId: 'inName', cell: 'C8' },
        { messageId: 'inName', cell: 'C9' },
        { messageId: 'inName', cell: 'C10' },
        { messageId: 'inName', cell: 'C11' },
        { messageId: 'inName', cell: 'C12' },
        { messageId: 'inName', cell: 'C13' },
      ],
    },
    {
      name: 'seed 001 variant: ≥XX册 as the 数量 target',
      ...withCells(ARCHIVE, { E11: '≥XX册' }),
      errors: [
        {
          messageId: 'inTarget',
          cell: 'E11',
          message: '指标值“≥XX册”含占位符“XX”，尚未确定；请填写实际的目标值，如“≥1000人次”',
        },
      ],
    },
    {
      name: 'seed 000 variant: 待定 as a value and xx in a name',
      ...withCells(APPRAISAL_FEES, { E13: '待定', D16: 'xx鉴定合格率' }),
      errors: [
        { messageId: 'inTarget', cell: 'E13', message: '“待定”' },
        { messageId: 'inName', cell: 'D16', message: '“xx”' },
      ],
    },
    {
      name: 'seed 001 variant: 暂定 and ** inside otherwise filled cells',
      ...withCells(ARCHIVE, { E13: '≥5年（暂定）', E12: '2023年**月底前完成在册档案加工' }),
      errors: [
        { messageId: 'inTarget', cell: 'E12', message: '“**”' },
        { messageId: 'inTarget', cell: 'E13', message: '“暂定”' },
      ],
    },
  ],
});
