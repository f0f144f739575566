// Tests for unit-name-mismatch: a name that says what is counted and a unit that counts something else.

import { APPRAISAL_FEES, ARCHIVE, OPERATIONS, PUBLICITY, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('unit-name-mismatch', {
  valid: [
    {
      name: 'clean twin of seed 001 档案数字化加工: 数字化加工人次 ≥1260人次',
      ...withCells(ARCHIVE, { E11: '≥1260人次' }),
    },
    {
      name: 'clean twin of seed 001 档案数字化加工: renamed 数字化加工册数 ≥1260册',
      ...withCells(ARCHIVE, { C11: '数字化加工册数', D11: '数字化加工册数' }),
    },
    { name: 'seed 000 劳动能力鉴定费用: 人数 in 人, 次数 in 次', ...APPRAISAL_FEES },
    { name: 'seed 001 社保业务经办经费: counts in 笔, 封, 条', ...OPERATIONS },
    { name: 'seed 001 社保中心宣传费: 发布信息数量 in 篇次', ...PUBLICITY },
    {
      name: 'a loosely used unit is not judged: 服务人次 in 个',
      ...withCells(APPRAISAL_FEES, { D13: '服务人次', F13: '个' }),
    },
    {
      name: 'a loosely used unit is not judged: 培训人数 in 个',
      ...withCells(APPRAISAL_FEES, { D13: '培训人数', F13: '个' }),
    },
    {
      name: 'a unit the form invented is not judged: 种植面积 in 块地',
      ...withCells(APPRAISAL_FEES, { D13: '种植面积', E13: 20, F13: '块地' }),
    },
    { name: '绿化面积 in 平方米', ...withCells(APPRAISAL_FEES, { D13: '绿化面积', F13: '平方米' }) },
  ],
  invalid: [
    {
      name: 'seed 001 社保中心干部人事档案数字化加工: 数字化加工人次 ≥1260册',
      ...ARCHIVE,
      errors: [
        {
          messageId: 'mismatch',
          cell: 'E11',
          severity: 'info',
          message:
            '“数字化加工人次”按名称应以“人次”等单位计量，指标值“≥1260册”的单位却是“册”，名称与单位所计量的不是同一样东西；应改正单位，或按实际计量的内容改名称，如“数字化加工数量”',
        },
      ],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定人数 1500 元',
      ...withCells(APPRAISAL_FEES, { F13: '元' }),
      errors: [{ messageId: 'mismatch', cell: 'E13', message: '单位却是“元”' }],
    },
    {
      name: 'variant of seed 000: 绿化面积 3 个 (English message)',
      ...withCells(APPRAISAL_FEES, { D13: '绿化面积', E13: 3, F13: '个' }),
      lang: 'en-US',
      errors: [
        {
          messageId: 'mismatch',
          cell: 'E13',
          message: '“绿化面积” is by its name counted in “亩、平方米” or the like',
        },
      ],
    },
    {
      name: 'variant of seed 000: 培训天数 30 人',
      ...withCells(APPRAISAL_FEES, { D13: '培训天数', E13: 30, F13: '人' }),
      errors: [{ messageId: 'mismatch', cell: 'E13', message: '如“培训人数”' }],
    },
  ],
});
