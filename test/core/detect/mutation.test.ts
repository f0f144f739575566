// Mutation tests: the same seed tables placed anywhere on the sheet, or under a different sheet origin, give the
// same tables moved by the same offset — detection relies on words and structure, not on positions.

import fc from 'fast-check';
import { columnLetters, columnNumber, parseA1, parseAreaA1 } from '../../../src/core/a1';
import { detectTables } from '../../../src/core/detect';
import type { Cell } from '../../../src/core/grid';
import type { IndicatorTable } from '../../../src/core/model';
import { seed000Merges, seed000Rows, seed001Merges, seed001Rows, seed004Merges, seed004Rows } from './layouts';
import { sheet, shifted } from './sheet';

function moveCell(ref: string, down: number, right: number): string {
  const { row, col } = parseA1(ref);
  return `${columnLetters(col + right)}${row + down}`;
}

function moveRange(ref: string, down: number, right: number): string {
  const a = parseAreaA1(ref);
  return `${columnLetters(a.left + right)}${a.top + down}:${columnLetters(a.right + right)}${a.bottom + down}`;
}

function moveRecord<T extends Record<string, string | undefined>>(rec: T, f: (v: string) => string): T {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(rec)) out[k] = v === undefined ? v : f(v);
  return out as T;
}

/** A detected table as it must read when the sheet content moves `down` rows and `right` columns. */
function moveTable(t: IndicatorTable, down: number, right: number): IndicatorTable {
  const cell = (v: string) => moveCell(v, down, right);
  return {
    ...t,
    range: moveRange(t.range, down, right),
    headerRow: t.headerRow + down,
    ...(t.headerRows ? { headerRows: t.headerRows.map((r) => r + down) } : {}),
    columns: moveRecord(t.columns, (l) => columnLetters(columnNumber(l) + right)),
    project: { ...t.project, cells: moveRecord(t.project.cells, cell) },
    indicators: t.indicators.map((i) => ({ ...i, row: i.row + down, cells: moveRecord(i.cells, cell) })),
  };
}

const seeds: [string, Cell[][], string[]][] = [
  ['000', seed000Rows, seed000Merges],
  ['001', seed001Rows, seed001Merges],
  ['004', seed004Rows, seed004Merges],
];

describe.each(seeds)('seed %s moved on the sheet', (_id, rows, merges) => {
  const original = detectTables(sheet(rows, { merges }));

  it('has tables to move', () => {
    expect(original.length).toBeGreaterThan(0);
  });

  it('padding rows and columns before it moves every address by the padding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), (down, right) => {
        const moved = shifted(rows, merges, down, right);
        const got = detectTables(sheet(moved.rows, { merges: moved.merges }));
        expect(got).toEqual(original.map((t) => moveTable(t, down, right)));
      }),
      { numRuns: 12 },
    );
  });

  it('a grid whose used range starts elsewhere reads the same, in sheet coordinates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }), (down, right) => {
        const movedMerges = merges.map((m) => moveRange(m, down, right));
        const got = detectTables(sheet(rows, { merges: movedMerges, top: 1 + down, left: 1 + right }));
        expect(got).toEqual(original.map((t) => moveTable(t, down, right)));
      }),
      { numRuns: 12 },
    );
  });
});
