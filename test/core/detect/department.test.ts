// Department-wide forms: seed 003 (operator column, 投入管理指标) and seed 002 (年度目标 blocks, each a table).

import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import { sheet } from './sheet';

const _ = null;
const DUTY =
  '及时办理养老保险、职业年金关系建立、中断、转移、接续、终止等业务，保管好业务档案，离退人员社会化发放率100%，养老保险待遇按时足额安全完整。';

const seed003: Cell[][] = [
  ['省级部门（单位）整体绩效目标申报表', _, _, _, _, _, _, _], // 1
  ['(2022 年度)', _, _, _, _, _, _, _],
  ['部门（单位）名称', '州社会保险服务中心', _, _, _, _, _, _],
  ['年度履职目标', DUTY, _, _, _, _, _, _],
  ['年度主要任务', '*任务名称', _, '*主要内容', _, _, _, _], // 5
  [_, '社保关系转移接续工作', _, '目标：及时办理机关企事业单位基金养老保险关系建立、中断、转移', _, _, _, _],
  [
    _,
    '社保基金核算管理工作',
    _,
    '目标：及时对社保基金各项收支业务进行财务核算，编制社保基金各年度预算决算，管理社保基金，确保社保基金安全完整。',
    _,
    _,
    _,
    _,
  ],
  ['预算情况', '部门预算总额（万元）', _, _, 327.89, _, _, _],
  [_, '1、资金来源：(1) 财政性资金', _, _, 327.89, _, _, _],
  [_, '(2) 其他资金', _, _, 0, _, _, _], // 10
  ['一级指标', '二级指标', '*三级指标', '*指标值类型', '*指标值', _, '*评/扣分标准', '*指标值说明'],
  [
    '投入管理指标',
    '年度履职目标相关性',
    _,
    '定性',
    '相关',
    '-',
    '-',
    '1. 年度履职目标是否符合国家、省委省政府战略部署和发展规划',
  ],
  [_, '预算和财务管理', _, _, _, '-', '-', _],
  [
    _,
    _,
    '专项资金细化率',
    '≥',
    90,
    '%',
    '-',
    '专项资金细化率=（已细化到具体市县和承担单位的资金数/部门参与分配资金总数）×100%。',
  ],
  [_, _, '结转结余率', '≤', 30, '%', '-', '结转结余率=结转结余总额/预算数×100%。'], // 15
  ['产出指标', '履职目标实现', _, _, _, _, _, '反映本部门制定的年度工作目标达成情况。'],
  [_, _, '社保基金安全完整率', '≥', 100, '%', _, _],
  ['效益指标', '履职效益', _, _, _, _, _, _],
  [_, _, '社保业务经办及时完成率', '≥', 95, '%', _, '反映本部门履行社保业务经办职能情况。'],
  [_, '满意度', _, '≤', 95, '%', _, _], // 20
  [_, _, '参保对象满意率', '≤', 95, '%', _, '反映单位服务的参保对象对部门履职效果的满意程度。'],
];
const merges003 = [
  'A1:H1',
  'A2:H2',
  'B3:H3',
  'B4:H4',
  'A5:A7',
  'B5:C5',
  'D5:H5',
  'B6:C6',
  'D6:H6',
  'B7:C7',
  'D7:H7',
  'A8:A10',
  'B8:D8',
  'E8:H8',
  'B9:D9',
  'E9:H9',
  'B10:D10',
  'E10:H10',
  'E11:F11',
  'A12:A15',
  'B12:C12',
  'B13:B15',
  'A16:A17',
  'B16:B17',
  'A18:A21',
  'B18:B19',
  'B20:B21',
];

