// unknown-level2: 二级 values that are no category, on seed 000/001/003 tables and variants.

import { APPRAISAL_FEES, ARCHIVE, DEPARTMENT, withCells } from './seed-tables';
import { ruleTester } from './tester';

// 天津 宝坻区 中央预算内投资 绩效目标表 (corpus b1a): 实施效果指标 over 产出指标 / 效益指标, the 发展改革委 form's own levels.
const INVESTMENT = {
  grid: [
    ['天津市农业绿色发展专项(畜禽粪污资源化利用整县推进项目)2022年中央预算内投资', null, null, null, null],
    ['专项名称', '农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)', null, null, null],
    ['下达中央预算内投资(万元)', 2350, null, null, null],
    ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '实施效果指标', '产出指标', '建设项目个数(含续建)', '1个'],
    [null, null, null, '竣工验收合格率', '100%'],
    [null, null, '效益指标', '完工项目县畜禽粪污综合利用率', '≥90%'],
  ],
  merges: ['A1:E1', 'B2:E2', 'B3:E3', 'A4:A7', 'B5:B7', 'C5:C6'],
};

ruleTester.run('unknown-level2', {
  valid: [
    {
      name: '中央预算内投资 (宝坻): 实施效果指标 over 产出指标 / 效益指标 is that form’s own framework',
      ...INVESTMENT,
    },
    {
      name: 'seed 000 劳动能力鉴定费用: 社会效益, 可持续影响 and 社会公众或服务对象满意度 without 指标',
      ...APPRAISAL_FEES,
    },
    { name: 'seed 001 社保中心干部人事档案数字化加工', ...ARCHIVE },
    { name: "seed 003 department form: the form's own 二级 are categories", ...DEPARTMENT },
  ],
  invalid: [
    {
      name: 'under 实施效果指标 a 二级 the 中央预算内投资 form does not have (建设指标)',
      ...INVESTMENT,
      grid: INVESTMENT.grid.map((r, i) => (i === 4 ? [null, '实施效果指标', '建设指标', ...r.slice(3)] : r)),
      errors: [{ messageId: 'unknown', cell: 'C5' }],
    },
    {
      name: "seed 001 variant: the indicator's content written as its 二级",
      ...withCells(ARCHIVE, { B11: '档案数字化加工数量' }),
      errors: [
        {
          messageId: 'unknownUnder',
          cell: 'B11',
          message:
            '二级指标“档案数字化加工数量”不是规范的二级指标类别；“产出指标”下的二级指标应为数量指标、质量指标、时效指标、成本指标',
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
