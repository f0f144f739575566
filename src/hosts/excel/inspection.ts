// The inspection's syncs: one for anything that fits a payload — read-only flag, sheet protection, the merged areas
// the findings may lie in (1.13), the fill of every touched cell, its note (1.18), the first page of each sheet's
// comments — and payload-sized syncs only for the cells beyond it (payload.ts). A batch Excel still finds too large
// goes again with everything halved; merged areas that fail (more than 512 in one request) are asked again in small
// bands, then not at all; comments that fail to load (a client that reports 1.10 yet throws NotImplemented) are
// dropped and the batch goes again without them; a sheet deleted since the record was written (ItemNotFound) is left
// out after one more sync that lists the sheets.

import { a1 } from '../../core/a1';
import type { CellRef } from '../../core/annotate/plan';
import type { Area } from '../../core/grid';
import type { ExcelCapabilities } from './capabilities';
import { loadFill } from './fills';
import { isEditModeError, isOversizedRequest, isPayloadError, officeErrorCode, toHostError } from './messages';
import { jsonBytes, MERGE_BAND_CELLS, REQUEST_BYTES, requestBytes, splitAreas } from './payload';
import { addressArea } from './read-blocks';
import { key, syncOrHostError, type CellInfo, type SheetInfo } from './snapshot';
import { COMMENT_BYTES, loadCommentPage, MIN_COMMENT_PAGE, takeCommentPage } from './threads';

/** How often a payload-limit failure halves the inspection before giving up. */
const INSPECT_RETRIES = 5;

/** The bottom-right of a sheet's findings: every merged area holding one of them starts in A1 to this cell. */
export interface MergeReach {
  row: number;
  col: number;
}

/** The JSON of a band's address ("A1000:T1049"), about. */
const MERGE_ADDRESS_BYTES = 16;

interface MergeAsk {
  sheet: string;
  address: string;
  areas: Excel.RangeAreas;
}

export class Inspection {
  readonly sheets = new Map<string, SheetInfo>();
  readonly cells = new Map<string, CellInfo>();
  /** Sheets named by the cells or the record that the workbook no longer has. */
  readonly missing = new Set<string>();
  readonly allSheets: Excel.WorksheetCollection;
  /** How many comments a page asks for (halved with the rest of the inspection). */
  commentPage: number;
  /** The error the comments API gave when the inspection had to go on without it (null: it did not). */
  commentsError: unknown = null;
  /**
   * The merged areas of each sheet in `mergeReach`, as the workbook has them now: every one holding a finding (Excel
   * reports an area only when its top-left cell is inside the range asked for: office-js issue 3611, hence the range
   * from A1). Empty where they could not be read: before ExcelApi 1.13, or when asking for them failed.
   */
  readonly merges = new Map<string, Area[]>();
  /** The error asking for the merged areas gave when the inspection had to go on without them (null: it did not). */
  mergesError: unknown = null;
  /** The merged areas are asked for in one request a sheet, in small bands (more than 512 areas), or not at all. */
  private mergeMode: 'whole' | 'bands' | 'off';
  private mergeAsks: MergeAsk[] = [];
  private readonly book: Excel.Workbook;
  private readonly cellBytes: number;
  /** Everything halves each time Excel finds a batch too large after all. */
  private scale = 1;
  private pending: CellRef[] = [];
  /** The estimated request bytes of the inspection sync last sent. */
  private sent = 0;