describe('seed 003 layout (省级部门（单位）整体绩效目标申报表)', () => {
  const tables = detectTables(sheet(seed003, { merges: merges003, name: '整体' }));

  it('finds one department table; 年度主要任务 and 预算情况 are part of its block, not tables', () => {
    expect(tables.map((t) => [t.range, t.headerRow, t.kind, t.title])).toEqual([
      ['A1:H21', 11, 'department', '省级部门（单位）整体绩效目标申报表'],
    ]);
    expect(tables[0]?.project).toMatchObject({
      name: null,
      implementer: '州社会保险服务中心',
      year: 2022,
      budget: 327.89,
      fiscal: 327.89,
      other: 0,
      annualGoal: DUTY,
    });
  });

  it('maps the operator column and the unit column under the merged *指标值 header', () => {
    expect(tables[0]?.columns).toEqual({
      level1: 'A',
      level2: 'B',
      level3: 'C',
      operator: 'D',
      value: 'E',
      unit: 'F',
      standard: 'G',
      description: 'H',
    });
  });

  it('combines operator and value, and names a 二级 merged over the 三级 column by its own text', () => {
    const got = tables[0]?.indicators.map((i) => [
      i.row,
      i.level1,
      i.level2,
      i.name,
      i.target.operator,
      i.target.value,
      i.target.kind,
      i.unit,
    ]);
    expect(got).toEqual([
      [12, '投入管理指标', '年度履职目标相关性', '年度履职目标相关性', null, null, 'qualitative', null],
      [14, '投入管理指标', '预算和财务管理', '专项资金细化率', '≥', 90, 'quantitative', '%'],
      [15, '投入管理指标', '预算和财务管理', '结转结余率', '≤', 30, 'quantitative', '%'],
      [17, '产出指标', '履职目标实现', '社保基金安全完整率', '≥', 100, 'quantitative', '%'],
      [19, '效益指标', '履职效益', '社保业务经办及时完成率', '≥', 95, 'quantitative', '%'],
      [20, '效益指标', '服务对象满意度指标', '', '≤', 95, 'quantitative', '%'],
      [21, '效益指标', '服务对象满意度指标', '参保对象满意率', '≤', 95, 'quantitative', '%'],
    ]);
    const first = tables[0]?.indicators[0];
    expect(first?.cells).toMatchObject({ level2: 'B12', name: 'B12', operator: 'D12', target: 'E12' });
    expect(first?.description).toMatch(/^1\. 年度履职目标/);
    expect(tables[0]?.indicators[1]?.target.unit).toBe('%');
  });
});

const seed002: Cell[][] = [
  ['部门整体支出绩效目标申报表', _, _, _, _, _, _], // 1
  ['填报日期:', new Date(Date.UTC(2020, 4, 6)), _, _, _, '单位:万元', _],
  ['部门(单位)名称', '广水市劳动保险事业管理局', _, _, '填报人', '姚尧', _],
  ['部门总体\n资金情况', '收入构成', '财政拨款', 366.8, _, _, _],
  [_, _, '其他资金', 0, _, _, _], // 5
  [_, _, '合计', 366.8, _, _, _],
  ['项目支出情况', '项目名称', '项目类型', '项目总预算', '项目本年度预算', '项目主要支出方向和用途', _],
  [_, '工伤保险专项办公经费', '常年性项目', 10, 10, '工伤保险业务经办经费', _],
  ['整体绩效\n总目标', '长期目标（截止    年）', _, _, '年度目标', _, _],
  [_, '目标1:\n目标2:\n目标3:\n……', _, _, '目标1:扩大养老保险覆盖面,在职参保人员达47000人。', _, _], // 10
  ['长期目标\n绩效指标', '一级指标', '二级指标', '指标名称', '指标值', '绩效标准', _],
  [_, '产出指标', '数量指标', '……', _, _, _],
  [_, _, '质量指标', '……', _, _, _],
  [_, '满意度指标', '服务对象满意度指标', _, _, _, _],
  [], // 15
  ['年度目标1:', _, '提高养老、工伤保险覆盖面。', _, _, _, _],
  ['年度目标\n绩效指标', '一级指标', '二级指标', '指标名称', '指标值', '绩效标准', _],
  [_, '产出指标', '数量指标', '养老保险在职参保人数', 47000, '年度计划', _],
  [_, _, _, '工伤保险在职参保人数', 32500, '年度计划', _],
  [_, _, '质量指标', '工伤待遇、基本养老保险待遇发放准确率', '100%', '年度计划', _], // 20
  [_, _, '时效指标', '养老、工伤地市级、省级统筹按时完成交接任务', '按上级文件要求时限内', '按文件要求', _],
  [],
  ['年度目标2:', _, '进一步完善社会保险体系', _, _, _, _],
  ['年度目标\n绩效指标', '一级指标', '二级指标', '指标名称', '指标值', '绩效标准', _],
  [
    _,
    '产出指标',
    '质量指标',
    '社会保险稽核、内部审计,确保基金安全。',
    '上级下达的年度社会保险稽核工作方案中要求',
    '按文件要求',
    _,
  ], // 25
  [_, '满意度指标', '服务对象满意度指标', '养老、工伤保险各项制度健全', '投诉率0%;上访事项答复率100%。', '年度计划', _],
  [],
  ['备注: 1、“项目名称”按预算支出项目名称填写。', _, _, _, _, _, _],
  ['6、“年度目标绩效指标”即对“年度目标”的明确、细化、具体。', _, _, _, _, _, _],
];
const merges002 = [
  'A1:G1',
  'B3:D3',
  'A4:A6',
  'B4:B6',
  'A7:A8',
  'A9:A10',
  'B9:D9',
  'E9:G9',
  'B10:D10',
  'E10:G10',
  'A11:A14',
  'B12:B13',
  'A16:B16',
  'C16:G16',
  'A17:A21',
  'B18:B21',
  'C18:C19',
  'A23:B23',
  'C23:G23',
  'A24:A26',
  'A28:G28',
  'A29:G29',
];

