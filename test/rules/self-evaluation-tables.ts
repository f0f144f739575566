// Self-evaluation sheets (项目支出绩效自评表) the self-evaluation rule tests share: the central template as the corpus's
// 中江, 上海 and 稷山 forms fill it (项目资金 block with 分值/执行率/得分, 绩效指标 with 年度指标值 | 实际完成值 | 分值 | 得分 |
// 偏差原因, a 总分 row), written once as a reader sees it; each test makes its one change with withCells.

import type { SeedTable } from './seed-tables';

// A clean project self-evaluation: 50 万元 budget, 45.3 spent (90.6 %, 10 × 90.6 % = 9.06 points), weights 产出 50 /
// 效益 30 / 满意度 10 / 执行率 10, every target met with full marks, 总分 100 / 99.06. Indicators in rows 12–18 (E target,
// F actual, G weight, H score, I deviation), 总分 in row 19 (G19 / H19); the money row is row 6 (D6 budget, E6 spent, F6
// weight, G6 rate, H6 score).
export const WATER: SeedTable = {
  grid: [
    ['项目支出绩效自评表', null, null, null, null, null, null, null, null],
    ['（2023年度）', null, null, null, null, null, null, null, null],
    ['项目名称', '农村饮水工程维修养护', null, null, null, null, null, null, null],
    ['主管部门', '某县水利局', null, null, '实施单位', '某县农村供水服务中心', null, null, null],
    ['项目资金\n（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null],
    [null, '年度资金总额', 50, 50, 45.3, 10, '90.6%', 9.06, null],
    [null, '其中：当年财政拨款', 50, 50, 45.3, '—', null, '—', null],
    [null, '其他资金', 0, 0, 0, '—', null, '—', null],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况', null, null, null],
    [
      null,
      '完成20处农村供水工程维修养护，保障5000人饮水安全。',
      null,
      null,
      null,
      '完成20处供水工程维修养护，5200人受益。',
      null,
      null,
      null,
    ],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [null, '产出指标', '数量指标', '维修养护供水工程数量', '≥20处', '20处', 20, 20, null],
    [null, null, '质量指标', '工程验收合格率', '100%', '100%', 10, 10, null],
    [null, null, '时效指标', '维修养护完成时间', '2023年11月底前', '2023年11月完成', 10, 10, null],
    [null, null, '成本指标', '维修养护成本', '≤50万元', '45.3万元', 10, 10, null],
    [null, '效益指标', '社会效益指标', '受益人口数', '≥5000人', '5200人', 20, 20, null],
    [null, null, '可持续影响指标', '供水工程正常运行率', '≥95%', '96%', 10, 10, null],
    [null, '满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '93%', 10, 10, null],
    ['总分', null, null, null, null, null, 100, 99.06, null],
  ],
  merges: [
    'A1:I1',
    'A2:I2',
    'B3:I3',
    'B4:D4',
    'F4:I4',
    'A5:B5',
    'H5:I5',
    'H6:I6',
    'H7:I7',
    'H8:I8',
    'A6:A8',
    'A9:A10',
    'B9:E9',
    'F9:I9',
    'B10:E10',
    'F10:I10',
    'A11:A18',
    'B12:B15',
    'B16:B17',
    'A19:F19',
  ],
};

/** WATER without its 总分 row (the forms that have none, e.g. 丽江's and 萧县's). */
export const WATER_NO_TOTAL: SeedTable = {
  grid: WATER.grid.slice(0, 18),
  merges: WATER.merges.filter((m) => m !== 'A19:F19'),
};
