// unfilled-template-rows: template rows (……, 指标1) left in a self-evaluation, listed once per table.

import { WATER } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

const TWO_TEMPLATE_ROWS = withCells(WATER, {
  D13: '……',
  E13: null,
  F13: null,
  G13: null,
  H13: null,
  D17: '……',
  E17: null,
  F17: null,
  G17: null,
  H17: null,
});

ruleTester.run('unfilled-template-rows', {
  valid: [
    { name: 'the clean self-evaluation has no template row', ...WATER },
    { name: 'a …… row with its target filled is not unfilled', ...withCells(WATER, { D17: '……' }) },
    {
      name: 'under a target-table profile each row is placeholder’s and empty-target’s',
      ...TWO_TEMPLATE_ROWS,
      profile: 'project-2021',
    },
  ],
  invalid: [
    {
      name: '中江 / 萧县: …… rows left under 质量指标 and 可持续影响指标',
      ...TWO_TEMPLATE_ROWS,
      errors: [
        {
          messageId: 'rows',
          cell: 'D13',
          severity: 'info',
          related: ['D17'],
          message: '表中第 13, 17 行是未填写的模板行（……），共 2 行；不设该项指标的请删除这些行',
        },
      ],
    },
    {
      name: 'a row of “...” under 效益指标, in English',
      ...withCells(WATER, { D17: '...', E17: null, F17: null, G17: null, H17: null }),
      lang: 'en-US',
      errors: [{ messageId: 'rows', cell: 'D17', message: 'Row(s) 17 are unfilled template rows (...), 1 in all' }],
    },
  ],
});
