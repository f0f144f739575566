// The Excel side of the port's first phase (core/annotate/port.ts): one inspection sync for anything that fits a
// payload — read-only flag, sheet protection, the fill of every touched cell, its note (1.18), the sheets' comments;
// +1 only when comments exist whose cell is not yet known (persons' comments not seen by the last read), and +1 only
// when comments of ours turn up that the stored record lost, to read their fills. Syncs repeat only where one payload
// cannot hold the work: comments read in pages, cells inspected in payload-sized batches (payload.ts); a batch Excel
// still finds too large goes again in halves. Comments that fail to load (a client that reports 1.10 yet throws
// NotImplemented) leave the run to notes or the findings sheet.

import { ourLineRanges, stripOurLines } from '../../core/annotate/comments';
import type { CellRef, FillSnapshot } from '../../core/annotate/plan';
import { anchoredCells, type CellSnapshot, type Snapshot } from '../../core/annotate/port';
import { LINE_PREFIX } from '../../core/annotate/types';
import type { Area } from '../../core/grid';
import { HostError, type HostMessage } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { loadFill, snapshotOf } from './fills';
import {
  errorDetail,
  isEditModeError,
  isOversizedRequest,
  isPayloadError,
  messages,
  officeErrorCode,
  toHostError,
} from './messages';
import { localRef, MAX_ANNOTATED_CELLS, PAYLOAD_BUDGET, REQUEST_BYTES, requestBytes } from './payload';
import type { CommentIndex } from './read';
import { emptyStored, type Stored } from './state';

/**
 * Response bytes of one comment in a page (ids, texts, authors, its replies), which sets how many comments a page asks
 * for: a person's short comment with a one-line reply of ours comes back in about 306 (payload-calibration.test.ts);
 * longer threads are what the inspection's halving on a payload error is for.
 */
export const COMMENT_BYTES = 340;
/** The fewest comments a page asks for, and how often a payload-limit failure halves the inspection before giving up. */
const MIN_COMMENT_PAGE = 50;
const INSPECT_RETRIES = 5;
/** What is read of each comment (paths relative to the collection's items, as LoadOption's select takes them). */
export const COMMENT_SELECT = 'id,content,authorName,replies/items/id,replies/items/content,replies/items/authorName';

/** What a comment of ours that a person replied to says once cleared: the thread stays for their reply. */
export const CLEARED_LINE = `${LINE_PREFIX}已清除】`;

export interface AnnotateEnv {
  caps: ExcelCapabilities;
  /** The record as it is in the workbook now (null when none), read in this run's Excel.run. */
  stored: Stored | null;
  /** Comment locations from the last read, so a write right after it need not locate comments again. */
  comments?: CommentIndex;
  /** Merged areas from the last read: findings inside one are written on its top-left cell. */
  merges?: ReadonlyMap<string, Area[]>;
  /**
   * Saves the record into the workbook's settings; called before and after writing. Throws StaleRecordError, before
   * anything is written, when another runtime changed the record since `stored` was read.
   */
  persist: (stored: Stored | null) => Promise<void>;
  /**
   * The error the comments API gave on this client when it reported 1.10 yet failed: comments are not used. A run
   * that finds it sets it here.
   */
  commentsFailure?: string;
  preferNotes?: boolean;
  onProgress?: (fraction: number) => void;
  /** Bytes one sync may carry (tests and the bench lower it). */
  budget?: number;
}

export type Mode = 'comments' | 'notes' | 'sheet';

export interface ReplySnap {
  id: string;
  content: string;
  author: string;
  proxy: Excel.CommentReply;
}

export interface ThreadSnap {
  sheet: string;
  id: string;
  content: string;
  author: string;
  replies: ReplySnap[];
  proxy: Excel.Comment;
  cell?: string;
}

/** A thread as read again after a write failed: content and replies' contents by id. */
export interface ThreadNow {
  content: string;
  replies: Map<string, string>;
}

export interface SheetInfo {
  name: string;
  ws: Excel.Worksheet;
  comments: Excel.CommentCollection | null;
  /** How many comments the sheet has (they are read in pages sized to the payload). */
  count: OfficeExtension.ClientResult<number> | null;
  threads: ThreadSnap[];
}

export interface CellInfo {
  sheet: string;
  cell: string;
  range: Excel.Range;
  note: Excel.Note | null;
  snapshot: FillSnapshot;
  /** The note's text when the cell has one (null: none; undefined: notes cannot be read here). */
  noteText?: string | null;
}

