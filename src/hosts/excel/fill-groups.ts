// Fills of one colour (or "no fill") set on many cells at once: `worksheet.getRanges("E2:E4,E7,…").format.fill`
// (RangeAreas, ExcelApi 1.9). One operation a group of cells instead of one a cell; runs of adjacent cells in a
// column become one area.

import { a1, parseA1 } from '../../core/a1';
import type { ExcelCapabilities } from './capabilities';
import { jsonBytes, REQUEST_BYTES } from './payload';

/**
 * The longest address given to getRanges: Excel is reported to refuse multi-area references longer than 255
 * characters (the limit of a reference in a formula), so each group is cut below it.
 */
export const MAX_AREAS_ADDRESS = 255;

export interface GroupOp {
  sheet: string;
  bytes: number;
  queue: () => void;
}

interface Group {
  sheet: string;
  fill: string | null;
  cells: Array<{ row: number; col: number }>;
}

/** The areas of `cells`: each run of adjacent rows in a column as one area, in column then row order. */
export function areasOf(cells: ReadonlyArray<{ row: number; col: number }>): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const { row, col } = sorted[i];
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1].col === col && sorted[end + 1].row === sorted[end].row + 1) end++;
    const last = sorted[end].row;
    out.push(last === row ? a1(row, col) : `${a1(row, col)}:${a1(last, col)}`);
    i = end + 1;
  }
  return out;
}

/** Addresses of at most MAX_AREAS_ADDRESS characters, areas joined with ','. */
export function addressesOf(areas: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current !== '' && current.length + 1 + area.length > MAX_AREAS_ADDRESS) {
      out.push(current);
      current = '';
    }
    current = current === '' ? area : `${current},${area}`;
  }
  if (current !== '') out.push(current);
  return out;
}

/** Collects plain fills by sheet and colour; `add` says no where RangeAreas cannot be used (the caller sets it alone). */
export class FillGroups {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly caps: Pick<ExcelCapabilities, 'rangeAreas'>) {}

  /** Takes a cell to give `fill` ('#RRGGBB', or null for no fill); false where RangeAreas is not available. */
  add(sheet: string, cell: string, fill: string | null): boolean {
    if (!this.caps.rangeAreas) return false;
    const k = `${sheet}\u0000${fill ?? ''}`;
    let g = this.groups.get(k);
    if (!g) this.groups.set(k, (g = { sheet, fill, cells: [] }));
    g.cells.push(parseA1(cell));
    return true;
  }

  /** One operation per address: the fill set on every area of it. */
  ops(worksheet: (sheet: string) => Excel.Worksheet): GroupOp[] {
    const out: GroupOp[] = [];
    for (const g of this.groups.values()) {
      for (const address of addressesOf(areasOf(g.cells))) {
        const fill = g.fill;
        out.push({
          sheet: g.sheet,
          bytes: REQUEST_BYTES.areasFill + jsonBytes(address) + (fill === null ? 0 : jsonBytes(fill)),
          queue: () => {
            const target = worksheet(g.sheet).getRanges(address).format.fill;
            if (fill === null) target.clear();
            else target.color = fill;
          },
        });
      }
    }
    return out;
  }
}
