// total-score-mismatch: a 总分 that is not the scores' sum with the execution rate's.

import { WATER, WATER_NO_TOTAL } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('total-score-mismatch', {
  valid: [
    { name: 'the clean self-evaluation: 90 + 9.06 = 99.06', ...WATER },
    { name: 'a 总分 rounded to one decimal (99.1)', ...withCells(WATER, { H19: 99.1 }) },
    { name: 'no 总分 row, nothing to compare', ...WATER_NO_TOTAL },
    { name: 'a 总分 left blank', ...withCells(WATER, { H19: null }) },
  ],
  invalid: [
    {
      name: 'the issue’s scores adding up to 90 + 9.06 while 总分 says 99 + 1',
      ...withCells(WATER, { H19: 100 }),
      errors: [
        {
          messageId: 'mismatch',
          cell: 'H19',
          related: ['H12', 'H6'],
          message: '总分 100 与得分合计 99.06 不符（指标得分 90 + 预算执行率得分 9.06）',
        },
      ],
    },
    {
      name: '稷山: one score cut (13) but the 总分 kept',
      ...withCells(WATER, { H12: 18 }),
      errors: [{ messageId: 'mismatch', cell: 'H19', message: '总分 99.06 与得分合计 97.06 不符' }],
    },
    {
      name: 'no execution score on the form',
      ...withCells(WATER, { H6: null, H19: 95 }),
      errors: [{ messageId: 'mismatchNoExecution', cell: 'H19', message: '总分 95 与各指标得分合计 90 不符' }],
    },
  ],
});