export function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

export function allOurs(text: string): boolean {
  return ourLineRanges(text).length > 0 && stripOurLines(text) === null;
}

export function hasOurLines(text: string): boolean {
  return ourLineRanges(text).length > 0;
}

/** What the inspection found, beyond what the core reads: the proxies and texts the write works on. */
export interface ExcelSnapshot extends Snapshot {
  /** The record as read (an empty one when none). */
  prev: Stored;
  caps: ExcelCapabilities;
  budget: number;
  /** Messages for the user so far. */
  out: HostMessage[];
  sheets: Map<string, SheetInfo>;
  cellInfo: Map<string, CellInfo>;
  allSheets: Excel.WorksheetCollection;
  commentPage: number;
  /** Where each comment is, by sheet and id. */
  index: CommentIndex;
  threadAt: Map<string, ThreadSnap>;
  mode: Mode;
  /** Write no comment text, only fills and the findings sheet (after comments could not be added). */
  forceSheet: boolean;
  /** The client reports comments, but they fail. */
  commentsBroken: boolean;
  /** Every cell the run may change. */
  touched: Map<string, CellRef>;
}

export async function syncOrHostError(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw toHostError(e);
  }
}

function chooseMode(caps: ExcelCapabilities, preferNotes: boolean): Mode {
  if (caps.notes && (preferNotes || !caps.comments)) return 'notes';
  if (caps.comments) return 'comments';
  return 'sheet';
}

/**
 * The port's first phase (nothing is written): the record, the fills, notes and comments of the cells concerned
 * (`asked` moved to the top-left cells of their merged areas, the record's cells and refs, and cells carrying lines of
 * ours that the record lost), which sheets are gone and protected, and how text will be written (comments, notes or
 * the findings sheet).
 */
