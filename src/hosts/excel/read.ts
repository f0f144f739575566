// Reads sheets into core Grids through Office.js: geometry in one sync, values and merged areas in the next.
//
// An ordinary sheet takes two syncs: (1) sheet name, used-range geometry and comment ids; (2) values, valueTypes,
// numberFormat, merged areas and comment locations. A sheet whose values would not fit one 5 MB payload is read in
// row blocks sized from its column count (later blocks from the bytes measured so far) — the only place where the
// host syncs in a loop, and the number of syncs then grows with size / payload cap only.

import type { Area, Cell, Grid } from '../../core/grid';
import { a1, columnLetters } from '../../core/a1';
import { HostError, type HostMessage, type ReadScope } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { isPayloadError, messages, toHostError } from './messages';
import {
  areasOf,
  ESTIMATED_CELL_BYTES,
  jsonBytes,
  localRef,
  MAX_READ_CELLS,
  MERGE_BAND_CELLS,
  PAYLOAD_BUDGET,
} from './payload';
import { toCell } from './values';

/** Sheets with up to this many comments have them located during the read (about 90 bytes each, both ways). */
const INDEX_CAP = 5000;

/** Comment id → the cell it sits on ('E15'), per sheet: lets a write skip locating comments it already knows. */
export type CommentIndex = Map<string, Map<string, string>>;

export interface ReadOptions {
  caps: ExcelCapabilities;
  /** Sheets never read (the product's own findings sheet). */
  exclude?: ReadonlySet<string>;
  /** Bytes one sync may carry (tests and the bench lower it to exercise row blocks). */
  budget?: number;
  maxCells?: number;
  onProgress?: (fraction: number) => void;
}

export interface ExcelReadResult {
  grids: Grid[];
  messages: HostMessage[];
  comments: CommentIndex;
}

interface Geometry {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

interface SheetRead {
  name: string;
  ws: Excel.Worksheet;
  geometry: Geometry | null;
  cells: Cell[][];
  merges: Area[];
  mergesUnknown: boolean;
  /** Rows [0, next) of the geometry are read. */
  next: number;
  /** Bytes per cell measured on the blocks read so far (null before the first). */
  density: number | null;
  comments: Excel.CommentCollection | null;
  commentCount: OfficeExtension.ClientResult<number> | null;
  locations: Array<{ id: string; range: Excel.Range }>;
  /** Merged areas are asked for in small bands after a whole-block request failed (more than 512 areas). */
  bandedMerges: boolean;
}

interface Block {
  sheet: SheetRead;
  start: number;
  rows: number;
  range: Excel.Range;
  merges: Excel.RangeAreas[];
}

function blockAddress(g: Geometry, start: number, rows: number, left = g.left, cols = g.cols): string {
  const top = g.top + start;
  return `${a1(top, left)}:${columnLetters(left + cols - 1)}${top + rows - 1}`;
}

async function sync(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw toHostError(e);
  }
}

function usedRangeOf(ws: Excel.Worksheet, caps: ExcelCapabilities): Excel.Range {
  // valuesOnly: a fill or border far below the table must not make the read larger.
  return caps.usedRangeOrNull ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange();
}

function geometryOf(range: Excel.Range): Geometry | null {
  if (range.isNullObject) return null;
  return { top: range.rowIndex + 1, left: range.columnIndex + 1, rows: range.rowCount, cols: range.columnCount };
}

function intersect(a: Geometry, b: Geometry): Geometry | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return bottom > top && right > left ? { top, left, rows: bottom - top, cols: right - left } : null;
}

