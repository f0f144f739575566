// Tests for cost-operator: a cost is a ceiling (≤), never a floor (≥, >).

import { APPRAISAL_FEES, HALL, UNIFORMS, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('cost-operator', {
  valid: [
    { name: 'seed 001 社保经办大厅运转经费: ≤753万元, ≤279万元, ≤292万元', ...HALL },
    { name: 'seed 001 社保中心工装制作: 工装单位成本 ≤3000元 (≥30套 is a count)', ...UNIFORMS },
    { name: 'seed 000 劳动能力鉴定费用: a plain 14 万元', ...APPRAISAL_FEES },
  ],
  invalid: [
    {
      name: 'variant of seed 001: 保安服务费用 ≥753万元; clean twin above',
      ...withCells(HALL, { E12: '≥753万元' }),
      errors: [
        {
          messageId: 'floor',
          cell: 'E12',
          message: '成本指标“提供产品及服务所需成本的控制情况”是支出上限，应使用“≤”，如“≤753万元”，当前为“≥753万元”',
        },
      ],
    },
    {
      name: 'variant of seed 001: 工装单位成本 >3000元',
      ...withCells(UNIFORMS, { E10: '>3000元' }),
      errors: [{ messageId: 'floor', cell: 'E10', message: '如“≤3000元”' }],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定费 ≥14 with 万元 in the unit column',
      ...withCells(APPRAISAL_FEES, { E17: '≥14' }),
      errors: [{ messageId: 'floor', cell: 'E17', message: '当前为“≥14万元”' }],
    },
  ],
});
