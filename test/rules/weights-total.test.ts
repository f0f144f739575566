// weights-total: weights (with the execution rate's) that do not add up to 100 or to the 总分 row's weight.

import { WATER, WATER_NO_TOTAL } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('weights-total', {
  valid: [
    { name: 'the clean self-evaluation: 90 + 10 = 100 = 总分', ...WATER },
    { name: 'without a 总分 row: 90 + 10 = 100', ...WATER_NO_TOTAL },
    {
      name: 'a form with no weight for the execution rate: the indicators’ 90 leave it its 10',
      ...withCells(WATER, { F5: null, F6: null }),
    },
    {
      name: 'weights shared otherwise still adding up to 100 (level1-weights’ note, not this rule’s)',
      ...withCells(WATER, { G12: 30, G16: 10 }),
    },
  ],
  invalid: [
    {
      name: '中江: weights 100 + 10 = 110 against the 总分 row’s 100',
      ...withCells(WATER, { G12: 30, H12: 30 }),
      errors: [
        {
          messageId: 'notTotal',
          cell: 'G19',
          related: ['G12', 'F6'],
          message: '分值合计为 110 分（指标分值 100 + 预算执行率 10），与总分栏的分值 100 不符',
        },
      ],
    },
    {
      name: 'without a 总分 row: 80 + 10 = 90',
      ...withCells(WATER_NO_TOTAL, { G12: 10, H12: 10 }),
      errors: [
        {
          messageId: 'notHundred',
          cell: 'G12',
          related: ['F6'],
          message: '分值合计为 90 分（指标分值 80 + 预算执行率 10），应为 100 分',
        },
      ],
    },
    {
      name: 'weights adding up to 100 against a 总分 of 90',
      ...withCells(WATER, { G19: 90 }),
      errors: [{ messageId: 'notTotal', cell: 'G19', message: '与总分栏的分值 90 不符' }],
    },
    {
      name: 'no execution weight on the form and 60 for the indicators',
      ...withCells(WATER_NO_TOTAL, { F5: null, F6: null, G12: 10, G16: 0 }),
      errors: [{ messageId: 'notHundredNoExecution', cell: 'G12', message: '指标分值合计为 60 分，应为 100 分' }],
    },
    {
      name: 'no execution weight, 90 for the indicators, and a 总分 of 80',
      ...withCells(WATER, { F5: null, F6: null, G19: 80 }),
      errors: [
        { messageId: 'notTotalNoExecution', cell: 'G19', message: '指标分值合计为 90 分，与总分栏的分值 80 不符' },
      ],
    },
  ],
});
