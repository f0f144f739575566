// Seed 001 (天津 项目绩效目标表 2023): 预算数 with its parts, blank or merged 一级 cells, operator and unit in the value.

import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import { sheet } from './sheet';

const _ = null;

const rows: Cell[][] = [
  ['97.社保经办大厅运转经费绩效目标表', _, _, _, _], // 1
  ['353302天津市社会保险基金管理中心', _, _, _, '单位：万元'],
  ['项目名称', '社保经办大厅运转经费', _, _, _],
  ['预算规模及资金用途', '预算数', 1324, '其中：财政    资金', 1324],
  [_, '其他资金', ' ', _, _], // 5
  [_, '保障系统经办大厅区域安全保卫、电器电路等正常运转及部分分中心物业管理费。', _, _, _],
  ['绩效目标', '1.保障中心系统各业务经办大厅、业务辅助办公区域安全保卫、电气电路、空调系统正常运转。\n2.保障河东、红桥、东丽、塘沽分中心物业管理费。', _, _, _],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '物业服务验收合格率', '物业服务验收合格率', '100百分比'],
  [_, '质量指标', '电气电路及空调机组正常运转率', '电气电路及空调机组正常运转率', '100百分比'], // 10
  [_, '质量指标', '办公秩序保障率', '办公秩序保障率', '100百分比'],
  [_, '成本指标', '提供产品及服务所需成本的控制情况', '保安服务费用', '≤753万元'],
  [_, '成本指标', '提供产品及服务所需成本的控制情况', '电工及空调机组服务费用', '≤279万元'],
  [_, '成本指标', '提供产品及服务所需成本的控制情况', '物业服务费用', '≤292万元'],
  [_, '数量指标', '服务人数数量', '服务人数数量', '≥180人'], // 15
  [_, '时效指标', '预算资金支出时效', '预算资金支出时效', '按照合同约定时间支付资金，分步骤实施采购验收。'],
  ['效益指标', '社会效益指标', '改善工作环境', '社保经办大厅工作环境改善', '工作环境得到改善，业务经办正常运转'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '社保经办大厅工作人员满意度', '≥95百分比'],
  [],
  [], // 20
  ['98.劳动能力鉴定经费绩效目标表', _, _, _, _],
  ['353302天津市社会保险基金管理中心', _, _, _, '单位：万元'],
  ['项目名称', '劳动能力鉴定经费', _, _, _],
  ['预算规模及资金用途', '预算数', '84.10', '其中：财政    资金', '84.10'],
  [_, '其他资金', _, _, _], // 25
  [_, '组织医学专家对申请人伤病情况进行确认，确保申请人享受相关待遇。', _, _, _],
  ['绩效目标', '1.按照文件规定，组织医学专家对申请人伤病情况进行确认，确保申请人享受相关待遇。', _, _, _],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '质量指标', '申请鉴定人数完成率', '申请鉴定人数完成率', '100百分比'],
  [_, '成本指标', '申请人员人均鉴定成本', '申请人员人均鉴定成本', '≤500元'], // 30
  [_, '数量指标', '申请鉴定人数', '申请鉴定人数', '≥1800人次'],
  [_, '时效指标', '项目资金支出时效', '项目资金支出时效', '上半年按鉴定场地租赁协议支付费用，鉴定评审费按照实际鉴定情况据实支付。'],
  ['效益指标', '社会效益指标', '组织鉴定出具结论', '及时组织鉴定出具鉴定结论', '符合条件人员及时享受政策'],
  ['满意度指标', '服务对象满意度指标', '鉴定对象满意度', '鉴定对象满意度', '≥95百分比'],
];

const merges = ['A1:D1', 'A2:D2', 'B3:E3', 'A4:A6', 'B6:E6', 'B7:E7', 'A21:D21', 'A22:D22', 'B23:E23', 'A24:A26', 'B26:E26', 'B27:E27', 'A29:A32'];

describe('seed 001 layout (天津, 预算数 and 绩效指标描述)', () => {
  const tables = detectTables(sheet(rows, { merges, name: '天津' }));

  it('finds the two tables and their blocks', () => {
    expect(tables.map((t) => [t.range, t.headerRow, t.kind, t.levels, t.title])).toEqual([
      ['A1:E18', 8, 'project', 3, '97.社保经办大厅运转经费绩效目标表'],
      ['A21:E34', 28, 'project', 3, '98.劳动能力鉴定经费绩效目标表'],
    ]);
    expect(tables[0]?.project).toMatchObject({ name: '社保经办大厅运转经费', budget: 1324, fiscal: 1324, budgetUnit: '万元', period: null });
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
    expect(t?.indicators.map((i) => [i.row, i.level1, i.level2, i.target.operator, i.target.value, i.target.unit])).toEqual([
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
