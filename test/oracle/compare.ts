// Cell-for-cell comparison of two readers' grids, for the differential tests of the file host's reader.

import { a1, areaA1 } from '../../src/core/a1';
import { isCellError, type Cell, type Grid } from '../../src/core/grid';

/** One difference: where, and what each reader gave (as plain JSON-able text). */
export interface GridDifference {
  sheet: string;
  /** A cell (`C5`), or what differs about the sheet: `sheet`, `origin`, `merges`, `hiddenRows`. */
  at: string;
  ours: string;
  exceljs: string;
}

/** A cell as comparable text: type and value (`n:98`, `s:98%`, `d:2024-12-31T00:00:00.000Z`, `b:true`, `e:#N/A`). */
export function cellKey(v: Cell | undefined): string {
  if (v === null || v === undefined) return '-';
  if (typeof v === 'string') return `s:${v}`;
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'boolean') return `b:${v}`;
  if (v instanceof Date) return `d:${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()}`;
  if (isCellError(v)) return `e:${v.error}`;
  return `?:${JSON.stringify(v)}`;
}

/** Every difference between two readers' grids of one workbook, sheet by sheet and cell by cell. */
export function gridDifferences(ours: readonly Grid[], exceljs: readonly Grid[]): GridDifference[] {
  const out: GridDifference[] = [];
  const names = (gs: readonly Grid[]) => gs.map((g) => g.sheet).join(' | ');
  if (names(ours) !== names(exceljs))
    out.push({ sheet: '*', at: 'sheets', ours: names(ours), exceljs: names(exceljs) });
  for (const o of ours) {
    const e = exceljs.find((g) => g.sheet === o.sheet);
    if (!e) continue;
    const sheet = o.sheet;
    const cellsOf = (g: Grid) => {
      const m = new Map<string, string>();
      g.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== undefined) m.set(a1(g.top + r, g.left + c), cellKey(v));
        }),
      );
      return m;
    };
    const oc = cellsOf(o);
    const ec = cellsOf(e);
    for (const at of new Set([...oc.keys(), ...ec.keys()])) {
      const x = oc.get(at) ?? '-';
      const y = ec.get(at) ?? '-';
      if (x !== y) out.push({ sheet, at, ours: x, exceljs: y });
    }
    // The grid's shape: origin, row count, each row's length (no trailing empties on either side).
    const shape = (g: Grid) => `${g.top},${g.left} ${g.cells.map((r) => r.length).join(',')}`;
    if (shape(o) !== shape(e) && oc.size === ec.size)
      out.push({ sheet, at: 'shape', ours: shape(o), exceljs: shape(e) });
    const merges = (g: Grid) => g.merges.map(areaA1).join(' ');
    if (merges(o) !== merges(e)) out.push({ sheet, at: 'merges', ours: merges(o), exceljs: merges(e) });
    const hidden = (g: Grid) => (g.hiddenRows ?? []).join(',');
    if (hidden(o) !== hidden(e)) out.push({ sheet, at: 'hiddenRows', ours: hidden(o), exceljs: hidden(e) });
  }
  return out;
}
