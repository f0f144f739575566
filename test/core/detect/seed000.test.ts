// Seed 000 (枣庄 项目支出绩效目标批复表 2021): stacked tables, header blocks, four hierarchy columns.

import { detectTables } from '../../../src/core/detect';
import { IndicatorTableSchema } from '../../../src/core/model';
import { seed000Merges, seed000Rows } from './layouts';
import { sheet, shifted } from './sheet';

describe('seed 000 layout (four levels, stacked批复表)', () => {
  const tables = detectTables(sheet(seed000Rows, { merges: seed000Merges, name: '批复表' }));

  it('finds both tables, each from its title to its last indicator', () => {
    expect(tables.map((t) => [t.sheet, t.range, t.headerRow, t.kind, t.levels])).toEqual([
      ['批复表', 'A1:F20', 12, 'project', 4],
      ['批复表', 'A23:F41', 34, 'project', 4],
    ]);
    for (const t of tables) expect(IndicatorTableSchema.safeParse(t).success).toBe(true);
  });

  it('reads the project block', () => {
    const [t] = tables;
    expect(t?.title).toBe('项目支出绩效目标批复表');
    expect(t?.project).toMatchObject({
      name: '劳动能力鉴定费用',
      department: '枣庄市人力资源和社会保障\n保障局',
      implementer: '枣庄市社会保险服务中心',
      type: '新增',
      period: { start: '2021-01-01', end: '2021-12-31' },
      year: 2021,
      budget: 14,
      budgetUnit: '万元',
      annualGoal: '市劳动能力鉴定委员会依法组织开展劳动能力鉴定，并将鉴定结论依法送达至单位及个人。',
    });
    expect(t?.project.cells).toMatchObject({
      name: 'B4',
      department: 'B5',
      period: 'B7',
      budget: 'B8',
      annualGoal: 'A10',
      title: 'A1',
    });
    expect(tables[1]?.project).toMatchObject({
      name: '社保基金财务综合管理平台维护费',
      budget: 4,
      type: '延续',
      annualGoal: '社保基金财务综合管理平台维护及升级改造',
    });
  });

  it('maps the four hierarchy columns and reads 产出/项目产出/数量指标/name as 一级/grouping/二级/name', () => {
    const [t] = tables;
    expect(t?.columns).toEqual({ level1: 'A', level2: 'B', level3: 'C', level4: 'D', value: 'E', unit: 'F' });
    expect(
      t?.indicators.map((i) => [
        i.row,
        i.set,
        i.level1,
        i.grouping,
        i.level2,
        i.name,
        i.target.value,
        i.target.unit,
        i.unit,
      ]),
    ).toEqual([
      [13, 'annual', '产出指标', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人', '人'],
      [14, 'annual', '产出指标', '项目产出', '数量指标', '劳动能力鉴定次数', 4, '次', '次'],
      [15, 'annual', '产出指标', '项目产出', '时效指标', '管理任务按时完成', null, null, null],
      [16, 'annual', '产出指标', '项目产出', '质量指标', '工伤鉴定合格率', 100, '%', '%'],
      [17, 'annual', '产出指标', '项目产出', '成本指标', '劳动能力鉴定费', 14, '万元', '万元'],
      [18, 'annual', '效益指标', '项目效益', '社会效益指标', '保障职工权益', null, null, null],
      [19, 'annual', '效益指标', '项目效益', '可持续影响指标', '鉴定给群众带来的可持续影响显著提升', null, null, null],
      [20, 'annual', '效益指标', '项目效益', '服务对象满意度指标', '社会公众满意度', 99, '%', '%'],
    ]);
    const first = t?.indicators[0];
    expect(first?.level1Raw).toBe('产出');
    expect(first?.level2Raw).toBe('数量指标');
    expect(first?.target.kind).toBe('quantitative');
    expect(first?.cells).toEqual({
      level1: 'A13',
      grouping: 'B13',
      level2: 'C13',
      name: 'D13',
      target: 'E13',
      unit: 'F13',
    });
    expect(t?.indicators[2]?.target).toMatchObject({ raw: '按时', kind: 'qualitative' });
  });

  it('fills merged 一级/grouping cells down from the merge and points at the merge', () => {
    const t = tables[1];
    expect(t?.indicators.map((i) => [i.row, i.level1, i.grouping, i.level2, i.name])).toEqual([
      [35, '产出指标', '项目产出', '数量指标', '平台维护及升级改造工作完成率'],
      [36, '产出指标', '项目产出', '时效指标', '各项业务按时完成'],
      [37, '产出指标', '项目产出', '质量指标', '平台维护及升级改造工作完成合格\n率'],
      [38, '产出指标', '项目产出', '成本指标', '平台维护费用'],
      [39, '效益指标', '项目效益', '社会效益指标', '满足日常办公需求，保障职能工\n作的正常开展'],
      [40, '效益指标', '项目效益', '可持续影响指标', '为财务工作带来积极影响'],
      [41, '效益指标', '项目效益', '服务对象满意度指标', '工作人员满意度'],
    ]);
    expect(t?.indicators[2]?.cells.level1).toBe('A35');
    expect(t?.indicators[6]?.cells.grouping).toBe('B39');
  });

  it('gives the same tables shifted when the sheet content moves down and right', () => {
    const moved = shifted(seed000Rows, seed000Merges, 5, 2);
    const again = detectTables(sheet(moved.rows, { merges: moved.merges, name: '批复表' }));
    expect(again.map((t) => [t.range, t.headerRow])).toEqual([
      ['C6:H25', 17],
      ['C28:H46', 39],
    ]);
    expect(again[0]?.columns).toEqual({ level1: 'C', level2: 'D', level3: 'E', level4: 'F', value: 'G', unit: 'H' });
    expect(again[0]?.project.cells.budget).toBe('D13');
    const strip = (ts: typeof tables) =>
      ts.map((t) => ({
        ...t,
        range: '',
        headerRow: 1,
        columns: {},
        project: { ...t.project, cells: {} },
        indicators: t.indicators.map((i) => ({ ...i, row: 0, cells: {} })),
      }));
    expect(strip(again)).toEqual(strip(tables));
  });
});
