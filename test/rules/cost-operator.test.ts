// Tests for cost-operator: a cost is a ceiling (≤), never a floor (≥, >).

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

// Seed 001, table 102 (社保中心工装制作): indicators in rows 9–14.
const TIANJIN_102: Cell[][] = [
  ['102.社保中心工装制作绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心工装制作', null, null, null],
  ['预算规模及资金用途', '预算数', '10.00', '其中：财政资金', '10.00'],
  [null, '其他资金', null, null, null],
  [null, '制作统一标准的经办工装，提升经办窗口形象，规范社保服务水平。', null, null, null],
  ['绩效目标', '1.通过订制统一标准的经办工装，持续提升经办窗口形象，规范社保服务标准化。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '产品质量合格率', '工装质量情况', '100百分比'],
  [null, '成本指标', '提供产品及服务所需成本的控制情况', '工装单位成本', '≤3000元'],
  [null, '数量指标', '提供产品及服务数量', '购置工装数量', '≥30套'],
  [null, '时效指标', '工装购置资金支出时效', '工装购置资金支出时效', '下半年启动工装采购，年内完成量体验收付款手续'],
  ['效益指标', '可持续影响指标', '产品使用年限', '工装使用年限', '≥3年'],
  ['满意度指标', '服务对象满意度指标', '使用人员满意度', '经办工作人员满意度', '≥95百分比'],
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

ruleTester.run('cost-operator', {
  valid: [
    { name: 'seed 001 社保经办大厅运转经费: ≤753万元, ≤279万元, ≤292万元', grid: TIANJIN_97 },
    { name: 'seed 001 社保中心工装制作: 工装单位成本 ≤3000元 (≥30套 is a count)', grid: TIANJIN_102 },
    { name: 'seed 000 劳动能力鉴定费用: a plain 14 万元', grid: ZAOZHUANG_1, merges: ZAOZHUANG_1_MERGES },
  ],
  invalid: [
    {
      name: 'variant of seed 001: 保安服务费用 ≥753万元; clean twin above',
      grid: edit(TIANJIN_97, { E12: '≥753万元' }),
      errors: [{ messageId: 'floor', cell: 'E12', message: '成本指标“提供产品及服务所需成本的控制情况”是支出上限，应使用“≤”，如“≤753万元”，当前为“≥753万元”' }],
    },
    {
      name: 'variant of seed 001: 工装单位成本 >3000元',
      grid: edit(TIANJIN_102, { E10: '>3000元' }),
      errors: [{ messageId: 'floor', cell: 'E10', message: '如“≤3000元”' }],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定费 ≥14 with 万元 in the unit column',
      grid: edit(ZAOZHUANG_1, { E17: '≥14' }),
      merges: ZAOZHUANG_1_MERGES,
      errors: [{ messageId: 'floor', cell: 'E17', message: '当前为“≥14万元”' }],
    },
  ],
});
