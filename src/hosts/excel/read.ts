// Reads sheets into core Grids through Office.js: geometry in one sync, comment ids in the next, then values and merges.
//
// An ordinary sheet takes three syncs (two before comments, ExcelApi 1.10): (1) sheet name and used-range geometry;
// (2) comment ids, in a batch of their own: some clients report 1.10 yet throw NotImplemented on the comments API, and
// that must not fail the check; (3) values, valueTypes, numberFormat, merged areas and comment locations. A sheet
// whose values would not fit one 5 MB payload is read in row blocks sized from its column count (later blocks from the
// bytes measured so far) — the only place where the host syncs in a loop, and the number of syncs then grows with
// size / payload cap only.

import type { Area, Cell, Grid } from '../../core/grid';
import { a1, areaA1, columnLetters, columnNumber, parseAreaA1 } from '../../core/a1';
import { HostError, type HostMessage, type ReadScope } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { errorDetail, isEditModeError, isPayloadError, messages, officeErrorCode, toHostError } from './messages';
import {
  splitAreas,
  ESTIMATED_CELL_BYTES,
  jsonBytes,
  localRef,
  MAX_READ_CELLS,
  MERGE_BAND_CELLS,
  PAYLOAD_BUDGET,
  REQUEST_BYTES,
} from './payload';
import { toCell } from './values';

/**
 * Sheets with up to this many comments have them located during the read: some 640 request bytes each (getLocation,
 * a tracked range, and its address; about 230 back), so locations take the first block batch's room first, and
 * locations too many for one request are dropped (the next write locates comments itself).
 */
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
  /** Set when the comments API failed (its error, for the messages): comments are unusable on this client. */
  commentsFailure?: string;
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

/** One area of an address, whole columns ('C:E') and whole rows ('3:5') included, as a selection or a merge may be. */
function addressArea(address: string): Area {
  const local = localRef(address);
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (cols) {
    const [l, r] = [columnNumber(cols[1]), columnNumber(cols[2])];
    return { top: 1, left: Math.min(l, r), bottom: 1_048_576, right: Math.max(l, r) };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) {
    const [t, b] = [Number(rows[1]), Number(rows[2])];
    return { top: Math.min(t, b), left: 1, bottom: Math.max(t, b), right: 16_384 };
  }
  return parseAreaA1(local);
}

/** The smallest rectangle holding every area of a multi-area address ("S!A1:B2,S!D5"). */
function boundingArea(address: string): { area: Area; count: number } {
  const areas = splitAreas(address).map(addressArea);
  const area: Area = {
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  };
  return { area, count: areas.length };
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
    if (!m.isNullObject) s.merges.push(...splitAreas(m.address).map(addressArea));
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

/**
 * Reads the sheets of a scope into Grids. Throws HostError for edit mode, a selection that is not one range (before
 * 1.9) and a range over the caps.
 */
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
  const said: HostMessage[] = [];
  let selection: Excel.Range | null = null;
  let selectionAreas: Excel.RangeAreas | null = null;
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
    if (scope === 'selection' && caps.selectedRanges) {
      // Several areas (Ctrl+click) are read as the rectangle that holds them all.
      selectionAreas = context.workbook.getSelectedRanges();
      selectionAreas.load('address');
    } else if (scope === 'selection') {
      // Throws InvalidSelection on several areas, as on a chart or a shape.
      selection = context.workbook.getSelectedRange();
      selection.load('rowIndex,columnIndex,rowCount,columnCount');
    }
    // The selection is always on the active sheet.
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load('name');
    start(ws);
  }
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) === 'InvalidSelection') throw new HostError(messages.selectionNotOneRange());
    throw toHostError(e);
  }

  let selected: Geometry | null = selection ? geometryOf(selection) : null;
  if (selectionAreas) {
    const { area, count } = boundingArea(selectionAreas.address);
    selected = { top: area.top, left: area.left, rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 };
    if (count > 1) said.push(messages.selectionAreas(count, areaA1(area)));
  }
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    if (!s.name) s.name = s.ws.name;
    let g = geometryOf(used[i]);
    if (g && selected) g = intersect(g, selected);
    s.geometry = g;
    if (g && g.rows * g.cols > maxCells) throw new HostError(messages.rangeTooLarge(s.name, g.rows * g.cols, maxCells));
  }

  // Sync 2: comment ids (up to INDEX_CAP a sheet; a sheet with more is left to the write's own paged lookup), alone in
  // their batch so that a comments API that fails leaves the read whole.
  let commentsFailure: string | undefined;
  if (caps.comments && sheets.length > 0) {
    for (const s of sheets) {
      s.comments = s.ws.comments;
      s.commentCount = s.comments.getCount();
      s.comments.load({ select: 'id', top: INDEX_CAP });
    }
    const failure = await context.sync().then(
      () => null,
      (e: unknown) => e,
    );
    if (failure) {
      for (const s of sheets) {
        s.comments = null;
        s.commentCount = null;
      }
      if (isEditModeError(failure)) throw toHostError(failure);
      // Too many ids for one response only costs the shortcut: the next write finds the comments itself.
      if (!isPayloadError(failure)) {
        commentsFailure = errorDetail(failure);
        said.push(messages.commentsUnavailable(commentsFailure, caps.notes));
      }
    }
  }

  // Sync 3 (2 without comments) and, for big sheets only, more: blocks packed into syncs by their estimated size.
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
    let left =
      budget -
      locate.reduce((n, s) => n + (s.comments as Excel.CommentCollection).items.length * REQUEST_BYTES.locate, 0);
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
      if (isPayloadError(failure) && locate.length > 0) {
        // The comment locations rode along: ask again without them (the next write locates comments itself).
        for (const s of locate) {
          s.comments = null;
          s.locations = [];
        }
        locate = [];
        continue;
      }
      if (isPayloadError(failure)) {
        // Denser than estimated: halve the estimate for the sheets in this batch and ask again.
        for (const b of blocks) {
          const cols = (b.sheet.geometry as Geometry).cols;
          if (b.rows === 1)
            throw new HostError(messages.rowTooLarge(b.sheet.name, (b.sheet.geometry as Geometry).top + b.start));
          b.sheet.density = Math.max(b.sheet.density ?? ESTIMATED_CELL_BYTES, (budget / b.rows / cols) * 2);
        }
        continue;
      }
      if (isEditModeError(failure)) throw toHostError(failure);
      if (locate.length > 0) {
        // The comment locations rode along: ask again without them (the next write locates comments itself).
        for (const s of locate) {
          s.comments = null;
          s.locations = [];
        }
        locate = [];
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

  const out: ExcelReadResult = { grids: [], messages: said, comments: new Map() };
  if (commentsFailure !== undefined) out.commentsFailure = commentsFailure;
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
