// actual-missing: a self-evaluation indicator with a target and no actual value, on the central self-evaluation form.

import { WATER } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('actual-missing', {
  valid: [
    { name: 'every indicator of the clean self-evaluation has its actual value', ...WATER },
    { name: 'an actual written as words (按期完成) is still an actual', ...withCells(WATER, { F14: '按期完成' }) },
    {
      name: 'a row with neither target nor actual is empty-target’s, not this rule’s',
      ...withCells(WATER, { E13: null, F13: null }),
    },
    {
      name: 'a …… template row with nothing filled is unfilled-template-rows’',
      ...withCells(WATER, { D17: '……', E17: null, F17: null, G17: null, H17: null }),
    },
  ],
  invalid: [
    {
      name: 'a blank actual under ≥20处',
      ...withCells(WATER, { F12: null }),
      errors: [
        {
          messageId: 'missing',
          cell: 'F12',
          related: ['E12'],
          message: '指标“维修养护供水工程数量”的年度指标值为“≥20处”，未填写实际完成值',
        },
      ],
    },
    {
      name: 'an actual of only “—” and one of only “/”',
      ...withCells(WATER, { F13: '—', F18: '/' }),
      errors: [
        { messageId: 'missing', cell: 'F13' },
        { messageId: 'missing', cell: 'F18' },
      ],
    },
    {
      name: 'in English',
      ...withCells(WATER, { F16: null }),
      lang: 'en-US',
      errors: [
        {
          messageId: 'missing',
          cell: 'F16',
          message: 'Indicator "受益人口数" has the target "≥5000人" but no actual value',
        },
      ],
    },
  ],
});
