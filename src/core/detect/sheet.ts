// A read-only view of a Grid for detection: texts by sheet position and merged areas indexed once by cell.

import type { Area, Cell, Grid } from '../grid';
import { cellText } from '../grid';

const NO_CELLS: readonly Cell[] = [];

// Up to this many cells (32 MB of Int32) the merge index is a flat array; beyond, a map of the merged cells only.
const MAX_ARRAY_INDEX = 8_000_000;

export class SheetView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly cells: Cell[][];
  /** The merges, indexed by cell below (index + 1; 0 for none). */
  private readonly areas: Area[] = [];
  /** Every cell covered by a merge (top-left included) → its area's index + 1: a flat array for sheets of
   * ordinary size, a map for very large ones. */
  private readonly mergeArray: Int32Array | null = null;
  private readonly mergeMap: Map<number, number> | null = null;
  /** Per row (offset from top), the rightmost column a merge covers. */
  private readonly mergeRight: number[] = [];
  /** Width of the cell index: keys are (row - top) * span + (col - left), small integers V8 hashes fast. */
  private readonly span: number;

  constructor(grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.top;
    this.left = grid.left;
    this.cells = grid.cells;
    this.bottom = grid.top + grid.cells.length - 1;
    let width = 0;
    // An indexed loop: this runs once per sheet, before the engine optimises it, and an iterator would allocate a
    // result object per row.
    for (let i = 0; i < grid.cells.length; i++) {
      const n = (grid.cells[i] as Cell[]).length;
      if (n > width) width = n;
    }
    // Cells right of the widest row hold nothing: merges are indexed within the used range only.
    this.right = grid.left + Math.max(width, 1) - 1;
    this.span = this.right - grid.left + 1;
    const merges = grid.merges.filter((m) => m.bottom !== m.top || m.right !== m.left);
    if (merges.length === 0) return;
    const size = grid.cells.length * this.span;
    if (size <= MAX_ARRAY_INDEX) this.mergeArray = new Int32Array(size);
    else this.mergeMap = new Map();
    for (const m of merges) {
      this.areas.push(m);
      const id = this.areas.length;
      // Cells of a merge outside the used range are never read; clamping keeps a huge stray merge cheap.
      const bottom = Math.min(m.bottom, this.bottom);
      const right = Math.min(m.right, this.right);
      for (let r = Math.max(m.top, this.top); r <= bottom; r++) {
        for (let c = Math.max(m.left, this.left); c <= right; c++) {
          if (this.mergeArray) this.mergeArray[this.key(r, c)] = id;
          else this.mergeMap?.set(this.key(r, c), id);
        }
        const i = r - this.top;
        if ((this.mergeRight[i] ?? 0) < right) this.mergeRight[i] = right;
      }
    }
  }

  raw(row: number, col: number): Cell {
    const r = this.cells[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** The row's values from the grid's left column on (ragged: it may stop short); empty outside the grid. */
  values(row: number): readonly Cell[] {
    return this.cells[row - this.top] ?? NO_CELLS;
  }

  /** The cell's own text (empty for the non-top-left cells of a merge). */
  text(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  private key(row: number, col: number): number {
    return (row - this.top) * this.span + (col - this.left);
  }

  merge(row: number, col: number): Area | undefined {
    if (this.areas.length === 0 || col < this.left || col > this.right || row < this.top || row > this.bottom)
      return undefined;
    const id = this.mergeArray ? this.mergeArray[this.key(row, col)] : this.mergeMap?.get(this.key(row, col));
    return id ? this.areas[id - 1] : undefined;
  }

  /** The cell whose value is shown at (row, col): the merge's top-left, or the cell itself. */
  origin(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The text a reader sees at (row, col): a merged cell shows its top-left's text. */
  shown(row: number, col: number): string {
    const v = this.raw(row, col);
    if (v !== null) return cellText(v);
    const m = this.merge(row, col);
    return m ? cellText(this.raw(m.top, m.left)) : '';
  }

  /** The last column the row holds a value in (rows are ragged). */
  rowEnd(row: number): number {
    const r = this.cells[row - this.top];
    return r ? this.left + r.length - 1 : this.left - 1;
  }

  /** The last column the row holds a value in or a merge covers. */
  lastCol(row: number): number {
    const end = this.rowEnd(row);
    const m = this.mergeRight[row - this.top];
    return m !== undefined && m > end ? m : end;
  }

  /** Columns of the row's non-empty cells, in order, with their text. */
  rowTexts(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    const r = this.cells[row - this.top];
    if (!r) return out;
    for (let i = 0; i < r.length; i++) {
      const v = r[i];
      if (v === null || v === undefined) continue;
      const t = cellText(v);
      if (t !== '') out.push({ col: this.left + i, text: t });
    }
    return out;
  }

  /** The row's first non-empty cell and whether it is the only one, without listing the whole row. */
  firstText(row: number): { col: number; text: string; alone: boolean } | null {
    const r = this.cells[row - this.top];
    if (!r) return null;
    let found: { col: number; text: string; alone: boolean } | null = null;
    for (let i = 0; i < r.length; i++) {
      const v = r[i];
      if (v === null || v === undefined) continue;
      const t = cellText(v);
      if (t === '') continue;
      if (found) {
        found.alone = false;
        return found;
      }
      found = { col: this.left + i, text: t, alone: true };
    }
    return found;
  }

  /** The first and last columns of the row's non-empty cells, a merge's right edge included; null for a blank row. */
  extentOf(row: number): { first: number; last: number } | null {
    const r = this.cells[row - this.top];
    if (!r) return null;
    let first = -1;
    let last = -1;
    for (let i = 0; i < r.length; i++) {
      const v = r[i];
      if (v === null || v === undefined || cellText(v) === '') continue;
      const col = this.left + i;
      if (first < 0) first = col;
      const m = this.merge(row, col);
      const end = m ? m.right : col;
      if (end > last) last = end;
    }
    return first < 0 ? null : { first, last };
  }

  /**
   * The column of the row's first non-empty cell, or 0 for a blank row: the test every scanned row starts with,
   * without building the row's texts.
   */
  firstFilledCol(row: number): number {
    const r = this.cells[row - this.top];
    if (!r) return 0;
    for (let i = 0; i < r.length; i++) if (hasText(r[i])) return this.left + i;
    return 0;
  }

  /** Does the row hold a non-empty cell right of `col`? */
  hasTextAfter(row: number, col: number): boolean {
    const r = this.cells[row - this.top];
    if (!r) return false;
    for (let i = Math.max(col + 1 - this.left, 0); i < r.length; i++) if (hasText(r[i])) return true;
    return false;
  }

  isBlankRow(row: number): boolean {
    const r = this.cells[row - this.top];
    if (!r) return true;
    for (const v of r) {
      if (v === null || v === undefined) continue;
      if (typeof v === 'string') {
        if (v.trim() !== '') return false;
      } else if (cellText(v) !== '') return false;
    }
    return true;
  }
}

/** Would cellText show something? (cellText hands back an already-trimmed string as it is: no copy.) */
function hasText(v: Cell | undefined): boolean {
  return v !== null && v !== undefined && cellText(v) !== '';
}
