// Reads sheets into core Grids through Office.js: geometry in one sync, comment ids in the next, then values and merges.
//
// An ordinary sheet takes three syncs (two before comments, ExcelApi 1.10): (1) sheet name and used-range geometry;
// (2) comment ids, in a batch of their own: some clients report 1.10 yet throw NotImplemented on the comments API, and
// that must not fail the check; (3) values, valueTypes, numberFormat, merged areas and comment locations. A sheet
// whose values would not fit one 5 MB payload is read in row blocks sized from its column count (later blocks from the
// bytes measured so far, read-blocks.ts) — the only place where the host syncs in a loop, and the number of syncs then
// grows with size / payload cap only.

import type { Grid } from '../../core/grid';
import { areaA1 } from '../../core/a1';
import { HostError, type HostMessage, type ReadScope } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { errorDetail, isEditModeError, isPayloadError, messages, officeErrorCode, toHostError } from './messages';
import { localRef, MAX_READ_CELLS, PAYLOAD_BUDGET } from './payload';
import {
  blankMergedCells,
  BlockReader,
  boundingArea,
  geometryOf,
  intersect,
  sheetRead,
  type Geometry,
  type SheetRead,
} from './read-blocks';

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

/**
 * Sync 1 (two for 'all', whose sheets must be listed before their used ranges can be asked for): the sheets of the
 * scope with their used ranges, cut to the selection. Throws for a selection that is not one range (before 1.9) and a
 * range over `maxCells`.
 */
async function sheetsOfScope(
  context: Excel.RequestContext,
  scope: ReadScope,
  opts: ReadOptions,
  said: HostMessage[],
): Promise<SheetRead[]> {
  const { caps } = opts;
  const sheets: SheetRead[] = [];
  const used: Excel.Range[] = [];
  let selection: Excel.Range | null = null;
  let selectionAreas: Excel.RangeAreas | null = null;
  const start = (ws: Excel.Worksheet) => {
    const s = sheetRead(ws, caps);
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
      if (ws.visibility !== 'Visible' || opts.exclude?.has(ws.name)) continue;
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
  const selected = selectedGeometry(selection, selectionAreas, said);
  const maxCells = opts.maxCells ?? MAX_READ_CELLS;
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    if (!s.name) s.name = s.ws.name;
    let g = geometryOf(used[i]);
    if (g && selected) g = intersect(g, selected);
    s.geometry = g;
    if (g && g.rows * g.cols > maxCells) throw new HostError(messages.rangeTooLarge(s.name, g.rows * g.cols, maxCells));
  }
  return sheets;
}

/** The selection as one rectangle (several areas: the one holding them all, and the user is told). */
function selectedGeometry(
  selection: Excel.Range | null,
  selectionAreas: Excel.RangeAreas | null,
  said: HostMessage[],
): Geometry | null {
  if (!selectionAreas) return selection ? geometryOf(selection) : null;
  const { area, count } = boundingArea(selectionAreas.address);
  if (count > 1) said.push(messages.selectionAreas(count, areaA1(area)));
  return { top: area.top, left: area.left, rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 };
}

/**
 * Sync 2: comment ids (up to INDEX_CAP a sheet; a sheet with more is left to the write's own paged lookup), alone in
 * their batch so that a comments API that fails leaves the read whole. Returns that failure's detail, if any.
 */
async function readCommentIds(
  context: Excel.RequestContext,
  sheets: SheetRead[],
  caps: ExcelCapabilities,
  said: HostMessage[],
): Promise<string | undefined> {
  if (!caps.comments || sheets.length === 0) return undefined;
  for (const s of sheets) {
    s.comments = s.ws.comments;
    s.commentCount = s.comments.getCount();
    s.comments.load({ select: 'id', top: INDEX_CAP });
  }
  const failure = await context.sync().then(
    () => null,
    (e: unknown) => e,
  );
  if (!failure) return undefined;
  for (const s of sheets) {
    s.comments = null;
    s.commentCount = null;
  }
  if (isEditModeError(failure)) throw toHostError(failure);
  // Too many ids for one response only costs the shortcut: the next write finds the comments itself.
  if (isPayloadError(failure)) return undefined;
  const detail = errorDetail(failure);
  said.push(messages.commentsUnavailable(detail, caps.notes));
  return detail;
}

/** The grids read, and the comment index of the sheets whose comments were all located. */
function resultOf(sheets: SheetRead[], said: HostMessage[], commentsFailure: string | undefined): ExcelReadResult {
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

/**
 * Reads the sheets of a scope into Grids. Throws HostError for edit mode, a selection that is not one range (before
 * 1.9) and a range over the caps.
 */
export async function readSheets(
  context: Excel.RequestContext,
  scope: ReadScope,
  opts: ReadOptions,
): Promise<ExcelReadResult> {
  const said: HostMessage[] = [];
  const sheets = await sheetsOfScope(context, scope, opts, said);
  const commentsFailure = await readCommentIds(context, sheets, opts.caps, said);
  const locate = sheets.filter(
    (s) => s.comments && s.commentCount && s.commentCount.value > 0 && s.commentCount.value <= INDEX_CAP,
  );
  const budget = opts.budget ?? PAYLOAD_BUDGET;
  await new BlockReader(context, sheets, locate, opts.caps, budget, opts.onProgress).run();
  return resultOf(sheets, said, commentsFailure);
}