  /**
   * `withComments`: off where the comments API failed on this client (found by an earlier read or run); the
   * inspection turns it off too when it finds that.
   */
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly caps: ExcelCapabilities,
    private readonly budget: number,
    private readonly sheetNames: readonly string[],
    private readonly touched: ReadonlyMap<string, CellRef>,
    public withComments: boolean,
    private readonly mergeReach: ReadonlyMap<string, MergeReach> = new Map(),
  ) {
    this.mergeMode = caps.merges ? 'whole' : 'off';
    this.book = context.workbook;
    this.allSheets = this.book.worksheets;
    this.commentPage = Math.max(MIN_COMMENT_PAGE, Math.floor(budget / COMMENT_BYTES));
    this.cellBytes = requestBytes.inspectCell(caps);
  }

  /** Whether the merged areas of the findings' sheets were read (not before 1.13, nor when asking failed). */
  get mergesRead(): boolean {
    return this.mergeMode !== 'off';
  }

  /** Reads the sheets and every touched cell, as few syncs as the payload allows. */
  async run(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.first();
        await this.rest();
        return;
      } catch (e) {
        await this.recover(e, attempt);
      }
    }
  }

  /** Inspects more cells (ours, found on threads the record lost), a payload-sized sync at a time. */
  async more(cells: CellRef[]): Promise<void> {
    this.pending = cells;
    await this.rest(true);
  }

  /** Whether the workbook is read-only (as loaded by the inspection, where the client can say). */
  readOnly(): boolean {
    return this.caps.readOnlyFlag && this.book.readOnly;
  }

  private queueCell(sheet: string, cell: string): void {
    const s = this.sheets.get(sheet) as SheetInfo;
    const range = loadFill(s.ws.getRange(cell), this.caps);
    let note: Excel.Note | null = null;
    if (this.caps.notes) {
      note = s.ws.notes.getItemOrNullObject(cell);
      note.load('content');
    }
    this.cells.set(key(sheet, cell), { sheet, cell, range, note, snapshot: { fill: null } });
  }

  /** Queues pending cells while they fit `room` bytes (at least one); returns their estimated bytes. */
  private queueCells(room: number): number {
    let used = 0;
    while (this.pending.length > 0 && (used === 0 || used + this.cellBytes <= room)) {
      const t = this.pending.shift() as CellRef;
      this.queueCell(t.sheet, t.cell);
      used += this.cellBytes;
    }
    return used;
  }

  /** The cells left after the first sync, one payload-sized sync each batch (`always`: one sync even with none). */
  private async rest(always = false): Promise<void> {
    const context = this.context;
    while (this.pending.length > 0 || always) {
      always = false;
      this.sent = this.queueCells(this.budget * this.scale);
      // Only cells beyond the first payload get here: one sync per payload-sized batch.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  }

  /** The first sync: the flags, the sheets, a page of comments each, and as many cells as fit. */
  private async first(): Promise<void> {
    const { caps } = this;
    this.sheets.clear();
    this.cells.clear();
    if (caps.readOnlyFlag) this.book.load('readOnly');
    this.allSheets.load('items/name');
    for (const name of this.sheetNames) {
      if (this.missing.has(name)) continue;
      const ws = this.allSheets.getItem(name);
      if (caps.protection) ws.load('protection/protected');
      const info: SheetInfo = { name, ws, comments: null, count: null, threads: [] };
      this.sheets.set(name, info);
      if (this.withComments) {
        info.comments = info.ws.comments;
        info.count = info.comments.getCount();
        loadCommentPage(info.comments, this.commentPage, 0);
      }
    }
    this.mergeAsks = this.queueMerges();
    // As many cells as fit ride in this sync; the rest follow in payload-sized syncs (big runs only).
    this.pending = [...this.touched.values()].filter((t) => !this.missing.has(t.sheet));
    const sheetBytes =
      REQUEST_BYTES.inspectSheet * this.sheets.size +
      this.mergeAsks.reduce((n, m) => n + REQUEST_BYTES.inspectMerges + jsonBytes(m.address), 0);
    this.sent = sheetBytes + this.queueCells(this.budget * this.scale - sheetBytes);
    await this.context.sync();
    for (const s of this.sheets.values()) if (s.comments) takeCommentPage(s);
    this.takeMerges();
  }

  /**
   * Queues the merged areas starting in A1 to the bottom-right of each sheet's findings: one request a sheet, or
   * bands of rows of at most MERGE_BAND_CELLS cells, which cannot meet more than the 512 areas a request may return.
   */
  private queueMerges(): MergeAsk[] {
    const asks: MergeAsk[] = [];
    if (this.mergeMode === 'off') return asks;
    const bandRows = (end: MergeReach) =>
      this.mergeMode === 'bands' ? Math.max(1, Math.floor(MERGE_BAND_CELLS / end.col)) : end.row;
    const reach = [...this.mergeReach].filter(([sheet]) => this.sheets.has(sheet));
    const requests = reach.reduce((n, [, end]) => n + Math.ceil(end.row / bandRows(end)), 0);
    if (requests * (REQUEST_BYTES.inspectMerges + MERGE_ADDRESS_BYTES) > (this.budget * this.scale) / 4) {
      // Bands over a very large sheet would crowd out the cells: the write goes on without them, and says so.
      this.mergeMode = 'off';
      return asks;
    }
    for (const [sheet, end] of reach) {
      const info = this.sheets.get(sheet) as SheetInfo;
      const band = bandRows(end);
      for (let top = 1; top <= end.row; top += band) {
        const address = `A${top}:${a1(Math.min(end.row, top + band - 1), end.col)}`;
        const areas = info.ws.getRange(address).getMergedAreasOrNullObject();
        areas.load('address');
        asks.push({ sheet, address, areas });
      }
    }
    return asks;
  }

  private takeMerges(): void {
    this.merges.clear();
    if (this.mergeMode === 'off') return;
    for (const sheet of this.mergeReach.keys()) if (this.sheets.has(sheet)) this.merges.set(sheet, []);
    for (const m of this.mergeAsks) {
      if (!m.areas.isNullObject)
        (this.merges.get(m.sheet) as Area[]).push(...splitAreas(m.areas.address).map(addressArea));
    }
  }

  /** After a failed inspection: halve it, drop comments, or leave out deleted sheets — or throw. */
  private async recover(e: unknown, attempt: number): Promise<void> {
    const { budget, scale } = this;
    const tooLarge = isPayloadError(e) || isOversizedRequest(e, this.sent >= (budget * scale) / 2);
    if (tooLarge && attempt < INSPECT_RETRIES) {
      // Longer comments or notes than estimated, or a client that sends more: ask again with everything halved.
      this.scale /= 2;
      this.commentPage = Math.max(MIN_COMMENT_PAGE, Math.floor(this.commentPage / 2));
      return;
    }
    const code = officeErrorCode(e);
    if (
      this.mergeAsks.length > 0 &&
      !isEditModeError(e) &&
      !isPayloadError(e) &&
      code !== 'ItemNotFound' &&
      code !== 'NotImplemented'
    ) {
      // Most likely more than 512 merged areas in one request: ask again in small bands, then without them (the write
      // goes on with the merged areas the last read saw, and says so). Should they not be the cause, the same error
      // comes back and the comments are suspected next.
      if (this.mergeMode === 'whole') this.mergeMode = 'bands';
      else {
        this.mergeMode = 'off';
        this.mergesError = e;
      }
      return;
    }
    if (this.withComments && !isEditModeError(e) && !isPayloadError(e) && code !== 'ItemNotFound') {
      // Some clients report ExcelApi 1.10 yet throw NotImplemented on the comments API: inspect again without
      // comments. Should they not be the cause, the same error comes back from that inspection and is reported.
      this.commentsError = e;
      this.withComments = false;
      return;
    }
    if (code !== 'ItemNotFound' || this.missing.size > 0) throw toHostError(e);
    this.allSheets.load('items/name');
    await syncOrHostError(this.context);
    const present = new Set(this.allSheets.items.map((w) => w.name));
    for (const name of this.sheetNames) if (!present.has(name)) this.missing.add(name);
    if (this.missing.size === 0) throw toHostError(e);
  }
}
