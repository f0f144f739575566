// input-as-output: inputs (budget execution, funds, money as a quantity) as outputs or benefits, on seed 000/001/003/004 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, DEPARTMENT, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('input-as-output', {
  valid: [
    {
      name: '海南 会展 style: money the project brings in (全年实现会展业综合收入) is a result, not money put in',
      ...withCells(RETIREES, {
        D15: '全年实现会展业综合收入',
        E15: '280万元',
        G15: '全年实现会展业综合收入',
        H15: '280万元',
      }),
    },
    { name: 'seed 000 劳动能力鉴定费用: money only under 成本', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工: 加工资金支出时效 is a deadline, not a rate', ...ARCHIVE },
    { name: 'seed 003 department form: 预算执行率 is a 投入管理 indicator there', ...DEPARTMENT },
    {
      name: 'seed 004, clean twin: the 数量 row counts the retirees served instead of the money paid',
      ...withCells(RETIREES, {
        D15: '异地退管服务人数',
        E15: '异地退管服务人数100-150人',
        G15: '异地退管服务人数',
        H15: '异地退管服务人数100-150人',
      }),
    },
  ],
  invalid: [
    {
      name: 'seed 004 企业退休人员社会化管理服务: a 数量 indicator whose target is 约47万元, in both sets',
      ...RETIREES,
      errors: [
        {
          messageId: 'moneyAsQuantity',
          cell: 'E15',
          message: '数量指标“拨付金安区、裕安区退管服务经费金额”的指标值“拨付金安区、裕安区退管服务经费约47万元”是金额',
        },
        { messageId: 'moneyAsQuantity', cell: 'H15' },
      ],
    },
    {
      name: 'seed 000 variant: 预算执行率 as a 质量指标',
      ...withCells(APPRAISAL_FEES, { D16: '预算执行率' }),
      errors: [{ messageId: 'inputName', cell: 'D16', message: '“预算执行率”衡量的是资金投入或预算执行，不是产出' }],
    },
    {
      name: 'seed 001 variant: 资金到位率 as the 效益 indicator',
      ...withCells(ARCHIVE, { C13: '资金到位率', D13: '资金到位率', E13: '100百分比' }),
      errors: [{ messageId: 'inputName', cell: 'C13', message: '不是效益指标' }],
    },
  ],
});
