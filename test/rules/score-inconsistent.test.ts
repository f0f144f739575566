// score-inconsistent: a quantitative indicator's score more than 0.5 points from the method of 财预〔2020〕10号.

import { WATER } from './self-evaluation-tables';
import { withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('score-inconsistent', {
  valid: [
    { name: 'the clean self-evaluation: every target met, full marks', ...WATER },
    {
      name: 'a shortfall scored by the share achieved: 20 × 4500 ÷ 5000 = 18',
      ...withCells(WATER, { F16: '4500人', H16: 18 }),
    },
    { name: 'within 0.5 points of the method (18.4 for 18)', ...withCells(WATER, { F16: '4500人', H16: 18.4 }) },
    {
      name: 'a ceiling overrun scored target ÷ actual: 10 × 50 ÷ 55 = 9.09',
      ...withCells(WATER, { F15: '55万元', H15: 9.1 }),
    },
    { name: 'a ceiling met below its cap earns the whole weight', ...withCells(WATER, { F15: '40万元' }) },
    {
      name: 'an actual in 元 converts to the target’s 万元 (453000元 = 45.3万元, met)',
      ...withCells(WATER, { F15: '453000元' }),
    },
    {
      name: 'a non-numeric target is not scored by ratio (正常运行 / 基本正常, 8 of 10)',
      ...withCells(WATER, { E17: '正常运行', F17: '基本正常', H17: 8 }),
    },
    { name: 'a date target is not scored by ratio', ...withCells(WATER, { F14: '2023年12月完成', H14: 6 }) },
    { name: 'units that do not compare are actual-unit-mismatch’s', ...withCells(WATER, { F16: '3000户', H16: 20 }) },
    { name: 'a score above the weight is score-exceeds-weight’s', ...withCells(WATER, { H13: 12 }) },
    { name: 'a blank score is not scored', ...withCells(WATER, { F16: '3000人', H16: null }) },
  ],
  invalid: [
    {
      name: 'full marks for 57 % against ≥95 %',
      ...withCells(WATER, { F17: '57%' }),
      errors: [
        {
          messageId: 'fullUnmet',
          cell: 'H17',
          related: ['F17', 'E17'],
          message: '“供水工程正常运行率”实际完成 57%，未达到目标 ≥95%，按比例应得 6.0 分（10×57÷95），填报 10 分',
        },
      ],
    },
    {
      name: 'the issue’s 3000份 against ≥5000份 with full marks',
      ...withCells(WATER, { E16: '≥5000份', F16: '3000份' }),
      errors: [{ messageId: 'fullUnmet', cell: 'H16', message: '按比例应得 12.0 分（20×3000÷5000），填报 20 分' }],
    },
    {
      name: 'a cut score for a met target (丽江: 19 of 20 for 100 % against 100 %)',
      ...withCells(WATER, { G13: 20, H13: 19 }),
      errors: [
        {
          messageId: 'cutMet',
          cell: 'H13',
          message: '“工程验收合格率”实际完成 100%，已达到目标 100%，应得满分 20 分，填报 19 分',
        },
      ],
    },
    {
      name: 'a shortfall scored off the method (10 for 4000 of 5000, which gives 16)',
      ...withCells(WATER, { F16: '4000人', H16: 10 }),
      errors: [{ messageId: 'offMethod', cell: 'H16', message: '按比例应得 16.0 分（20×4000÷5000），填报 10 分' }],
    },
    {
      name: 'a ceiling overrun with full marks (濉溪: ≤5300 against 5830)',
      ...withCells(WATER, { F15: '100万元' }),
      errors: [{ messageId: 'fullUnmet', cell: 'H15', message: '按比例应得 5.0 分（10×50÷100），填报 10 分' }],
    },
    {
      name: 'an actual in 元 over the 万元 ceiling, converted (1000000元 = 100万元)',
      ...withCells(WATER, { F15: '1000000元' }),
      errors: [{ messageId: 'fullUnmet', cell: 'H15', message: '（10×50÷100）' }],
    },
    {
      name: 'in English',
      ...withCells(WATER, { F17: '57%' }),
      lang: 'en-US',
      errors: [
        {
          messageId: 'fullUnmet',
          cell: 'H17',
          message: 'by the share achieved it scores 6.0 (10×57÷95), not the 10 given',
        },
      ],
    },
  ],
});
