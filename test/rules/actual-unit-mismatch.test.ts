// actual-unit-mismatch: an actual value in a unit its target's does not convert to, or no number against a numeric target.

import { WATER } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('actual-unit-mismatch', {
  valid: [
    { name: 'the clean self-evaluation: every actual in its target’s unit', ...WATER },
    { name: '元 against 万元 converts (453000元 for ≤50万元)', ...withCells(WATER, { F15: '453000元' }) },
    { name: 'a bare number takes the target’s unit', ...withCells(WATER, { F16: 5200 }) },
    {
      name: 'a qualitative target with a qualitative actual',
      ...withCells(WATER, { E17: '正常运行', F17: '正常运行' }),
    },
    {
      name: 'a non-numeric actual whose reason is given (衡山: 无 | 没有轮换、动用库存)',
      ...withCells(WATER, { F17: '无', I17: '本年未发生停水，未开展运行率统计' }),
    },
    { name: 'a blank actual is actual-missing’s', ...withCells(WATER, { F16: null }) },
  ],
  invalid: [
    {
      name: '户 against 人',
      ...withCells(WATER, { F16: '1300户' }),
      errors: [
        {
          messageId: 'unit',
          cell: 'F16',
          related: ['E16'],
          message: '“受益人口数”的实际完成值“1300户”单位为“户”，指标值“≥5000人”单位为“人”，两者无法比较',
        },
      ],
    },
    {
      name: '次 against %',
      ...withCells(WATER, { F13: '20次' }),
      errors: [{ messageId: 'unit', cell: 'F13' }],
    },
    {
      name: 'the issue’s 提高 against ≥95%',
      ...withCells(WATER, { F17: '提高' }),
      errors: [
        {
          messageId: 'noNumber',
          cell: 'F17',
          message: '“供水工程正常运行率”的指标值“≥95%”是数值，实际完成值“提高”却没有数值',
        },
      ],
    },
  ],
});
