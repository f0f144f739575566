// Self-evaluation tables (绩效自评表): header words by their parts, the form, actual / weight / score / deviation with
// their cells, and the money table's execution figures — on small layouts copied from the corpus (普陀, 中江, 衡山,
// 成安, 昌宁, 萧县, 海南), wording, figures and merges as published.

import { parseA1, parseAreaA1 } from '../../../src/core/a1';
import { detectTables } from '../../../src/core/detect';
import { headerWord } from '../../../src/core/detect/vocabulary';
import type { Cell } from '../../../src/core/grid';
import { IndicatorTableSchema, type IndicatorTable } from '../../../src/core/model';
import { sheet } from './sheet';

const _ = null;

function roleOf(text: string): string | null {
  const w = headerWord(text);
  return w?.kind === 'indicator' ? w.role : null;
}

/** Every detected table satisfies the schema and every part's cell lies inside its range. */
function expectValid(t: IndicatorTable | undefined): void {
  expect(t).toBeDefined();
  const parsed = IndicatorTableSchema.safeParse(t);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  const area = parseAreaA1((t as IndicatorTable).range);
  for (const i of (t as IndicatorTable).indicators) {
    for (const c of Object.values(i.cells)) {
      const { row, col } = parseA1(c);
      expect([c, row >= area.top && row <= area.bottom && col >= area.left && col <= area.right]).toEqual([c, true]);
    }
  }
}

describe('self-evaluation header words', () => {
  it.each([
    // The actual value: 实际完成值 and its variants, with qualifiers and a formula letter.
    ['实际完成值', 'actual'],
    ['实际完成值(B)', 'actual'],
    ['全年实际值（B）', 'actual'],
    ['全年完成值', 'actual'],
    ['完成值', 'actual'],
    ['单项指标实际完成值', 'actual'],
    ['年度实际完成值', 'actual'],
    // Weights: 分值, 权重, 权重占比(%) (成安), 指标分值.
    ['分值', 'weight'],
    ['权重', 'weight'],
    ['权重占比(%)', 'weight'],
    ['权重占比（%）', 'weight'],
    ['指标权重', 'weight'],
    ['参考分值', 'weight'],
    ['分值（10分）', 'weight'],
    // Scores: 得分, 自评得分, 单项指标得分 (成安).
    ['得分', 'score'],
    ['自评得分', 'score'],
    ['单项指标得分', 'score'],
    ['单项指标折算得分', 'score'],
    ['考核得分', 'score'],
    // Deviation reasons.
    ['偏差原因分析及改进措施', 'deviation'],
    ['未完成原因及拟采取的改进措施', 'deviation'],
    ['未完成原因和改进措施', 'deviation'],
    ['未完成原因分析', 'deviation'],
    ['原因', 'deviation'],
    // The year's target stays the target on a self-evaluation.
    ['年度指标值', 'value'],
    ['年初指标值', 'value'],
    ['年初目标值(A)', 'value'],
    ['预期指标值', 'value'],
    ['指标值(A)', 'value'],
  ])('%s → %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it.each([
    // The money table's columns and a 完成/未完成 column are no indicator column; the scoring standard is a standard.
    ['执行率(B/A)', null],
    ['全年执行数', null],
    ['执行数(B)', null],
    ['单项指标完成情况', null],
    ['完成情况', null],
    ['完成', null],
    ['完成率', null],
    ['评分标准', 'standard'],
    ['评（扣）分标准', 'standard'],
  ])('%s is not a self-evaluation column (%s)', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});

