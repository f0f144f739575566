// duplicate-indicator: the same indicator twice in one set, on seed 004 (the annual 采购硬件设备数量 twice) and seed 001.

import type { Cell } from '../../src/core/grid';
import { edit, ruleTester } from './tester';

const LIUAN_MERGES = ['A1:H1', 'A2:H2', 'A3:B3', 'C3:H3', 'A4:B4', 'A5:B5', 'A6:B8', 'A9:A10', 'B9:D9', 'E9:H9', 'B10:D10', 'E10:H10', 'A11:A32'];

// Seed 004, 企业退休人员社会化管理服务: in the annual set (columns F–H) row 16 repeats 采购硬件设备数量 of row 17.
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

const TIANJIN_MERGES = ['A1:E1', 'A2:D2', 'B3:E3', 'A4:A6', 'C5:E5', 'B6:E6', 'B7:E7'];

// Seed 001, 97.社保经办大厅运转经费: 提供产品及服务所需成本的控制情况 three times, each with its own 绩效指标描述.
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

ruleTester.run('duplicate-indicator', {
  valid: [
    {
      name: 'seed 001 97.社保经办大厅运转经费: a repeated 三级 name with distinct 绩效指标描述 is three indicators',
      grid: HALL,
      merges: TIANJIN_MERGES,
    },
    {
      name: 'seed 004 企业退休人员社会化管理服务, clean twin: the annual row 16 names 举办退休人员文体活动 as the mid-term does',
      grid: edit(RETIREES, { G16: '举办退休人员文体活动' }),
      merges: LIUAN_MERGES,
    },
  ],
  invalid: [
    {
      name: 'seed 004 企业退休人员社会化管理服务: the annual set lists 采购硬件设备数量 twice (the mid-term set is not compared with it)',
      grid: RETIREES,
      merges: LIUAN_MERGES,
      errors: [{ messageId: 'duplicate', cell: 'G17', related: ['G16'], message: '指标“采购硬件设备数量”在本组指标中重复出现（第16行已有）' }],
    },
    {
      name: 'seed 001 97.社保经办大厅运转经费 variant: the 物业服务费用 line copied from the one above, description and all',
      grid: edit(HALL, { D14: '电工及空调机组服务费用' }),
      merges: TIANJIN_MERGES,
      errors: [{ messageId: 'duplicate', cell: 'C14', related: ['C13'] }],
    },
    {
      name: 'seed 001 97.社保经办大厅运转经费 variant: the same name written with a line break is still the same indicator',
      grid: edit(HALL, { C11: '物业服务验收\n合格率', D11: '物业服务验收合格率' }),
      merges: TIANJIN_MERGES,
      errors: [{ messageId: 'duplicate', cell: 'C11', related: ['C9'] }],
    },
  ],
});
