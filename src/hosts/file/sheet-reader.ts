// One worksheet part streamed into the core's Grid: the sheet XML is inflated and tokenized piece by piece, each
// row's values go straight into the row's compact array, and nothing else of the sheet is kept. What a cell reads as:
// shared or inline string (rich text runs joined, phonetic runs left out), number, boolean, error, ISO date (t="d"),
// formula as its cached result; a number in a percentage format as the percentage shown, in a date format as a date.

import { parseAreaA1 } from '../../core/a1';
import type { Area, Cell, Grid } from '../../core/grid';
import { FormatKind, isoToDate, serialToDate, type CellFormats } from './cell-formats';
import { formatPercent } from '../number-format';
import type { Attributes, StreamElement, XmlStreamHandlers } from './xml';
import { readXmlPartAsync } from './xml-bytes';
import { PackageError, type Package } from './zip-package';
import { fileError } from './errors';

export interface SheetReadContext {
  /** The shared strings, already unescaped (null for an empty one). */
  strings: ReadonlyArray<string | null>;
  formats: CellFormats;
  date1904: boolean;
  /** Cells with a value the whole workbook may hold before it is refused as too large (shared by its sheets). */
  budget: { cells: number; limit: number };
}

/** `_x000D_`-style escapes of characters XML cannot hold (ECMA-376 ST_Xstring), as Excel writes them. */
const XSTRING_ESCAPE = /_x([0-9A-F]{4})_/g;