export async function inspect(
  context: Excel.RequestContext,
  asked: readonly CellRef[],
  env: AnnotateEnv,
  forceSheet = false,
): Promise<ExcelSnapshot> {
  const { caps } = env;
  const budget = env.budget ?? PAYLOAD_BUDGET;
  const prev = env.stored ?? emptyStored();
  const out: HostMessage[] = [];
  // Off where the comments API failed on this client, found by an earlier read or run, or by this inspection.
  let withComments = caps.comments && env.commentsFailure === undefined;

  // Everything this run may touch: cells to annotate, cells annotated before, cells our refs point at.
  const touched = new Map<string, { sheet: string; cell: string }>();
  const merges = env.merges ?? new Map<string, Area[]>();
  for (const e of anchoredCells(asked, merges)) touched.set(key(e.sheet, e.cell), e);
  for (const c of prev.state.cells) touched.set(key(c.sheet, c.cell), { sheet: c.sheet, cell: c.cell });
  for (const r of prev.refs) touched.set(key(r.sheet, r.cell), { sheet: r.sheet, cell: r.cell });
  if (touched.size > MAX_ANNOTATED_CELLS)
    throw new HostError(messages.tooManyAnnotations(touched.size, MAX_ANNOTATED_CELLS));
  const sheetNames = [...new Set([...touched.values()].map((t) => t.sheet))];
  if (asked.length === 0 && sheetNames.length === 0 && withComments) {
    // Clearing without a record (it was lost): look for comments of ours on every sheet (one more sync).
    const list = context.workbook.worksheets;
    list.load('items/name');
    await syncOrHostError(context);
    sheetNames.push(...list.items.map((w) => w.name));
  }

  // ---- Sync 1: inspect. A sheet deleted since the record was written fails the batch with ItemNotFound; then the
  // sheet names are read (one more sync, only in that case) and the inspection asked again without it.
  const book = context.workbook;
  const allSheets = book.worksheets;
  const sheets = new Map<string, SheetInfo>();
  const cells = new Map<string, CellInfo>();
  const missing = new Set<string>();
  const queueCell = (sheet: string, cell: string) => {
    const s = sheets.get(sheet) as SheetInfo;
    const range = loadFill(s.ws.getRange(cell), caps);
    let note: Excel.Note | null = null;
    if (caps.notes) {
      note = s.ws.notes.getItemOrNullObject(cell);
      note.load('content');
    }
    const info: CellInfo = { sheet, cell, range, note, snapshot: { fill: null } };
    cells.set(key(sheet, cell), info);
    return info;
  };
  // A page of comments and a batch of cells sized to the payload; halved if Excel still finds them too big.
  let scale = 1;
  let commentPage = Math.max(MIN_COMMENT_PAGE, Math.floor(budget / COMMENT_BYTES));
  const loadCommentPage = (coll: Excel.CommentCollection, skip: number) =>
    coll.load({ select: COMMENT_SELECT, top: commentPage, skip });
  const takeCommentPage = (s: SheetInfo) => {
    for (const c of (s.comments as Excel.CommentCollection).items) {
      s.threads.push({
        sheet: s.name,
        id: c.id,
        content: c.content,
        author: c.authorName,
        proxy: c,
        replies: c.replies.items.map((r) => ({ id: r.id, content: r.content, author: r.authorName, proxy: r })),
      });
    }
  };
  let pendingCells: Array<{ sheet: string; cell: string }> = [];
  const cellBytes = requestBytes.inspectCell(caps);
  /** The estimated request bytes of the inspection sync last sent. */
  let sent = 0;
  /** Queues pending cells while they fit `room` bytes (at least one); returns their estimated bytes. */
  const queueCells = (room: number) => {
    let used = 0;
    while (pendingCells.length > 0 && (used === 0 || used + cellBytes <= room)) {
      const t = pendingCells.shift() as { sheet: string; cell: string };
      queueCell(t.sheet, t.cell);
      used += cellBytes;
    }
    return used;
  };
  const inspectRest = async (always = false) => {
    while (pendingCells.length > 0 || always) {
      always = false;
      sent = queueCells(budget * scale);
      // Only cells beyond the first payload get here: one sync per payload-sized batch.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  };
  const inspect = async () => {
    sheets.clear();
    cells.clear();
    if (caps.readOnlyFlag) book.load('readOnly');
    allSheets.load('items/name');
    for (const name of sheetNames) {
      if (missing.has(name)) continue;
      const ws = allSheets.getItem(name);
      if (caps.protection) ws.load('protection/protected');
      const info: SheetInfo = { name, ws, comments: null, count: null, threads: [] };
      sheets.set(name, info);
      if (withComments) {
        info.comments = info.ws.comments;
        info.count = info.comments.getCount();
        loadCommentPage(info.comments, 0);
      }
    }
    // As many cells as fit ride in this sync; the rest follow in payload-sized syncs (big runs only).
    pendingCells = [...touched.values()].filter((t) => !missing.has(t.sheet));
    const sheetBytes = REQUEST_BYTES.inspectSheet * sheets.size;
    sent = sheetBytes + queueCells(budget * scale - sheetBytes);
    await context.sync();
    for (const s of sheets.values()) if (s.comments) takeCommentPage(s);
  };
  let commentsError: unknown = null;
  for (let attempt = 0; ; attempt++) {
    try {
      await inspect();
      await inspectRest();
      break;
    } catch (e) {
      const tooLarge = isPayloadError(e) || isOversizedRequest(e, sent >= (budget * scale) / 2);
      if (tooLarge && attempt < INSPECT_RETRIES) {
        // Longer comments or notes than estimated, or a client that sends more: ask again with everything halved.
        scale /= 2;
        commentPage = Math.max(MIN_COMMENT_PAGE, Math.floor(commentPage / 2));
        continue;
      }
      if (withComments && !isEditModeError(e) && !isPayloadError(e) && officeErrorCode(e) !== 'ItemNotFound') {
        // Some clients report ExcelApi 1.10 yet throw NotImplemented on the comments API: inspect again without
        // comments. Should they not be the cause, the same error comes back from that inspection and is reported.
        commentsError = e;
        withComments = false;
        continue;
      }
      if (officeErrorCode(e) !== 'ItemNotFound' || missing.size > 0) throw toHostError(e);
      allSheets.load('items/name');
      await syncOrHostError(context);
      const present = new Set(allSheets.items.map((w) => w.name));
      for (const name of sheetNames) if (!present.has(name)) missing.add(name);
      if (missing.size === 0) throw toHostError(e);
    }
  }

  if (commentsError !== null) env.commentsFailure = errorDetail(commentsError);
  // The client reports comments, but they fail (the host passes them switched off once it knows).
  const commentsBroken = env.commentsFailure !== undefined;
  const mode: Mode = forceSheet ? 'sheet' : chooseMode({ ...caps, comments: withComments }, !!env.preferNotes);
  if (env.preferNotes && !caps.notes && withComments) out.push(messages.notesUnavailable());
  if (commentsBroken && asked.length > 0)
    out.push(messages.commentsUnavailable(env.commentsFailure as string, mode === 'notes'));

  if (caps.readOnlyFlag && book.readOnly) throw new HostError(messages.readOnly());
  if (missing.size > 0) out.push(messages.sheetMissing([...missing]));

  // Threads and where they are: our refs, the last read's index, and (one sync) locating the rest.
  const known = new Map<string, string>();
  for (const r of prev.refs) if (r.commentId) known.set(`${r.sheet}\u0000${r.commentId}`, r.cell);
  // Sheets with more comments than one page fits: the other pages, a payload each.
  for (;;) {
    const more = [...sheets.values()].filter((s) => s.comments && s.count && s.threads.length < s.count.value);
    if (more.length === 0) break;
    for (const s of more) loadCommentPage(s.comments as Excel.CommentCollection, s.threads.length);
    await syncOrHostError(context);
    for (const s of more) takeCommentPage(s);
  }
  for (const s of sheets.values()) {
    const index = env.comments?.get(s.name);
    for (const t of s.threads) t.cell = known.get(`${s.name}\u0000${t.id}`) ?? index?.get(t.id);
  }
  const index: CommentIndex = new Map();
  const needLocation = (t: ThreadSnap) =>
    t.cell === undefined &&
    (asked.length > 0 || hasOurLines(t.content) || t.replies.some((r) => hasOurLines(r.content)));
  const unlocated: ThreadSnap[] = [];
  for (const s of sheets.values()) for (const t of s.threads) if (needLocation(t)) unlocated.push(t);
  for (let i = 0; i < unlocated.length;) {
    const batch: Array<{ t: ThreadSnap; range: Excel.Range }> = [];
    for (
      let bytes = 0;
      i < unlocated.length && (bytes === 0 || bytes + REQUEST_BYTES.locate <= budget);
      bytes += REQUEST_BYTES.locate
    ) {
      const t = unlocated[i++];
      const range = t.proxy.getLocation();
      range.load('address');
      batch.push({ t, range });
    }
    // One sync locates them all unless they exceed a payload.
    await syncOrHostError(context);
    for (const { t, range } of batch) t.cell = localRef(range.address);
  }
  for (const s of sheets.values()) {
    if (!s.comments) continue;
    const m = new Map<string, string>();
    for (const t of s.threads) if (t.cell) m.set(t.id, t.cell);
    index.set(s.name, m);
  }
  const threadAt = new Map<string, ThreadSnap>();
  for (const s of sheets.values()) for (const t of s.threads) if (t.cell) threadAt.set(key(s.name, t.cell), t);

  // Cells that carry our lines without a record (the record was lost): their fill is read so clear can restore it.
  const evidence: Array<{ sheet: string; cell: string }> = [];
  for (const s of sheets.values()) {
    for (const t of s.threads) {
      if (!t.cell || touched.has(key(s.name, t.cell))) continue;
      if (allOurs(t.content) || t.replies.some((r) => allOurs(r.content)))
        evidence.push({ sheet: s.name, cell: t.cell });
    }
  }
  if (evidence.length > 0) {
    for (const e of evidence) touched.set(key(e.sheet, e.cell), e);
    pendingCells = evidence;
    await inspectRest(true);
  }
  for (const c of cells.values()) {
    if (missing.has(c.sheet)) continue;
    c.snapshot = snapshotOf(c.range.format.fill, caps);
    if (c.note) c.noteText = c.note.isNullObject ? null : c.note.content;
  }

  const snapshots: CellSnapshot[] = [];
  for (const c of cells.values()) {
    if (missing.has(c.sheet)) continue;
    const t = threadAt.get(key(c.sheet, c.cell));
    const comment = t ? [t.content, ...t.replies.map((r) => r.content)].join('\n') : (c.noteText ?? null);
    snapshots.push({ sheet: c.sheet, cell: c.cell, ...c.snapshot, comment });
  }
  return {
    state: env.stored?.state ?? null,
    merges,
    cells: snapshots,
    missing: [...missing],
    prev,
    caps,
    budget,
    out,
    sheets,
    cellInfo: cells,
    allSheets,
    commentPage,
    index,
    threadAt,
    mode,
    forceSheet,
    commentsBroken,
    touched,
  };
}
