// cost-exceeds-budget: cost indicators adding up to more than the budget, on seed 000, 001 and 004 tables and their variants.

import { parseA1 } from '../../src/core/a1';
import type { Cell } from '../../src/core/grid';
import { ruleTester } from './tester';

/** A copy of a seed sheet with some cells changed: the one defect (or fix) a variant introduces. */
function edit(grid: Cell[][], changes: Record<string, Cell>): Cell[][] {
  const out = grid.map((r) => [...r]);
  for (const [ref, v] of Object.entries(changes)) {
    const { row, col } = parseA1(ref);
    out[row - 1][col - 1] = v;
  }
  return out;
}

const TIANJIN_MERGES = ['A1:E1', 'A2:D2', 'B3:E3', 'A4:A6', 'C5:E5', 'B6:E6', 'B7:E7'];

// Seed 001, 97.社保经办大厅运转经费: three cost lines 753 + 279 + 292 = 1324 on a 1324 budget.
const HALL: Cell[][] = [
  ['97.社保经办大厅运转经费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保经办大厅运转经费', null, null, null],
  ['预算规模及资金用途', '预算数', 1324, '其中：财政资金', 1324],
  [null, '其他资金', null, null, null],
  [null, '保障系统经办大厅区域安全保卫、电器电路等正常运转及部分分中心物业管理费。', null, null, null],
  ['绩效目标', '1.保障中心系统各业务经办大厅、业务辅助办公区域安全保卫、电气电路、空调系统正常运转。\n2.保障河东、红桥、东丽、塘沽分中心物业管理费。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '物业服务验收合格率', '物业服务验收合格率', '100百分比'],
  [null, '质量指标', '电气电路及空调机组正常运转率', '电气电路及空调机组正常运转率', '100百分比'],
  [null, '质量指标', '办公秩序保障率', '办公秩序保障率', '100百分比'],
  [null, '成本指标', '提供产品及服务所需成本的控制情况', '保安服务费用', '≤753万元'],
  [null, '成本指标', '提供产品及服务所需成本的控制情况', '电工及空调机组服务费用', '≤279万元'],
  [null, '成本指标', '提供产品及服务所需成本的控制情况', '物业服务费用', '≤292万元'],
  [null, '数量指标', '服务人数数量', '服务人数数量', '≥180人'],
  [null, '时效指标', '预算资金支出时效', '预算资金支出时效', '按照合同约定时间支付资金，分步骤实施采购验收。'],
  ['效益指标', '社会效益指标', '改善工作环境', '社保经办大厅工作环境改善', '工作环境得到改善，业务经办正常运转'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '社保经办大厅工作人员满意度', '≥95百分比'],
];

// Seed 001, 104.社保中心行风建设工作经费: 6.5 + 10 + 10 = 26.5 on a 26.50 budget (decimals must not trip the sum).
const CONDUCT: Cell[][] = [
  ['104.社保中心行风建设工作经费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心行风建设工作经费', null, null, null],
  ['预算规模及资金用途', '预算数', 26.5, '其中：财政资金', 26.5],
  [null, '其他资金', null, null, null],
  [null, '聘请第三方开展社保中心舆情监测、经办大厅明察暗访及满意度调查等工作，避免舆情风险，提升窗口经办服务水平。', null, null, null],
  ['绩效目标', '1.通过聘请第三方机构对中心网络舆情开展监测，按月形成分析报告，确保良好的网络舆论环境。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', ' 群众满意度', '群众满意度', '≥90百分比'],
  [null, '质量指标', '舆情分析报告质量', '舆情分析报告质量', '舆情分析报告满足工作需要，有效预防舆情风险。'],
  [null, '成本指标', '舆情监测服务费用', '舆情监测服务费用', '≤6.5万元'],
  [null, '成本指标', '明察暗访费用', '明察暗访费用', '≤10万元'],
  [null, '成本指标', '满意度调查费用', '满意度调查费用', '≤10万元'],
  [null, '数量指标', '大厅明察暗访次数', '大厅明察暗访次数', '4次'],
  [null, '数量指标', '满意度调查次数', '满意度调查次数', '1次'],
  [null, '数量指标', '舆情分析报告', '舆情分析报告', '12份'],
  [null, '时效指标', '舆情监测、明察暗访及满意度调查资金支出时效', '舆情监测、明察暗访及满意度调查资金支出时效', '按照合同约定按月/季度开展明察暗访及形成舆情分析报告等，及时支付资金'],
  ['效益指标', '社会效益指标', '网络舆论环境及经办服务效能', '网络舆论环境及经办服务效能', '网络舆论环境良好，经办服务效能及群众满意度得到提升'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '经办服务对象满意度', '≥90百分比'],
];

const ZAOZHUANG_MERGES = ['A1:F1', 'A2:F2', 'A3:F3', 'B4:F4', 'B5:C5', 'E5:F5', 'B6:F6', 'B7:F7', 'B8:F8', 'A9:F9', 'A10:F10', 'A11:F11', 'B21:F21'];

// Seed 000, 劳动能力鉴定费用: four hierarchy columns, a unit column, 成本 14 万元 on a 14 万元 budget.
const APPRAISAL_FEES: Cell[][] = [
  ['项目支出绩效目标批复表', null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null],
  ['申报单位：枣庄市社会保险服务中心', null, null, null, null, null],
  ['项目名称', '劳动能力鉴定费用', null, null, null, null],
  ['主管部门', '枣庄市人力资源和社会保障\n保障局', null, '预算执行单位', '枣庄市社会保险服务中心', null],
  ['项目类型', '新增', null, null, null, null],
  ['项目期限', '2021-01-01 至 2021-12-31', null, null, null, null],
  ['项目资金\n申请\n(万元)', '14 万元', null, null, null, null],
  ['项目绩效年度目标', null, null, null, null, null],
  ['市劳动能力鉴定委员会依法组织开展劳动能力鉴定，并将鉴定结论依法送达至单位及个人。', null, null, null, null, null],
  ['年度绩效指标', null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
  ['产出', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
  ['产出', '项目产出', '数量指标', '劳动能力鉴定次数', 4, '次'],
  ['产出', '项目产出', '时效指标', '管理任务按时完成', '按时', null],
  ['产出', '项目产出', '质量指标', '工伤鉴定合格率', 100, '%'],
  ['产出', '项目产出', '成本指标', '劳动能力鉴定费', 14, '万元'],
  ['效果', '项目效益', '社会效益', '保障职工权益', '是', null],
  ['效果', '项目效益', '可持续影响', '鉴定给群众带来的可持续影响显著提升', '是', null],
  ['效果', '项目效益', '社会公众或服务对象满意度', '社会公众满意度', 99, '%'],
  ['其他说明', '测算依据有变化，预算压减，专家劳务费 14 万元，异地鉴定交通费 1 万，报告邮寄费 2 万元。', null, null, null, null],
];

const LIUAN_MERGES = ['A1:H1', 'A2:H2', 'A3:B3', 'C3:H3', 'A4:B4', 'A5:B5', 'A6:B8', 'A9:A10', 'B9:D9', 'E9:H9', 'B10:D10', 'E10:H10', 'A11:A32'];

// Seed 004, 企业退休人员社会化管理服务: 中期 and 年度 side by side; 项目总成本90万元 with its breakdown 约5万元 and 约9.99万元.
const RETIREES: Cell[][] = [
  ['2021年项目支出预算绩效目标表', null, null, null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null, null, null],
  ['项目名称', null, '企业退休人员社会化管理服务', null, null, null, null, null],
  ['主管部门及代码', null, '市人社局 111', null, '实施单位', null, '六安市养老保险基金管理中心', null],
  ['项目属性', null, '经常性项目', null, '项目日期', null, '2021至2023', null],
  ['项目资金 (万元)', null, '中期资金总额:', 294, '年度资金总额:', 90, null, null],
  [null, null, '其中:财政拨款', 294, '其中:财政拨款', 90, null, null],
  [null, null, '其他资金', null, '其他资金', null, null, null],
  ['总体目标', '中期目标(2020-2022)', null, null, '年度目标', null, null, null],
  [null, '通过该项目的实施,完成对企业退休人员进行社会化管理服务有关工作内容,实现在确保养老金足额发放的前提下,逐步充实退休人员的管理服务内容。', null, null, '通过该项目的实施,完成对企业退休人员进行社会化管理服务有关工作内容,实现在确保养老金足额发放的前提下,逐步充实退休人员的管理服务内容。', null, null, null],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
  [null, '产出指标', '数量指标', '培训场次', '一年举办1次社区专管员资格认证培训', '数量指标', '培训场次', '一年举办1次社区专管员资格认证培训'],
  [null, null, null, '异地退管服务次数', '6次异地退管服务', null, '异地退管服务次数', '6次异地退管服务'],
  [null, null, null, '培训人次', '一次学习人数100-150人', null, '培训人次', '本年度每次学习人数100-150人'],
  [null, null, null, '拨付金安区、裕安区退管服务经费金额', '拨付金安区、裕安区退管服务经费约47万元', null, '拨付金安区、裕安区退管服务经费金额', '拨付金安区、裕安区退管服务经费约47万元'],
  [null, null, null, '举办退休人员文体活动', '5场退休人员文体活动', null, '采购硬件设备数量', '5场退休人员文体活动'],
  [null, null, null, '采购硬件设备数量', '10', null, '采购硬件设备数量', '采购硬件设备数量10套'],
  [null, null, '质量指标', '资格认证率', '达到90%以上', '质量指标', '资格认证率', '资格认证率达90%以上'],
  [null, null, null, '经费支出合规性', '按照六安市市直退休人员退管服务经费实施细则规定内容支出', null, '经费支出合规性', '支出内容合规'],
  [null, null, '时效指标', '退休人员文体活动活动完成时间', '年底之前', '时效指标', '退休人员文体活动活动完成时间', '活动计划完成时间年底之前'],
  [null, null, null, '培训完成时间', '年底之前', null, '活动计划完成时间', '培训计划完成时间年底之前'],
  [null, null, '成本指标', '项目总成本', '项目总成本90万元', '成本指标', '项目总成本', '项目总成本90万元'],
  [null, null, null, '采购硬件设备成本', '采购10套资格认证设备约5万元', null, '采购硬件设备成本', '采购10套资格认证设备约5万元'],
  [null, null, null, '档案整理及数据整理购买劳务成本', '档案整理及数据整理购买劳务3人支付劳务费约9.99万元', null, '档案整理及数据整理购买劳务成本', '档案整理及数据整理购买劳务3人支付劳务费约9.99万元'],
  [null, '效益指标', '经济效益指标', '退休人员社会化管理服务无经济效益', '退休人员社会化管理服务无经济效益', '经济效益指标', '退休人员社会化管理服务无经济效益', '退休人员社会化管理服务无经济效益'],
  [null, null, '社会效益指标', '对保障各项业务正常开展的影响或提升程度', '较高', '社会效益指标', '对保障各项业务正常开展的影响或提升程度', '影响程度较高'],
  [null, null, null, '对单位履职、促进事业发展的影响或提升程度', '较高', null, '对单位履职、促进事业发展的影响或提升程度', '影响程度较高'],
  [null, null, '可持续影响指标', '对促进国民经济发展规划,落实党委政府决策的持续影响程度', '较高', '可持续影响指标', '对促进国民经济发展规划,落实党委政府决策的持续影响程度', '影响程度较高'],
  [null, null, null, '设备的投入运行对行业管理水平的持续影响程度', '较高', null, '设备的投入运行对行业管理水平的持续影响程度', '影响程度较高'],
  [null, null, null, '对保障机构持续稳定运转、持续发挥职能的影响程度', '较高', null, '对保障机构持续稳定运转、持续发挥职能的影响程度', '影响程度较高'],
  [null, null, null, '对单位履职、促进事业发展的持续影响程度', '较高', null, '对单位履职、促进事业发展的持续影响程度', '影响程度较高'],
  [null, '满意度指标', '服务对象满意度指标', '服务对象满意度', '100%', '服务对象满意度指标', '服务对象满意度', '100%'],
];

ruleTester.run('cost-exceeds-budget', {
  valid: [
    { name: 'seed 001 经办大厅: 753 + 279 + 292 = 1324 on a 1324 budget', grid: HALL, merges: TIANJIN_MERGES },
    { name: 'seed 001 行风建设: 6.5 + 10 + 10 = 26.5 on a 26.50 budget', grid: CONDUCT, merges: TIANJIN_MERGES },
    { name: 'seed 000 劳动能力鉴定费用: 成本 14 万元 = budget 14 万元', grid: APPRAISAL_FEES, merges: ZAOZHUANG_MERGES },
    {
      name: 'seed 000 with the cost in 元 in the unit column (140000 元 = 14 万元)',
      grid: edit(APPRAISAL_FEES, { E17: 140000, F17: '元' }),
      merges: ZAOZHUANG_MERGES,
    },
    {
      name: 'seed 004: 项目总成本90万元 with its breakdown (约5万元, 约9.99万元) is not added to it',
      grid: RETIREES,
      merges: LIUAN_MERGES,
    },
    {
      name: 'a department-wide review leaves project costs alone',
      grid: edit(HALL, { E12: '≤853万元' }),
      merges: TIANJIN_MERGES,
      profile: 'department',
    },
    {
      name: 'seed 001 经办大厅 within the configured tolerance (1330 of 1324 with 1 %)',
      grid: edit(HALL, { E12: '≤759万元' }),
      merges: TIANJIN_MERGES,
      config: { thresholds: { costTolerance: 0.01 } },
    },
  ],
  invalid: [
    {
      name: 'seed 001 经办大厅 variant: 保安服务费用 ≤853万元 makes 1424 on a 1324 budget',
      grid: edit(HALL, { E12: '≤853万元' }),
      merges: TIANJIN_MERGES,
      errors: [
        {
          messageId: 'sum',
          cell: 'E12',
          severity: 'error',
          related: ['E13', 'E14', 'C4'],
          message: '成本指标合计 1424 万元（853 + 279 + 292），超过项目预算 1324 万元',
        },
      ],
    },
    {
      name: 'seed 001 经办大厅 variant, reported in English',
      grid: edit(HALL, { E12: '≤853万元' }),
      merges: TIANJIN_MERGES,
      lang: 'en-US',
      errors: [{ messageId: 'sum', cell: 'E12', message: 'Cost indicators add up to 1424 (10k yuan: 853 + 279 + 292), more than the budget of 1324' }],
    },
    {
      name: 'seed 000 variant: 劳动能力鉴定费 15 万元 on a 14 万元 budget',
      grid: edit(APPRAISAL_FEES, { E17: 15 }),
      merges: ZAOZHUANG_MERGES,
      errors: [{ messageId: 'single', cell: 'E17', message: '成本指标“劳动能力鉴定费”的指标值“15”折合 15 万元，超过项目预算 14 万元；成本不应超过预算，如“≤14万元”' }],
    },
    {
      name: 'seed 000 variant: 150000 元 in the unit column is 15 万元',
      grid: edit(APPRAISAL_FEES, { E17: 150000, F17: '元' }),
      merges: ZAOZHUANG_MERGES,
      errors: [{ messageId: 'single', cell: 'E17', message: '折合 15 万元' }],
    },
    {
      name: 'seed 004 variant: annual 项目总成本100万元 on a 90 万元 year',
      grid: edit(RETIREES, { H22: '项目总成本100万元' }),
      merges: LIUAN_MERGES,
      errors: [{ messageId: 'single', cell: 'H22', message: '折合 100 万元，超过项目预算 90 万元' }],
    },
    {
      name: 'seed 004 variant: mid-term 项目总成本300万元 on a 294 万元 mid-term budget',
      grid: edit(RETIREES, { E22: '项目总成本300万元' }),
      merges: LIUAN_MERGES,
      errors: [{ messageId: 'singleMidterm', cell: 'E22', message: '超过中期资金总额 294 万元' }],
    },
  ],
});
