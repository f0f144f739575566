// The exceljs-based reader the file host used before issue 15, kept as a TEST ORACLE only (never in src/): the
// differential tests compare the product's own reader (src/hosts/file/read.ts) with it cell for cell, and tests that
// inspect a written copy through exceljs's model load it with `loadWorkbook`. exceljs is a devDependency.

import ExcelJS from 'exceljs';
import type { Area, Cell, Grid } from '../../src/core/grid';
import type { FileError } from '../../src/core/model';
import { formatPercent, isPercentFormat } from '../../src/hosts/number-format';
import { SETTINGS_MARKER, SETTINGS_SHEET_NAME } from '../../src/hosts/stored-settings';
import { fileError } from '../../src/hosts/file/errors';
import { sniffWorkbook, toBytes } from '../../src/hosts/file/zip-sniff';

export type ExcelJsReadOutcome =
  | { ok: true; grids: Grid[]; workbook: ExcelJS.Workbook; settingsJson: string | null }
  | { ok: false; error: FileError };

export interface ReadOptions {
  load?: (bytes: Uint8Array) => Promise<ExcelJS.Workbook>;
}

/** Reads every worksheet that holds a value into a Grid; chart sheets, empty and very hidden sheets are skipped. */
export async function readWorkbookExcelJs(
  input: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<ExcelJsReadOutcome> {
  const bytes = toBytes(input);
  const sniff = sniffWorkbook(bytes);
  if (!sniff.ok) return sniff;
  let workbook: ExcelJS.Workbook;
  try {
    workbook = options.load ? await options.load(bytes) : await loadPlain(bytes);
  } catch (e) {
    return { ok: false, error: fileError('corrupt', shortReason(e)) };
  }
  const grids: Grid[] = [];
  let settingsJson: string | null = null;
  try {
    for (const ws of workbook.worksheets) {
      // A very hidden sheet is for programs (ours stores annotation state there), not something a person filled in.
      if (ws.state === 'veryHidden') {
        if (ws.name.toLowerCase() === SETTINGS_SHEET_NAME.toLowerCase()) settingsJson = settingsSheetJson(ws);
        continue;
      }
      const grid = worksheetGrid(ws);
      if (grid) grids.push(grid);
    }
  } catch (e) {
    return { ok: false, error: fileError('corrupt', shortReason(e)) };
  }
  return { ok: true, grids, workbook, settingsJson };
}

/** The JSON of the WPS settings sheet: column A from A2 joined, when A1 holds the marker. */
function settingsSheetJson(ws: ExcelJS.Worksheet): string | null {
  if (ws.getCell(1, 1).value !== SETTINGS_MARKER) return null;
  let json = '';
  for (let r = 2; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== 'string') break;
    json += v;
  }
  return json;
}

/** Loads workbook bytes into exceljs's model, for reading only (tests and the reader; nothing is written with it). */
export function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return loadPlain(bytes);
}

async function loadPlain(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typing says Buffer; at run time it hands the bytes to JSZip, which takes a Uint8Array.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function shortReason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = text.split('\n')[0].trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** exceljs keeps merges in a private map keyed by the master's address; `worksheet.model` would rebuild every row. */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function worksheetGrid(ws: ExcelJS.Worksheet): Grid | null {
  const rows: { row: number; cells: Cell[] }[] = [];
  const hidden: number[] = [];
  let left = Infinity;
  let right = 0;
  ws.eachRow((row, rowNumber) => {
    let cells: Cell[] | null = null;
    row.eachCell((cell, col) => {
      // exceljs repeats a merge master's value in every cell of the merge; the Grid wants them empty.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      let v = cellValue(cell.value);
      if (v === null) return;
      if (typeof v === 'number' && isPercentFormat(cell.numFmt)) v = formatPercent(v, cell.numFmt);
      if (!cells) cells = [];
      cells[col - 1] = v;
      if (col < left) left = col;
      if (col > right) right = col;
    });
    if (cells) rows.push({ row: rowNumber, cells });
    if (row.hidden) hidden.push(rowNumber);
  });
  if (rows.length === 0) return null;
  const top = rows[0].row;
  const bottom = rows[rows.length - 1].row;
  const cells: Cell[][] = [];
  for (let i = 0, r = top; r <= bottom; r++) {
    if (i < rows.length && rows[i].row === r) {
      const src = rows[i++].cells;
      if (left === 1) {
        // Most sheets start in column A: the row's own array serves, its holes made empty cells in place.
        for (let c = 0; c < src.length; c++) if (src[c] === undefined) src[c] = null;
        cells.push(src);
        continue;
      }
      const out = new Array<Cell>(src.length - left + 1).fill(null);
      for (let c = left - 1; c < src.length; c++) {
        const v = src[c];
        if (v !== undefined) out[c - left + 1] = v;
      }
      cells.push(out);
    } else {
      cells.push([]);
    }
  }
  const merges: Area[] = [];
  const privateMerges = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  for (const m of Object.values(privateMerges)) {
    merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const grid: Grid = { sheet: ws.name, top, left, cells, merges };
  const hiddenInGrid = hidden.filter((r) => r >= top && r <= bottom);
  if (hiddenInGrid.length > 0) grid.hiddenRows = hiddenInGrid;
  return grid;
}

/** exceljs's cell value → the Grid's: rich text flattened, formulas as their cached result, links as their text. */
export function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return richText(v);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : cellValue(result);
  }
  if ('hyperlink' in v) {
    const text: unknown = (v as ExcelJS.CellHyperlinkValue).text;
    if (typeof text === 'string') return text === '' ? null : text;
    if (text && typeof text === 'object' && 'richText' in text) return richText(text as ExcelJS.CellRichTextValue);
    return null;
  }
  return null;
}

function richText(v: ExcelJS.CellRichTextValue): string | null {
  const s = (v.richText ?? []).map((run) => run.text ?? '').join('');
  return s === '' ? null : s;
}
