// General evidence added after corpus batches 4 and 5 (docs/detection.md), each on a small sheet of its own with a twin where
// the evidence is absent and the old reading must stay: a label centred part-way down unmerged rows, a label merged
// across both level columns, a target form showing last year's achieved value, dash rows, 项目完成指标, 12月底到位.

import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import { parseTarget } from '../../../src/core/parse/target';
import { sheet } from './sheet';

const _ = null;
const HEADER: Cell[] = ['一级指标', '二级指标', '三级指标', '指标值'];

describe('a 一级 label part-way down its rows (a merged cell flattened with its text centred)', () => {
  const rows = (second: string): Cell[][] => [
    ['项目名称', '主体班培训', _, _],
    HEADER,
    [_, '数量指标', '培训人次', '≥280人次'],
    [_, _, '授课人次', '≥25人次'],
    ['产出指标', '质量指标', '学员满意率', '≥90%'],
    [_, second, '课程完成时间', '2022年12月底前'],
    ['效益指标', '社会效益指标', '干部能力提升', '明显提升'],
  ];

  it('names the rows above it when their 二级 belongs under it', () => {
    const [t] = detectTables(sheet(rows('时效指标')));
    expect(t?.indicators.map((i) => [i.row, i.level1, i.cells.level1])).toEqual([
      [3, '产出指标', 'A5'],
      [4, '产出指标', 'A5'],
      [5, '产出指标', 'A5'],
      [6, '产出指标', 'A5'],
      [7, '效益指标', 'A7'],
    ]);
  });

  it('leaves them without a 一级 when a 二级 above it belongs elsewhere', () => {
    const other = rows('时效指标');
    other[2] = [_, '社会效益指标', '培训人次', '≥280人次'];
    const [t] = detectTables(sheet(other));
    expect(t?.indicators.slice(0, 2).map((i) => i.level1)).toEqual([null, null]);
  });
});

describe('a label merged across the 一级 and 二级 columns', () => {
  const rows = (label: string): Cell[][] => [
    ['项目名称', '薄弱学校改造', _, _],
    HEADER,
    ['产出指标', '数量指标', '改造校舍面积', '≥1200平方米'],
    [label, _, '师生满意度', '≥90%'],
  ];

  it('is the 二级 too when it names a 二级 (社会公众或服务对象满意度指标)', () => {
    const [t] = detectTables(sheet(rows('社会公众或服务对象满意度指标'), { merges: ['A4:B4'] }));
    expect([t?.indicators[1]?.level1, t?.indicators[1]?.level2, t?.indicators[1]?.cells.level2]).toEqual([
      '满意度指标',
      '服务对象满意度指标',
      'A4',
    ]);
  });

  it('leaves the 二级 empty when it names only a 一级 (效益指标)', () => {
    const [t] = detectTables(sheet(rows('效益指标'), { merges: ['A4:B4'] }));
    expect([t?.indicators[1]?.level1, t?.indicators[1]?.level2]).toEqual(['效益指标', null]);
  });
});

describe('a target form beside last year’s achieved value', () => {
  const rows = (title: string): Cell[][] => [
    [title, _, _, _, _],
    ['项目名称', '主体班', _, _, _],
    ['一级指标', '二级指标', '三级指标', '指标值', _],
    [_, _, _, '2021年实际实现值', '预期2022年实现值'],
    ['产出指标', '数量指标', '主体班培训人次', '260人次', '280人次'],
    [_, '质量指标', '学员合格率', '98%', '100%'],
  ];
  const merges = ['A1:E1', 'B2:E2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'];

  it('reads this year’s expected value as the target and stays a target form under a 目标批复表 title', () => {
    const [t] = detectTables(sheet(rows('项目支出绩效目标批复表'), { merges }));
    expect([t?.form, t?.columns.value, t?.indicators.map((i) => i.target.raw)]).toEqual([
      'target',
      'E',
      ['280人次', '100%'],
    ]);
  });

  it('is a self-evaluation when the title says 自评', () => {
    const [t] = detectTables(sheet(rows('项目支出绩效自评表'), { merges }));
    expect(t?.form).toBe('self-evaluation');
  });
});

