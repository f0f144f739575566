// Tests for satisfaction-direction: 满意度/满意率 targets are floors (≥), never ceilings.

import { CONDUCT, DEPARTMENT_SHORT, HALL, OPERATIONS, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('satisfaction-direction', {
  valid: [
    { name: 'seed 001 社保经办大厅运转经费: ≥95百分比', ...HALL },
    {
      name: 'seed 001 社保业务经办经费: 投诉比例 ≤5百分比 under 满意度 is a complaint ratio, lower is better',
      ...OPERATIONS,
    },
    { name: 'seed 001 社保中心行风建设工作经费: 满意度调查费用 ≤10万元 is a cost, not a satisfaction', ...CONDUCT },
    {
      name: 'seed 003 fixed: 满意度 and 参保对象满意率 written ≥95',
      ...withCells(DEPARTMENT_SHORT, { D11: '≥', D12: '≥' }),
    },
  ],
  invalid: [
    {
      name: 'seed 003: 满意度 ≤95 % and 参保对象满意率 ≤95, with their operator cells',
      ...DEPARTMENT_SHORT,
      errors: [
        {
          messageId: 'ceiling',
          cell: 'E11',
          related: ['D11'],
          message: '满意度指标“满意度”应设为“≥”下限，如“≥95%”，当前为“≤95%”',
        },
        { messageId: 'ceiling', cell: 'E12', related: ['D12'], message: '满意度指标“参保对象满意率”应设为“≥”下限' },
      ],
    },
    {
      name: 'seed 003 read with the 满意度 row’s 三级 cell empty: the 二级 text names what the row measures',
      ...withCells(DEPARTMENT_SHORT, { C11: null }),
      errors: [
        { messageId: 'ceiling', cell: 'E11', message: '满意度指标“满意度”应设为“≥”下限' },
        { messageId: 'ceiling', cell: 'E12' },
      ],
    },
    {
      name: 'variant of seed 001 社保业务经办经费: 受益群体满意度 ≤95百分比; 投诉比例 ≤5百分比 beside it stays silent',
      ...withCells(OPERATIONS, { E28: '≤95百分比' }),
      errors: [{ messageId: 'ceiling', cell: 'E28', message: '当前为“≤95百分比”' }],
    },
    {
      name: 'a ceiling under the floor suggests the profile’s floor (≥80%)',
      ...withCells(HALL, { E18: '<60百分比' }),
      errors: [{ messageId: 'ceiling', cell: 'E18', message: '如“≥80%”' }],
    },
  ],
});
