// empty-target: indicators without a target (blank or only ……), on seed 000/001/002 tables and variants.

import { ANNUAL_GOAL_1, APPRAISAL_FEES, ARCHIVE, LONG_TERM, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('empty-target', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工', ...ARCHIVE },
    { name: 'seed 002 年度目标 1, filled in', ...ANNUAL_GOAL_1 },
  ],
  invalid: [
    {
      name: 'seed 002 长期目标绩效指标: every value left as ……',
      ...LONG_TERM,
      errors: [
        { messageId: 'templateRow', cell: 'D6', message: '该行指标名称只有“……”，指标值也未填写，是未填写的模板行' },
        { messageId: 'templateRow', cell: 'D7' },
        { messageId: 'templateRow', cell: 'D8' },
        { messageId: 'templateRow', cell: 'D9' },
        { messageId: 'templateRow', cell: 'D10' },
        { messageId: 'templateRow', cell: 'D11' },
        { messageId: 'templateRow', cell: 'D12' },
        { messageId: 'templateRow', cell: 'D13' },
      ],
    },
    {
      name: 'seed 002 长期目标绩效指标 with the values left blank instead of ……',
      ...withCells(LONG_TERM, { D6: null, D7: null }),
      errors: [
        { messageId: 'templateRow', cell: 'D6', message: '请填写具体指标及其指标值，如“劳动能力鉴定人数”“1500人”，不设该项的请删除此行' },
        { messageId: 'templateRow', cell: 'D7', message: '如“工伤鉴定合格率”“100%”' },
        { messageId: 'templateRow', cell: 'D8' },
        { messageId: 'templateRow', cell: 'D9' },
        { messageId: 'templateRow', cell: 'D10' },
        { messageId: 'templateRow', cell: 'D11' },
        { messageId: 'templateRow', cell: 'D12' },
        { messageId: 'templateRow', cell: 'D13' },
      ],
    },
    {
      name: 'seed 002 variant: a named indicator whose value is ……',
      ...withCells(ANNUAL_GOAL_1, { D7: '……' }),
      errors: [{ messageId: 'filler', cell: 'D7', message: '指标“养老保险社会化发放人数”的指标值只有“……”，等于未填写；请填写计划达到的数值或标准，如“1500人”' }],
    },
    {
      name: 'seed 000 variant: 劳动能力鉴定人数 with its 指标值 left blank (the unit 人 is still there)',
      ...withCells(APPRAISAL_FEES, { E13: null }),
      errors: [{ messageId: 'empty', cell: 'E13', message: '指标“劳动能力鉴定人数”未填写指标值' }],
    },
    {
      name: 'seed 000 variant: targets that are formula errors (#N/A from a failed lookup, #REF! after deleted cells)',
      ...withCells(APPRAISAL_FEES, { E13: { error: '#N/A' }, E16: { error: '#REF!' } }),
      errors: [
        {
          messageId: 'formulaError',
          cell: 'E13',
          message: '指标“劳动能力鉴定人数”的指标值单元格显示公式错误 #N/A，没有有效的指标值；请修正公式或直接填写计划达到的数值或标准，如“1500人”',
        },
        { messageId: 'formulaError', cell: 'E16', message: '公式错误 #REF!' },
      ],
    },
    {
      name: 'seed 001 variant: the satisfaction target left blank',
      ...withCells(ARCHIVE, { E14: null }),
      errors: [{ messageId: 'empty', cell: 'E14', message: '如“≥95%”' }],
    },
  ],
});