describe('rows of a dash, 项目完成指标, 12月底到位', () => {
  const rows: Cell[][] = [
    ['项目名称', '特困家庭再扶助', _, _],
    HEADER,
    ['项目完成指标', '数量指标', '扶助人数', '≥26人'],
    [_, _, '-', _],
    [_, '时效指标', '资金拨付', '12月底到位'],
    [_, '质量指标', '- -', _],
    ['项目效益指标', '社会效益指标', '-', '困难家庭生活改善'],
  ];

  it('skips a dash row with no target, keeps one with a target, reads 项目完成指标 as 产出指标 and 12月底到位 as a date', () => {
    const [t] = detectTables(sheet(rows));
    expect(t?.indicators.map((i) => [i.row, i.level1, i.name, i.target.kind])).toEqual([
      [3, '产出指标', '扶助人数', 'quantitative'],
      [5, '产出指标', '资金拨付', 'date'],
      [7, '效益指标', '-', 'qualitative'],
    ]);
  });

  it('12月 alone is still a quantity, 12月底 a deadline', () => {
    expect([
      parseTarget('12月', null).kind,
      parseTarget('12月底', null).kind,
      parseTarget('6月底前拨付到位', null).kind,
    ]).toEqual(['quantitative', 'date', 'date']);
  });
});

// Corpus batch 5.
describe('a score column left unnamed by the indicator header', () => {
  const rows = (label: string): Cell[][] => [
    ['食品监管补助资金区域绩效目标自评表', _, _, _, _, _],
    ['专项名称', '食品监管补助资金', _, _, _, _, label],
    ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成指标值', 50],
    [_, '产出指标', '质量指标', '违法案件查办率', '100%', '100%', 4],
    [_, _, _, '食品经营环节风险分级', '100%', '95%', 5],
    [_, _, '时效指标', '整体完成时间', '2021年12月31日', '2021年12月31日', 5],
  ];

  it('is the score column when a 得分 label stands above it at the form’s top', () => {
    const [t] = detectTables(sheet(rows('自评得分')));
    expect([t?.form, t?.columns.score, t?.indicators.map((i) => i.score)]).toEqual(['self-evaluation', 'G', [4, 5, 5]]);
  });

  it('stays unread without that label', () => {
    const [t] = detectTables(sheet(rows('备注')));
    expect([t?.columns.score, t?.indicators.map((i) => i.score ?? null)]).toEqual([undefined, [null, null, null]]);
  });
});

describe('stacked project blocks without a blank row between them', () => {
  const block = (name: string): Cell[][] => [
    ['207101天津市河北区人民法院', _, _, _, _, '单位:万元'],
    ['项目名称', name, _, _, _, _],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', _],
    ['产出指标', '数量指标', '维修面积', '维修面积', '≥400平方米', _],
    [_, '质量指标', '验收合格率', '验收合格率', '≥98%', _],
  ];

  it('the next block’s unit line (owner | 单位:万元) ends the table above it', () => {
    const tables = detectTables(
      sheet([...block('安全隐患维修'), ...block('办案业务费')], { merges: ['A1:E1', 'A6:E6'] }),
    );
    expect(tables.map((t) => [t.project.name, t.indicators.map((i) => i.row)])).toEqual([
      ['安全隐患维修', [4, 5]],
      ['办案业务费', [9, 10]],
    ]);
  });
});

