// Tests for impossible-bound: ≥/>100 % on a bounded rate, ≤0/<0 on a count.

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

// Seed 001, table 100 (社保业务经办经费): indicators in rows 9–29; 投诉比例 ≤5百分比 sits under 满意度.
const TIANJIN_100: Cell[][] = [
  ['100.社保业务经办经费绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保业务经办经费', null, null, null],
  ['预算规模及资金用途', '预算数', '125.00', '其中：财政资金', '125.00'],
  [null, '其他资金', null, null, null],
  [null, '用于保障保险跨统筹转移邮寄、养老待遇资格认证、欠缴邮寄及公告等社保业务经办各项工作。', null, null, null],
  ['绩效目标', '1.在对其它方式无法送达的稽核文书以报纸公告的方式进行送达，依法履行法定职责，维护参保职工合法权益。', null, null, null],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '及时告知公告人相关信息', '及时告知公告人相关信息', '及时告知公告人相关信息'],
  [null, '质量指标', '全年邮寄生成欠缴台账单位', '生成欠缴台账率', '100百分比'],
  [null, '质量指标', '短信送达情况', '资格认证短信成功送达率', '≥95百分比'],
  [null, '质量指标', '领取资格确认情况', '对上门认证人员领取资格情况进行确认', '≥95百分比'],
  [null, '质量指标', 'EMS退回率', '认证暂停告知文书EMS送达情况', '≤10百分比'],
  [null, '质量指标', '信件投递准确性', '跨统筹转移信件投递准确性', '保障邮寄信函按时收悉、邮寄信息（表单号）及时反馈、退信信函及时反馈情况'],
  [null, '成本指标', '公告报纸版面费', '公告报纸版面费', '≤80万元'],
  [null, '成本指标', '全年邮寄费用', '全年邮寄费用', '≤35万元'],
  [null, '成本指标', '上门认证工作经费', '上门认证经费使用情况', '≤10万元'],
  [null, '数量指标', '预计报纸版面费数', '预计公告笔数', '≥150笔'],
  [null, '数量指标', '预计邮寄件数', '预计邮寄件数', '≥15000封'],
  [null, '数量指标', '短信发送情况', '认证结果告知及提示短信发送条数', '≥6500000条'],
  [null, '数量指标', '上门完成认证人数', '上门认证人员情况', '≤1万人'],
  [null, '数量指标', '挂号信寄送数', '认证提示挂号信寄送数量', '≤3.1万封'],
  [null, '数量指标', '转移业务信函及个人权益单数量', '转移业务信函及个人权益单数量', '≤3000封'],
  [null, '时效指标', '资金支出时效', '资金支出时效', '按各项业务工作实施进度支付资金，及时办理支付手续'],
  ['效益指标', '社会效益指标', '维护职工参保权益', '维护职工参保权益', '维护职工参保权益'],
  [null, '社会效益指标', '防范养老金冒领情形', '通过开展养老资格认证防范养老金冒领情形的发生', '防范养老金冒领'],
  [null, '社会效益指标', '服务效能', '服务效能', '减少服务对象往返次数，保障社保权益，促进人才流动，优化营商环境。'],
  ['满意度指标', '服务对象满意度指标', '受益群体满意度', '受益群体满意度', '≥95百分比'],
  [null, '服务对象满意度指标', '投诉比例', '投诉比例', '≤5百分比'],
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

ruleTester.run('impossible-bound', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: plain 100 % and counts', grid: ZAOZHUANG_1, merges: ZAOZHUANG_1_MERGES },
    { name: 'seed 001 社保业务经办经费: ≤ bounds on counts above zero (≤1万人, ≤3000封), ≤10百分比, ≥95百分比', grid: TIANJIN_100 },
    {
      name: 'seed 003 fixed: the full rates written “=100”',
      grid: edit(DEPARTMENT_003, { D8: '=', D9: '=' }),
    },
  ],
  invalid: [
    {
      name: 'seed 003: 养老保险待遇社会化发放率 ≥100 % and 社保基金安全完整率 ≥100 %, with their operator cells',
      grid: DEPARTMENT_003,
      errors: [
        { messageId: 'rateAtLeastFull', cell: 'E8', related: ['D8'], message: '“养老保险待遇社会化发放率”是比率，最高只能到100%，“≥100%”实际只能等于100%；应写为“=100%”' },
        { messageId: 'rateAtLeastFull', cell: 'E9', related: ['D9'] },
      ],
    },
    {
      name: 'variant of seed 001: 物业服务验收合格率 >100百分比',
      grid: edit(TIANJIN_97, { E9: '>100百分比' }),
      errors: [{ messageId: 'rateAboveFull', cell: 'E9', message: '不可能实现' }],
    },
    {
      name: 'variant of seed 000: 劳动能力鉴定次数 ≤0; clean twin above',
      grid: edit(ZAOZHUANG_1, { E14: '≤0' }),
      merges: ZAOZHUANG_1_MERGES,
      errors: [{ messageId: 'countAtMostZero', cell: 'E14', message: '应写为“=0次”' }],
    },
    {
      name: 'variant of seed 001: 上门完成认证人数 <0人',
      grid: edit(TIANJIN_100, { E21: '<0人' }),
      errors: [{ messageId: 'countBelowZero', cell: 'E21' }],
    },
  ],
});
