// Tests for date-outside-period: dates in targets fall inside the project period, or else the budget year.

import fc from 'fast-check';
import { parseA1 } from '../../src/core/a1';
import { L1, L2 } from '../../src/core/categories';
import type { Cell } from '../../src/core/grid';
import type { IndicatorTable } from '../../src/core/model';
import { parseTarget } from '../../src/core/parse/target';
import { runRules } from '../../src/core/rules/engine';
import { rules as targetRules } from '../../src/core/rules/group-targets';
import { ruleTester } from './tester';

// Seed 000, first table (劳动能力鉴定费用), as the 批复表 sits in a worksheet: project block in rows 1–11,
// header in row 12, indicators in rows 13–20 (四级指标 = the name, 指标值 in E, 计量单位 in F).
const ZAOZHUANG_1: Cell[][] = [
  ['项目支出绩效目标批复表', null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null],
  ['申报单位：枣庄市社会保险服务中心', null, null, null, null, null],
  ['项目名称', '劳动能力鉴定费用', null, null, null, null],
  ['主管部门', '枣庄市人力资源和社会保障\n保障局', '预算执行单位', '枣庄市社会保险服务中心', null, null],
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
const ZAOZHUANG_1_MERGES = ['A1:F1', 'A2:F2', 'A3:F3', 'B4:F4', 'D5:F5', 'B6:F6', 'B7:F7', 'B8:F8', 'A9:F9', 'A10:F10', 'A11:F11', 'B21:F21'];

// Seed 001, table 99 (社保卡制卡工本费): indicators in rows 9–15.
const TIANJIN_99: Cell[][] = [
  ['99.社保卡制卡工本费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保卡制卡工本费', null, null, null],
  ['预算规模及资金用途', '预算数', '500.00', '其中：财政资金', '500.00'],
  [null, '其他资金', null, null, null],
  [null, '保障社保卡制卡工本费正常结算，并延续推进社保卡供卡服务。', null, null, null],
  ['绩效目标', '1.保障社保卡制卡工本费正常结算，并延续推进社保卡供卡服务。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '保障社保卡正常供应', '保障社保卡正常供应', '保障社保卡正常供应，卡片质量满足使用要求'],
  [null, '成本指标', '社保卡制卡工本费', '社保卡制卡单位平均成本', '10.65万元'],
  [null, '数量指标', '社保卡片数量', '社保卡片数量', '469483张'],
  [null, '时效指标', '社保卡制卡费用支付时效', '社保卡制卡费用支付时效', '2023年6月底前支付工本费欠款'],
  ['效益指标', '社会效益指标', '申报社保卡人员待遇享受', '申报社保卡人员待遇享受', '保障社保社保卡人员依法及时享受社保待遇，提升百姓用卡体验'],
  [null, '可持续影响指标', '社保卡可持续使用年限', '社保卡可持续使用年限', '无人为因素损坏的情况下可持续使用超过5年'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '申报社保卡人员满意度', '≥95百分比'],
];

// Seed 001, table 101 (社保中心干部人事档案数字化加工): indicators in rows 9–14.
const TIANJIN_101: Cell[][] = [
  ['101.社保中心干部人事档案数字化加工绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心干部人事档案数字化加工', null, null, null],
  ['预算规模及资金用途', '预算数', '12.60', '其中：财政资金', '12.60'],
  [null, '其他资金', null, null, null],
  [null, '对干部人事档案进行数字化技术规范，保证数字档案的真实性、完整性、可用性和安全性。', null, null, null],
  ['绩效目标', '1.通过第三方开展档案扫描及归档服务，使干部人事档案数字图像达到国家标准，保证档案的真实性、完整性、可用性、安全性，确保数字档案与纸质档案一致。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '加工合格率', '加工合格率', '≥95百分比'],
  [null, '成本指标', '数字化加工总费用', '数字化加工总费用', '≤12.6万元'],
  [null, '数量指标', '数字化加工人次', '数字化加工人次', '≥1260册'],
  [null, '时效指标', '加工资金支出时效', '加工资金支出时效', '常态化开展档案数字化加工工作，2023年底前完成在册档案加工。'],
  ['效益指标', '可持续影响指标', '已完成数字化保存时长', '已完成数字化保存时长', '≥5年'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '购买服务单位满意度', '≥95百分比'],
];

// Seed 004, first project (养老保险专项业务经费): 中期目标 (C–E) and 年度目标 (F–H) side by side; header in row 11,
// indicators in rows 12–23 (中期指标值 in E, 年度指标值 in H). Its 年度资金总额 is left blank on the form.
const LUAN_1: Cell[][] = [
  ['2021年项目支出预算绩效目标表', null, null, null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null, null, null],
  ['项目名称', '养老保险专项业务经费', null, null, null, null, null, null],
  ['主管部门及代码', '市人社局 111', null, null, '实施单位', '六安市养老保险基金管理中心', null, null],
  ['项目属性', '经常性项目', null, null, '项目日期', '2021至2023', null, null],
  ['项目资金 (万元)', '中期资金总额:', 103, null, '年度资金总额:', null, null, null],
  [null, '其中:财政拨款', 103, null, '其中:财政拨款', null, null, null],
  [null, '其他资金', null, null, '其他资金', null, null, null],
  ['总体目标', '中期目标(2020-2022)', null, null, '年度目标', null, null, null],
  [null, '通过该项目的实施,完成为军转干、企业退休人员困难群体、退休人员独生子女', null, null, '通过该项目的实施,完成为军转干、企业退休人员困难群体、退休人', null, null, null],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'],
  [null, '产出指标', '数量指标', '完成代发项目数', '完成共军转干补贴、53年前参军补贴、未参保集体企业生活补助、53年后参战参试、信访局代发、计生补贴、市直企业内退人员生活费等代发项目共704人', '数量指标', '完成代发项目数', '完成共军转干补贴、53年前参军补贴、未参保集体企业生活补助、53年后参战参试、信访局代发、计生补贴、市直企业内退人员生活费等代发项目共704人'],
  [null, null, '质量指标', '各项代发放金额准确率', '100%', '质量指标', '各项代发放金额准确率', '100%'],
  [null, null, '时效指标', '各项代发及时性', '每月10日前', '时效指标', '各项代发及时性', '计划完成时间每月10日前'],
  [null, null, '成本指标', '未参保集体企业生活补助全年发放金额', '考虑每年提标,结合代发账户剩余资金,预算2021年还需金额约21万元', '成本指标', '未参保集体企业生活补助全年发放金额', '考虑每年提标,结合代发账户剩余资金,预算2021年还需金额约21万元'],
  [null, null, null, '完成各项代发所需办公成本', '需专人、专用信息系统,预算需宣传费、劳务费、印刷费以及办公耗材约12万元', null, '完成各项代发所需办公成本', '需专人、专用信息系统,预算需宣传费、劳务费、印刷费以及办公耗材约12万元'],
  [null, '效益指标', '经济效益指标', '社会代发无经济效益', '社会代发无经济效益', '经济效益指标', '社会代发无经济效益', '社会代发无经济效益'],
  [null, null, '社会效益指标', '对保障各项业务工作正常开展的影响或改善情况', '较高', '社会效益指标', '对保障各项业务正常开展的影响或提升程度', '影响程度 较高'],
  [null, null, null, '对单位履职、促进事业发展的影响或提升程度', '较高', null, '对单位履职、促进事业发展的影响或提升程度', '影响程度较高'],
  [null, null, '可持续影响指标', '对促进国民经济发展规划,落实党委政府决策的持续影响程度', '较高', '可持续影响指标', '对促进国民经济发展规划,落实党委政府决策的持续影响程度', '影响程度 较高'],
  [null, null, null, '对单位履职、促进事业发展的持续影响程度', '较高', null, '对单位履职、促进事业发展的持续影响程度', '影响程度 较高'],
  [null, null, null, '对保障机构持续稳定运转、持续发挥职能的影响程度', '较高', null, '对保障机构持续稳定运转、持续发挥职能的影响程度', '影响程度 较高'],
  [null, '满意度指标', '服务对象满意度指标', '服务对象满意度', '100%', '服务对象满意度指标', '服务对象满意度', '100%'],
];
const LUAN_1_MERGES = ['A1:H1', 'A2:H2', 'B3:H3', 'B4:D4', 'F4:H4', 'B5:D5', 'F5:H5', 'A6:A8', 'A9:A10', 'B9:D9', 'E9:H9', 'B10:D10', 'E10:H10', 'A11:A23'];

// Seed 004, second project (企业退休人员社会化管理服务): 中期目标 (C–E) and 年度目标 (F–H) side by side; header in
// row 11, indicators in rows 12–32 (中期指标值 in E, 年度指标值 in H).
const LUAN_2: Cell[][] = [
  ['2021年项目支出预算绩效目标表', null, null, null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null, null, null],
  ['项目名称', '企业退休人员社会化管理服务', null, null, null, null, null, null],
  ['主管部门及代码', '市人社局 111', null, null, '实施单位', '六安市养老保险基金管理中心', null, null],
  ['项目属性', '经常性项目', null, null, '项目日期', '2021至2023', null, null],
  ['项目资金 (万元)', '中期资金总额:', 294, null, '年度资金总额:', 90, null, null],
  [null, '其中:财政拨款', 294, null, '其中:财政拨款', 90, null, null],
  [null, '其他资金', null, null, '其他资金', null, null, null],
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
const LUAN_2_MERGES = ['A1:H1', 'A2:H2', 'B3:H3', 'B4:D4', 'F4:H4', 'B5:D5', 'F5:H5', 'A6:A8', 'A9:A10', 'B9:D9', 'E9:H9', 'B10:D10', 'E10:H10', 'A11:A32'];

/** A copy of a sheet with some cells changed, by A1 address: the one defect (or fix) a case is about. */
function edit(sheet: Cell[][], changes: Record<string, Cell>): Cell[][] {
  const out = sheet.map((row) => [...row]);
  for (const [ref, value] of Object.entries(changes)) {
    const { row, col } = parseA1(ref);
    out[row - 1][col - 1] = value;
  }
  return out;
}

// Seed 001's tables carry no year of their own; these cases add the (2023 年度) line the budget book they come from
// is titled with, so the budget year is known.
const TIANJIN_99_2023 = [TIANJIN_99[0], ['(2023 年度)', null, null, null, null], ...TIANJIN_99.slice(1)];
const TIANJIN_101_2023 = [TIANJIN_101[0], ['(2023 年度)', null, null, null, null], ...TIANJIN_101.slice(1)];

ruleTester.run('date-outside-period', {
  valid: [
    {
      name: 'seed 000 fixed: 管理任务按时完成 by 2021年12月31日前 inside 2021-01-01 至 2021-12-31',
      grid: edit(ZAOZHUANG_1, { E15: '2021年12月31日前' }),
      merges: ZAOZHUANG_1_MERGES,
    },
    { name: 'seed 001 社保卡制卡工本费 in a 2023 table: 2023年6月底前支付工本费欠款', grid: TIANJIN_99_2023 },
    { name: 'seed 001 干部人事档案数字化加工 in a 2023 table: 2023年底前完成在册档案加工', grid: TIANJIN_101_2023 },
    { name: 'seed 001 社保卡制卡工本费 with no year or period at all: nothing to compare with', grid: TIANJIN_99 },
    {
      name: 'seed 004 养老保险专项业务经费: 每月10日前 recurs; 预算2021年 in a cost sentence is not a deadline',
      grid: LUAN_1,
      merges: LUAN_1_MERGES,
    },
    {
      name: 'seed 004 企业退休人员社会化管理服务 (项目日期 2021至2023): a 2023 deadline is inside the period',
      grid: edit(LUAN_2, { E20: '2023年底前' }),
      merges: LUAN_2_MERGES,
    },
  ],
  invalid: [
    {
      name: 'variant of seed 000: 管理任务按时完成 by 2022年6月底前, after 项目期限 2021-01-01 至 2021-12-31',
      grid: edit(ZAOZHUANG_1, { E15: '2022年6月底前' }),
      merges: ZAOZHUANG_1_MERGES,
      errors: [{ messageId: 'outsidePeriod', cell: 'E15', message: '“管理任务按时完成”的指标值“2022年6月底前”中的时间超出了项目期限（2021年）；应把时间定在期限之内，如“2021年12月31日前”' }],
    },
    {
      name: 'variant of seed 001 in a 2023 table: 2024年6月底前支付工本费欠款',
      grid: edit(TIANJIN_99_2023, { E13: '2024年6月底前支付工本费欠款' }),
      errors: [{ messageId: 'outsideYear', cell: 'E13', message: '不在预算年度（2023年）内' }],
    },
    {
      name: 'variant of seed 001 in a 2023 table: 2022年底前完成在册档案加工, before the year',
      grid: edit(TIANJIN_101_2023, { E13: '常态化开展档案数字化加工工作，2022年底前完成在册档案加工。' }),
      errors: [{ messageId: 'outsideYear', cell: 'E13' }],
    },
    {
      name: 'variant of seed 004 (项目日期 2021至2023): 培训完成时间 2024年底前 in the mid-term set',
      grid: edit(LUAN_2, { E21: '2024年底前' }),
      merges: LUAN_2_MERGES,
      errors: [{ messageId: 'outsidePeriod', cell: 'E21', message: '项目期限（2021—2023年）' }],
    },
  ],
});

// The target and time rules share util/targets.ts; none may throw, or leave a placeholder unfilled, on any table
// detection can produce: odd names, odd targets, missing categories, periods and years, both languages.
describe('target and time rules on arbitrary tables', () => {
  const NAMES = ['满意度', '参保对象满意率', '投诉比例', '工伤鉴定合格率', '关注人数年增长率', '采购硬件设备数量', '劳动能力鉴定费', '管理任务按时完成', '满意度调查次数', '', '满足日常办公需求，保障职能工\n作的正常开展'];
  const RAWS = ['≤95', '≥100', '>100百分比', '120', '-5', '100%', '10', '≤0', '<0人', '≥753万元', '按时', '是', '较高', '影响程度 较高', '2022年6月底前', '2021至2023', '每月10日前', '……', '', 'XX', '1e400', '达到90%以上', '采购10套资格认证设备约5万元'];
  const LEVEL1 = [L1.output, L1.cost, L1.benefit, L1.satisfaction, L1.input, null];
  const LEVEL2 = [L2.quantity, L2.quality, L2.timeliness, L2.cost, L2.economicCost, L2.socialCost, L2.satisfaction, null];
  const date = fc.option(fc.constantFrom('2021-01-01', '2021-12-31', '2023-12-31', '1999-02-28'), { nil: null });

  const indicator = fc.record({
    row: fc.integer({ min: 10, max: 14 }),
    set: fc.constantFrom('annual' as const, 'midterm' as const),
    level1: fc.constantFrom(...LEVEL1),
    level2: fc.constantFrom(...LEVEL2),
    level2Raw: fc.option(fc.constantFrom('满意度', '数量指标', '时效'), { nil: null }),
    name: fc.constantFrom(...NAMES),
    raw: fc.constantFrom(...RAWS),
    unit: fc.option(fc.constantFrom('%', '人', '万元', '元', '分', '次'), { nil: null }),
    operatorCell: fc.boolean(),
  });

  it('never throw and never leave a placeholder unfilled', () => {
    fc.assert(
      fc.property(
        fc.array(indicator, { maxLength: 8 }),
        fc.record({ start: date, end: date }),
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
        fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
        fc.constantFrom('project' as const, 'department' as const),
        fc.constantFrom('zh-CN' as const, 'en-US' as const),
        (rows, period, year, budget, kind, lang) => {
          const table: IndicatorTable = {
            sheet: 'Sheet1',
            range: 'A1:H20',
            headerRow: 9,
            kind,
            project: { name: null, period, year, budget, budgetUnit: '万元', cells: {} },
            columns: {},
            indicators: rows.map((r) => ({
              row: r.row,
              set: r.set,
              level1: r.level1,
              level1Raw: r.level1,
              level2: r.level2,
              level2Raw: r.level2Raw,
              name: r.name,
              target: parseTarget(r.raw, r.unit),
              unit: r.unit,
              cells: r.operatorCell ? { name: `C${r.row}`, operator: `D${r.row}`, target: `E${r.row}` } : { name: `C${r.row}`, target: `E${r.row}` },
            })),
          };
          // strict: a throw, an unknown message id or an unfilled placeholder throws here.
          const { problems } = runRules([table], { rules: targetRules, strict: true, lang });
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