describe('普陀: 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, money in 元', () => {
  const rows: Cell[][] = [
    ['财政项目支出绩效自评表', _, _, _, _, _, _, _, _], // 1
    ['(2022年度)', _, _, _, _, _, _, _, _],
    ['项目名称', '普陀体育中心与委托运营方结算费用', _, _, _, _, _, _, _],
    ['主管部门', '上海市普陀区体育局', _, _, '实施单位', '上海市普陀区体育事业管理中心', _, _, _],
    ['项目资金(元)', _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', _], // 5
    [_, '年度资金总额', '250000.00', '250000.00', '215,457.6', '10', '86.19%', '8.62', _],
    [_, '其中:当年财政拨款', '250000.00', '250000.00', '215457.6', '—', _, _, _],
    [_, '上年结转资金', '0', '0', _, '—', _, _, _],
    [_, '其他资金', '0', '0', _, '—', _, _, _],
    ['年度总体目标', '预期目标', _, _, _, '实际完成情况', _, _, _], // 10
    [_, _, _, _, _, '已完成普陀体育中心与委托运营方费用结算。', _, _, _],
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
    [_, '产出指标', '数量指标', '与委托运营方结算完成率', '=100%', '100%', '10', '10', _],
    [_, _, '质量指标', '合同结算条款完成率', '=100%', '100%', '20', '20', _],
    [_, _, '时效指标', '费用结算及时性', '及时', '及时', '20', '20', _], // 15
    [_, '效益指标', '社会效益指标', '与委托运营方合同完成率', '=100%', '100%', '30', '30', _],
    [_, '满意度指标', '服务对象满意度指标', '场馆开放满意度', '>=90%', '100%', '10', '10', _],
    ['总分', _, _, _, _, _, '100', '98.62', _],
  ];
  const merges = [
    'A1:I1',
    'A2:I2',
    'B3:I3',
    'B4:D4',
    'F4:I4',
    'A5:A9',
    'H5:I5',
    'H6:I6',
    'H7:I7',
    'H8:I8',
    'H9:I9',
    'A10:A11',
    'B10:E10',
    'F10:I10',
    'B11:E11',
    'F11:I11',
    'A12:A17',
    'B13:B15',
    'A18:F18',
  ];
  const tables = detectTables(sheet(rows, { merges }));
  const t = tables[0];

  it('is one self-evaluation table whose target column is the year’s target, never the actual', () => {
    expect(tables).toHaveLength(1);
    expectValid(t);
    expect([t?.form, t?.range, t?.headerRow]).toEqual(['self-evaluation', 'A1:I17', 12]);
    expect(t?.columns).toEqual({
      level1: 'B',
      level2: 'C',
      level3: 'D',
      value: 'E',
      actual: 'F',
      weight: 'G',
      score: 'H',
      deviation: 'I',
    });
  });

  it('reads actual, weight, score and deviation with their cells; the 总分 row is no indicator', () => {
    expect(t?.indicators.map((i) => [i.row, i.target.raw, i.actual?.raw, i.weight, i.score, i.deviation])).toEqual([
      [13, '=100%', '100%', 10, 10, null],
      [14, '=100%', '100%', 20, 20, null],
      [15, '及时', '及时', 20, 20, null],
      [16, '=100%', '100%', 30, 30, null],
      [17, '>=90%', '100%', 10, 10, null],
    ]);
    expect(t?.indicators[4]?.actual).toMatchObject({ kind: 'quantitative', value: 100, unit: '%' });
    expect(t?.indicators[0]?.cells).toMatchObject({
      target: 'E13',
      actual: 'F13',
      weight: 'G13',
      score: 'H13',
      deviation: 'I13',
    });
  });

  it('reads the money table: the adjusted budget, the amount spent in 万元, the rate and its weight and score', () => {
    const p = t?.project;
    expect([p?.budget, p?.executed, p?.executionRate, p?.executionWeight, p?.executionScore]).toEqual([
      25, 21.54576, 86.19, 10, 8.62,
    ]);
    expect([
      p?.cells.budget,
      p?.cells.executed,
      p?.cells.executionRate,
      p?.cells.executionWeight,
      p?.cells.executionScore,
    ]).toEqual(['D6', 'E6', 'G6', 'F6', 'H6']);
  });
});

describe('中江: 分值 before 年度指标值, 全年实际值, 未完成原因', () => {
  const rows: Cell[][] = [
    ['绩效目标自评表', _, _, _, _, _, _, _, _], // 1
    ['项目名称', '中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装', _, _, _, _, _, _, _],
    ['资金情况(万元)', _, _, _, '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
    [_, '年度资金总额:', _, _, 20, 20, 10, '100.00%', 10],
    [_, '其中:本年财政拨款', _, _, 20, 20, _, _, _], // 5
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '年度指标值',
      '全年实际值',
      '得分',
      '未完成原因及拟采取的改进措施',
    ],
    [_, '产出指标(70分)', '数量指标', '安装坡面水标尺', 10, '≥266米', '≥266米', 10, _],
    [_, _, _, '水标尺宽度', 10, '≥50厘米', '≥50厘米', 10, _],
    [_, _, '质量指标', '项目(工程)验收合格率', 20, '100%', '100%', 20, _],
    [_, '效益指标(20分)', '经济效益指标', _, _, _, _, _, _], // 10
    [_, _, '社会效益指标', '群众生产生活条件改善状况', 10, '显著提升', '显著提升', 10, _],
    [_, '满意度指标(10分)', '服务对象满意度指标', '受益脱贫(含监测对象)户满意度', 10, '≥95%', '≥95%', 10, _],
    ['总分', _, _, _, 100, _, _, 100, _],
  ];
  const merges = [
    'A1:I1',
    'B2:I2',
    'A3:A5',
    'B3:D3',
    'B4:D4',
    'B5:D5',
    'A6:A12',
    'B7:B9',
    'C7:C8',
    'B10:B11',
    'A13:D13',
  ];
  const [t] = detectTables(sheet(rows, { merges }));

  it('takes the weight from 分值 left of the target and keeps the target on 年度指标值', () => {
    expectValid(t);
    expect(t?.form).toBe('self-evaluation');
    expect(t?.columns).toMatchObject({ level3: 'D', weight: 'E', value: 'F', actual: 'G', score: 'H', deviation: 'I' });
    expect(t?.indicators.map((i) => [i.row, i.weight, i.target.raw, i.actual?.raw, i.score])).toEqual([
      [7, 10, '≥266米', '≥266米', 10],
      [8, 10, '≥50厘米', '≥50厘米', 10],
      [9, 20, '100%', '100%', 20],
      [11, 10, '显著提升', '显著提升', 10],
      [12, 10, '≥95%', '≥95%', 10],
    ]);
    expect(t?.indicators[0]?.actual).toMatchObject({ kind: 'quantitative', operator: '≥', value: 266, unit: '米' });
  });

  it('reads the execution figures under 全年执行数(B) | 分值 | 执行率(B/A) | 得分', () => {
    const p = t?.project;
    expect([p?.budget, p?.executed, p?.executionWeight, p?.executionRate, p?.executionScore]).toEqual([
      20, 20, 10, 100, 10,
    ]);
  });
});

describe('衡山: 年度指标值 | 全年完成值 | 未完成原因和改进措施, no weights', () => {
  const rows: Cell[][] = [
    ['2020年度县级专项资金绩效目标自评表', _, _, _, _, _, _], // 1
    ['专项资金名称', '县级储备粮', _, '负责人及电话', '旷建成、向建军', _, _],
    ['项目资金(万元)', _, _, '全年预算数(A)', '全年执行数(B)', '执行率(B/A)', _],
    [_, '年度资金总额', _, 194.9, 194.9, '100%', _],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'], // 5
    [_, '产出指标', '数量指标', '库存数量真实率', '100%', '100%', _],
    [_, '效益指标', '经济效益指标', '利息费用保障率', '100%', '100%', _],
    [_, _, _, '政策性挂账利息补贴保障率', '100%', '无', '没有轮换、动用库存'],
    [_, '满意度指标', '服务对象满意度指标', '因粮食市场波动引起的粮食安全事件发生数', '0起', '0起', _],
  ];
  const merges = ['A1:G1', 'B2:C2', 'E2:G2', 'A3:A4', 'B3:C3', 'F3:G3', 'B4:C4', 'F4:G4', 'A5:A9', 'B7:B8', 'C7:C8'];
  const [t] = detectTables(sheet(rows, { merges }));

  it('is a self-evaluation by its actual column; a reason is read where one is written', () => {
    expectValid(t);
    expect(t?.form).toBe('self-evaluation');
    expect(t?.columns).toEqual({ level1: 'B', level2: 'C', level3: 'D', value: 'E', actual: 'F', deviation: 'G' });
    expect(t?.indicators.map((i) => [i.row, i.actual?.raw, i.actual?.kind, i.deviation])).toEqual([
      [6, '100%', 'quantitative', null],
      [7, '100%', 'quantitative', null],
      [8, '无', 'qualitative', '没有轮换、动用库存'],
      [9, '0起', 'quantitative', null],
    ]);
    expect(t?.indicators.every((i) => i.weight === undefined && i.score === undefined)).toBe(true);
  });

  it('reads the amount spent and the rate from the money table beside 项目资金(万元)', () => {
    const p = t?.project;
    expect([p?.budget, p?.executed, p?.executionRate, p?.cells.executed]).toEqual([194.9, 194.9, 100, 'E4']);
  });
});

describe('成安: a two-row header, 预期指标值 over 符号 | value | 单位 and 自评得分 over 单项指标得分 | 权重占比(%) | 单项指标折算得分', () => {
  const rows: Cell[][] = [
    ['成安县民政局2020年度预算项目绩效自评表', _, _, _, _, _, _, _, _, _, _, _], // 1
    ['项目名称:', '19名百岁老人高龄津贴', _, _, _, _, _, _, _, _, _, _],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '指标分值',
      '预期指标值',
      _,
      _,
      '单项指标实际完成值',
      '单项指标完成情况',
      '自评得分',
      _,
      _,
    ],
    [_, _, _, _, '符号', _, '单位(文字描述)', _, _, '单项指标得分', '权重占比(%)', '单项指标折算得分'],
    [
      '产出指标',
      '质量指标',
      '符合条件申报对象覆盖率',
      '享受补贴政策人数占符合条件申报对象总数的比例',
      '>=',
      '98',
      '%(百分比)',
      '100%',
      '完成',
      '25.00',
      '25.00',
      '6.25',
    ], // 5
    [
      _,
      '时效指标',
      '完成率',
      '按照要求每月及时完成符合条件对象审批的比例(百分比)',
      '>=',
      '99',
      '%(百分比)',
      '100%',
      '完成',
      '25.00',
      '25.00',
      '6.25',
    ],
    [
      '效果指标',
      '社会效益指标',
      '补贴发放率',
      '高龄补贴发放完成率',
      '>=',
      '75',
      '%(百分比)',
      '100%',
      '完成',
      '30.00',
      '30.00',
      '9.00',
    ],
    [
      '满意度指标',
      '服务对象满意度指标',
      '服务对象满意度',
      '享受高龄津贴的对象对老龄工作的满意程度',
      '>=',
      '95',
      '%(百分比)',
      '100%',
      '完成',
      '10.00',
      '10.00',
      '1.00',
    ],
  ];
  const merges = ['A1:L1', 'B2:L2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4', 'I3:I4', 'J3:L3', 'A5:A6'];
  const [t] = detectTables(sheet(rows, { merges }));

  it('takes the value between 符号 and 单位, the points of 权重占比 (not 指标分值’s explanations) and 单项指标得分', () => {
    expectValid(t);
    expect([t?.form, t?.headerRow, t?.headerRows]).toEqual(['self-evaluation', 4, [3, 4]]);
    expect(t?.columns).toMatchObject({
      level3: 'C',
      operator: 'E',
      value: 'F',
      unit: 'G',
      actual: 'H',
      score: 'J',
      weight: 'K',
    });
    expect(
      t?.indicators.map((i) => [
        i.row,
        i.target.operator,
        i.target.value,
        i.target.unit,
        i.actual?.raw,
        i.weight,
        i.score,
      ]),
    ).toEqual([
      [5, '≥', 98, '%', '100%', 25, 25],
      [6, '≥', 99, '%', '100%', 25, 25],
      [7, '≥', 75, '%', '100%', 30, 30],
      [8, '≥', 95, '%', '100%', 10, 10],
    ]);
  });
});

