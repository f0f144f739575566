// execution-rate-mismatch: 执行率 ≠ 全年执行数 ÷ 全年预算数, spending above the budget, or the rate's score off the method.

import { WATER } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('execution-rate-mismatch', {
  valid: [
    { name: 'the clean self-evaluation: 45.3 ÷ 50 = 90.6 %, 10 × 90.6 % = 9.06', ...WATER },
    { name: 'a rate written to whole percent (91 % for 90.6 %)', ...withCells(WATER, { G6: '91%', H6: 9.1 }) },
    { name: 'a rate within 0.1 point (90.65 %)', ...withCells(WATER, { G6: '90.65%' }) },
    { name: 'a rate’s score rounded to one decimal (9.1)', ...withCells(WATER, { H6: 9.1 }) },
    { name: 'all spent: 100 % and the whole weight', ...withCells(WATER, { E6: 50, G6: '100%', H6: 10 }) },
    {
      name: 'no rate written: only the score is checked, against the computed rate',
      ...withCells(WATER, { G6: null }),
    },
  ],
  invalid: [
    {
      name: 'a rate of 95 % for 45.3 of 50',
      ...withCells(WATER, { G6: '95%', H6: 9.5 }),
      errors: [
        {
          messageId: 'rate',
          cell: 'G6',
          related: ['E6', 'D6'],
          message: '执行率应为 45.3÷50=90.6%，表中为 95%',
        },
      ],
    },
    {
      name: 'spending above the budget',
      ...withCells(WATER, { E6: 55, G6: '110%', H6: 10 }),
      errors: [
        {
          messageId: 'overBudget',
          cell: 'E6',
          related: ['D6'],
          message: '全年执行数 55 万元超过全年预算数 50 万元（执行率 110%）',
        },
      ],
    },
    {
      name: 'the whole weight for a 90.6 % rate',
      ...withCells(WATER, { H6: 10 }),
      errors: [{ messageId: 'score', cell: 'H6', message: '预算执行率得分应为 10×90.6%=9.1 分，表中为 10 分' }],
    },
    {
      name: 'in English',
      ...withCells(WATER, { G6: '95%', H6: 9.5 }),
      lang: 'en-US',
      errors: [{ messageId: 'rate', cell: 'G6', message: 'should be 45.3÷50=90.6%, the table says 95%' }],
    },
  ],
});
