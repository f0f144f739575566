// Seed 004 (六安 项目支出预算绩效目标表 2021): 中期目标 and 年度目标 column groups side by side.

import { detectTables } from '../../../src/core/detect';
import { goal1, goal2, seed004Merges as merges, seed004Rows as rows } from './layouts';
import { sheet } from './sheet';

describe('seed 004 layout (中期/年度 side by side)', () => {
  const tables = detectTables(sheet(rows, { merges, name: '六安' }));

  it('finds both projects; the second takes the sheet title and year', () => {
    expect(tables.map((t) => [t.range, t.headerRow, t.title, t.project.year])).toEqual([
      ['A1:H23', 11, '2021年项目支出预算绩效目标表', 2021],
      ['A25:H39', 33, '2021年项目支出预算绩效目标表', 2021],
    ]);
  });

  it('maps the two column groups: the first (under 中期目标) is mid-term', () => {
    expect(tables[0]?.columns).toEqual({
      level1: 'B',
      'midterm.level2': 'C',
      'midterm.level3': 'D',
      'midterm.value': 'E',
      level2: 'F',
      level3: 'G',
      value: 'H',
    });
  });

  it('reads 项目属性, 项目日期 and the 中期/年度 budgets', () => {
    expect(tables[0]?.project).toMatchObject({
      name: '养老保险专项业务经费',
      department: '市人社局 111',
      implementer: '六安市养老保险基金管理中心',
      type: '经常性项目',
      period: { start: '2021-01-01', end: '2023-12-31' },
      budget: null,
      midtermBudget: 103,
      midtermFiscal: 103,
      midtermGoal: goal1,
    });
    expect(tables[0]?.project.fiscal ?? null).toBeNull();
    expect(tables[1]?.project).toMatchObject({
      budget: 90,
      fiscal: 90,
      midtermBudget: 294,
      midtermFiscal: 294,
      annualGoal: goal2,
      midtermGoal: goal2,
    });
    expect(tables[1]?.project.cells).toMatchObject({
      budget: 'G28',
      fiscal: 'G29',
      midtermBudget: 'D28',
      midtermFiscal: 'D29',
    });
  });

  it('yields a mid-term and an annual indicator for each row, merged 一级/二级 filled down per group', () => {
    const t = tables[0];
    const rowsOf = (set: string) =>
      t?.indicators.filter((i) => i.set === set).map((i) => [i.row, i.level1, i.level2, i.name]);
    expect(rowsOf('midterm')).toEqual([
      [12, '产出指标', '数量指标', '完成代发项目数'],
      [13, '产出指标', '质量指标', '各项代发放金额准确率'],
      [14, '产出指标', '时效指标', '各项代发及时性'],
      [15, '产出指标', '成本指标', '未参保集体企业生活补助全年发放金额'],
      [16, '产出指标', '成本指标', '完成各项代发所需办公成本'],
      [17, '效益指标', '经济效益指标', '社会代发无经济效益'],
      [18, '效益指标', '社会效益指标', '对保障各项业务工作正常开展的影响或改善情况'],
      [19, '效益指标', '社会效益指标', '对单位履职、促进事业发展的影响或提升程度'],
      [20, '效益指标', '可持续影响指标', '对促进国民经济发展规划,落实党委政府决策的持续影响程度'],
      [21, '效益指标', '可持续影响指标', '对单位履职、促进事业发展的持续影响程度'],
      [22, '效益指标', '可持续影响指标', '对保障机构持续稳定运转、持续发挥职能的影响程度'],
      [23, '满意度指标', '服务对象满意度指标', '服务对象满意度'],
    ]);
    expect(rowsOf('annual')?.map((r) => r[0])).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(t?.indicators.slice(0, 2).map((i) => [i.row, i.set, i.cells.name, i.cells.target])).toEqual([
      [12, 'midterm', 'D12', 'E12'],
      [12, 'annual', 'G12', 'H12'],
    ]);
    const annual16 = t?.indicators.find((i) => i.set === 'annual' && i.row === 16);
    expect(annual16?.level2).toBe('成本指标');
    expect(annual16?.cells.level2).toBe('F15');
    expect(annual16?.cells.level1).toBe('B12');
    expect(t?.indicators.find((i) => i.set === 'midterm' && i.row === 18)?.target).toMatchObject({
      raw: '较高',
      kind: 'qualitative',
    });
  });

  it('keeps the rows where the two groups disagree, as written', () => {
    const t = tables[1];
    const at = (row: number, set: string) => t?.indicators.find((i) => i.row === row && i.set === set);
    expect(at(37, 'midterm')?.name).toBe('举办退休人员文体活动');
    expect(at(37, 'annual')?.name).toBe('采购硬件设备数量');
    expect(at(38, 'midterm')?.target).toMatchObject({ raw: '10', value: 10, unit: null, kind: 'quantitative' });
    expect(at(38, 'annual')?.target).toMatchObject({ value: 10, unit: '套' });
    expect(at(35, 'annual')?.level2).toBe('数量指标');
    expect(t?.indicators.filter((i) => i.set === 'annual').map((i) => i.row)).toEqual([34, 35, 36, 37, 38, 39]);
  });
});
