// empty-name: rows with a target but no indicator name, on seed 000/001/003 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, DEPARTMENT, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('empty-name', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工', ...ARCHIVE },
    {
      name: 'seed 003, clean twin: 投入管理 items assessed on their 二级 row, and the 20 % row named 预算调整率',
      ...withCells(DEPARTMENT, { C14: '预算调整率', D14: '≤' }),
    },
  ],
  invalid: [
    {
      name: 'seed 003: the bare 20 % row under 预算和财务管理 has no name',
      ...DEPARTMENT,
      errors: [
        { messageId: 'emptyName', cell: 'C14', related: ['E14'], message: '该行填写了指标值“20%”，但指标名称为空' },
      ],
    },
    {
      name: 'seed 001 variant: 三级 and 描述 of the 数量指标 row left blank',
      ...withCells(ARCHIVE, { C11: null, D11: null }),
      errors: [
        {
          messageId: 'emptyName',
          cell: 'C11',
          message: '该行填写了指标值“≥1260册”，但指标名称为空；请填写该指标衡量的内容，如“服务人次”',
        },
      ],
    },
    {
      name: 'seed 000 variant: the 四级 name of 劳动能力鉴定人数 left blank',
      ...withCells(APPRAISAL_FEES, { D13: null }),
      errors: [{ messageId: 'emptyName', cell: 'D13', message: '“1500人”' }],
    },
  ],
});
