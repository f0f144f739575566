// score-exceeds-weight: a score above its weight or below 0, on the indicators and on the execution rate's row.

import { WATER } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('score-exceeds-weight', {
  valid: [
    { name: 'the clean self-evaluation: every score at most its weight', ...WATER },
    { name: 'a score of 0 for a target missed entirely', ...withCells(WATER, { F16: '0人', H16: 0 }) },
    { name: 'a blank score is no score', ...withCells(WATER, { H13: null }) },
    { name: 'a score equal to a fractional weight', ...withCells(WATER, { G13: 7.5, H13: 7.5 }) },
  ],
  invalid: [
    {
      name: '得分 8 against 分值 5',
      ...withCells(WATER, { G13: 5, H13: 8 }),
      errors: [
        { messageId: 'exceeds', cell: 'H13', related: ['G13'], message: '指标“工程验收合格率”得分 8 超过分值 5' },
      ],
    },
    {
      name: 'the issue’s 得分 12 > 分值 10, in English',
      ...withCells(WATER, { H17: 12 }),
      lang: 'en-US',
      errors: [{ messageId: 'exceeds', cell: 'H17', message: 'score 12 exceeds the weight 10' }],
    },
    {
      name: 'a negative score',
      ...withCells(WATER, { H18: -2 }),
      errors: [{ messageId: 'negative', cell: 'H18', message: '指标“受益群众满意度”得分为 -2，得分不能为负数' }],
    },
    {
      name: 'the execution rate scored 12 of 10',
      ...withCells(WATER, { H6: 12 }),
      errors: [
        { messageId: 'executionExceeds', cell: 'H6', related: ['F6'], message: '预算执行率得分 12 超过分值 10' },
      ],
    },
    {
      name: 'the execution rate scored below 0',
      ...withCells(WATER, { H6: -1 }),
      errors: [{ messageId: 'executionNegative', cell: 'H6' }],
    },
  ],
});
