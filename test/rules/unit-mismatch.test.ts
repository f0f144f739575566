// Tests for unit-mismatch: rates in %, quantities not in %, the cell and the unit column agreeing.

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

// Seed 000, second table (社保基金财务综合管理平台维护费): indicators in rows 13–19.
const ZAOZHUANG_2: Cell[][] = [
  ['项目支出绩效目标批复表', null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null],
  ['申报单位：枣庄市社会保险服务中心', null, null, null, null, null],
  ['项目名称', '社保基金财务综合管理平台维护费', null, null, null, null],
  ['主管部门', '枣庄市人力资源和社会保障\n保障局', '预算执行单位', '枣庄市社会保险服务中心', null, null],
  ['项目类型', '延续', null, null, null, null],
  ['项目期限', '2021-01-01 至 2021-12-31', null, null, null, null],
  ['项目资金\n申请\n(万元)', '4 万元', null, null, null, null],
  ['项目绩效年度目标', null, null, null, null, null],
  ['社保基金财务综合管理平台维护及升级改造', null, null, null, null, null],
  ['年度绩效指标', null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
  ['产出', '项目产出', '数量指标', '平台维护及升级改造工作完成率', 100, '%'],
  ['产出', '项目产出', '时效指标', '各项业务按时完成', '是', null],
  ['产出', '项目产出', '质量指标', '平台维护及升级改造工作完成合格\n率', 100, '%'],
  ['产出', '项目产出', '成本指标', '平台维护费用', 4, '万元'],
  ['效果', '项目效益', '社会效益', '满足日常办公需求，保障职能工\n作的正常开展', '是', null],
  ['效果', '项目效益', '可持续影响', '为财务工作带来积极影响', '是', null],
  ['效果', '项目效益', '社会公众或服务对\n象满意度', '工作人员满意度', 100, '%'],
  ['其他\n说明', '无', null, null, null, null],
];
const ZAOZHUANG_2_MERGES = ['A1:F1', 'A2:F2', 'A3:F3', 'B4:F4', 'D5:F5', 'B6:F6', 'B7:F7', 'B8:F8', 'A9:F9', 'A10:F10', 'A11:F11', 'B20:F20'];

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

// Seed 001, table 105 (社保中心宣传费): indicators in rows 9–14.
const TIANJIN_105: Cell[][] = [
  ['105.社保中心宣传费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心宣传费', null, null, null],
  ['预算规模及资金用途', '预算数', '78.00', '其中：财政资金', '78.00'],
  [null, '其他资金', null, null, null],
  [null, '围绕社保经办服务重点工作，通过各种宣传渠道，采取多种宣传方式，权威、准确、及时发布社保信息、新闻动态、通知公告、政策解读、经办指南等相关资讯。', null, null, null],
  ['绩效目标', '1.扩大受众群体，扩大社保经办服务宣传覆盖面和知晓度。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '数量指标', '发布信息数量', '发布信息数量', '≥800篇次'],
  [null, '质量指标', '信息发布质量及保密要求', '社保经办信息发布质量及保密要求', '准确、及时发布社保经办信息，未经允许，不得擅自发布相关信息，信息浏览量增长率>=20%，提升政策知晓度'],
  [null, '时效指标', '发布时效', '信息发布时效', '当日完成信息编辑、发布工作'],
  [null, '成本指标', '图文排版及运行维护经费', '图文排版及运行维护经费', '≤78万元'],
  ['效益指标', '社会效益指标', '关注人数', '公众号关注人数', '公众号关注人数超过50万人，关注人数年增长率>=20%'],
  ['满意度指标', '服务对象满意度指标', '用户满意度', '关注用户满意度', '≥90百分比'],
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

/** A copy of a sheet with some cells changed, by A1 address: the one defect (or fix) a case is about. */
function edit(sheet: Cell[][], changes: Record<string, Cell>): Cell[][] {
  const out = sheet.map((row) => [...row]);
  for (const [ref, value] of Object.entries(changes)) {
    const { row, col } = parseA1(ref);
    out[row - 1][col - 1] = value;
  }
  return out;
}

ruleTester.run('unit-mismatch', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: 人, 次, % for rates, 万元 for the cost', grid: ZAOZHUANG_1, merges: ZAOZHUANG_1_MERGES },
    { name: 'seed 001 社保经办大厅运转经费: 100百分比 is a percentage', grid: TIANJIN_97 },
    { name: 'seed 001 社保中心宣传费: 增长率>=20% inside a sentence is not judged', grid: TIANJIN_105 },
    {
      name: 'variant of seed 001 社保中心宣传费: a 增长率 in percentage points (≥5个百分点)',
      grid: edit(TIANJIN_105, { C13: '关注人数年增长率', D13: '关注人数年增长率', E13: '≥5个百分点' }),
    },
    { name: 'seed 003 department form: rates with % in the unit column', grid: DEPARTMENT_003 },
    {
      name: 'the value repeats the unit column’s unit (14万元 | 万元)',
      grid: edit(ZAOZHUANG_1, { E17: '14万元' }),
      merges: ZAOZHUANG_1_MERGES,
    },
  ],
  invalid: [
    {
      name: 'seed 000 社保基金财务综合管理平台维护费: a 完成率 in % under 数量指标',
      grid: ZAOZHUANG_2,
      merges: ZAOZHUANG_2_MERGES,
      errors: [{ messageId: 'quantityInPercent', cell: 'E13', message: '数量指标“平台维护及升级改造工作完成率”的指标值“100%”是百分比' }],
    },
    {
      name: 'variant of seed 000: 社会公众满意度 scored in 分; clean twin above',
      grid: edit(ZAOZHUANG_1, { F20: '分' }),
      merges: ZAOZHUANG_1_MERGES,
      errors: [{ messageId: 'rateNotPercent', cell: 'E20', message: '单位却是“分”' }],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定费 written 14万元 in a 元 unit column',
      grid: edit(ZAOZHUANG_1, { E17: '14万元', F17: '元' }),
      merges: ZAOZHUANG_1_MERGES,
      errors: [{ messageId: 'columnDiffers', cell: 'E17', message: '与计量单位栏的“元”不一致' }],
    },
    {
      name: 'variant of seed 001: 物业服务验收合格率 written as a count',
      grid: edit(TIANJIN_97, { E9: '100人' }),
      errors: [{ messageId: 'rateNotPercent', cell: 'E9' }],
    },
  ],
});
