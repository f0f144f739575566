// level1-weights: 一级 weights other than 产出 50 / 效益 30 / 满意度 10 / 执行率 10 (财预〔2020〕10号), once per table.

import { WATER } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('level1-weights', {
  valid: [
    { name: 'the clean self-evaluation: 50 / 30 / 10 / 10', ...WATER },
    { name: 'weights moved within 产出 keep its 50', ...withCells(WATER, { G12: 15, G13: 15 }) },
    {
      name: 'a form without weights has nothing to compare',
      ...withCells(WATER, { G11: null, G12: null, G13: null, G14: null, G15: null, G16: null, G17: null, G18: null }),
    },
    {
      name: 'a weight under a 一级 outside the scored three (项目决策) leaves the split unjudged',
      ...withCells(WATER, { B16: '项目决策' }),
    },
  ],
  invalid: [
    {
      name: '中江’s split: 产出 70 / 效益 20',
      ...withCells(WATER, { G12: 30, G13: 20, G16: 10 }),
      errors: [
        {
          messageId: 'weights',
          cell: 'B12',
          severity: 'info',
          related: ['G12'],
          message:
            '一级指标分值为 产出 70、效益 20、满意度 10、预算执行率 10；按财预〔2020〕10号，原则上 产出 50、效益 30、满意度 10、预算执行率 10',
        },
      ],
    },
    {
      name: 'only the execution rate’s weight is off (20, as 昌宁 scores it)',
      ...withCells(WATER, { F6: 20 }),
      errors: [{ messageId: 'weights', cell: 'B12', message: '预算执行率 20' }],
    },
    {
      name: 'no 满意度 indicator: the first weighted row carries the note',
      ...withCells(WATER, { B18: null, C18: '社会效益指标', G16: 30 }),
      errors: [{ messageId: 'weights', cell: 'B16', message: '产出 50、效益 50、满意度 0' }],
    },
  ],
});
