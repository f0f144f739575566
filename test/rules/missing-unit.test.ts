// Tests for missing-unit: a bare number needs a unit in the cell or in the unit column.

import { parseA1 } from '../../src/core/a1';
import type { Cell } from '../../src/core/grid';
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

// Seed 001, table 97 (社保经办大厅运转经费): project block in rows 1–7, header in row 8, indicators in rows 9–18.
const TIANJIN_97: Cell[][] = [
  ['97.社保经办大厅运转经费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保经办大厅运转经费', null, null, null],
  ['预算规模及资金用途', '预算数', '1324.00', '其中：财政资金', '1324.00'],
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

// Seed 003 (州社会保险服务中心, 省级部门（单位）整体绩效目标申报表 2022), its indicator rows rebuilt by meaning:
// 指标值类型 (the operator) in D, 指标值 in E, unit in F; header in row 6, indicators in rows 7–12.
const DEPARTMENT_003: Cell[][] = [
  ['省级部门（单位）整体绩效目标申报表', null, null, null, null, null, null, null],
  ['(2022 年度)', null, null, null, null, null, null, null],
  ['部门（单位）名称', '州社会保险服务中心', null, null, null, null, null, null],
  ['年度履职目标', '及时办理养老保险、职业年金关系建立、中断、转移、接续、终止等业务，保管好业务档案，离退人员社会化发放率100%，养老保险待遇按时足额安全完整。', null, null, null, null, null, null],
  ['预算情况', '部门预算总额（万元）', 327.89, null, null, null, null, null],
  ['一级指标', '二级指标', '*三级指标', '*指标值类型', '*指标值', '*度量单位', '*评/扣分标准', '*指标值说明'],
  ['投入管理指标', '预算和财务管理', '预算执行率', '≥', 90, '%', '-', '预算执行率=（预算完成数/预算数）×100%。'],
  ['产出指标', '重点工作任务完成', '养老保险待遇社会化发放率', '≥', 100, '%', '-', '反映本部门制定的重点工作任务完成情况。'],
  [null, '履职目标实现', '社保基金安全完整率', '≥', 100, '%', '-', '反映本部门制定的年度工作目标达成情况。'],
  ['效益指标', '履职效益', '社保业务经办及时完成率', '≥', 95, '%', '-', '反映本部门履行社保业务经办职能情况。'],
  [null, '满意度', '满意度', '≤', 95, '%', '-', '反映社会公众或服务对象在部门履职效果、解决民众关心的热点问题等方面的满意程度。'],
  [null, null, '参保对象满意率', '≤', 95, '%', '-', '反映单位服务的参保对象对部门履职效果的满意程度。'],
];

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

ruleTester.run('missing-unit', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: the 计量单位 column gives 人, 次, %, 万元', grid: ZAOZHUANG_1, merges: ZAOZHUANG_1_MERGES },
    { name: 'seed 001 社保经办大厅运转经费: units inside the value (100百分比, ≤753万元, ≥180人)', grid: TIANJIN_97 },
    { name: 'seed 003 department form: operator, value and unit in their own columns', grid: DEPARTMENT_003 },
    {
      name: 'seed 004 企业退休人员社会化管理服务 with the unit written (采购硬件设备数量 10套): sentences need no unit column',
      grid: edit(LUAN_2, { E17: '10套' }),
      merges: LUAN_2_MERGES,
    },
  ],
  invalid: [
    {
      name: 'seed 004 企业退休人员社会化管理服务: 采购硬件设备数量 10 (中期), at its cell',
      grid: LUAN_2,
      merges: LUAN_2_MERGES,
      errors: [{ messageId: 'missing', cell: 'E17', message: '“采购硬件设备数量”的指标值“10”只有数字，没有计量单位' }],
    },
    {
      name: 'variant of seed 000: 工伤鉴定合格率 100 with the unit column left empty; the example is a percentage',
      grid: edit(ZAOZHUANG_1, { F16: null }),
      merges: ZAOZHUANG_1_MERGES,
      errors: [{ messageId: 'missing', cell: 'E16', message: '如“100%”' }],
    },
    {
      name: 'variant of seed 001: 服务人数数量 ≥180 without 人',
      grid: edit(TIANJIN_97, { E15: '≥180' }),
      errors: [{ messageId: 'missing', cell: 'E15', message: '如“≥180人”' }],
    },
  ],
});
