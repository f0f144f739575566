// Tests for vague-target: a bare evaluative word (是, 较高, 优…) is not a measurable target.

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

// Seed 000, sixth table (邮电费、其他商品服务费): indicators in rows 13–19.
const ZAOZHUANG_6: Cell[][] = [
  ['项目支出绩效目标批复表', null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null],
  ['申报单位：枣庄市社会保险服务中心', null, null, null, null, null],
  ['项目名称', '邮电费、其他商品服务费', null, null, null, null],
  ['主管部门', '枣庄市人力资源和社会保障\n保障局', '预算执行单位', '枣庄市社会保险服务中心', null, null],
  ['项目类型', '延续', null, null, null, null],
  ['项目期限', '2021-01-01 至 2021-12-31', null, null, null, null],
  ['项目资金\n申请\n(万元)', '23 万元', null, null, null, null],
  ['项目绩效年度目标', null, null, null, null, null],
  ['1、每年要为约 3000 人办理养老转移接续，邮寄个人权益记录单 7.1 万人，预计 8.8 万元。', null, null, null, null, null],
  ['年度绩效指标', null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
  ['产出', '项目产出', '数量指标', '转移函、邮寄物品以及其他信件数量', 80000, '份'],
  ['产出', '项目产出', '时效指标', '项目按时完成', '是', null],
  ['产出', '项目产出', '质量指标', '邮电费、其他商品服务费发放情况', '优', null],
  ['产出', '项目产出', '成本指标', '项目支出成本', 23, '万元'],
  ['效果', '项目效益', '社会效益', '服务群众，减少群众办事流程（一次办好）', '是', null],
  ['效果', '项目效益', '可持续影响', '邮件及时寄送可以带来积极的可持续影响', '是', null],
  ['效果', '项目效益', '社会公众或服务对象满意度', '社会公众满意度', 100, '%'],
  ['其他说明', '预算压减邮电费、其他商品服务费总预算为 23 万元。', null, null, null, null],
];
const ZAOZHUANG_6_MERGES = ['A1:F1', 'A2:F2', 'A3:F3', 'B4:F4', 'D5:F5', 'B6:F6', 'B7:F7', 'B8:F8', 'A9:F9', 'A10:F10', 'A11:F11', 'B20:F20'];

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

/** A copy of a sheet with some cells changed, by A1 address: the one defect (or fix) a case is about. */
function edit(sheet: Cell[][], changes: Record<string, Cell>): Cell[][] {
  const out = sheet.map((row) => [...row]);
  for (const [ref, value] of Object.entries(changes)) {
    const { row, col } = parseA1(ref);
    out[row - 1][col - 1] = value;
  }
  return out;
}

ruleTester.run('vague-target', {
  valid: [
    { name: 'seed 001 社保经办大厅运转经费: descriptive standards (工作环境得到改善，业务经办正常运转)', grid: TIANJIN_97 },
    { name: 'seed 003 department form: numbers with operators', grid: DEPARTMENT_003 },
    {
      name: 'seed 000 fixed: graded standards instead of 是; 按时 is left to timeliness-vague',
      grid: edit(ZAOZHUANG_1, { E18: '达成年度指标', E19: '达成年度指标' }),
      merges: ZAOZHUANG_1_MERGES,
    },
    {
      name: 'a yes-or-no question (是否保障职工权益) answered 是 is a checkable fact',
      grid: edit(ZAOZHUANG_1, { D18: '是否保障职工权益', E19: '达成年度指标' }),
      merges: ZAOZHUANG_1_MERGES,
    },
  ],
  invalid: [
    {
      name: 'seed 004 养老保险专项业务经费: 较高 (中期) and 影响程度 较高 (年度), five rows each',
      grid: LUAN_1,
      merges: LUAN_1_MERGES,
      errors: [
        { messageId: 'vague', cell: 'E18', message: '“对保障各项业务工作正常开展的影响或改善情况”的指标值“较高”是笼统的评价词' },
        { messageId: 'vague', cell: 'E19' },
        { messageId: 'vague', cell: 'E20' },
        { messageId: 'vague', cell: 'E21' },
        { messageId: 'vague', cell: 'E22' },
        { messageId: 'vague', cell: 'H18', message: '“影响程度 较高”' },
        { messageId: 'vague', cell: 'H19' },
        { messageId: 'vague', cell: 'H20' },
        { messageId: 'vague', cell: 'H21' },
        { messageId: 'vague', cell: 'H22' },
      ],
    },
    {
      name: 'seed 000 劳动能力鉴定费用: 是 for 保障职工权益 and for the 可持续影响',
      grid: ZAOZHUANG_1,
      merges: ZAOZHUANG_1_MERGES,
      errors: [
        { messageId: 'vague', cell: 'E18', message: '“保障职工权益”的指标值“是”' },
        { messageId: 'vague', cell: 'E19' },
      ],
    },
    {
      name: 'seed 000 邮电费、其他商品服务费: 优 for the 质量指标 and 是 for the benefits (the 时效 是 is another rule’s)',
      grid: ZAOZHUANG_6,
      merges: ZAOZHUANG_6_MERGES,
      errors: [
        { messageId: 'vague', cell: 'E15', message: '“邮电费、其他商品服务费发放情况”的指标值“优”' },
        { messageId: 'vague', cell: 'E17' },
        { messageId: 'vague', cell: 'E18' },
      ],
    },
  ],
});
