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