// Self-evaluation reading made exact on the corpus's 绩效自评表 (issue 13): a weight column no word names, a 合计 row
// that ends its table, money tables whose headings are garbled, beside their labels or missing a bracket, and the
// execution rate's weight stated in its score heading.
describe('a weight column whose heading the scan garbled (银川: 考值参分 for 参考分值)', () => {
  const rows = (points: (number | null)[]): Cell[][] => [
    ['银川市本级部门项目支出绩效自评表(2021年)', _, _, _, _, _, _, _],
    ['项目名称', '初中公用经费', _, '主管部门', '银川市教育局', _, _, _],
    ['一级指标', '二级指标', '三级指标', '考值参分', '指标值(八)', '全年实际值(B)', '得分', '未完成原因分析及改进措施'],
    ['项目管理(25分)', '投入管理', '预算执行率', points[0] ?? _, '一', '100%', 9, _],
    [_, '财务管理', '财务管理制度有效性', points[1] ?? _, '一', '财务制度健全,严格执行制度,会计核算规范', 7, _],
    ['顼目产出(30分)', '质量指标(5分)', '公用经费标准', points[2] ?? _, '符合相关文件要求', '符合相关文件要求', 5, _],
    [_, '时效指标(5分)', '公用经费完成时间', points[3] ?? _, '2021年12月完成', '2021年12月完成', 4, _],
  ];
  const merges = ['A1:H1', 'B2:C2', 'E2:H2', 'A4:A5', 'A6:A7'];

  it('is the column between name and score whose points bound every score', () => {
    const [t] = detectTables(sheet(rows([10, 7, 5, 5]), { merges }));
    expect([t?.form, t?.columns.weight, t?.columns.score]).toEqual(['self-evaluation', 'D', 'G']);
    expect(t?.indicators.map((i) => [i.row, i.weight, i.score, i.cells.weight])).toEqual([
      [4, 10, 9, 'D4'],
      [5, 7, 7, 'D5'],
      [6, 5, 5, 'D6'],
      [7, 5, 4, 'D7'],
    ]);
  });

  it('is no weight column when a number there is below its row’s score (a 序号 column)', () => {
    const [t] = detectTables(sheet(rows([1, 2, 3, 4]), { merges }));
    expect([t?.columns.weight, t?.indicators.map((i) => i.weight)]).toEqual([
      undefined,
      [undefined, undefined, undefined, undefined],
    ]);
  });

  it('is no weight column when its numbers add up to more than the form’s 100', () => {
    const [t] = detectTables(sheet(rows([90, 70, 50, 50]), { merges }));
    expect(t?.columns.weight).toBeUndefined();
  });
});

describe('a 合计 row closing a self-evaluation (大英: 合计 merged across the form, its 权重 100 and 得分 blank)', () => {
  const rows = (weight: Cell, score: Cell): Cell[][] => [
    [
      '绩效指标(90分)',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      weight,
      score,
      '未完成原因分析',
    ],
    [_, '产出指标', '经济成本指标', '成本控制数', '≤', 30, '万元', '完成', 90, 90, _],
    ['合计', _, _, _, _, _, _, _, 100, _, _],
    ['评价结论', '根据财政局资金下达的管理办法,将资金支付给项目施工方。', _, _, _, _, _, _, _, _, _],
  ];
  const merges = ['A1:A2', 'A3:H3', 'B4:K4'];

  it('ends the table and gives it its stated total weight and (blank) score', () => {
    const [t] = detectTables(sheet(rows('权重', '得分'), { merges }));
    expect(t?.indicators.map((i) => i.row)).toEqual([2]);
    const p = t?.project;
    expect([p?.totalWeight, p?.totalScore, p?.cells.totalWeight, p?.cells.totalScore]).toEqual([100, null, 'I3', 'J3']);
  });

  it('still ends a table without a score column, which has no total to give', () => {
    const [t] = detectTables(sheet(rows('备注', _), { merges }));
    expect([t?.indicators.map((i) => i.row), t?.project.totalWeight, t?.project.totalScore]).toEqual([
      [2],
      undefined,
      undefined,
    ]);
  });
});