describe('昌宁: 年初目标值(A) | 实际完成值(B) | 得分, bare numbers under a template hint', () => {
  const rows: Cell[][] = [
    ['2022年度项目支出绩效自评表', _, _, _, _, _, _], // 1
    ['项目名称', '昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目', _, _, _, _, _],
    ['预算执行情况(万元)\n(20分)', _, _, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分\n(20分*执行率)'],
    [_, '年度财政资金总额', _, 50, 10, 20, 4],
    ['年度绩效目标\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'], // 5
    [_, '产出指标(40分)', '数量指标', '公猪舍(≥**平方米)', 22.8, 22.8, 1],
    [_, _, _, '隔离舍(≥**平方米)', 54, 54, 2],
    [_, _, _, '化粪池(≥**立方米)', 63, 63, 1],
  ];
  const merges = ['A1:G1', 'B2:G2', 'A3:A4', 'B3:C3', 'B4:C4', 'A5:A8', 'B6:B8', 'C6:C8'];
  const [t] = detectTables(sheet(rows, { merges }));

  it('scores without weights; the hint gives the target its bound and unit and the actual its unit only', () => {
    expectValid(t);
    expect(t?.form).toBe('self-evaluation');
    expect(t?.columns).toEqual({ level1: 'B', level2: 'C', level3: 'D', value: 'E', actual: 'F', score: 'G' });
    expect(
      t?.indicators.map((i) => [
        i.row,
        i.target.operator,
        i.target.value,
        i.target.unit,
        i.actual?.operator,
        i.actual?.value,
        i.actual?.unit,
        i.score,
      ]),
    ).toEqual([
      [6, '≥', 22.8, '平方米', null, 22.8, '平方米', 1],
      [7, '≥', 54, '平方米', null, 54, '平方米', 2],
      [8, '≥', 63, '立方米', null, 63, '立方米', 1],
    ]);
  });

  it('reads a bare execution rate as written, its score, and with no weight column the weight its score heading states', () => {
    const p = t?.project;
    expect([p?.budget, p?.executed, p?.executionRate, p?.executionWeight, p?.executionScore]).toEqual([
      50, 10, 20, 20, 4,
    ]);
    expect([p?.cells.executionWeight, p?.cells.executionScore]).toEqual(['G3', 'G4']);
  });
});

describe('萧县 杨楼: ★ rows carry the points, the items under them the targets', () => {
  const rows: Cell[][] = [
    ['项目名称', '2023年杨楼社区特色种养殖补贴到户项目', _, _, _, _, _, _, _], // 1
    [
      '绩效指标',
      '一级\n指标',
      '二级指标',
      '三级指标',
      '分值',
      '年度指标值',
      '全年实际值',
      '得分',
      '未完成原因及拟采取的改进措施',
    ],
    [_, '(50分)', '数量指标', '★补助各类粮食作物种植面积', 10, _, _, 10, _],
    [_, _, _, '        红薯种植面积', _, '5.5亩', '5.5亩', _, _],
    [_, _, _, '★补助家畜家禽养殖数量', 10, _, _, 10, _], // 5
    [_, _, _, '        猪养殖数量', _, '80头', '80头', _, _],
    [_, _, _, '        羊养殖数量', _, '283只', '283只', _, _],
  ];
  const merges = ['B1:D1', 'A2:A7', 'B3:B7', 'C3:C7'];
  const [t] = detectTables(sheet(rows, { merges }));

  it('reads every row: the ★ rows with their points and no target, the items with targets and no points', () => {
    expectValid(t);
    expect(t?.indicators.map((i) => [i.row, i.name.trim(), i.target.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      [3, '★补助各类粮食作物种植面积', '', '', 10, 10],
      [4, '红薯种植面积', '5.5亩', '5.5亩', null, null],
      [5, '★补助家畜家禽养殖数量', '', '', 10, 10],
      [6, '猪养殖数量', '80头', '80头', null, null],
      [7, '羊养殖数量', '283只', '283只', null, null],
    ]);
  });
});

describe('萧县 河西村: points merged down over a ★ row’s items belong to the ★ row', () => {
  const rows: Cell[][] = [
    [
      '绩效指标',
      '一级\n指标',
      '二级指标',
      '三级指标',
      '分值',
      '年度指标值',
      '全年实际值',
      '得分',
      '未完成原因及拟采取的改进措施',
    ], // 1
    [_, '产\n出\n指\n标\n(50分)', '数量指标', '★补助鱼塘面积', 10, '3亩', '3亩', 10, _],
    [_, _, _, '其中鱼塘养殖面积', _, '3亩', '3亩', _, _],
    [_, _, '质量指标', '种植作物成活率', 5, '95%', '95%', 5, _],
  ];
  const merges = ['A1:A4', 'B2:B4', 'C2:C3', 'E2:E3', 'H2:H3'];
  const [t] = detectTables(sheet(rows, { merges }));

  it('gives the item row no weight or score of its own, and its own cells', () => {
    expectValid(t);
    expect(t?.indicators.map((i) => [i.row, i.weight, i.score, i.cells.weight, i.cells.score])).toEqual([
      [2, 10, 10, 'E2', 'H2'],
      [3, null, null, 'E3', 'H3'],
      [4, 5, 5, 'E4', 'H4'],
    ]);
  });
});

describe('海南: a scoring form without targets (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分)', () => {
  const rows: Cell[][] = [
    ['服务贸易项目绩效自评表', _, _, _, _, _, _], // 1
    ['二、绩效评价指标评分', _, _, _, _, _, _],
    ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
    ['项目决策', 20, '项目目标', 4, '目标内容', 4, 4],
    [_, _, '决策过程', 8, '决策依据', 3, 3], // 5
    [_, _, _, _, '决策程序', 5, 5],
    ['项目管理', 25, '资金到位', 5, '到位率', 3, 2.5],
  ];
  const merges = ['A1:G1', 'A2:G2', 'A4:A6', 'B4:B6', 'C5:C6', 'D5:D6'];
  const [t] = detectTables(sheet(rows, { merges }));

  it('is read by its weights and scores; the indicator’s weight is the 分值 right of its name', () => {
    expectValid(t);
    expect([t?.form, t?.columns.value, t?.columns.weight, t?.columns.score]).toEqual([
      'self-evaluation',
      undefined,
      'F',
      'G',
    ]);
    expect(
      t?.indicators.map((i) => [i.row, i.level1Raw, i.level2Raw, i.name, i.target.kind, i.weight, i.score]),
    ).toEqual([
      [4, '项目决策', '项目目标', '目标内容', 'empty', 4, 4],
      [5, '项目决策', '决策过程', '决策依据', 'empty', 3, 3],
      [6, '项目决策', '决策过程', '决策程序', 'empty', 5, 5],
      [7, '项目管理', '资金到位', '到位率', 'empty', 3, 2.5],
    ]);
  });

  it('a header with levels and a weight but no score and no targets is still no table', () => {
    const weightsOnly = rows.map((r) => r.slice(0, 6));
    expect(
      detectTables(sheet(weightsOnly, { merges: ['A1:F1', 'A2:F2', 'A4:A6', 'B4:B6', 'C5:C6', 'D5:D6'] })),
    ).toEqual([]);
  });
});

describe('the form of a table', () => {
  it('a target table with a weight column (宁晋: 目标值 | 分值) stays a target table', () => {
    const rows: Cell[][] = [
      ['2019年度宁晋县高中助学金项目绩效评价指标表', _, _, _, _],
      ['一级指标', '二级指标', '指标名称', '目标值', '分值'],
      ['产出指标', '数量指标', '享受资助人数', '2100', 10],
      [_, '质量指标', '建档立卡学生全面覆盖', '100%', 10],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A1:E1'] }));
    expectValid(t);
    expect([t?.form, t?.columns.weight, t?.indicators.map((i) => i.weight)]).toEqual(['target', 'E', [10, 10]]);
  });

  it('a table under a 自评 title is a self-evaluation even before its actuals are mapped', () => {
    const rows: Cell[][] = [
      ['部门预算项目支出绩效自评表(2023年度)', _, _, _],
      ['项目名称', '2023年全县安可替代补助资金项目', _, _],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '质量指标', '完成安可产品购买并按要求支付资金', '100%'],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A1:D1', 'B2:D2'] }));
    expect([t?.form, t?.title]).toEqual(['self-evaluation', '部门预算项目支出绩效自评表(2023年度)']);
  });

  it('a target table says so, and its indicators carry no self-evaluation field', () => {
    const rows: Cell[][] = [
      ['项目支出绩效目标表', _, _, _, _],
      ['项目名称', '社保中心工装制作', _, _, _],
      ['一级指标', '二级指标', '三级指标', '指标值', '计量单位'],
      ['产出指标', '数量指标', '购置工装数量', '≥30', '套'],
    ];
    const [t] = detectTables(sheet(rows, { merges: ['A1:E1', 'B2:E2'] }));
    expect(t?.form).toBe('target');
    expect(
      Object.keys(t?.indicators[0] ?? {}).filter((k) => ['actual', 'weight', 'score', 'deviation'].includes(k)),
    ).toEqual([]);
  });

  it('a user’s mapping may give the self-evaluation roles', () => {
    const rows: Cell[][] = [
      ['一级指标', '二级指标', '三级指标', '指标值', '落实情况', '打分'],
      ['产出指标', '数量指标', '购置工装数量', '≥30套', '28套', 8],
    ];
    const grid = sheet(rows);
    const [t] = detectTables(grid, {
      overrides: [{ sheet: 'Sheet1', headerRow: 1, columns: { actual: 'E', score: 'F' } }],
    });
    expect([t?.form, t?.indicators[0]?.actual?.value, t?.indicators[0]?.score]).toEqual(['self-evaluation', 28, 8]);
  });
});
