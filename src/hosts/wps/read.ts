// Reads WPS worksheets into the core Grid: values in one Value2 call, merged areas and hidden rows by bisection.
//
// WPS calls are synchronous but each one crosses from the page's JavaScript into WPS, so the read asks about blocks,
// not cells: `Range.MergeCells` is false for a block without any merged cell, true when all are merged and null
// when some are, so only blocks that hold merges are split further (about merges × log(cells) calls instead of one
// per cell). Number formats, needed to tell dates and percentages from plain numbers, are read for the whole range,
// then per column, then per numeric cell only where a column mixes formats.

import { a1, areaA1, parseAreaA1 } from '../../core/a1';
import type { Area, Cell, Grid } from '../../core/grid';
import { toCell } from '../excel/values';
import { HostError, type ReadResult, type ReadScope } from '../host';
import { XL_SHEET_VISIBLE, type WpsApplication, type WpsRange, type WpsWorkbook, type WpsWorksheet } from './et';
import { messages } from './messages';
import { OWN_SHEETS, worksheets } from './store';

/** CVErr(n) reaches JavaScript as the HRESULT 0x800A0000 + n; this is 0x800A0000 as a signed 32-bit integer. */
const ERROR_BASE = -2146828288;
const ERROR_CODES: Record<number, string> = {
  2000: '#NULL!',
  2007: '#DIV/0!',
  2015: '#VALUE!',
  2023: '#REF!',
  2029: '#NAME?',
  2036: '#NUM!',
  2042: '#N/A',
  2043: '#GETTING_DATA',
  2045: '#SPILL!',
  2046: '#CONNECT!',
  2047: '#BLOCKED!',
  2048: '#UNKNOWN!',
  2049: '#FIELD!',
  2050: '#CALC!',
};

/** The formula error a Value2 number stands for (signed or unsigned HRESULT), or null for an ordinary number. */
export function errorCode(value: number): string | null {
  for (const base of [ERROR_BASE, ERROR_BASE + 2 ** 32]) {
    const code = ERROR_CODES[value - base];
    if (code) return code;
  }
  return null;
}

/**
 * True unless the cell's text shows something other than an error. A formula error reaches Value2 as one of a few
 * numbers, which an ordinary cell may also hold (2 148 141 050 is a plausible provincial budget and the unsigned
 * form of #N/A); the cell shows an error as its code (#N/A, #DIV/0!) and a number as digits, so a text that is there
 * and does not start with '#' is a number's. No text to go by (null when unknown) keeps the error.
 */
function showsError(text: string | null | undefined): boolean {
  return !(typeof text === 'string' && text !== '' && !text.startsWith('#'));
}

/**
 * One Value2 entry as the core's Cell; `format` is asked only for numbers (dates and percentages need it) and
 * `shown` (the cell's Text) only for a number that is also an error's code.
 */
export function wpsCell(value: unknown, format: () => string | null, shown?: () => string | null): Cell {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') {
    const error = errorCode(value);
    if (error && showsError(shown?.())) return { error };
    return toCell(value, undefined, format() ?? undefined);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // Anything else (an object WPS could not turn into a plain value) has nothing the core could check.
  return null;
}

/** Value2 as rows of cells: a scalar for one cell, an array of rows otherwise (a flat array is reshaped). */
export function valueMatrix(value: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0 || Array.isArray(value[0])) return value as unknown[][];
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) out.push(value.slice(r * cols, r * cols + cols));
  return out;
}

function areaOf(range: WpsRange): Area {
  const top = range.Row;
  const left = range.Column;
  return { top, left, bottom: top + range.Rows.Count - 1, right: left + range.Columns.Count - 1 };
}

function contains(outer: Area, inner: Area): boolean {
  return (
    outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right
  );
}

/** The merged area a single merged cell belongs to (two calls: MergeArea, then its address). */
function mergeAreaOf(ws: WpsWorksheet, row: number, col: number): Area {
  return parseAreaA1(ws.Range(a1(row, col)).MergeArea.Address());
}

/**
 * The merged areas that meet `area`, found by splitting only the blocks that hold merged cells. A block is split
 * along its longer side, top or left half first, so a merge's top-left cell is always met before its other cells,
 * which are then skipped without a call. A block whose cells are all merged is walked cell by cell instead.
 */