describe('seed 002 layout (部门整体支出绩效目标申报表, 年度目标 blocks)', () => {
  const tables = detectTables(sheet(seed002, { merges: merges002, name: '整体支出' }));

  it('reads each 目标 block with its own header as a table', () => {
    expect(tables.map((t) => [t.range, t.headerRow, t.kind, t.indicators.length])).toEqual([
      ['A1:G13', 11, 'department', 2],
      ['A16:G21', 17, 'department', 4],
      ['A23:G26', 24, 'department', 2],
    ]);
  });

  it('tags the 长期目标 table mid-term and the 年度目标 tables annual', () => {
    expect(tables.map((t) => [...new Set(t.indicators.map((i) => i.set))])).toEqual([
      ['midterm'],
      ['annual'],
      ['annual'],
    ]);
    expect(tables[0]?.columns).toMatchObject({
      level1: 'B',
      'midterm.level2': 'C',
      'midterm.level3': 'D',
      'midterm.value': 'E',
      'midterm.standard': 'F',
    });
  });

  it('takes the department’s totals, not the listed project, as its block', () => {
    expect(tables[0]?.project).toMatchObject({
      name: null,
      implementer: '广水市劳动保险事业管理局',
      budget: 366.8,
      fiscal: 366.8,
      other: 0,
    });
    expect(tables[1]?.project).toMatchObject({ annualGoal: '提高养老、工伤保险覆盖面。', budget: null });
    expect(tables[2]?.project.annualGoal).toBe('进一步完善社会保险体系');
  });

  it('keeps placeholders and 绩效标准 as written', () => {
    expect(tables[0]?.indicators.map((i) => [i.row, i.level1, i.level2, i.name, i.target.kind])).toEqual([
      [12, '产出指标', '数量指标', '……', 'empty'],
      [13, '产出指标', '质量指标', '……', 'empty'],
    ]);
    expect(tables[1]?.indicators.map((i) => [i.row, i.level2, i.name, i.target.value, i.standard])).toEqual([
      [18, '数量指标', '养老保险在职参保人数', 47000, '年度计划'],
      [19, '数量指标', '工伤保险在职参保人数', 32500, '年度计划'],
      [20, '质量指标', '工伤待遇、基本养老保险待遇发放准确率', 100, '年度计划'],
      [21, '时效指标', '养老、工伤地市级、省级统筹按时完成交接任务', null, '按文件要求'],
    ]);
  });
});
