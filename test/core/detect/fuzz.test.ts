// Fuzzing: arbitrary grids built from header words, block labels, seed values and junk never make detection throw,
// and whatever it finds satisfies the model's schema.

import fc from 'fast-check';
import { detectTables } from '../../../src/core/detect';
import type { Cell, Grid } from '../../../src/core/grid';
import { IndicatorTableSchema } from '../../../src/core/model';
import { seed000Merges, seed000Rows, seed001Merges, seed001Rows, seed004Merges, seed004Rows } from './layouts';
import { sheet } from './sheet';

const words = [
  '一级指标',
  '二级指标',
  '三级指标',
  '四级指标',
  '指标值',
  '计量单位',
  '指标名称',
  '绩效指标',
  '指标值类型',
  '*指标值',
  '项目名称',
  '单位名称',
  '项目金额',
  '预算数',
  '其中：财政资金',
  '其他资金',
  '中期资金总额:',
  '年度目标',
  '中期目标(2020-2022)',
  '项目期限',
  '2021至2023',
  '单位：万元',
  '(2021 年度)',
  '项目支出绩效目标批复表',
  '其他说明',
  '产出指标',
  '效益指标',
  '满意度指标',
  '项目产出',
  '数量指标',
  '质量指标',
  '≥95百分比',
  '≤753万元',
  '100%',
  '是',
  '较高',
  '……',
  '-',
  '≥',
  '定性',
  '劳动能力鉴定人数',
  '社保卡片数量',
  '',
  ' ',
  '\n',
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }) },
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    top: fc.integer({ min: 1, max: 50 }),
    left: fc.integer({ min: 1, max: 10 }),
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: 1, max: 95 }),
        left: fc.integer({ min: 1, max: 20 }),
        h: fc.integer({ min: 0, max: 6 }),
        w: fc.integer({ min: 0, max: 4 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ top, left, rows, merges }) => ({
    sheet: 'Fuzz',
    top,
    left,
    cells: rows,
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));

describe('detection on arbitrary grids', () => {
  it('never throws and returns schema-valid tables', () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (g, withOverride) => {
        const overrides = withOverride
          ? [
              {
                sheet: 'Fuzz',
                headerRow: g.top + 1,
                columns: { level3: 'C', value: 'D', 'midterm.value': 'E', unit: '' },
              },
            ]
          : [];
        const tables = detectTables(g, { overrides });
        for (const t of tables) {
          const parsed = IndicatorTableSchema.safeParse(t);
          if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('survives random edits of the seed layouts', () => {
    const seeds: [Cell[][], string[]][] = [
      [seed000Rows, seed000Merges],
      [seed001Rows, seed001Merges],
      [seed004Rows, seed004Merges],
    ];
    const edit = fc.record({
      row: fc.nat(200),
      col: fc.nat(9),
      value: cell,
      kind: fc.constantFrom('set', 'drop-row', 'blank-row'),
    });
    fc.assert(
      fc.property(fc.nat(2), fc.array(edit, { maxLength: 25 }), fc.boolean(), (which, edits, keepMerges) => {
        const [base, merges] = seeds[which] as [Cell[][], string[]];
        const rows = base.map((r) => [...r]);
        for (const e of edits) {
          const r = e.row % Math.max(rows.length, 1);
          if (e.kind === 'drop-row') rows.splice(r, 1);
          else if (e.kind === 'blank-row') rows.splice(r, 0, []);
          else if (rows[r]) (rows[r] as Cell[])[e.col] = e.value;
        }
        const tables = detectTables(sheet(rows, { merges: keepMerges ? merges : [] }));
        for (const t of tables) {
          const parsed = IndicatorTableSchema.safeParse(t);
          if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