/** Queues one block of a sheet: values, types, formats and (with 1.13) the merged areas starting in it. */
function queueBlock(s: SheetRead, start: number, rows: number, caps: ExcelCapabilities): Block {
  const g = s.geometry as Geometry;
  const range = s.ws.getRange(blockAddress(g, start, rows));
  range.load('values,valueTypes,numberFormat');
  const merges: Excel.RangeAreas[] = [];
  if (caps.merges && !s.mergesUnknown) {
    // Merged areas come back only when their top-left cell is inside the asked range (office-js issue 3611), so
    // blocks and bands never report one area twice.
    const bandRows = s.bandedMerges ? Math.max(1, Math.floor(MERGE_BAND_CELLS / g.cols)) : rows;
    for (let b = 0; b < rows; b += bandRows) {
      const part =
        b === 0 && bandRows >= rows ? range : s.ws.getRange(blockAddress(g, start + b, Math.min(bandRows, rows - b)));
      const areas = part.getMergedAreasOrNullObject();
      areas.load('address');
      merges.push(areas);
    }
  }
  return { sheet: s, start, rows, range, merges };
}

function takeBlock(b: Block): number {
  const { values, valueTypes, numberFormat } = b.range;
  const s = b.sheet;
  for (let r = 0; r < b.rows; r++) {
    const vr = values[r] ?? [];
    const tr = valueTypes[r] ?? [];
    const fr = numberFormat[r] ?? [];
    const row: Cell[] = new Array<Cell>(vr.length);
    for (let c = 0; c < vr.length; c++) row[c] = toCell(vr[c], tr[c], fr[c] as string | undefined);
    s.cells[b.start + r] = row;
  }
  for (const m of b.merges) {
    if (!m.isNullObject) s.merges.push(...areasOf(m.address));
  }
  return jsonBytes(values) + jsonBytes(valueTypes) + jsonBytes(numberFormat);
}

/** Merged cells other than the top-left read as empty, whatever the host returned for them. */
function blankMergedCells(s: SheetRead): void {
  const g = s.geometry;
  if (!g) return;
  for (const m of s.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = s.cells[r - g.top];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && c - g.left >= 0 && c - g.left < row.length) row[c - g.left] = null;
      }
    }
  }
}

