// budget-parts-mismatch: a budget total that is not 财政拨款 + 其他资金, on seed 001 and 004 project blocks and their variants.

import { WUHAI } from './money-tables';
import { HALL, RETIREES, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('budget-parts-mismatch', {
  valid: [
    { name: 'seed 001 经办大厅: 预算数 1324.00 = 财政资金 1324.00 + 其他资金 (blank)', ...HALL },
    { name: 'seed 001 经办大厅 with other funds: 1324 = 1000 + 324', ...withCells(HALL, { E4: 1000, C5: 324 }) },
    { name: 'seed 004: 中期 294 = 294 and 年度 90 = 90', ...RETIREES },
    {
      name: '乌海 再生资源 (corpus): 资金总额 3 = 其中: 财政拨款数 3 + 其他资金 0 (the part named 财政拨款数 is read)',
      ...WUHAI,
    },
    {
      name: 'a department-wide review leaves project blocks alone',
      ...withCells(HALL, { E4: 1224 }),
      profile: 'department',
    },
  ],
  invalid: [
    {
      name: 'seed 001 经办大厅 variant: 财政资金 1224.00 under a 1324.00 total',
      ...withCells(HALL, { E4: 1224 }),
      errors: [
        {
          messageId: 'annual',
          cell: 'C4',
          severity: 'error',
          related: ['E4'],
          message: '项目资金总额 1324 万元不等于财政拨款 1224 万元 + 其他资金 0 万元 = 1224 万元',
        },
      ],
    },
    {
      name: 'seed 001 经办大厅 variant: other funds on top of a full fiscal share (1324 + 100)',
      ...withCells(HALL, { C5: 100 }),
      errors: [{ messageId: 'annual', cell: 'C4', related: ['E4', 'C5'], message: '= 1424 万元' }],
    },
    {
      name: '乌海 再生资源 (corpus) twin: 其中: 财政拨款数 2 under a 资金总额 of 3',
      ...withCells(WUHAI, { F10: '2' }),
      errors: [
        {
          messageId: 'annual',
          cell: 'F9',
          related: ['F10', 'F11'],
          message: '项目资金总额 3 万元不等于财政拨款 2 万元 + 其他资金 0 万元 = 2 万元',
        },
      ],
    },
    {
      name: 'seed 004 variant: 年度 其中:财政拨款 80.00 under a 90.00 年度资金总额',
      ...withCells(RETIREES, { F7: 80 }),
      errors: [
        { messageId: 'annual', cell: 'F6', related: ['F7'], message: '项目资金总额 90 万元不等于财政拨款 80 万元' },
      ],
    },
    {
      name: 'seed 004 variant: 中期 其他资金 10 on top of 294 财政拨款',
      ...withCells(RETIREES, { D8: 10 }),
      errors: [
        {
          messageId: 'midterm',
          cell: 'D6',
          related: ['D7', 'D8'],
          message: '中期资金总额 294 万元不等于财政拨款 294 万元 + 其他资金 10 万元 = 304 万元',
        },
      ],
    },
  ],
});
