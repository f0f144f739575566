// input-as-output: inputs (budget execution, funds, money as a quantity) as outputs or benefits, on seed 000/001/003/004 tables and variants.

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

const DEPARTMENT_MERGES = ['A1:H1', 'A2:H2', 'B3:H3', 'B4:H4', 'E5:F5', 'B6:C6', 'B7:C7', 'B8:C8', 'A6:A15', 'B9:B15', 'A16:A19', 'B16:B17', 'B18:B19', 'A20:A23', 'B20:B21', 'B22:B23'];

// Seed 003, 州社会保险服务中心 省级部门（单位）整体绩效目标申报表 (rebuilt by meaning): 投入管理 items assessed on
// their 二级 row, an operator column, and under 预算和财务管理 a bare 20 % row without a name (its 说明 is 预算调整率).
const DEPARTMENT: Cell[][] = [
  ['省级部门（单位）整体绩效目标申报表', null, null, null, null, null, null, null],
  ['(2022 年度)', null, null, null, null, null, null, null],
  ['部门（单位）名称', '州社会保险服务中心', null, null, null, null, null, null],
  ['年度履职目标', '及时办理养老保险、职业年金关系建立、中断、转移、接续、终止等业务，保管好业务档案，离退人员社会化发放率100%，养老保险待遇按时足额安全完整。', null, null, null, null, null, null],
  ['一级指标', '二级指标', '*三级指标', '*指标值类型', '*指标值', null, '*评/扣分标准', '*指标值说明'],
  ['投入管理指标', '年度履职目标相关性', null, '定性', '相关', '-', '-', '1. 年度履职目标是否符合国家、省委省政府战略部署和发展规划，与国家、省宏观政策、行业政策一致'],
  [null, '工作任务科学性', null, '定性', '科学', '-', '-', '1. 工作任务是否有明确的绩效目标，绩效目标是否与部门年度履职目标一致'],
  [null, '绩效指标合理性', null, '定性', '合理', '-', '-', '1. 工作任务、预算项目绩效指标设置是否准确反映部门绩效完成情况'],
  [null, '预算和财务管理', null, null, null, '-', '-', null],
  [null, null, '预算编制完整性', '定性', '完整', '-', '-', '1. 部门所有收入是否全部纳入部门预算'],
  [null, null, '专项资金细化率', '≥', 90, '%', '-', '专项资金细化率=（已细化到具体市县和承担单位的资金数/部门参与分配资金总数）×100%。'],
  [null, null, '预算执行率', '≥', 90, '%', '-', '预算执行率=（预算完成数/预算数）×100%。'],
  [null, null, '结转结余率', '≤', 30, '%', '-', '结转结余率=结转结余总额/预算数×100%。'],
  [null, null, null, null, 20, '%', null, '预算调整率=（预算调整数/年初预算数）/年初预算数×100%。'],
  [null, null, '绩效自评完成率', '=', 100, '%', null, '部门绩效自评完成率=已完成评价项目数量/部门项目总数*100%'],
  ['产出指标', '重点工作任务完成', null, null, null, null, null, '反映本部门负责的重点工作任务进展情况。'],
  [null, null, '养老保险待遇社会化发放率', '≥', 100, '%', null, '反映本部门制定的重点工作任务完成情况。'],
  [null, '履职目标实现', null, null, null, null, null, '反映本部门制定的年度工作目标达成情况。'],
  [null, null, '社保基金安全完整率', '≥', 100, '%', null, null],
  ['效益指标', '履职效益', null, null, null, null, null, null],
  [null, null, '社保业务经办及时完成率', '≥', 95, '%', null, '反映本部门履行社保业务经办职能情况。'],
  [null, '满意度', null, '≤', 95, '%', null, '反映社会公众或服务对象在部门履职效果、解决民众关心的热点问题等方面的满意程度。'],
  [null, null, '参保对象满意率', '≤', 95, '%', null, '反映单位服务的参保对象对部门履职效果的满意程度。'],
];

const LIUAN_MERGES = ['A1:H1', 'A2:H2', 'A3:B3', 'C3:H3', 'A4:B4', 'A5:B5', 'A6:B8', 'A9:A10', 'B9:D9', 'E9:H9', 'B10:D10', 'E10:H10', 'A11:A32'];

// Seed 004, 企业退休人员社会化管理服务: 中期 (columns C–E) and 年度 (F–H) side by side.
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


ruleTester.run('input-as-output', {
  valid: [
    { name: 'seed 000 劳动能力鉴定费用: money only under 成本', grid: APPRAISAL_FEES, merges: ZAOZHUANG_MERGES },
    { name: 'seed 001 社保中心干部人事档案数字化加工: 加工资金支出时效 is a deadline, not a rate', grid: ARCHIVE, merges: TIANJIN_MERGES },
    { name: 'seed 003 department form: 预算执行率 is a 投入管理 indicator there', grid: DEPARTMENT, merges: DEPARTMENT_MERGES },
    {
      name: 'seed 004, clean twin: the 数量 row counts the retirees served instead of the money paid',
      grid: edit(RETIREES, { D15: '异地退管服务人数', E15: '异地退管服务人数100-150人', G15: '异地退管服务人数', H15: '异地退管服务人数100-150人' }),
      merges: LIUAN_MERGES,
    },
  ],
  invalid: [
    {
      name: 'seed 004 企业退休人员社会化管理服务: a 数量 indicator whose target is 约47万元, in both sets',
      grid: RETIREES,
      merges: LIUAN_MERGES,
      errors: [
        { messageId: 'moneyAsQuantity', cell: 'E15', message: '数量指标“拨付金安区、裕安区退管服务经费金额”的指标值“拨付金安区、裕安区退管服务经费约47万元”是金额' },
        { messageId: 'moneyAsQuantity', cell: 'H15' },
      ],
    },
    {
      name: 'seed 000 variant: 预算执行率 as a 质量指标',
      grid: edit(APPRAISAL_FEES, { D16: '预算执行率' }),
      merges: ZAOZHUANG_MERGES,
      errors: [{ messageId: 'inputName', cell: 'D16', message: '“预算执行率”衡量的是资金投入或预算执行，不是产出' }],
    },
    {
      name: 'seed 001 variant: 资金到位率 as the 效益 indicator',
      grid: edit(ARCHIVE, { C13: '资金到位率', D13: '资金到位率', E13: '100百分比' }),
      merges: TIANJIN_MERGES,
      errors: [{ messageId: 'inputName', cell: 'C13', message: '不是效益指标' }],
    },
  ],
});