/** Reads the sheets of a scope into Grids. Throws HostError for edit mode and for a range over the caps. */
export async function readSheets(
  context: Excel.RequestContext,
  scope: ReadScope,
  opts: ReadOptions,
): Promise<ExcelReadResult> {
  const { caps } = opts;
  const budget = opts.budget ?? PAYLOAD_BUDGET;
  const maxCells = opts.maxCells ?? MAX_READ_CELLS;
  const exclude = opts.exclude ?? new Set<string>();

  // Sync 1 (two for 'all', whose sheets must be listed before their used ranges can be asked for).
  const sheets: SheetRead[] = [];
  const used: Excel.Range[] = [];
  let selection: Excel.Range | null = null;
  const start = (ws: Excel.Worksheet) => {
    const s: SheetRead = {
      name: '',
      ws,
      geometry: null,
      cells: [],
      merges: [],
      mergesUnknown: !caps.merges,
      next: 0,
      density: null,
      comments: null,
      commentCount: null,
      locations: [],
      bandedMerges: false,
    };
    const u = usedRangeOf(ws, caps);
    u.load('rowIndex,columnIndex,rowCount,columnCount');
    used.push(u);
    if (caps.comments) {
      // Up to INDEX_CAP comment ids; a sheet with more is left to the write's own paged lookup.
      s.comments = ws.comments;
      s.commentCount = s.comments.getCount();
      s.comments.load({ select: 'id', top: INDEX_CAP });
    }
    sheets.push(s);
    return s;
  };
  if (scope === 'all') {
    const all = context.workbook.worksheets;
    all.load('items/name,items/visibility');
    await sync(context);
    for (const ws of all.items) {
      // Hidden sheets are not what the user is looking at; very hidden ones belong to add-ins.
      if (ws.visibility !== 'Visible' || exclude.has(ws.name)) continue;
      start(ws).name = ws.name;
    }
  } else {
    if (scope === 'selection') {
      selection = context.workbook.getSelectedRange();
      selection.load('rowIndex,columnIndex,rowCount,columnCount');
    }
    // The selection is always on the active sheet.
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load('name');
    start(ws);
  }
  await sync(context);

  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    if (!s.name) s.name = s.ws.name;
    let g = geometryOf(used[i]);
    if (g && selection) g = intersect(g, geometryOf(selection) as Geometry);
    s.geometry = g;
    if (g && g.rows * g.cols > maxCells) throw new HostError(messages.rangeTooLarge(s.name, g.rows * g.cols, maxCells));
  }

  // Sync 2 and, for big sheets only, more: blocks packed into syncs by their estimated size.
  const totalRows = sheets.reduce((n, s) => n + (s.geometry?.rows ?? 0), 0);
  let doneRows = 0;
  let locate = sheets.filter(
    (s) => s.comments && s.commentCount && s.commentCount.value > 0 && s.commentCount.value <= INDEX_CAP,
  );
  for (;;) {
    const todo = sheets.filter((s) => s.geometry && s.next < s.geometry.rows);
    if (todo.length === 0 && locate.length === 0) break;
    // Comment locations ride along with the first block batch (asked again if that batch has to be repeated).
    for (const s of locate) {
      s.locations = (s.comments as Excel.CommentCollection).items.map((c) => {
        const range = c.getLocation();
        range.load('address');
        return { id: c.id, range };
      });
    }
    // The first batch also carries the comment locations.
    let left = budget - locate.reduce((n, s) => n + (s.comments as Excel.CommentCollection).items.length * 90, 0);
    const blocks: Block[] = [];
    for (const s of todo) {
      const g = s.geometry as Geometry;
      const rowBytes = g.cols * (s.density ?? ESTIMATED_CELL_BYTES);
      let rows = Math.min(g.rows - s.next, Math.floor(left / rowBytes));
      if (rows < 1) {
        if (blocks.length > 0) break;
        rows = 1;
      }
      blocks.push(queueBlock(s, s.next, rows, caps));
      left -= rows * rowBytes;
    }
    // The documented row-block read: one sync per block batch, each sized to stay under the payload cap.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    const failure = await context.sync().then(
      () => null,
      (e: unknown) => e,
    );
    if (failure) {
      if (isPayloadError(failure)) {
        // Denser than estimated: halve the estimate for the sheets in this batch and ask again.
        for (const b of blocks) {
          const cols = (b.sheet.geometry as Geometry).cols;
          if (b.rows === 1) throw new HostError(messages.rangeTooLarge(b.sheet.name, cols, budget));
          b.sheet.density = Math.max(b.sheet.density ?? ESTIMATED_CELL_BYTES, (budget / b.rows / cols) * 2);
        }
        continue;
      }
      const merging = blocks.filter((b) => b.merges.length > 0);
      if (merging.length === 0) throw toHostError(failure);
      // Most likely more than 512 merged areas in one request: ask again in small bands, then give up on merges.
      for (const b of merging) {
        if (b.sheet.bandedMerges) b.sheet.mergesUnknown = true;
        else b.sheet.bandedMerges = true;
      }
      continue;
    }
    for (const b of blocks) {
      const bytes = takeBlock(b);
      const cells = b.rows * (b.sheet.geometry as Geometry).cols;
      b.sheet.density = Math.max(bytes / Math.max(cells, 1), 8);
      b.sheet.next += b.rows;
      doneRows += b.rows;
    }
    locate = [];
    opts.onProgress?.(totalRows === 0 ? 1 : doneRows / totalRows);
  }

  const out: ExcelReadResult = { grids: [], messages: [], comments: new Map() };
  let unknownMerges = false;
  for (const s of sheets) {
    blankMergedCells(s);
    const g = s.geometry;
    const grid: Grid = {
      sheet: s.name,
      top: g?.top ?? 1,
      left: g?.left ?? 1,
      cells: g ? s.cells : [],
      merges: s.merges,
    };
    if (s.mergesUnknown) {
      grid.mergesUnknown = true;
      unknownMerges = true;
    }
    out.grids.push(grid);
    const index = new Map<string, string>();
    for (const l of s.locations) index.set(l.id, localRef(l.range.address));
    if (s.comments && s.commentCount && s.commentCount.value <= INDEX_CAP) out.comments.set(s.name, index);
  }
  if (unknownMerges) out.messages.push(messages.mergesUnknown());
  return out;
}
