// unknown-level1: 一级 values the profile does not know, on seed 000/001/003 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, DEPARTMENT, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('unknown-level1', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: 产出 and 效果 are known spellings', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工: blank 一级 cells filled down', ...ARCHIVE },
    { name: 'seed 003 department form: 投入管理指标 is a department 一级', ...DEPARTMENT },
  ],
  invalid: [
    {
      name: 'seed 000 variant: 一级 工作指标 on the 劳动能力鉴定人数 row',
      ...withCells(APPRAISAL_FEES, { A13: '工作指标' }),
      errors: [{ messageId: 'unknown', cell: 'A13', message: '一级指标“工作指标”不是规范的一级指标类别；应为产出指标、效益指标、满意度指标、成本指标之一' }],
    },
    {
      name: 'seed 001 variant: a 一级 cell that stands for four rows is reported once, at its cell',
      ...withCells(ARCHIVE, { A9: '工作目标' }),
      errors: [{ messageId: 'unknown', cell: 'A9' }],
    },
    {
      name: 'seed 001 variant checked as a 2021 project table: 投入管理指标 belongs to department forms',
      ...withCells(ARCHIVE, { A13: '投入管理指标' }),
      profile: 'project-2021',
      errors: [{ messageId: 'departmentOnly', cell: 'A13', message: '一级指标“投入管理指标”用于部门整体支出绩效目标表' }],
    },
  ],
});
