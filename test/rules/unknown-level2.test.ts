// unknown-level2: 二级 values that are no category, on seed 000/001/003 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, DEPARTMENT, withCells } from './seed-tables';
import { ruleTester } from './tester';

ruleTester.run('unknown-level2', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: 社会效益, 可持续影响 and 社会公众或服务对象满意度 without 指标', ...APPRAISAL_FEES },
    { name: 'seed 001 社保中心干部人事档案数字化加工', ...ARCHIVE },
    { name: 'seed 003 department form: the form\'s own 二级 are categories', ...DEPARTMENT },
  ],
  invalid: [
    {
      name: 'seed 001 variant: the indicator\'s content written as its 二级',
      ...withCells(ARCHIVE, { B11: '档案数字化加工数量' }),
      errors: [
        {
          messageId: 'unknownUnder',
          cell: 'B11',
          message: '二级指标“档案数字化加工数量”不是规范的二级指标类别；“产出指标”下的二级指标应为数量指标、质量指标、时效指标、成本指标',
        },
      ],
    },
    {
      name: 'seed 000 variant: an unknown 二级 under an unknown 一级 lists the usual categories',
      ...withCells(APPRAISAL_FEES, { A18: '其他', C18: '工作成效' }),
      errors: [{ messageId: 'unknown', cell: 'C18', message: '二级指标“工作成效”不是规范的二级指标类别' }],
    },
  ],
});
