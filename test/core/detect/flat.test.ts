// Flat exports: one row per indicator with the project on every row, split into one table per project.

import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import { sheet } from './sheet';

const _ = null;
const TJ = '天津市社会保险基金管理中心';
const ZZ = '枣庄市社会保险服务中心';

const rows: Cell[][] = [
  ['2021年项目支出预算绩效目标表', _, _, _, _, _, _, _, _],
  ['单位名称', '项目名称', '项目金额（万元）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
  [TJ, '社保卡制卡工本费', 500, '产出指标', '数量指标', '社保卡片数量', '=', 469483, '张'],
  [TJ, '社保卡制卡工本费', 500, '产出指标', '成本指标', '社保卡制卡单位平均成本', '=', 10.65, '万元'],
  [TJ, '社保卡制卡工本费', 500, '满意度指标', '服务对象满意度指标', '申报社保卡人员满意度', '≥', 95, '%'], // 5
  [TJ, '社保中心工装制作', 10, '产出指标', '质量指标', '工装质量情况', '=', 100, '%'],
  [_, '社保中心工装制作', 10, _, '成本指标', '工装单位成本', '≤', 3000, '元'],
  [_, _, _, _, '数量指标', '购置工装数量', '≥', 30, '套'],
  [],
  [ZZ, '维修（护）费', '1万元', '产出指标', '时效指标', '维修按时完成', '定性', '按时', _], // 10
  [
    ZZ,
    '维修（护）费',
    '1万元',
    '效益指标',
    '社会效益指标',
    '满足日常办公需求，保障职能工作的正常开展',
    '定性',
    '是',
    _,
  ],
];

describe('flat export', () => {
  const tables = detectTables(sheet(rows, { merges: ['A1:I1'], name: '导出' }));

  it('splits the rows into one table per project, sharing the header row', () => {
    expect(tables.map((t) => [t.range, t.headerRow, t.project.name, t.project.implementer, t.project.budget])).toEqual([
      ['A3:I5', 2, '社保卡制卡工本费', TJ, 500],
      ['A6:I8', 2, '社保中心工装制作', TJ, 10],
      ['A10:I11', 2, '维修（护）费', ZZ, 1],
    ]);
    expect(
      tables.every(
        (t) => t.title === '2021年项目支出预算绩效目标表' && t.project.year === 2021 && t.kind === 'project',
      ),
    ).toBe(true);
    expect(tables[1]?.project.cells).toMatchObject({ name: 'B6', implementer: 'A6', budget: 'C6' });
    expect(tables[0]?.columns).toEqual({ level1: 'D', level2: 'E', level3: 'F', operator: 'G', value: 'H', unit: 'I' });
  });

  it('reads each project’s indicators with the operator column and the unit column', () => {
    expect(
      tables[0]?.indicators.map((i) => [
        i.row,
        i.level1,
        i.level2,
        i.name,
        i.target.operator,
        i.target.value,
        i.target.unit,
        i.unit,
      ]),
    ).toEqual([
      [3, '产出指标', '数量指标', '社保卡片数量', '=', 469483, '张', '张'],
      [4, '产出指标', '成本指标', '社保卡制卡单位平均成本', '=', 10.65, '万元', '万元'],
      [5, '满意度指标', '服务对象满意度指标', '申报社保卡人员满意度', '≥', 95, '%', '%'],
    ]);
    expect(tables[0]?.indicators[0]?.cells).toEqual({
      level1: 'D3',
      level2: 'E3',
      name: 'F3',
      operator: 'G3',
      target: 'H3',
      unit: 'I3',
    });
    expect(tables[2]?.indicators.map((i) => [i.name, i.target.kind, i.unit])).toEqual([
      ['维修按时完成', 'qualitative', null],
      ['满足日常办公需求，保障职能工作的正常开展', 'qualitative', null],
    ]);
  });

  it('fills blank 单位名称/项目名称/一级 down within a project, not across projects', () => {
    expect(
      tables[1]?.indicators.map((i) => [
        i.row,
        i.level1,
        i.level2,
        i.name,
        i.target.operator,
        i.target.value,
        i.target.unit,
      ]),
    ).toEqual([
      [6, '产出指标', '质量指标', '工装质量情况', '=', 100, '%'],
      [7, '产出指标', '成本指标', '工装单位成本', '≤', 3000, '元'],
      [8, '产出指标', '数量指标', '购置工装数量', '≥', 30, '套'],
    ]);
    expect(tables[2]?.indicators[0]?.level1).toBe('产出指标');
  });

  it('starts a new table when the project name changes under a merged 单位名称', () => {
    const merged = detectTables(
      sheet(
        [
          ['单位名称', '项目名称', '预算金额', '一级指标', '二级指标', '三级指标', '指标值', '计量单位'],
          [TJ, '社保中心工装制作', 10, '产出指标', '数量指标', '购置工装数量', '≥30', '套'],
          [_, '社保中心宣传费', 78, '产出指标', '数量指标', '发布信息数量', '≥800', '篇次'],
        ],
        { merges: ['A2:A3'] },
      ),
    );
    expect(
      merged.map((t) => [t.range, t.project.name, t.project.implementer, t.project.budget, t.indicators.length]),
    ).toEqual([
      ['A2:H2', '社保中心工装制作', TJ, 10, 1],
      ['A3:H3', '社保中心宣传费', TJ, 78, 1],
    ]);
  });

  it('reads a 元 amount column into 万元', () => {
    const inYuan = detectTables(
      sheet([
        ['项目名称', '项目金额（元）', '一级指标', '二级指标', '三级指标', '指标值'],
        ['社保中心工装制作', 100000, '产出指标', '数量指标', '购置工装数量', '≥30套'],
      ]),
    );
    expect(inYuan[0]?.project.budget).toBe(10);
  });

  it('reads a long export: 2 000 projects of 10 rows', () => {
    const big: Cell[][] = [
      ['单位名称', '项目名称', '项目金额', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
    ];
    const projects = 2000;
    for (let p = 0; p < projects; p++) {
      for (let k = 0; k < 10; k++)
        big.push([TJ, `社保中心工装制作${p}`, 10, '产出指标', '数量指标', '购置工装数量', '≥', 30, '套']);
    }
    // 20 000 rows: every project found with its own rows (speed is npm run bench's; test/core/linear-rows.test.ts
    // counts the work per row).
    const found = detectTables(sheet(big));
    expect(found).toHaveLength(projects);
    expect(found[projects - 1]?.range).toBe(`A${big.length - 9}:I${big.length}`);
  });
});
