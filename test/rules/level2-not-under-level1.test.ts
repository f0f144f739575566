// level2-not-under-level1: known 二级 categories under the wrong 一级, per profile, on seed 000/001/003 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, ARCHIVE_2021, DEPARTMENT, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('level2-not-under-level1', {
  valid: [
    {
      name: 'seed 000 劳动能力鉴定费用 (legacy): 成本 under 产出 and 满意度 under 效果 are the older form',
      ...APPRAISAL_FEES,
    },
    { name: 'seed 001 社保中心干部人事档案数字化加工 (legacy): 成本指标 under 产出指标', ...ARCHIVE },
    { name: 'seed 001 table rewritten to the 2021 framework: 经济成本指标 under 成本指标', ...ARCHIVE_2021 },
    { name: 'seed 003 department form: 重点工作任务完成, 履职效益 and 满意度 are department 二级', ...DEPARTMENT },
  ],
  invalid: [
    {
      name: 'seed 001 variant: 数量指标 placed under 效益指标',
      ...withCells(ARCHIVE, { B13: '数量指标' }),
      errors: [
        {
          messageId: 'misplaced',
          cell: 'B13',
          message: '二级指标“数量指标”应归入一级指标“产出指标”，不应放在“效益指标”下',
        },
      ],
    },
    {
      name: 'seed 000 checked against the 2021 framework: 成本 must be a 一级, 满意度 its own 一级',
      ...APPRAISAL_FEES,
      profile: 'project-2021',
      errors: [
        { messageId: 'costIsLevel1', cell: 'C17', message: '成本指标是一级指标，不再作为“产出”的二级指标' },
        {
          messageId: 'misplaced',
          cell: 'C20',
          message: '二级指标“社会公众或服务对象满意度”应归入一级指标“满意度指标”，不应放在“效果”下',
        },
      ],
    },
    {
      name: 'seed 001 variant: the department 二级 履职效益 in a project table',
      ...withCells(ARCHIVE, { B13: '履职效益' }),
      errors: [
        {
          messageId: 'notInForm',
          cell: 'B13',
          message:
            '二级指标“履职效益”不适用于本表式；“效益指标”下的二级指标应为经济效益指标、社会效益指标、生态效益指标、可持续影响指标、服务对象满意度指标',
        },
      ],
    },
    {
      name: 'seed 003 variant: 履职效益 moved under 产出指标',
      ...withCells(DEPARTMENT, { B18: '履职效益' }),
      errors: [{ messageId: 'misplaced', cell: 'B18', message: '应归入一级指标“效益指标”' }],
    },
  ],
});
