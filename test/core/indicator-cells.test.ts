// An indicator read wholly on its own row makes its cells record when read (core/indicator-cells.ts): every way the
// model is used sees the same record an object literal would hold — reading, JSON, posting to the main thread, rules.

import { detectTables } from '../../src/core/detect';
import type { Cell } from '../../src/core/grid';
import { hasPartCell, LaidOutIndicator, partCell, plainIndicator } from '../../src/core/indicator-cells';
import { IndicatorPartSchema, type Indicator } from '../../src/core/model';
import { sheet } from './detect/sheet';

const _ = null;
const rows: Cell[][] = [
  ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '备注'],
  ['产出指标', '数量指标', '社保卡片数量', '=', 469483, '张', _],
  ['产出指标', '质量指标', '制卡合格率', '≥', '98%', _, '抽检'],
  ['满意度指标', '服务对象满意度指标', '申报社保卡人员满意度', '≥', '95%', _, _],
];

/** The same rows with the 一级 merged down over the first two: their 一级 cell is B2's merge, not their own row. */
const merged: Cell[][] = rows.map((r, i) => (i === 2 ? [null, ...r.slice(1)] : r));

const PARTS = IndicatorPartSchema.options;

describe('cells made when read', () => {
  it('gives an indicator read on its own row the record an object literal holds, in the same key order', () => {
    const [table] = detectTables(sheet(rows));
    const inds = table?.indicators ?? [];
    expect(inds).toHaveLength(3);
    for (const ind of inds) expect(ind).toBeInstanceOf(LaidOutIndicator);
    const first = inds[0] as Indicator;
    // Nothing has read it yet: not an own property, as JSON and the rules never needed it.
    expect(Object.keys(first)).not.toContain('cells');
    expect(JSON.stringify(first)).toBe(
      JSON.stringify({
        row: 2,
        set: 'annual',
        level1: '产出指标',
        level1Raw: '产出指标',
        level2: '数量指标',
        level2Raw: '数量指标',
        name: '社保卡片数量',
        target: first.target,
        unit: '张',
        cells: { level1: 'A2', level2: 'B2', name: 'C2', operator: 'D2', target: 'E2', unit: 'F2' },
      }),
    );
    for (const part of PARTS) {
      expect(partCell(first, part)).toBe(
        (
          { level1: 'A2', level2: 'B2', name: 'C2', operator: 'D2', target: 'E2', unit: 'F2' } as Record<string, string>
        )[part],
      );
    }
    expect(hasPartCell(first, 'unit')).toBe(true);
    expect(hasPartCell(first, 'standard')).toBe(false);
    // Read once, the record is the indicator's own: a change to it stays (detection's 一级 backfill writes into it).
    expect(first.cells).toEqual({ level1: 'A2', level2: 'B2', name: 'C2', operator: 'D2', target: 'E2', unit: 'F2' });
    expect(Object.keys(first)).toContain('cells');
    first.cells.level1 = 'A9';
    expect(first.cells.level1).toBe('A9');
    expect(partCell(first, 'level1')).toBe('A9');
    expect(JSON.parse(JSON.stringify(first)).cells.level1).toBe('A9');
  });

  it('posts an indicator to another thread with its cells, read or not', () => {
    const [table] = detectTables(sheet(rows));
    const ind = table?.indicators[1] as Indicator;
    // Structured cloning copies own data properties: the plain form carries the record.
    expect((structuredClone(ind) as Indicator).cells).toBeUndefined();
    const posted = structuredClone(plainIndicator(ind)) as Indicator;
    expect(posted.cells).toEqual({ level1: 'A3', level2: 'B3', name: 'C3', operator: 'D3', target: 'E3', unit: 'F3' });
    expect(posted).toEqual(JSON.parse(JSON.stringify(ind)));
  });

  it('gives an indicator read from a merge above its own row its record as it is read', () => {
    const [table] = detectTables(sheet(merged, { merges: ['A2:A3'] }));
    const second = table?.indicators[1] as Indicator;
    expect(second).not.toBeInstanceOf(LaidOutIndicator);
    expect(Object.keys(second)).toContain('cells');
    expect(second.cells.level1).toBe('A2');
    expect(partCell(second, 'level1')).toBe('A2');
    // The other rows of the same table are still read on their own rows.
    expect(table?.indicators[2]).toBeInstanceOf(LaidOutIndicator);
  });

  it('compares detected indicators with their cells in tests (jest equality set up in test/equality.ts)', () => {
    const [a] = detectTables(sheet(rows));
    const [b] = detectTables(sheet(rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 6), null]))));
    // One column to the right: the same texts on the same rows, so every own field is equal; only the cells differ.
    const [moved] = detectTables(sheet(rows, { left: 2 }));
    const ind = a?.indicators[0] as Indicator;
    expect(ind).toEqual(plainIndicator(ind));
    expect(a?.indicators).toEqual(b?.indicators);
    const right = moved?.indicators[0] as Indicator;
    expect(right).toBeInstanceOf(LaidOutIndicator);
    expect(Object.keys(right)).toEqual(Object.keys(ind));
    expect(partCell(right, 'name')).toBe('D2');
    expect(() => expect(right).toEqual(ind)).toThrow();
  });

  it('keeps one class per layout: tables with the same header share it', () => {
    const [one, two] = detectTables(sheet([...rows, [], [], ...rows]));
    expect(two).toBeDefined();
    expect(Object.getPrototypeOf(one?.indicators[0])).toBe(Object.getPrototypeOf(two?.indicators[0]));
  });
});
