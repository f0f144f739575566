// Tests for impossible-bound: ≥/>100 % on a bounded rate, ≤0/<0 on a count.

import { corpusTable } from './money-tables';
import { APPRAISAL_FEES, DEPARTMENT_SHORT, HALL, OPERATIONS, withCells } from './seed-tables';
import { ruleTester } from './tester';

// 扎赉特旗人民检察院 2022 flat export (corpus b5): 指标性质 (正向 / 反向 / 定性: which way is better) beside 指标方向
// (大于等于 / 等于 / 小于等于: the bound); 设备验收合格率 is 正向 | 等于 | 100 | %.
const ZHALAITE = corpusTable('b5-neimenggu-zhalaite-jianchayuan-flat');
// Its rows 5–19 in column J (指标方向): cleared, the form says only 正向 / 反向.
const NO_BOUND_COLUMN = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`J${i + 5}`, null]));

ruleTester.run('impossible-bound', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: plain 100 % and counts', ...APPRAISAL_FEES },
    {
      name: 'seed 001 社保业务经办经费: ≤ bounds on counts above zero (≤1万人, ≤3000封), ≤10百分比, ≥95百分比',
      ...OPERATIONS,
    },
    { name: 'seed 003 fixed: the full rates written “=100”', ...withCells(DEPARTMENT_SHORT, { D8: '=', D9: '=' }) },
    {
      name: '扎赉特旗 (corpus): 设备验收合格率 正向 | 等于 | 100 % is bounded by 指标方向’s 等于, not by 指标性质’s 正向',
      ...ZHALAITE,
    },
  ],
  invalid: [
    {
      name: '扎赉特旗 twin: 设备验收合格率 正向 | 大于等于 | 100 %',
      ...withCells(ZHALAITE, { J12: '大于等于' }),
      errors: [{ messageId: 'rateAtLeastFull', cell: 'K12', related: ['J12'], message: '“≥100%”实际只能等于100%' }],
    },
    {
      name: '扎赉特旗 twin without 指标方向: 正向 alone reads as ≥, and 设备验收合格率 ≥100 % cannot be exceeded',
      ...withCells(ZHALAITE, NO_BOUND_COLUMN),
      errors: [{ messageId: 'rateAtLeastFull', cell: 'K12', related: ['I12'] }],
    },
    {
      name: 'seed 003: 养老保险待遇社会化发放率 ≥100 % and 社保基金安全完整率 ≥100 %, with their operator cells',
      ...DEPARTMENT_SHORT,
      errors: [
        {
          messageId: 'rateAtLeastFull',
          cell: 'E8',
          related: ['D8'],
          message: '“养老保险待遇社会化发放率”是比率，最高只能到100%，“≥100%”实际只能等于100%；应写为“=100%”',
        },
        { messageId: 'rateAtLeastFull', cell: 'E9', related: ['D9'] },
      ],
    },
    {
      name: 'variant of seed 001: 物业服务验收合格率 >100百分比',
      ...withCells(HALL, { E9: '>100百分比' }),
      errors: [{ messageId: 'rateAboveFull', cell: 'E9', message: '不可能实现' }],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定次数 ≤0; clean twin above',
      ...withCells(APPRAISAL_FEES, { E14: '≤0' }),
      errors: [{ messageId: 'countAtMostZero', cell: 'E14', message: '应写为“=0次”' }],
    },
    {
      name: 'variant of seed 001: 上门完成认证人数 <0人',
      ...withCells(OPERATIONS, { E21: '<0人' }),
      errors: [{ messageId: 'countBelowZero', cell: 'E21' }],
    },
  ],
});
