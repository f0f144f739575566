// Tests for missing-operator: a bare rate (20%, 覆盖率 80%) says neither ≥ nor ≤.

import { DEPARTMENT, DEPARTMENT_SHORT, HALL, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('missing-operator', {
  valid: [
    { name: 'seed 003 cut to its figures: every rate has its sign in 指标值类型 (≥ 90, ≥ 100…)', ...DEPARTMENT_SHORT },
    {
      name: 'clean twin of seed 003: the 20 % row signed ≤ (预算调整率 ≤20%)',
      ...withCells(DEPARTMENT, { C14: '预算调整率', D14: '≤' }),
    },
    { name: 'seed 001 97: 100百分比 reads one way only (=100 %)', ...HALL },
    {
      name: 'a rate with its sign in the cell: 覆盖率 ≥80%',
      ...withCells(HALL, { C9: '覆盖率', D9: '覆盖率', E9: '≥80%' }),
    },
    { name: 'satisfaction is left to the satisfaction rules: 满意度 95%', ...withCells(HALL, { E18: '95%' }) },
    { name: 'a count is not a rate: 服务人数 180人', ...withCells(HALL, { E15: '180人' }) },
    {
      name: 'a yes/no question in % is not a rate: 是否解决看病难贵问题 95%',
      ...withCells(HALL, { C9: '是否解决看病难贵问题', D9: '是否解决看病难贵问题', E9: '95%' }),
    },
    {
      name: '0 % reads one way only (事故发生率 0%)',
      ...withCells(HALL, { C9: '安全事故发生率', D9: '安全事故发生率', E9: '0%' }),
    },
  ],
  invalid: [
    {
      name: 'seed 003 州社会保险服务中心: the unnamed 20 % row (预算调整率 in its 说明) has an empty 指标值类型 (issue 16)',
      ...DEPARTMENT,
      errors: [{ messageId: 'missingUnnamed', cell: 'D14', related: ['E14'], message: '“20%”没有写“≥”“≤”或“=”' }],
    },
    {
      name: 'cixi 托育 style: 婴幼儿健康管理率 95% with no sign suggests the floor',
      ...withCells(HALL, { C9: '婴幼儿健康管理率', D9: '婴幼儿健康管理率', E9: '95%' }),
      errors: [{ messageId: 'missing', cell: 'E9', message: '如“≥95%”' }],
    },
    {
      name: 'banan style: 森林受灾率 1 % is a ceiling, so the suggestion is ≤',
      ...withCells(HALL, { C9: '森林受灾率', D9: '森林受灾率', E9: '1%' }),
      errors: [{ messageId: 'missing', cell: 'E9', message: '如“≤1%”' }],
    },
    {
      name: '百分比 written out: 电气电路及空调机组正常运转率 98百分比',
      ...withCells(HALL, { E10: '98百分比' }),
      errors: [{ messageId: 'missing', cell: 'E10' }],
    },
  ],
});