describe('a self-evaluation’s money table read past headings it cannot name', () => {
  const indicators: Cell[][] = [
    ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '保障人数', 10, '2370人', '2370人', 10, _],
  ];

  it('takes the amount spent and the rate under their own headings when the budget’s are garbled (银川)', () => {
    const rows: Cell[][] = [
      ['项目名称', '初中公用经费', _, _, _, _, _, _],
      ['项Fl资金(万兀)', _, _, '年初预匏数', '调整预算将,A、', '全年执行数(B)', '执行率(B/A)', _],
      [_, '年度资金总额', _, 64.8, 64.8, 60, '92.59%', _],
      ...indicators,
    ];
    const p = detectTables(sheet(rows, { merges: ['A2:A3', 'B2:C2', 'B3:C3'] }))[0]?.project;
    expect([
      p?.budget,
      p?.cells.budget,
      p?.executed,
      p?.cells.executed,
      p?.executionRate,
      p?.cells.executionRate,
    ]).toEqual([64.8, 'D3', 60, 'F3', 92.59, 'G3']);
  });

  it('reads 执行数 beside its label and 预算执行进度(%) above its figure (成安), and 执行数： with a colon (安居)', () => {
    const rows: Cell[][] = [
      ['项目名称:', '19名百岁老人高龄津贴', _, _, _, _, _, _],
      ['预算安排情况(调整后)', _, _, '资金到位情况', _, '预算执行进度(%)', _, _],
      ['预算数', 6.84, _, '到位数', 6.84, 100, _, _],
      ['执行数', 6.5, _, _, _, _, _, _],
      ...indicators,
    ];
    const p = detectTables(sheet(rows))[0]?.project;
    expect([p?.budget, p?.executed, p?.cells.executed, p?.executionRate, p?.cells.executionRate]).toEqual([
      6.84,
      6.5,
      'B4',
      100,
      'F3',
    ]);
    const colon: Cell[][] = [
      ['专项名称', '食品监管补助资金', _, _, _, _, _, _],
      ['预算执行情况', '预算数:', 2.38, '执行数:', 2.38, _, _, _],
      ...indicators,
    ];
    const q = detectTables(sheet(colon))[0]?.project;
    expect([q?.budget, q?.executed, q?.cells.executed]).toEqual([2.38, 2.38, 'E2']);
  });

  it('reads a column letter that lost its bracket (黄石: 执行数B) | 执行率B/A)), and not a heading that is no column letter', () => {
    const rows = (spent: string, rate: string): Cell[][] => [
      ['项目名称', '校园维修改造及设备购置', _, _, _, _, _, _],
      ['预算执行情况(万元)\n20分)', _, '预算数(A)', spent, rate, _, _, _],
      [_, '年度财政资金总额', '800万元', '760万元', '95%', _, _, _],
      ...indicators,
    ];
    const p = detectTables(sheet(rows('执行数B)', '执行率B/A)')))[0]?.project;
    expect([p?.budget, p?.executed, p?.executionRate]).toEqual([800, 760, 95]);
    const q = detectTables(sheet(rows('执行数BB', '执行率BA')))[0]?.project;
    expect([q?.budget, q?.executed, q?.executionRate]).toEqual([800, undefined, undefined]);
  });

  it('takes the execution rate’s weight from its score heading, 得分(20分*执行率), only when no 分值 column gives one (昌宁)', () => {
    const rows = (heads: Cell[], figures: Cell[]): Cell[][] => [
      ['项目名称', '生猪养殖场建设项目', _, _, _, _, _, _],
      ['预算执行情况(万元)\n(20分)', _, _, ...heads],
      [_, '年度财政资金总额', _, ...figures],
      ...indicators,
    ];
    const p = detectTables(
      sheet(rows(['预算数(A)', '执行数(B)', '执行率(B/A)', '得分\n(20分*执行率)'], [50, 10, 20, 4])),
    )[0]?.project;
    expect([p?.executionWeight, p?.cells.executionWeight, p?.executionScore]).toEqual([20, 'G2', 4]);
    const q = detectTables(
      sheet(rows(['预算数(A)', '执行数(B)', '分值', '执行率(B/A)', '得分(20分*执行率)'], [50, 10, 10, 20, 2])),
    )[0]?.project;
    expect([q?.executionWeight, q?.cells.executionWeight, q?.executionScore]).toEqual([10, 'F3', 2]);
    const r = detectTables(sheet(rows(['预算数(A)', '执行数(B)', '执行率(B/A)', '得分'], [50, 10, 20, 4])))[0]?.project;
    expect([r?.executionWeight, r?.executionScore]).toEqual([undefined, 4]);
  });
});
