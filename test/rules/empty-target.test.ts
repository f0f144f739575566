// empty-target: indicators without a target (blank or only ……), on seed 000/001/002 tables and variants.

import type { Cell } from '../../src/core/grid';
import { edit, ruleTester } from './tester';

const ZAOZHUANG_MERGES = ['A1:F1', 'A2:F2', 'A3:F3', 'B4:F4', 'B5:C5', 'E5:F5', 'B6:F6', 'B7:F7', 'B8:F8', 'A9:F9', 'A10:F10', 'A11:F11', 'B21:F21'];

// Seed 000, 劳动能力鉴定费用: four hierarchy columns (一级 | grouping | 二级 | name), 成本 under 产出, 满意度 under 效果.
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

const TIANJIN_MERGES = ['A1:E1', 'A2:D2', 'B3:E3', 'A4:A6', 'C5:E5', 'B6:E6', 'B7:E7'];

// Seed 001, 101.社保中心干部人事档案数字化加工: blank 一级 cells mean "same as above"; 成本 is a 二级 under 产出.
const ARCHIVE: Cell[][] = [
  ['101.社保中心干部人事档案数字化加工绩效目标表', null, null, null, null],
  ['353302天津市社会保险基金管理中心', null, null, null, '单位：万元'],
  ['项目名称', '社保中心干部人事档案数字化加工', null, null, null],
  ['预算规模及资金用途', '预算数', 12.6, '其中：财政资金', 12.6],
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

const GUANGSHUI_MERGES = ['A1:E1', 'A2:D2', 'B3:E3', 'A4:E4', 'A6:A9', 'A10:A13'];

// Seed 002, 广水市劳动保险事业管理局 部门整体支出绩效目标申报表 (rebuilt by meaning): the 长期目标 indicators keep the
// template's …… as names and values.
const LONG_TERM: Cell[][] = [
  ['部门整体支出绩效目标申报表', null, null, null, null],
  ['填报日期:2020 年 5 月 6 日', null, null, null, '单位:万元'],
  ['部门(单位)名称', '广水市劳动保险事业管理局', null, null, null],
  ['长期目标绩效指标', null, null, null, null],
  ['一级指标', '二级指标', '指标名称', '指标值', '绩效标准'],
  ['产出指标', '数量指标', '……', '……', null],
  [null, '质量指标', '……', '……', null],
  [null, '时效指标', '……', '……', null],
  [null, '成本指标', '……', '……', null],
  ['效益指标', '经济效益', '……', '……', null],
  [null, '社会效益', '……', '……', null],
  [null, '生态效益', '……', '……', null],
  [null, '可持续发展', '……', '……', null],
];

// Its 年度目标 1 indicators, filled in.
const ANNUAL_GOAL_1: Cell[][] = [
  ['部门整体支出绩效目标申报表', null, null, null, null],
  ['填报日期:2020 年 5 月 6 日', null, null, null, '单位:万元'],
  ['部门(单位)名称', '广水市劳动保险事业管理局', null, null, null],
  ['年度目标 1:', '提高养老、工伤保险覆盖面。', null, null, null],
  ['一级指标', '二级指标', '指标名称', '指标值', '绩效标准'],
  ['产出指标', '数量指标', '养老保险在职参保人数', 47000, '年度计划'],
  [null, null, '养老保险社会化发放人数', 29100, '年度计划'],
  [null, null, '工伤保险在职参保人数', 32500, '年度计划'],
  [null, '质量指标', '养老保险在职参保缴费核定准确率', '100%', '年度计划'],
  [null, '时效指标', '养老、工伤地市级、省级统筹按时完成交接任务', '按上级文件要求时限内', '按文件要求'],
  ['效益指标', '社会效益', '养老、工伤保险参保解决了企业和职工及灵活就业人员的后顾之忧', '丰富政策宣传手段,扩大养老、工伤覆盖面', '年度计划'],
  ['满意度指标', '服务对象满意度指标', '投诉率、上访事项答复率', '投诉率0%；上访事项答复率100%。', '年度计划'],
];

const ANNUAL_GOAL_MERGES = ['A1:E1', 'A2:D2', 'B3:E3', 'B4:E4', 'A6:A10'];

ruleTester.run('empty-target', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用', grid: APPRAISAL_FEES, merges: ZAOZHUANG_MERGES },
    { name: 'seed 001 社保中心干部人事档案数字化加工', grid: ARCHIVE, merges: TIANJIN_MERGES },
    { name: 'seed 002 年度目标 1, filled in', grid: ANNUAL_GOAL_1, merges: ANNUAL_GOAL_MERGES },
  ],
  invalid: [
    {
      name: 'seed 002 长期目标绩效指标: every value left as ……',
      grid: LONG_TERM,
      merges: GUANGSHUI_MERGES,
      errors: [
        { messageId: 'templateRow', cell: 'D6', message: '该行指标名称只有“……”，指标值也未填写，是未填写的模板行' },
        { messageId: 'templateRow', cell: 'D7' },
        { messageId: 'templateRow', cell: 'D8' },
        { messageId: 'templateRow', cell: 'D9' },
        { messageId: 'templateRow', cell: 'D10' },
        { messageId: 'templateRow', cell: 'D11' },
        { messageId: 'templateRow', cell: 'D12' },
        { messageId: 'templateRow', cell: 'D13' },
      ],
    },
    {
      name: 'seed 002 长期目标绩效指标 with the values left blank instead of ……',
      grid: edit(LONG_TERM, { D6: null, D7: null }),
      merges: GUANGSHUI_MERGES,
      errors: [
        { messageId: 'templateRow', cell: 'D6', message: '请填写具体指标及其指标值，如“劳动能力鉴定人数”“1500人”，不设该项的请删除此行' },
        { messageId: 'templateRow', cell: 'D7', message: '如“工伤鉴定合格率”“100%”' },
        { messageId: 'templateRow', cell: 'D8' },
        { messageId: 'templateRow', cell: 'D9' },
        { messageId: 'templateRow', cell: 'D10' },
        { messageId: 'templateRow', cell: 'D11' },
        { messageId: 'templateRow', cell: 'D12' },
        { messageId: 'templateRow', cell: 'D13' },
      ],
    },
    {
      name: 'seed 002 variant: a named indicator whose value is ……',
      grid: edit(ANNUAL_GOAL_1, { D7: '……' }),
      merges: ANNUAL_GOAL_MERGES,
      errors: [{ messageId: 'filler', cell: 'D7', message: '指标“养老保险社会化发放人数”的指标值只有“……”，等于未填写；请填写计划达到的数值或标准，如“1500人”' }],
    },
    {
      name: 'seed 000 variant: 劳动能力鉴定人数 with its 指标值 left blank (the unit 人 is still there)',
      grid: edit(APPRAISAL_FEES, { E13: null }),
      merges: ZAOZHUANG_MERGES,
      errors: [{ messageId: 'empty', cell: 'E13', message: '指标“劳动能力鉴定人数”未填写指标值' }],
    },
    {
      name: 'seed 000 variant: targets that are formula errors (#N/A from a failed lookup, #REF! after deleted cells)',
      grid: edit(APPRAISAL_FEES, { E13: { error: '#N/A' }, E16: { error: '#REF!' } }),
      merges: ZAOZHUANG_MERGES,
      errors: [
        {
          messageId: 'formulaError',
          cell: 'E13',
          message: '指标“劳动能力鉴定人数”的指标值单元格显示公式错误 #N/A，没有有效的指标值；请修正公式或直接填写计划达到的数值或标准，如“1500人”',
        },
        { messageId: 'formulaError', cell: 'E16', message: '公式错误 #REF!' },
      ],
    },
    {
      name: 'seed 001 variant: the satisfaction target left blank',
      grid: edit(ARCHIVE, { E14: null }),
      merges: TIANJIN_MERGES,
      errors: [{ messageId: 'empty', cell: 'E14', message: '如“≥95%”' }],
    },
  ],
});
