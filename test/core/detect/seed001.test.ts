// Seed 001 (天津 项目绩效目标表 2023): 预算数 with its parts, blank or merged 一级 cells, operator and unit in the value.

import { detectTables } from '../../../src/core/detect';
import { seed001Merges as merges, seed001Rows as rows } from './layouts';
import { sheet } from './sheet';

describe('seed 001 layout (天津, 预算数 and 绩效指标描述)', () => {
  const tables = detectTables(sheet(rows, { merges, name: '天津' }));

  it('finds the two tables and their blocks', () => {
    expect(tables.map((t) => [t.range, t.headerRow, t.kind, t.levels, t.title])).toEqual([
      ['A1:E18', 8, 'project', 3, '97.社保经办大厅运转经费绩效目标表'],
      ['A21:E34', 28, 'project', 3, '98.劳动能力鉴定经费绩效目标表'],
    ]);
    expect(tables[0]?.project).toMatchObject({
      name: '社保经办大厅运转经费',
      budget: 1324,
      fiscal: 1324,
      budgetUnit: '万元',
      period: null,
    });
    expect(tables[0]?.project.other ?? null).toBeNull();
    expect(tables[0]?.project.annualGoal).toMatch(/^1\.保障中心系统各业务经办大厅/);
    expect(tables[0]?.project.cells).toMatchObject({ name: 'B3', budget: 'C4', fiscal: 'E4', annualGoal: 'B7' });
    expect(tables[1]?.project).toMatchObject({ name: '劳动能力鉴定经费', budget: 84.1, fiscal: 84.1 });
    expect(tables[0]?.columns).toEqual({ level1: 'A', level2: 'B', level3: 'C', description: 'D', value: 'E' });
  });

  it('fills blank 一级 cells down, and resets 二级 when a new 一级 starts', () => {
    const t = tables[0];
    expect(t?.indicators.map((i) => [i.row, i.level1, i.level2, i.name, i.description])).toEqual([
      [9, '产出指标', '质量指标', '物业服务验收合格率', '物业服务验收合格率'],
      [10, '产出指标', '质量指标', '电气电路及空调机组正常运转率', '电气电路及空调机组正常运转率'],
      [11, '产出指标', '质量指标', '办公秩序保障率', '办公秩序保障率'],
      [12, '产出指标', '成本指标', '提供产品及服务所需成本的控制情况', '保安服务费用'],
      [13, '产出指标', '成本指标', '提供产品及服务所需成本的控制情况', '电工及空调机组服务费用'],
      [14, '产出指标', '成本指标', '提供产品及服务所需成本的控制情况', '物业服务费用'],
      [15, '产出指标', '数量指标', '服务人数数量', '服务人数数量'],
      [16, '产出指标', '时效指标', '预算资金支出时效', '预算资金支出时效'],
      [17, '效益指标', '社会效益指标', '改善工作环境', '社保经办大厅工作环境改善'],
      [18, '满意度指标', '服务对象满意度指标', '服务对象满意度', '社保经办大厅工作人员满意度'],
    ]);
    // A filled-down 一级 points at the cell it was written in.
    expect(t?.indicators[3]?.cells.level1).toBe('A9');
    expect(t?.indicators[3]?.cells.description).toBe('D12');
  });

  it('parses operator and unit inside the value cell', () => {
    const t = tables[0];
    const targets = t?.indicators.map((i) => [i.target.operator, i.target.value, i.target.unit, i.target.kind]);
    expect(targets?.[0]).toEqual([null, 100, '%', 'quantitative']);
    expect(targets?.[3]).toEqual(['≤', 753, '万元', 'quantitative']);
    expect(targets?.[6]).toEqual(['≥', 180, '人', 'quantitative']);
    expect(targets?.[9]).toEqual(['≥', 95, '%', 'quantitative']);
    expect(t?.indicators.every((i) => i.unit === null)).toBe(true);
  });

  it('reads vertically merged 一级 cells', () => {
    const t = tables[1];
    expect(
      t?.indicators.map((i) => [i.row, i.level1, i.level2, i.target.operator, i.target.value, i.target.unit]),
    ).toEqual([
      [29, '产出指标', '质量指标', null, 100, '%'],
      [30, '产出指标', '成本指标', '≤', 500, '元'],
      [31, '产出指标', '数量指标', '≥', 1800, '人次'],
      [32, '产出指标', '时效指标', null, null, null],
      [33, '效益指标', '社会效益指标', null, null, null],
      [34, '满意度指标', '服务对象满意度指标', '≥', 95, '%'],
    ]);
    expect(t?.indicators[2]?.cells.level1).toBe('A29');
  });
});
