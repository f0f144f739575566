// Tests for impossible-bound: ≥/>100 % on a bounded rate, ≤0/<0 on a count.

import { APPRAISAL_FEES, DEPARTMENT_SHORT, HALL, OPERATIONS, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('impossible-bound', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: plain 100 % and counts', ...APPRAISAL_FEES },
    { name: 'seed 001 社保业务经办经费: ≤ bounds on counts above zero (≤1万人, ≤3000封), ≤10百分比, ≥95百分比', ...OPERATIONS },
    { name: 'seed 003 fixed: the full rates written “=100”', ...withCells(DEPARTMENT_SHORT, { D8: '=', D9: '=' }) },
  ],
  invalid: [
    {
      name: 'seed 003: 养老保险待遇社会化发放率 ≥100 % and 社保基金安全完整率 ≥100 %, with their operator cells',
      ...DEPARTMENT_SHORT,
      errors: [
        { messageId: 'rateAtLeastFull', cell: 'E8', related: ['D8'], message: '“养老保险待遇社会化发放率”是比率，最高只能到100%，“≥100%”实际只能等于100%；应写为“=100%”' },
        { messageId: 'rateAtLeastFull', cell: 'E9', related: ['D9'] },
      ],
    },
    {
      name: 'variant of seed 001: 物业服务验收合格率 >100百分比',
      ...withCells(HALL, { E9: '>100百分比' }),
      errors: [{ messageId: 'rateAboveFull', cell: 'E9', message: '不可能实现' }],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定次数 ≤0; clean twin above',
      ...withCells(APPRAISAL_FEES, { E14: '≤0' }),
      errors: [{ messageId: 'countAtMostZero', cell: 'E14', message: '应写为“=0次”' }],
    },
    {
      name: 'variant of seed 001: 上门完成认证人数 <0人',
      ...withCells(OPERATIONS, { E21: '<0人' }),
      errors: [{ messageId: 'countBelowZero', cell: 'E21' }],
    },
  ],
});
