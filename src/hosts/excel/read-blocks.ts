// What the Excel read works on: a sheet's geometry (its used range, cut to the selection), and the row blocks its
// values, types, formats and merged areas are read in — each block sized to fit a payload (later blocks from the
// bytes measured so far, halved where Excel still finds them too large), merged areas asked for with it (1.13), in
// small bands where a whole block has too many.

import type { Area, Cell } from '../../core/grid';
import { a1, columnLetters, columnNumber, parseAreaA1 } from '../../core/a1';
import { HostError } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { isEditModeError, isPayloadError, messages, toHostError } from './messages';
import { ESTIMATED_CELL_BYTES, jsonBytes, localRef, MERGE_BAND_CELLS, REQUEST_BYTES, splitAreas } from './payload';
import { toCell } from './values';

export interface Geometry {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface SheetRead {
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

export interface Block {
  sheet: SheetRead;
  start: number;
  rows: number;
  range: Excel.Range;
  merges: Excel.RangeAreas[];
}

/** A sheet about to be read (its name may come with the first sync). */
export function sheetRead(ws: Excel.Worksheet, caps: ExcelCapabilities): SheetRead {
  return {
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
}

function blockAddress(g: Geometry, start: number, rows: number, left = g.left, cols = g.cols): string {
  const top = g.top + start;
  return `${a1(top, left)}:${columnLetters(left + cols - 1)}${top + rows - 1}`;
}

/** One area of an address, whole columns ('C:E') and whole rows ('3:5') included, as a selection or a merge may be. */
export function addressArea(address: string): Area {
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
export function boundingArea(address: string): { area: Area; count: number } {
  const areas = splitAreas(address).map(addressArea);
  const area: Area = {
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  };
  return { area, count: areas.length };
}

export function geometryOf(range: Excel.Range): Geometry | null {
  if (range.isNullObject) return null;
  return { top: range.rowIndex + 1, left: range.columnIndex + 1, rows: range.rowCount, cols: range.columnCount };
}

export function intersect(a: Geometry, b: Geometry): Geometry | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return bottom > top && right > left ? { top, left, rows: bottom - top, cols: right - left } : null;
}

/** Queues one block of a sheet: values, types, formats and (with 1.13) the merged areas starting in it. */
export function queueBlock(s: SheetRead, start: number, rows: number, caps: ExcelCapabilities): Block {
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

/** Takes a block the sync brought into its sheet's cells and merged areas; returns the bytes it came back in. */
export function takeBlock(b: Block): number {
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
export function blankMergedCells(s: SheetRead): void {
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
 * The read's last syncs (3, or 2 without comments) and, for big sheets only, more: blocks packed into syncs by their
 * estimated size; the comment locations ride along with the first batch.
 */
export class BlockReader {
  private doneRows = 0;
  private readonly totalRows: number;

  /** `locate`: the sheets whose comments are located in the first batch. */
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly sheets: SheetRead[],
    private locate: SheetRead[],
    private readonly caps: ExcelCapabilities,
    private readonly budget: number,
    private readonly onProgress?: (fraction: number) => void,
  ) {
    this.totalRows = sheets.reduce((n, s) => n + (s.geometry?.rows ?? 0), 0);
  }

  async run(): Promise<void> {
    const context = this.context;
    for (;;) {
      const todo = this.sheets.filter((s) => s.geometry && s.next < s.geometry.rows);
      if (todo.length === 0 && this.locate.length === 0) break;
      const blocks = this.queueBatch(todo);
      // The documented row-block read: one sync per block batch, each sized to stay under the payload cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      const failure = await context.sync().then(
        () => null,
        (e: unknown) => e,
      );
      if (failure) {
        this.recover(failure, blocks);
        continue;
      }
      for (const b of blocks) {
        const bytes = takeBlock(b);
        const cells = b.rows * (b.sheet.geometry as Geometry).cols;
        b.sheet.density = Math.max(bytes / Math.max(cells, 1), 8);
        b.sheet.next += b.rows;
        this.doneRows += b.rows;
      }
      this.locate = [];
      this.onProgress?.(this.totalRows === 0 ? 1 : this.doneRows / this.totalRows);
    }
  }

  /** The comment locations (first batch only) and as many blocks as the payload holds. */
  private queueBatch(todo: SheetRead[]): Block[] {
    // Comment locations ride along with the first block batch (asked again if that batch has to be repeated).
    for (const s of this.locate) {
      s.locations = (s.comments as Excel.CommentCollection).items.map((c) => {
        const range = c.getLocation();
        range.load('address');
        return { id: c.id, range };
      });
    }
    // The first batch also carries the comment locations.
    let left =
      this.budget -
      this.locate.reduce((n, s) => n + (s.comments as Excel.CommentCollection).items.length * REQUEST_BYTES.locate, 0);
    const blocks: Block[] = [];
    for (const s of todo) {
      const g = s.geometry as Geometry;
      const rowBytes = g.cols * (s.density ?? ESTIMATED_CELL_BYTES);
      let rows = Math.min(g.rows - s.next, Math.floor(left / rowBytes));
      if (rows < 1) {
        if (blocks.length > 0) break;
        rows = 1;
      }
      blocks.push(queueBlock(s, s.next, rows, this.caps));
      left -= rows * rowBytes;
    }
    return blocks;
  }

  /** After a failed batch: ask again without the locations, with smaller blocks, or merges in bands; else throw. */
  private recover(failure: unknown, blocks: Block[]): void {
    if (isPayloadError(failure) && this.locate.length > 0) return this.dropLocations();
    if (isPayloadError(failure)) {
      // Denser than estimated: halve the estimate for the sheets in this batch and ask again.
      for (const b of blocks) {
        const g = b.sheet.geometry as Geometry;
        if (b.rows === 1) throw new HostError(messages.rowTooLarge(b.sheet.name, g.top + b.start));
        b.sheet.density = Math.max(b.sheet.density ?? ESTIMATED_CELL_BYTES, (this.budget / b.rows / g.cols) * 2);
      }
      return;
    }
    if (isEditModeError(failure)) throw toHostError(failure);
    if (this.locate.length > 0) return this.dropLocations();
    const merging = blocks.filter((b) => b.merges.length > 0);
    if (merging.length === 0) throw toHostError(failure);
    // Most likely more than 512 merged areas in one request: ask again in small bands, then give up on merges.
    for (const b of merging) {
      if (b.sheet.bandedMerges) b.sheet.mergesUnknown = true;
      else b.sheet.bandedMerges = true;
    }
  }

  /** The comment locations rode along: ask again without them (the next write locates comments itself). */
  private dropLocations(): void {
    for (const s of this.locate) {
      s.comments = null;
      s.locations = [];
    }
    this.locate = [];
  }
}