export function unescapeXstring(text: string): string {
  return text.indexOf('_x') < 0
    ? text
    : text.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

interface RowRecord {
  row: number;
  /** Column of cells[0]. */
  first: number;
  cells: Cell[];
}

/** Where text goes while a cell is read. */
const NONE = 0;
const VALUE = 1;
const INLINE = 2;

function tooLarge(detail: string): PackageError {
  return new PackageError(fileError('too-large', detail));
}

/**
 * Reads one worksheet part into a Grid, or null when it holds no value. Merged cells other than a merge's top-left
 * are empty (a value written in one is not shown by Excel either); hidden rows holding a cell are listed.
 */
export function readSheetGrid(pkg: Package, part: string, sheet: string, ctx: SheetReadContext): Promise<Grid | null> {
  // The fast path may give way to saxes part way through: the second reading starts with the budget as it was.
  const cells = ctx.budget.cells;
  return readXmlPartAsync(
    pkg,
    part,
    () => {
      ctx.budget.cells = cells;
      return new SheetReader(sheet, ctx);
    },
    (reader) => reader.grid(),
  );
}

/**
 * One worksheet as its XML streams by: the handlers the stream calls, the rows read so far, and the row and the cell
 * being read. Only the sheet's rows, merges and hidden rows are looked at.
 */
class SheetReader implements XmlStreamHandlers {
  private readonly strings: ReadonlyArray<string | null>;
  private readonly kinds: CellFormats['kinds'];
  private readonly codes: CellFormats['codes'];
  private readonly date1904: boolean;
  private readonly budget: SheetReadContext['budget'];

  private readonly rows: RowRecord[] = [];
  private readonly merges: Area[] = [];
  private readonly hidden: number[] = [];
  /** Hidden rows without a cell of their own: listed too when a merge covers them (they show its value). */
  private readonly hiddenBare: number[] = [];
  private ordered = true;

  private depth = 0;
  private sheetDataDepth = 0;
  // The row being read.
  private rowNumber = 0;
  private rowHidden = false;
  private rowHeld = false;
  private col = 0;
  private readonly rowCols: number[] = [];
  private readonly rowVals: Cell[] = [];
  // The cell being read.
  private cellDepth = 0;
  private cellS = 0;
  private cellT = '';
  private hasValue = false;
  private collect = NONE;
  private chars = '';
  private inline = '';
  private phoneticDepth = 0;

  constructor(
    private readonly sheet: string,
    ctx: SheetReadContext,
  ) {
    this.strings = ctx.strings;
    this.kinds = ctx.formats.kinds;
    this.codes = ctx.formats.codes;
    this.date1904 = ctx.date1904;
    this.budget = ctx.budget;
  }

  open(el: StreamElement, attrs: Attributes): void {
    const depth = ++this.depth;
    if (!el.main) return;
    const local = el.local;
    if (this.cellDepth) {
      if (!this.phoneticDepth) this.openInCell(local, depth);
    } else if (this.sheetDataDepth) {
      if (local === 'c' && depth === this.sheetDataDepth + 2) this.openCell(attrs, depth);
      else if (local === 'row' && depth === this.sheetDataDepth + 1) this.openRow(attrs);
    } else if (local === 'sheetData' && depth === 2) {
      this.sheetDataDepth = depth;
    } else if (local === 'mergeCell' && depth === 3) {
      const ref = attrs.get('ref');
      if (ref) {
        try {
          this.merges.push(parseAreaA1(ref));
        } catch {
          // A reference that is not A1 merges nothing.
        }
      }
    }
  }

  close(el: StreamElement): void {
    if (el.main) {
      const depth = this.depth;
      if (this.cellDepth) {
        if (depth === this.cellDepth) this.closeCell();
        else if (this.phoneticDepth === depth) this.phoneticDepth = 0;
        else if (this.collect !== NONE && (el.local === 'v' || el.local === 't')) {
          if (this.collect === INLINE) {
            this.inline += this.chars;
            this.chars = '';
          }
          this.collect = NONE;
        }
      } else if (depth === this.sheetDataDepth + 1 && this.sheetDataDepth && el.local === 'row') {
        this.closeRow();
      } else if (depth === this.sheetDataDepth) {
        this.sheetDataDepth = 0;
      }
    }
    this.depth--;
  }

  /** A property, not a method: the streams call it on its own. */
  readonly text = (t: string): void => {
    if (this.collect !== NONE) this.chars += t;
  };

  private openRow(attrs: Attributes): void {
    const n = attrs.int('r');
    const next = n > 0 ? n : this.rowNumber + 1;
    if (next <= this.rowNumber) this.ordered = false;
    this.rowNumber = next;
    const h = attrs.get('hidden');
    this.rowHidden = h === '1' || h === 'true';
    this.rowHeld = false;
    this.col = 0;
    this.rowCols.length = 0;
    this.rowVals.length = 0;
  }

  private openCell(attrs: Attributes, depth: number): void {
    this.cellDepth = depth;
    const c = attrs.column('r');
    this.col = c > 0 ? c : this.col + 1;
    this.cellS = attrs.int('s') || 0;
    this.cellT = attrs.get('t') ?? '';
    this.hasValue = false;
    this.inline = '';
    this.chars = '';
    this.collect = NONE;
  }

  /** An element inside a cell (not inside a phonetic run). */
  private openInCell(local: string, depth: number): void {
    if (local === 'v') {
      this.collect = VALUE;
      this.chars = '';
      this.hasValue = true;
    } else if (local === 't') {
      if (depth > this.cellDepth + 1) this.collect = INLINE;
    } else if (local === 'f' || local === 'is') {
      this.rowHeld = true;
    } else if (local === 'rPh') {
      this.phoneticDepth = depth;
    }
  }

  private closeCell(): void {
    this.cellDepth = 0;
    this.collect = NONE;
    let v: Cell = null;
    if (this.cellT === 'inlineStr' && this.inline !== '') {
      v = unescapeXstring(this.inline);
    } else if (this.hasValue && this.chars !== '') {
      this.rowHeld = true;
      v = this.value(this.chars);
    }
    if (v === null) return;
    this.rowHeld = true;
    this.rowCols.push(this.col);
    this.rowVals.push(v);
  }

  /** What the cell's `<v>` reads as, by the cell's type and, for a number, its format. */
  private value(text: string): Cell {
    switch (this.cellT) {
      case 's':
        return this.strings[+text] ?? null;
      case 'str':
      case 'inlineStr':
        return text;
      case 'b':
        return text === '1' || text === 'true' || text === 'TRUE';
      case 'e':
        return { error: text };
      case 'd':
        return isoToDate(text);
      default: {
        const n = +text;
        if (!Number.isFinite(n)) return null;
        const s = this.cellS;
        const kind = s < this.kinds.length ? this.kinds[s] : FormatKind.Plain;
        return kind === FormatKind.Plain
          ? n
          : kind === FormatKind.Percent
            ? formatPercent(n, this.codes[s] as string)
            : serialToDate(n, this.date1904);
      }
    }
  }

  private closeRow(): void {
    const rowCols = this.rowCols;
    const rowNumber = this.rowNumber;
    if (this.rowHidden) (this.rowHeld ? this.hidden : this.hiddenBare).push(rowNumber);
    const n = rowCols.length;
    if (n === 0) return;
    if ((this.budget.cells -= n) < 0) {
      throw tooLarge(`${this.sheet}: > ${this.budget.limit} 单元格 / cells`);
    }
    let first = rowCols[0];
    let last = first;
    let inOrder = true;
    for (let i = 1; i < n; i++) {
      const c = rowCols[i];
      if (c <= rowCols[i - 1]) inOrder = false;
      if (c < first) first = c;
      if (c > last) last = c;
    }
    let cells: Cell[];
    if (inOrder && last - first + 1 === n) {
      cells = this.rowVals.slice();
    } else {
      cells = new Array<Cell>(last - first + 1).fill(null);
      for (let i = 0; i < n; i++) cells[rowCols[i] - first] = this.rowVals[i];
    }
    const rows = this.rows;
    if (rows.length > 0 && rows[rows.length - 1].row === rowNumber) {
      // The same row written twice: its cells joined, later ones winning.
      const prev = rows.pop() as RowRecord;
      cells = joinRows(prev, { row: rowNumber, first, cells });
      first = Math.min(prev.first, first);
    }
    rows.push({ row: rowNumber, first, cells });
  }

  /** The Grid of the rows read, once the stream has ended. */
  grid(): Grid | null {
    const { rows, hidden } = this;
    if (!this.ordered) {
      // Rows out of order (allowed by no writer, seen in hand-made files): sorted, duplicates joined.
      rows.sort((a, b) => a.row - b.row);
      for (let i = rows.length - 1; i > 0; i--) {
        if (rows[i - 1].row === rows[i].row) {
          const joined = joinRows(rows[i - 1], rows[i]);
          rows[i - 1] = { row: rows[i].row, first: Math.min(rows[i - 1].first, rows[i].first), cells: joined };
          rows.splice(i, 1);
        }
      }
      hidden.sort((a, b) => a - b);
    }
    const uniqueMerges = dedupeMerges(this.merges);
    if (uniqueMerges.length > 0) {
      blankMergedCells(rows, uniqueMerges);
      const covered = rowsCovered(this.hiddenBare, uniqueMerges);
      if (covered.length > 0) {
        hidden.push(...covered);
        hidden.sort((a, b) => a - b);
      }
    }
    return buildGrid(this.sheet, rows, uniqueMerges, dedupeSorted(hidden));
  }
}

/** Two records of one row as one array starting at the smaller first column; `b`'s cells win. */
function joinRows(a: RowRecord, b: RowRecord): Cell[] {
  const first = Math.min(a.first, b.first);
  const last = Math.max(a.first + a.cells.length, b.first + b.cells.length) - 1;
  const out = new Array<Cell>(last - first + 1).fill(null);
  for (let i = 0; i < a.cells.length; i++) out[a.first - first + i] = a.cells[i];
  for (let i = 0; i < b.cells.length; i++) if (b.cells[i] !== null) out[b.first - first + i] = b.cells[i];
  return out;
}

/** One merge per top-left cell (a later one replacing an earlier), in order of top, then left. */
function dedupeMerges(merges: Area[]): Area[] {
  if (merges.length === 0) return merges;
  const byMaster = new Map<string, Area>();
  for (const m of merges) {
    const key = `${m.top}:${m.left}`;
    byMaster.delete(key);
    byMaster.set(key, m);
  }
  return [...byMaster.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The rows of `rows` (ascending) where some merge has a cell other than its top-left. */
function rowsCovered(rows: readonly number[], merges: readonly Area[]): number[] {
  if (rows.length === 0) return [];
  const spans = merges
    .map((m) => ({ from: m.right > m.left ? m.top : m.top + 1, to: m.bottom }))
    .filter((x) => x.from <= x.to)
    .sort((a, b) => a.from - b.from);
  const out: number[] = [];
  let i = 0;
  let reach = 0;
  for (const r of [...rows].sort((a, b) => a - b)) {
    while (i < spans.length && spans[i].from <= r) reach = Math.max(reach, spans[i++].to);
    if (r <= reach) out.push(r);
  }
  return out;
}

function dedupeSorted(xs: number[]): number[] {
  return xs.filter((x, i) => i === 0 || xs[i - 1] !== x);
}

/** Empties every merged cell but each merge's top-left. */
function blankMergedCells(rows: RowRecord[], merges: readonly Area[]): void {
  for (const m of merges) {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid].row < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < rows.length && rows[i].row <= m.bottom; i++) {
      const r = rows[i];
      const from = Math.max(m.left, r.first);
      const to = Math.min(m.right, r.first + r.cells.length - 1);
      for (let c = from; c <= to; c++) {
        if (r.row === m.top && c === m.left) continue;
        r.cells[c - r.first] = null;
      }
    }
  }
}

function buildGrid(sheet: string, records: RowRecord[], merges: Area[], hidden: number[]): Grid | null {
  // Trim what merges emptied: leading and trailing empty cells, rows left with none.
  let left = Infinity;
  const kept: RowRecord[] = [];
  for (const r of records) {
    let a = 0;
    let b = r.cells.length - 1;
    while (a <= b && r.cells[a] === null) a++;
    while (b >= a && r.cells[b] === null) b--;
    if (a > b) continue;
    if (a > 0 || b < r.cells.length - 1) {
      r.cells = r.cells.slice(a, b + 1);
      r.first += a;
    }
    if (r.first < left) left = r.first;
    kept.push(r);
  }
  if (kept.length === 0) return null;
  const top = kept[0].row;
  const bottom = kept[kept.length - 1].row;
  const cells: Cell[][] = new Array<Cell[]>(bottom - top + 1);
  let k = 0;
  for (let r = top; r <= bottom; r++) {
    const rec = kept[k];
    if (rec && rec.row === r) {
      k++;
      if (rec.first === left) cells[r - top] = rec.cells;
      else {
        const shift = rec.first - left;
        const out = new Array<Cell>(shift + rec.cells.length);
        for (let i = 0; i < shift; i++) out[i] = null;
        for (let i = 0; i < rec.cells.length; i++) out[shift + i] = rec.cells[i];
        cells[r - top] = out;
      }
    } else {
      cells[r - top] = [];
    }
  }
  const grid: Grid = { sheet, top, left, cells, merges };
  const hiddenInGrid = hidden.filter((r) => r >= top && r <= bottom);
  if (hiddenInGrid.length > 0) grid.hiddenRows = hiddenInGrid;
  return grid;
}
