// Test helper: a Grid from a 2-D array written in the test file, merges given as A1 ranges.

import { columnLetters, parseAreaA1 } from '../../../src/core/a1';
import type { Cell, Grid } from '../../../src/core/grid';

export interface SheetOptions {
  merges?: readonly string[];
  name?: string;
  /** Where the array's first cell sits on the sheet (default A1). */
  top?: number;
  left?: number;
}

/** Builds a Grid; cells a merge covers (other than its top-left) are emptied, as hosts deliver them. */
export function sheet(rows: readonly (readonly Cell[])[], opts: SheetOptions = {}): Grid {
  const top = opts.top ?? 1;
  const left = opts.left ?? 1;
  const cells = rows.map((r) => [...r]);
  const merges = (opts.merges ?? []).map((m) => parseAreaA1(m));
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const row = cells[r - top];
        if (row && c - left < row.length) row[c - left] = null;
      }
    }
  }
  return { sheet: opts.name ?? 'Sheet1', top, left, cells, merges };
}

/** Shifts a sheet's rows down and columns right: the same content placed elsewhere on the sheet. */
export function shifted(
  rows: readonly (readonly Cell[])[],
  merges: readonly string[],
  down: number,
  right: number,
): { rows: Cell[][]; merges: string[] } {
  const pad: Cell[] = new Array<Cell>(right).fill(null);
  const out: Cell[][] = [];
  for (let i = 0; i < down; i++) out.push([]);
  for (const r of rows) out.push([...pad, ...r]);
  const moved = merges.map((m) => {
    const a = parseAreaA1(m);
    return `${columnLetters(a.left + right)}${a.top + down}:${columnLetters(a.right + right)}${a.bottom + down}`;
  });
  return { rows: out, merges: moved };
}
