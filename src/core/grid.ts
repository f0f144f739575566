// The Grid: one worksheet's cells as a host sees them, the only input the core reads.

import { z } from 'zod';

/** A formula error as the host shows it, e.g. `#N/A`, `#REF!`. */
const CellErrorSchema = z.object({ error: z.string() });
type CellError = z.infer<typeof CellErrorSchema>;

/** A cell value: text, number, boolean, date, error, or empty (null). Formulas appear as their cached result. */
const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.date(), CellErrorSchema, z.null()]);
export type Cell = z.infer<typeof CellSchema>;

/** A rectangle of the sheet, 1-based and inclusive. */
const AreaSchema = z.object({
  top: z.number().int().min(1),
  left: z.number().int().min(1),
  bottom: z.number().int().min(1),
  right: z.number().int().min(1),
});
export type Area = z.infer<typeof AreaSchema>;

/**
 * A sheet's used range. `cells[r][c]` is the sheet cell at row `top + r`, column `left + c`.
 * Rows may be ragged (shorter than the widest row); a missing cell is empty.
 * Merged cells other than a merge's top-left are empty in `cells`; `merges` says where they are.
 */
export const GridSchema = z.object({
  sheet: z.string(),
  top: z.number().int().min(1),
  left: z.number().int().min(1),
  cells: z.array(z.array(CellSchema)),
  merges: z.array(AreaSchema),
  /** Sheet rows that are hidden; kept in the grid, reported for information. */
  hiddenRows: z.array(z.number().int()).optional(),
  /** Set by a host that could not read merged areas (old Excel); the pane says so. */
  mergesUnknown: z.boolean().optional(),
});
export type Grid = z.infer<typeof GridSchema>;

export function isCellError(v: Cell): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

/** The raw value at a sheet position, or null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  const r = grid.cells[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

/** The last sheet row and column the grid covers. */
export function gridBottom(grid: Grid): number {
  return grid.top + grid.cells.length - 1;
}

export function gridRight(grid: Grid): number {
  let w = 0;
  for (const r of grid.cells) if (r.length > w) w = r.length;
  return grid.left + Math.max(w, 1) - 1;
}

/** A cell shown as text the way a reader sees it: trimmed, dates as yyyy-mm-dd, errors as their code. */
export function cellText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'string') return isTrimmed(v) ? v : v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoDate(v);
  return v.error;
}

/**
 * True when a string neither starts nor ends with a space-like character: the usual cell, returned without
 * calling trim (a reader asks for thousands of cell texts). Anything doubtful goes through trim.
 */
function isTrimmed(v: string): boolean {
  const n = v.length;
  return n > 0 && plainChar(v.charCodeAt(0)) && plainChar(v.charCodeAt(n - 1));
}

/** Not a character trim removes (ECMAScript white space and line terminators). */
function plainChar(c: number): boolean {
  if (c < 0x1680) return c > 0x20 && c !== 0xa0;
  // Chinese text is all above U+1680: the few space characters up there are listed.
  return (
    c !== 0x1680 &&
    (c < 0x2000 || c > 0x200a) &&
    c !== 0x2028 &&
    c !== 0x2029 &&
    c !== 0x202f &&
    c !== 0x205f &&
    c !== 0x3000 &&
    c !== 0xfeff
  );
}

function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}
