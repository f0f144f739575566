// Tests for missing-unit: a bare number needs a unit in the cell or in the unit column.

import { APPRAISAL_FEES, DEPARTMENT_SHORT, HALL, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('missing-unit', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: the 计量单位 column gives 人, 次, %, 万元', ...APPRAISAL_FEES },
    { name: 'seed 001 社保经办大厅运转经费: units inside the value (100百分比, ≤753万元, ≥180人)', ...HALL },
    { name: 'seed 003 department form: operator, value and unit in their own columns', ...DEPARTMENT_SHORT },
    {
      name: 'seed 004 企业退休人员社会化管理服务 with the unit written (采购硬件设备数量 10套): sentences need no unit column',
      ...withCells(RETIREES, { E17: '10套' }),
    },
  ],
  invalid: [
    {
      name: 'seed 004 企业退休人员社会化管理服务: 采购硬件设备数量 10 (中期), at its cell',
      ...RETIREES,
      errors: [{ messageId: 'missing', cell: 'E17', message: '“采购硬件设备数量”的指标值“10”只有数字，没有计量单位' }],
    },
    {
      name: 'variant of seed 000: 工伤鉴定合格率 100 with the unit column left empty; the example is a percentage',
      ...withCells(APPRAISAL_FEES, { F16: null }),
      errors: [{ messageId: 'missing', cell: 'E16', message: '如“100%”' }],
    },
    {
      name: 'variant of seed 001: 服务人数数量 ≥180 without 人',
      ...withCells(HALL, { E15: '≥180' }),
      errors: [{ messageId: 'missing', cell: 'E15', message: '如“≥180人”' }],
    },
  ],
});