export function findMerges(ws: WpsWorksheet, area: Area): Area[] {
  const found: Area[] = [];
  const covered = (row: number, col: number) =>
    found.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  const record = (row: number, col: number) => {
    const m = mergeAreaOf(ws, row, col);
    if (!found.some((f) => f.top === m.top && f.left === m.left)) found.push(m);
  };
  const visit = (block: Area): void => {
    if (found.some((m) => contains(m, block))) return;
    const merged = ws.Range(areaA1(block)).MergeCells;
    if (merged === false) return;
    if (merged === true) {
      for (let r = block.top; r <= block.bottom; r++) {
        for (let c = block.left; c <= block.right; c++) if (!covered(r, c)) record(r, c);
      }
      return;
    }
    const rows = block.bottom - block.top + 1;
    const cols = block.right - block.left + 1;
    if (rows >= cols) {
      const mid = block.top + Math.floor(rows / 2) - 1;
      visit({ ...block, bottom: mid });
      visit({ ...block, top: mid + 1 });
    } else {
      const mid = block.left + Math.floor(cols / 2) - 1;
      visit({ ...block, right: mid });
      visit({ ...block, left: mid + 1 });
    }
  };
  visit(area);
  return found.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Hidden sheet rows between top and bottom, asking whole blocks of rows first. */
export function findHiddenRows(ws: WpsWorksheet, top: number, bottom: number, left: number): number[] {
  const out: number[] = [];
  const visit = (from: number, to: number): void => {
    const hidden = ws.Range(`${a1(from, left)}:${a1(to, left)}`).EntireRow.Hidden;
    if (hidden === false) return;
    if (hidden === true) {
      for (let r = from; r <= to; r++) out.push(r);
      return;
    }
    if (from === to) return;
    const mid = from + Math.floor((to - from + 1) / 2) - 1;
    visit(from, mid);
    visit(mid + 1, to);
  };
  visit(top, bottom);
  return out;
}

/** Number formats on demand: one call for the whole range when uniform, else per column, else per cell. */
function formatLookup(range: WpsRange): (r: number, c: number) => string | null {
  let whole: string | null | undefined;
  const columns = new Map<number, string | null>();
  return (r, c) => {
    if (whole === undefined) whole = range.NumberFormat;
    if (whole !== null) return whole;
    let column = columns.get(c);
    if (column === undefined) {
      column = range.Columns.Item(c + 1).NumberFormat;
      columns.set(c, column);
    }
    return column ?? range.Item(r + 1, c + 1).NumberFormat;
  };
}

/** The text a cell of the range shows; null when WPS cannot say, which leaves a Value2 error code an error. */
function cellText(range: WpsRange, r: number, c: number): string | null {
  try {
    return range.Item(r + 1, c + 1).Text;
  } catch {
    // Only a refinement of what Value2 already said (see showsError): reading on without it loses nothing.
    return null;
  }
}

/** The range's cells as a Grid of its sheet; merged areas starting in the range, their other cells empty. */
export function readRange(ws: WpsWorksheet, range: WpsRange): Grid {
  const area = areaOf(range);
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  const values = valueMatrix(range.Value2, rows, cols);
  const format = formatLookup(range);
  const cells: Cell[][] = values.map((row, r) =>
    row.map((v, c) =>
      wpsCell(
        v,
        () => format(r, c),
        () => cellText(range, r, c),
      ),
    ),
  );
  const merges = findMerges(ws, area);
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, area.bottom); r++) {
      const row = cells[r - area.top];
      if (!row) continue;
      for (let c = Math.max(m.left, area.left); c <= Math.min(m.right, area.right); c++) {
        if (r !== m.top || c !== m.left) row[c - area.left] = null;
      }
    }
  }
  const grid: Grid = { sheet: ws.Name, top: area.top, left: area.left, cells, merges };
  const hidden = findHiddenRows(ws, area.top, area.bottom, area.left);
  if (hidden.length > 0) grid.hiddenRows = hidden;
  return grid;
}

function hasValue(grid: Grid): boolean {
  return grid.cells.some((row) => row.some((v) => v !== null));
}

export function activeWorkbook(app: WpsApplication): WpsWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new HostError(messages.noWorkbook());
  return wb;
}

/** The sheets a person sees and fills in: visible (not hidden, not very hidden) and not the product's own. */
export function visibleSheets(wb: WpsWorkbook): WpsWorksheet[] {
  return worksheets(wb).filter((ws) => ws.Visible === XL_SHEET_VISIBLE && !OWN_SHEETS.has(ws.Name));
}

export function readSheets(app: WpsApplication, scope: ReadScope): ReadResult {
  const wb = activeWorkbook(app);
  if (scope === 'selection') {
    const selection = app.ActiveWindow?.RangeSelection;
    if (selection) return { grids: [readRange(selection.Worksheet, selection)], messages: [] };
    // No cell selection (a chart or a shape is selected): the active sheet is what the person looks at.
  }
  if (scope === 'all') {
    const grids = visibleSheets(wb)
      .map((ws) => readRange(ws, ws.UsedRange))
      .filter(hasValue);
    return { grids, messages: [] };
  }
  const ws = wb.ActiveSheet;
  return { grids: [readRange(ws, ws.UsedRange)], messages: [] };
}
