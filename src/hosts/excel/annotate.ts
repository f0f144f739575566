// Applies and clears the annotation plan through Office.js: fills, comments or notes, or a findings sheet on old Excel.
//
// A run is one inspection sync and one write sync for anything that fits a payload:
//   1. inspect: read-only flag, sheet protection, the fill of every touched cell, its note (1.18), the sheets' comments;
//      (+1 only when comments exist whose cell is not yet known — persons' comments not seen by the last read — and
//      +1 only when comments of ours turn up that the stored record lost, to read their fills);
//   2. write: fills, comment/reply/note text, the findings sheet.
// Syncs repeat in a loop only where one payload (5 MB on the web) cannot hold the work: comments read in pages, cells
// inspected, comments located and writes sent in payload-sized batches (sized by what Office.js really sends, payload.ts;
// a batch Excel still finds too large goes again in halves). Their number grows with size / payload cap, never with a
// per-cell sync.
// Before writing, a record covering every cell about to change is saved, so clear can restore them even if the run
// stops half way; a failed write is rolled back from what step 1 read, or the error lists the cells it may have changed.
// Where the record is live (Workbook.settings, 1.4) its read rides step 1 (a sync of its own in a runtime's first run)
// and each save is one sync more, skipped when the record is unchanged (state.ts).
//
// A person's threaded comment is never edited: our lines go into a reply of ours under it, which re-runs update and
// clear deletes. A person's note (notes have no replies) keeps its text byte for byte with our lines merged below it
// (mergeComment/stripOurLines from the core). Our own comments hold nothing but our lines.
// Where Excel refuses a clear to touch another reviewer's comments, their threads are left as they are and the rest is
// cleared. Comments that fail to load (a client that reports 1.10 yet throws NotImplemented) leave the run to notes or
// the findings sheet, and ours from before stay recorded until they can be cleared.

import { ourLineRanges, mergeComment, stripOurLines } from '../../core/annotate/comments';
import { annotationPlan, isOurFill, recoverState, type FillSnapshot } from '../../core/annotate/plan';
import {
  FILLS,
  LABELS,
  LINE_PREFIX,
  type AnnotatedCell,
  type AnnotationEntry,
  type AnnotationPlan,
  type AnnotationState,
} from '../../core/annotate/types';
import { a1, parseA1 } from '../../core/a1';
import type { Area } from '../../core/grid';
import type { Finding } from '../../core/model';
import { HostError, type ApplyResult, type HostMessage } from '../host';
import type { ExcelCapabilities } from './capabilities';
import {
  errorDetail,
  FINDINGS_SHEET_NAME,
  isEditModeError,
  isOversizedRequest,
  isPayloadError,
  messages,
  officeErrorCode,
  toHostError,
} from './messages';
import {
  jsonBytes,
  localRef,
  MAX_ANNOTATED_CELLS,
  PAYLOAD_BUDGET,
  qualified,
  REQUEST_BYTES,
  requestBytes,
} from './payload';
import type { CommentIndex } from './read';
import { emptyStored, StaleRecordError, type AnnotationRef, type Stored } from './state';

/**
 * Response bytes of one comment in a page (ids, texts, authors, its replies), which sets how many comments a page asks
 * for: a person's short comment with a one-line reply of ours comes back in about 306 (payload-calibration.test.ts);
 * longer threads are what the inspection's halving on a payload error is for.
 */
export const COMMENT_BYTES = 340;
/** The fewest comments a page asks for, and how often a payload-limit failure halves the inspection before giving up. */
const MIN_COMMENT_PAGE = 50;
const INSPECT_RETRIES = 5;
/** How often a write batch Excel found too large is halved before the write gives up (and is rolled back). */
const WRITE_RETRIES = 5;
/** What is read of each comment (paths relative to the collection's items, as LoadOption's select takes them). */
const COMMENT_SELECT = 'id,content,authorName,replies/items/id,replies/items/content,replies/items/authorName';

/** A write that failed and was rolled back, with the Office error code that stopped it. */
export class RolledBackError extends HostError {
  constructor(
    message: HostMessage,
    readonly causeCode: string | undefined,
  ) {
    super(message);
  }
}

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

export interface AnnotateOutcome {
  result: ApplyResult;
  /** The record now in the document. */
  stored: Stored | null;
  comments: CommentIndex;
  /** Set when this run found the comments API failing (comments were not used). */
  commentsFailure?: string;
}

type Mode = 'comments' | 'notes' | 'sheet';

interface ReplySnap {
  id: string;
  content: string;
  author: string;
  proxy: Excel.CommentReply;
}

interface ThreadSnap {
  sheet: string;
  id: string;
  content: string;
  author: string;
  replies: ReplySnap[];
  proxy: Excel.Comment;
  cell?: string;
}

/** A thread as read again after a write failed: content and replies' contents by id. */
interface ThreadNow {
  content: string;
  replies: Map<string, string>;
}

interface SheetInfo {
  name: string;
  ws: Excel.Worksheet;
  comments: Excel.CommentCollection | null;
  /** How many comments the sheet has (they are read in pages sized to the payload). */
  count: OfficeExtension.ClientResult<number> | null;
  threads: ThreadSnap[];
}

interface CellInfo {
  sheet: string;
  cell: string;
  range: Excel.Range;
  note: Excel.Note | null;
  snapshot: FillSnapshot;
  /** The note's text when the cell has one (null: none; undefined: notes cannot be read here). */
  noteText?: string | null;
}

interface WriteOp {
  bytes: number;
  queue: () => void;
  /** Runs after the sync that carried the op succeeded (reads ids of what was added). */
  after?: () => void;
  /** An edit or deletion of an existing comment or reply (Excel may refuse it for another reviewer's). */
  thread?: ThreadOp;
}

interface ThreadOp {
  thread: ThreadSnap;
  /** Who wrote the comment or reply the op changes. */
  author: string;
  /** Whether the op shows in the thread as read again (it was carried out). */
  applied: (now: ThreadNow | undefined) => boolean;
}

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

function allOurs(text: string): boolean {
  return ourLineRanges(text).length > 0 && stripOurLines(text) === null;
}

function hasOurLines(text: string): boolean {
  return ourLineRanges(text).length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Fills: RangeFill.color says '#FFFFFF' for "no fill" too; tintAndShade (1.9) is null only for "no fill". A patterned
// fill (1.9) draws a second colour over `color`: patternColor, lightened or darkened by patternTintAndShade.

interface ExcelFill {
  color: string;
  tintAndShade?: number | null;
  pattern?: string | null;
  patternColor?: string;
  patternTintAndShade?: number | null;
}

/** A pattern that draws the pattern colour (not "no fill", not a plain solid fill). */
function patterned(pattern: string | null | undefined): pattern is string {
  return !!pattern && pattern !== 'Solid' && pattern !== 'None';
}

function normaliseColor(color: string): string | null {
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(color);
  return m ? `#${m[1].toUpperCase()}` : null;
}

/** Queues the read of a range's fill: what the record needs to restore it ("no fill" told from white from 1.9 on). */
export function loadFill(range: Excel.Range, caps: Pick<ExcelCapabilities, 'fillTint'>): Excel.Range {
  if (caps.fillTint) {
    range.load(
      'format/fill/color,format/fill/tintAndShade,format/fill/pattern,format/fill/patternColor,format/fill/patternTintAndShade',
    );
  } else range.load('format/fill/color');
  return range;
}

function snapshotOf(fill: Excel.RangeFill, caps: ExcelCapabilities): FillSnapshot {
  const color = fill.color;
  if (caps.fillTint) {
    const tint = fill.tintAndShade;
    const pattern = fill.pattern as string | null;
    if (tint === null || pattern === 'None') return { fill: null };
    const hex = normaliseColor(color);
    const exact = hex !== null && tint === 0 && (pattern === 'Solid' || pattern === null);
    if (exact) return { fill: hex };
    const host: ExcelFill = { color, tintAndShade: tint, pattern };
    if (patterned(pattern)) {
      host.patternColor = fill.patternColor;
      host.patternTintAndShade = fill.patternTintAndShade;
    }
    return { fill: hex, hostFill: JSON.stringify(host) };
  }
  // Before 1.9 "no fill" and white read the same; white is far more often "no fill" on a form.
  const hex = normaliseColor(color);
  return { fill: hex === '#FFFFFF' ? null : hex };
}

function hostFillOf(rec: { hostFill?: string }): ExcelFill | null {
  if (rec.hostFill === undefined) return null;
  try {
    const parsed = JSON.parse(rec.hostFill) as Partial<ExcelFill>;
    return typeof parsed.color === 'string' ? (parsed as ExcelFill) : null;
  } catch {
    // A damaged exact form falls back to the colour recorded beside it, which is still the original colour.
    return null;
  }
}

function queueFill(fill: Excel.RangeFill, rec: AnnotatedCell, caps: ExcelCapabilities): void {
  const exact = hostFillOf(rec);
  if (exact) {
    fill.color = exact.color;
    if (caps.fillTint && typeof exact.tintAndShade === 'number') fill.tintAndShade = exact.tintAndShade;
    if (caps.fillTint && patterned(exact.pattern)) {
      // The pattern after the background colour, then the pattern's own colour and its tint (a record written before
      // they were kept has neither, and gets the pattern in Excel's default colour).
      fill.pattern = exact.pattern as Excel.FillPattern;
      if (typeof exact.patternColor === 'string') fill.patternColor = exact.patternColor;
      if (typeof exact.patternTintAndShade === 'number') fill.patternTintAndShade = exact.patternTintAndShade;
    }
  } else if (rec.originalFill === null) {
    fill.clear();
  } else {
    fill.color = rec.originalFill;
  }
}

/** How many fill properties queueFill sets for `rec` (a clear counts as one): what its request costs. */
function fillPropertyCount(rec: AnnotatedCell, caps: ExcelCapabilities): number {
  const exact = hostFillOf(rec);
  if (!exact) return 1;
  let n = 1;
  if (caps.fillTint && typeof exact.tintAndShade === 'number') n++;
  if (caps.fillTint && patterned(exact.pattern)) {
    n++;
    if (typeof exact.patternColor === 'string') n++;
    if (typeof exact.patternTintAndShade === 'number') n++;
  }
  return n;
}

function sameFill(now: FillSnapshot, rec: AnnotatedCell): boolean {
  return now.fill === rec.originalFill && (now.hostFill ?? null) === (rec.hostFill ?? null);
}

// ---------------------------------------------------------------------------------------------------------------
// The findings sheet (Excel without comments and notes): one row per line, a HYPERLINK to the cell.

/** Text a spreadsheet would take for a formula (= + - @, or a leading tab/CR) gets Excel's text prefix, an apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The findings sheet's cells as `formulas` (row 1 the header). Links are formulas; every text is plain text. */
export function findingsRows(entries: readonly AnnotationEntry[], sheetOrder: readonly string[]): string[][] {
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  const sorted = [...entries].sort((a, b) => {
    const pa = parseA1(a.cell);
    const pb = parseA1(b.cell);
    return (order.get(a.sheet) ?? 1e9) - (order.get(b.sheet) ?? 1e9) || pa.row - pb.row || pa.col - pb.col;
  });
  const rows: string[][] = [['位置 / Cell', '级别 / Severity', '审核意见 / Finding']];
  for (const e of sorted) {
    const target = `#${qualified(e.sheet, e.cell)}`;
    const shown = `${e.sheet}!${e.cell}`;
    for (const line of e.lines) {
      rows.push([
        `=HYPERLINK(${formulaString(target)},${formulaString(shown)})`,
        neutralise(LABELS[e.severity]),
        neutralise(line),
      ]);
    }
  }
  return rows;
}

function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function syncOrHostError(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw toHostError(e);
  }
}

function pseudoFinding(e: AnnotationEntry): Finding {
  // annotationPlan only needs where a cell is and how bad; the lines come from the plan the pane built.
  return {
    ruleId: 'x',
    severity: e.severity,
    sheet: e.sheet,
    cell: e.cell,
    related: [],
    message: '',
    messageId: '',
    data: {},
  };
}

function chooseMode(caps: ExcelCapabilities, preferNotes: boolean): Mode {
  if (caps.notes && (preferNotes || !caps.comments)) return 'notes';
  if (caps.comments) return 'comments';
  return 'sheet';
}

interface RunInput {
  entries: AnnotationEntry[];
  /** Write no comment text, only fills and the findings sheet (after comments could not be added). */
  forceSheet?: boolean;
}

async function run(context: Excel.RequestContext, input: RunInput, env: AnnotateEnv): Promise<AnnotateOutcome> {
  const { caps } = env;
  const budget = env.budget ?? PAYLOAD_BUDGET;
  const prev = env.stored ?? emptyStored();
  const out: HostMessage[] = [];
  // Off where the comments API failed on this client, found by an earlier read or run, or by this inspection.
  let withComments = caps.comments && env.commentsFailure === undefined;

  // Everything this run may touch: cells to annotate, cells annotated before, cells our refs point at.
  const touched = new Map<string, { sheet: string; cell: string }>();
  for (const e of input.entries) touched.set(key(e.sheet, e.cell), { sheet: e.sheet, cell: e.cell });
  for (const c of prev.state.cells) touched.set(key(c.sheet, c.cell), { sheet: c.sheet, cell: c.cell });
  for (const r of prev.refs) touched.set(key(r.sheet, r.cell), { sheet: r.sheet, cell: r.cell });
  if (touched.size > MAX_ANNOTATED_CELLS)
    throw new HostError(messages.tooManyAnnotations(touched.size, MAX_ANNOTATED_CELLS));
  const sheetNames = [...new Set([...touched.values()].map((t) => t.sheet))];
  if (input.entries.length === 0 && sheetNames.length === 0 && withComments) {
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
  const mode: Mode = input.forceSheet ? 'sheet' : chooseMode({ ...caps, comments: withComments }, !!env.preferNotes);
  if (env.preferNotes && !caps.notes && withComments) out.push(messages.notesUnavailable());
  if (commentsBroken && input.entries.length > 0)
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
    (input.entries.length > 0 || hasOurLines(t.content) || t.replies.some((r) => hasOurLines(r.content)));
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

  // ---- The plan, with real original fills (the pane builds it without a fill lookup).
  const live = (sheet: string) => !missing.has(sheet);
  const entries = input.entries.filter((e) => live(e.sheet));
  const ourEvidence = [...cells.values()]
    .filter((c) => live(c.sheet))
    .filter((c) => {
      const t = threadAt.get(key(c.sheet, c.cell));
      const threadOurs = t && (allOurs(t.content) || t.replies.some((r) => allOurs(r.content)));
      return threadOurs || (c.noteText ? hasOurLines(c.noteText) : false);
    })
    .map((c) => ({ sheet: c.sheet, cell: c.cell, ...c.snapshot }));
  const prevState: AnnotationState = { version: 1, cells: prev.state.cells.filter((c) => live(c.sheet)) };
  const state = recoverState(prevState.cells.length > 0 ? prevState : null, ourEvidence);
  const plan = annotationPlan(entries.map(pseudoFinding), state, (sheet, cell) => {
    return cells.get(key(sheet, cell))?.snapshot ?? { fill: null };
  });
  const restoreSet = new Map(plan.restore.map((r) => [key(r.sheet, r.cell), r]));
  // Refs of ours on cells that are neither annotated now nor in the state still need their lines removed.
  const entryKeys = new Set(entries.map((e) => key(e.sheet, e.cell)));
  const stateRestore = new Set(restoreSet.keys());
  for (const r of prev.refs) {
    const k = key(r.sheet, r.cell);
    if (!live(r.sheet) || restoreSet.has(k) || entryKeys.has(k)) continue;
    restoreSet.set(k, { sheet: r.sheet, cell: r.cell, originalFill: null });
  }

  // ---- The write, as ops sized for the payload.
  const prevRefs = new Map<string, AnnotationRef>();
  for (const r of prev.refs) prevRefs.set(key(r.sheet, r.cell), r);
  // Where comments cannot be used, ours from runs when they could stay in the record until they can be cleared.
  const keptRefs = commentsBroken ? prev.refs.filter((r) => live(r.sheet) && r.kind !== 'note') : [];
  if (keptRefs.length > 0) out.push(messages.commentsNotCleared(keptRefs.map((r) => `${r.sheet}!${r.cell}`)));
  const refs: AnnotationRef[] = [...keptRefs];
  const ops: WriteOp[] = [];
  // The sheet the ops being planned write to: protection is checked only where the run writes.
  let current: string | null = null;
  const writeSheets = new Set<string>();
  const push = (op: WriteOp) => {
    ops.push(op);
    if (current) writeSheets.add(current);
  };
  const written: string[] = [];
  let replies = 0;

  const isOurRoot = (t: ThreadSnap, sheet: string) => {
    const ref = prevRefs.get(key(sheet, t.cell ?? ''));
    return (ref?.kind === 'comment' && ref.commentId === t.id) || allOurs(t.content) || t.content === CLEARED_LINE;
  };
  const ourReplies = (t: ThreadSnap, sheet: string) => {
    const ref = prevRefs.get(key(sheet, t.cell ?? ''));
    return t.replies.filter((r) => (ref?.kind === 'reply' && ref.replyId === r.id) || allOurs(r.content));
  };
  const personReplies = (t: ThreadSnap, sheet: string) => {
    const ours = new Set(ourReplies(t, sheet).map((r) => r.id));
    return t.replies.filter((r) => !ours.has(r.id));
  };

  const setText = (info: CellInfo, proxy: Excel.Note, now: string, text: string) => {
    if (now === text) return;
    push({ bytes: requestBytes.noteEdit(info.cell, text), queue: () => void (proxy.content = text) });
  };
  const remove = (info: CellInfo, proxy: Excel.Note) =>
    push({ bytes: requestBytes.noteDelete(info.cell), queue: () => proxy.delete() });
  // Edits and deletions of existing comments and replies say whose they are and how to see they were carried out.
  const setThreadText = (t: ThreadSnap, text: string) => {
    if (t.content === text) return;
    push({
      bytes: requestBytes.commentEdit(t.id, text),
      queue: () => void (t.proxy.content = text),
      thread: { thread: t, author: t.author, applied: (now) => now?.content === text },
    });
  };
  const removeThread = (t: ThreadSnap) =>
    push({
      bytes: requestBytes.commentDelete(t.id),
      queue: () => t.proxy.delete(),
      thread: { thread: t, author: t.author, applied: (now) => now === undefined },
    });
  const setReplyText = (t: ThreadSnap, r: ReplySnap, text: string) => {
    if (r.content === text) return;
    push({
      bytes: requestBytes.replyEdit(t.id, r.id, text),
      queue: () => void (r.proxy.content = text),
      thread: { thread: t, author: r.author, applied: (now) => now?.replies.get(r.id) === text },
    });
  };
  const removeReply = (t: ThreadSnap, r: ReplySnap) =>
    push({
      bytes: requestBytes.replyDelete(t.id, r.id),
      queue: () => r.proxy.delete(),
      thread: { thread: t, author: r.author, applied: (now) => !now?.replies.has(r.id) },
    });

  /** Our lines off a cell: our thread deleted, our replies deleted, a note stripped back to the person's text. */
  const removeOurText = (info: CellInfo) => {
    const t = threadAt.get(key(info.sheet, info.cell));
    if (t) {
      if (isOurRoot(t, info.sheet)) {
        if (personReplies(t, info.sheet).length === 0) removeThread(t);
        else {
          setThreadText(t, CLEARED_LINE);
          for (const r of ourReplies(t, info.sheet)) removeReply(t, r);
        }
      } else {
        for (const r of ourReplies(t, info.sheet)) removeReply(t, r);
      }
    }
    if (info.note && info.noteText && hasOurLines(info.noteText)) {
      const person = stripOurLines(info.noteText);
      if (person === null) remove(info, info.note);
      else setText(info, info.note, info.noteText, person);
    }
  };

  const writeText = (info: CellInfo, lines: string[]) => {
    const text = lines.join('\n');
    const sheet = info.sheet;
    const s = sheets.get(sheet) as SheetInfo;
    const t = threadAt.get(key(sheet, info.cell));
    const ref: AnnotationRef = { sheet, cell: info.cell, kind: 'comment' };
    if (t) {
      if (isOurRoot(t, sheet) && (mode === 'comments' || personReplies(t, sheet).length > 0)) {
        setThreadText(t, text);
        for (const r of ourReplies(t, sheet)) removeReply(t, r);
        refs.push({ ...ref, commentId: t.id });
        return;
      }
      if (isOurRoot(t, sheet)) {
        // Notes preferred now: our comment makes way for a note (a cell has one or the other).
        removeThread(t);
      } else {
        // A person's thread: never edited; our lines live in one reply of ours under it.
        const mine = ourReplies(t, sheet);
        replies++;
        if (mine.length > 0) {
          setReplyText(t, mine[0], text);
          for (const r of mine.slice(1)) removeReply(t, r);
          refs.push({ ...ref, kind: 'reply', commentId: t.id, replyId: mine[0].id });
        } else {
          const rec: AnnotationRef = { ...ref, kind: 'reply', commentId: t.id };
          refs.push(rec);
          let added: Excel.CommentReply | null = null;
          push({
            bytes: requestBytes.replyAdd(t.id, text),
            queue: () => {
              added = t.proxy.replies.add(text);
              added.load('id');
            },
            after: () => {
              if (added) rec.replyId = added.id;
            },
          });
        }
        return;
      }
    }
    if (info.noteText !== undefined && info.noteText !== null && info.note) {
      // A note is there (a person's, or ours): our lines replace ours below the person's text.
      const person = hasOurLines(info.noteText) ? stripOurLines(info.noteText) : info.noteText;
      setText(info, info.note, info.noteText, mergeComment(person, lines));
      refs.push({ ...ref, kind: 'note' });
      return;
    }
    if (mode === 'notes') {
      push({ bytes: requestBytes.noteAdd(info.cell, text), queue: () => void s.ws.notes.add(info.cell, text) });
      refs.push({ ...ref, kind: 'note' });
      return;
    }
    const rec: AnnotationRef = { ...ref };
    refs.push(rec);
    let added: Excel.Comment | null = null;
    // comments.add wants the full address, sheet name included.
    const address = qualified(info.sheet, info.cell);
    push({
      bytes: requestBytes.commentAdd(address, text),
      queue: () => {
        added = (s.comments as Excel.CommentCollection).add(address, text);
        added.load('id');
      },
      after: () => {
        if (added) rec.commentId = added.id;
      },
    });
  };

  for (const e of entries) {
    const info = cells.get(key(e.sheet, e.cell)) as CellInfo;
    current = e.sheet;
    written.push(`${e.sheet}!${e.cell}`);
    const target: AnnotatedCell = { sheet: e.sheet, cell: e.cell, originalFill: e.fill };
    if (!sameFill(info.snapshot, target)) {
      // Our colour as a plain solid fill, whatever pattern the cell had (clear brings the pattern back).
      const solid = caps.fillTint && patterned(hostFillOf(info.snapshot)?.pattern);
      push({
        bytes: requestBytes.fill(solid ? 2 : 1),
        queue: () => {
          const fill = info.range.format.fill;
          fill.color = e.fill;
          if (solid) fill.pattern = 'Solid';
        },
      });
    }
    if (mode !== 'sheet') writeText(info, e.lines);
    else if (input.forceSheet) removeOurText(info);
  }
  for (const rec of restoreSet.values()) {
    const info = cells.get(key(rec.sheet, rec.cell));
    if (!info) continue;
    current = rec.sheet;
    written.push(`${rec.sheet}!${rec.cell}`);
    // A record without a fill of its own (a ref outside the state) leaves the fill alone unless it is ours.
    const fromState = stateRestore.has(key(rec.sheet, rec.cell));
    if ((fromState || isOurFill(info.snapshot.fill)) && !sameFill(info.snapshot, rec)) {
      push({
        bytes: requestBytes.fill(fillPropertyCount(rec, caps)),
        queue: () => queueFill(info.range.format.fill, rec, caps),
      });
    }
    removeOurText(info);
  }
  current = null;
  for (const name of writeSheets) {
    if (caps.protection && sheets.get(name)?.ws.protection.protected)
      throw new HostError(messages.sheetProtected(name));
  }
  if (replies > 0) out.push(messages.replyToPerson(replies));

  // The findings sheet: ours from before goes; old Excel gets a new one.
  const names = new Set(allSheets.items.map((w) => w.name));
  let findingsSheet: string | null = null;
  if (prev.findingsSheet && names.has(prev.findingsSheet)) {
    const old = prev.findingsSheet;
    push({ bytes: 60, queue: () => allSheets.getItem(old).delete() });
    names.delete(old);
  }
  if (mode === 'sheet' && entries.length > 0) {
    const name = uniqueSheetName(FINDINGS_SHEET_NAME, names);
    findingsSheet = name;
    const rows = findingsRows(
      input.entries,
      allSheets.items.map((w) => w.name),
    );
    push({ bytes: 60, queue: () => void allSheets.add(name) });
    const perChunk = Math.max(1, Math.floor(budget / 4 / Math.max(1, jsonBytes(rows) / rows.length)));
    for (let i = 0; i < rows.length; i += perChunk) {
      const part = rows.slice(i, i + perChunk);
      const start = i;
      push({
        bytes: jsonBytes(part),
        queue: () => {
          allSheets.getItem(name).getRange(`A${start + 1}:C${start + part.length}`).formulas = part;
        },
      });
    }
    push({
      bytes: 60,
      queue: () => {
        const ws = allSheets.getItem(name);
        ws.getRange('A1:C1').format.font.bold = true;
        if (caps.autofit) ws.getRange('A:C').format.autofitColumns();
      },
    });
    // Where comments failed, comments-unavailable has said why the findings sheet is used.
    if (!input.forceSheet && !commentsBroken) out.push(messages.findingsSheetInstead(name));
  }

  // ---- Save a record covering every cell about to change (clear can undo a run that stops half way), then write.
  const union: Stored = {
    product: 'indicator-checker',
    version: 1,
    state: { version: 1, cells: mergeRecords(plan.nextState.cells, [...restoreSet.values()]) },
    refs: mergeRefs(
      prev.refs.filter((r) => live(r.sheet)),
      refs,
    ),
    findingsSheet: findingsSheet ?? prev.findingsSheet,
  };
  if (ops.length > 0) {
    try {
      await env.persist(union);
    } catch (e) {
      // Nothing is written: a record too large, one another runtime changed meanwhile, or a failed save.
      throw toHostError(e);
    }
  }

  // A clear only edits and deletes, so its ops may go in any order: edits of existing comments go first in every batch,
  // one reviewer's after another's. Excel carries out a batch's commands in order up to one it refuses, so when it
  // refuses to touch another reviewer's comments, the first of those edits not carried out names that reviewer.
  const clearing = input.entries.length === 0;
  if (clearing) {
    const authors = [...new Set(ops.flatMap((o) => (o.thread ? [o.thread.author] : [])))];
    const rank = (o: WriteOp) => (o.thread ? authors.indexOf(o.thread.author) : authors.length);
    ops.sort((a, b) => rank(a) - rank(b));
  }
  const refusedAuthors = new Set<string>();
  const left = new Map<string, ThreadSnap>();
  let queue = ops;
  let next = 0;
  let done = 0;
  let first = true;
  // Halved each time Excel finds a batch too large after all (a client or library that sends more than measured).
  let room = budget;
  let shrinks = 0;
  while (next < queue.length) {
    let bytes = 0;
    const batch: WriteOp[] = [];
    while (next < queue.length && (batch.length === 0 || bytes + queue[next].bytes <= room)) {
      bytes += queue[next].bytes;
      batch.push(queue[next++]);
    }
    if (first && caps.suspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
    first = false;
    for (const op of batch) op.queue();
    try {
      // Writes beyond one payload go in several syncs; each carries at most `budget` bytes.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (batch.length > 1 && shrinks < WRITE_RETRIES && isOversizedRequest(e, bytes >= room / 2)) {
        // Excel refused the request for its size before carrying out any of it: the same ops go again in smaller
        // batches. Where an old build's GeneralException was a command failing after all, the commands before it ran:
        // a comment or note added again fails, and the rollback undoes the run; a reply added again does not fail,
        // and the extra one (all ours) goes with the next run or clear.
        shrinks++;
        room = Math.max(1, Math.floor(bytes / 2));
        next -= batch.length;
        continue;
      }
      const refused = clearing ? await refusedOp(context, batch, e, sheets, commentPage) : -1;
      if (refused < 0) {
        throw await rollback(context, e, {
          sheets,
          cells,
          touched,
          names: new Set(allSheets.items.map((w) => w.name)),
          caps,
          env,
          mode,
          commentPage,
        });
      }
      // That reviewer's threads are left as they are (one more failed sync per such reviewer, never per thread); the
      // ops after the refused one go again.
      refusedAuthors.add((batch[refused].thread as ThreadOp).author);
      for (const op of batch.slice(0, refused)) op.after?.();
      done += refused;
      const rest = [...batch.slice(refused), ...queue.slice(next)];
      for (const op of rest) {
        if (op.thread && refusedAuthors.has(op.thread.author)) {
          left.set(key(op.thread.thread.sheet, op.thread.thread.id), op.thread.thread);
          done++;
        }
      }
      queue = rest.filter((op) => !(op.thread && refusedAuthors.has(op.thread.author)));
      next = 0;
      continue;
    }
    for (const op of batch) op.after?.();
    done += batch.length;
    env.onProgress?.(done / ops.length);
  }
  if (left.size > 0) {
    // Their record stays, so the reviewer who wrote them (or a later clear Excel allows) can still remove them.
    const threads = [...left.values()];
    out.push(
      messages.othersCommentsKept(
        [...refusedAuthors],
        threads.map((t) => `${t.sheet}!${t.cell ?? ''}`),
      ),
    );
    const ids = new Set(threads.map((t) => key(t.sheet, t.id)));
    refs.push(...prev.refs.filter((r) => r.commentId !== undefined && ids.has(key(r.sheet, r.commentId))));
  }

  const stored: Stored = {
    product: 'indicator-checker',
    version: 1,
    state: plan.nextState,
    refs,
    findingsSheet,
  };
  const empty = stored.state.cells.length === 0 && refs.length === 0 && !findingsSheet;
  try {
    await env.persist(empty ? null : stored);
  } catch (e) {
    // A run that wrote nothing learns here that another runtime changed the record: it starts again from that one.
    if (e instanceof StaleRecordError) throw e;
    out.push(messages.stateNotSaved(errorDetail(e)));
    const result = { written, messages: out };
    return { result, stored: union, comments: index, commentsFailure: env.commentsFailure };
  }
  env.onProgress?.(1);
  const result = { written, messages: out };
  return { result, stored: empty ? null : stored, comments: index, commentsFailure: env.commentsFailure };
}

function mergeRecords(a: AnnotatedCell[], b: AnnotatedCell[]): AnnotatedCell[] {
  const m = new Map<string, AnnotatedCell>();
  for (const c of [...b, ...a]) m.set(key(c.sheet, c.cell), c);
  return [...m.values()];
}

function mergeRefs(a: AnnotationRef[], b: AnnotationRef[]): AnnotationRef[] {
  const m = new Map<string, AnnotationRef>();
  for (const r of [...a, ...b]) m.set(`${key(r.sheet, r.cell)}\u0000${r.kind}`, r);
  return [...m.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// A clear Excel stopped at an edit of an existing comment or reply: which one, from the threads read again.

/** The threads of these sheets as they are now, by sheet and thread id (a page of comments per sync). */
async function threadsNow(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  page: number,
): Promise<Map<string, ThreadNow>> {
  const now = new Map<string, ThreadNow>();
  let todo = sheets.map((s) => ({ s, coll: s.comments as Excel.CommentCollection, skip: 0 }));
  while (todo.length > 0) {
    for (const t of todo) t.coll.load({ select: COMMENT_SELECT, top: page, skip: t.skip });
    // One sync unless a sheet has more comments than a page.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const more: typeof todo = [];
    for (const t of todo) {
      for (const c of t.coll.items) {
        now.set(key(t.s.name, c.id), {
          content: c.content,
          replies: new Map(c.replies.items.map((r) => [r.id, r.content])),
        });
      }
      if (t.coll.items.length >= page) more.push({ ...t, skip: t.skip + t.coll.items.length });
    }
    todo = more;
  }
  return now;
}

/**
 * The index in a failed clear batch of the edit of an existing comment or reply that Excel refused, or -1 when the
 * failure lies elsewhere. A clear puts those edits first in every batch and Excel stops at the refused command, so
 * the refused one is the first such edit that the threads, read again, do not show.
 */
async function refusedOp(
  context: Excel.RequestContext,
  batch: readonly WriteOp[],
  cause: unknown,
  sheets: Map<string, SheetInfo>,
  page: number,
): Promise<number> {
  if (isEditModeError(cause) || isPayloadError(cause)) return -1;
  const names = new Set(batch.flatMap((o) => (o.thread ? [o.thread.thread.sheet] : [])));
  const infos = [...names].map((n) => sheets.get(n)).filter((s): s is SheetInfo => !!s?.comments);
  if (infos.length === 0) return -1;
  let now: Map<string, ThreadNow>;
  try {
    now = await threadsNow(context, infos, page);
  } catch {
    // The threads cannot be read either: the failure is reported as it came, through the rollback.
    return -1;
  }
  return batch.findIndex((o) => o.thread && !o.thread.applied(now.get(key(o.thread.thread.sheet, o.thread.thread.id))));
}

// ---------------------------------------------------------------------------------------------------------------
// Rollback: put back every fill, comment, reply and note this run may have changed, from what the inspection read.

interface RollbackInput {
  sheets: Map<string, SheetInfo>;
  cells: Map<string, CellInfo>;
  touched: Map<string, { sheet: string; cell: string }>;
  names: Set<string>;
  caps: ExcelCapabilities;
  env: AnnotateEnv;
  mode: Mode;
  commentPage: number;
}

async function rollback(context: Excel.RequestContext, cause: unknown, r: RollbackInput): Promise<HostError> {
  const cellsList = [...r.touched.values()].map((t) => `${t.sheet}!${t.cell}`);
  const detail = errorDetail(cause);
  const partial = () => new HostError(messages.writePartial(detail, cellsList));
  try {
    // R1: fills back as they were; read what the comments, notes and sheets are now.
    for (const c of r.cells.values()) {
      const sheet = r.sheets.get(c.sheet);
      if (!sheet) continue;
      const fill = sheet.ws.getRange(c.cell).format.fill;
      queueFill(
        fill,
        { sheet: c.sheet, cell: c.cell, originalFill: c.snapshot.fill, hostFill: c.snapshot.hostFill },
        r.caps,
      );
    }
    const now = new Map<string, Excel.Comment[]>();
    const paging = new Map<string, Excel.CommentCollection>();
    for (const s of r.sheets.values()) {
      if (!s.comments) continue;
      s.comments.load({ select: COMMENT_SELECT, top: r.commentPage, skip: 0 });
      paging.set(s.name, s.comments);
      now.set(s.name, []);
    }
    const notes = new Map<string, Excel.Note>();
    if (r.caps.notes) {
      for (const c of r.cells.values()) {
        const sheet = r.sheets.get(c.sheet);
        if (!sheet) continue;
        const n = sheet.ws.notes.getItemOrNullObject(c.cell);
        n.load('content');
        notes.set(key(c.sheet, c.cell), n);
      }
    }
    const sheetsNow = context.workbook.worksheets;
    sheetsNow.load('items/name');
    await context.sync();
    // Sheets with more comments than a page: the rest, a page per sync (rollback of very large runs only).
    while (paging.size > 0) {
      for (const [name, coll] of [...paging]) {
        const items = coll.items;
        (now.get(name) as Excel.Comment[]).push(...items);
        if (items.length < r.commentPage) paging.delete(name);
        else {
          const skip = (now.get(name) as Excel.Comment[]).length;
          coll.load({ select: COMMENT_SELECT, top: r.commentPage, skip });
        }
      }
      // Rollback of a sheet with more comments than a page: one sync per page.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if (paging.size > 0) await context.sync();
    }

    // R2: what this run added goes, what it changed gets its old text back.
    for (const [name, items] of now) {
      const before = new Map((r.sheets.get(name) as SheetInfo).threads.map((t) => [t.id, t]));
      for (const c of items) {
        const old = before.get(c.id);
        if (!old) {
          // Added by this run (a thread that holds nothing but our lines, which no person writes).
          if (allOurs(c.content)) c.delete();
          continue;
        }
        if (c.content !== old.content) c.content = old.content;
        const oldReplies = new Map(old.replies.map((x) => [x.id, x]));
        for (const reply of c.replies.items) {
          const o = oldReplies.get(reply.id);
          if (!o) {
            if (allOurs(reply.content)) reply.delete();
          } else if (reply.content !== o.content) reply.content = o.content;
        }
      }
    }
    for (const c of r.cells.values()) {
      const n = notes.get(key(c.sheet, c.cell));
      if (!n || c.noteText === undefined) continue;
      const sheet = r.sheets.get(c.sheet) as SheetInfo;
      if (c.noteText === null && !n.isNullObject) n.delete();
      else if (c.noteText !== null && n.isNullObject) sheet.ws.notes.add(c.cell, c.noteText);
      else if (c.noteText !== null && n.content !== c.noteText) n.content = c.noteText;
    }
    for (const w of sheetsNow.items) if (!r.names.has(w.name) && w.name.startsWith(FINDINGS_SHEET_NAME)) w.delete();
    await context.sync();
    await r.env.persist(r.env.stored);
  } catch {
    return partial();
  }
  return new RolledBackError(messages.writeRolledBack(detail), officeErrorCode(cause));
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Applies a plan built by the pane (`annotationPlan(findings, state)`). Its entries say what to write; which cells to
 * restore and their original fills come from the record in the workbook and the fills read now.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: AnnotationPlan,
  env: AnnotateEnv,
): Promise<AnnotateOutcome> {
  const entries = anchorEntries(plan.entries, env.merges);
  try {
    return await run(context, { entries }, env);
  } catch (e) {
    // Excel 2021/2024 (comments, but no notes API) cannot see a person's note, and a cell with a note refuses a
    // comment. The write was rolled back; fall back to fills and the findings sheet, and say why.
    // Likewise, where the comments API fails, a cell with a person's comment (unseen) refuses a note.
    const commentsUsed = env.caps.comments && env.commentsFailure === undefined;
    const blocked =
      e instanceof RolledBackError && e.causeCode === 'InvalidArgument' && commentsUsed !== env.caps.notes;
    if (!blocked) throw e;
    const outcome = await run(context, { entries, forceSheet: true }, env);
    outcome.result.messages.unshift(commentsUsed ? messages.commentsBlocked() : messages.notesBlocked());
    return outcome;
  }
}

const SEVERITY_RANK: Record<AnnotationEntry['severity'], number> = { error: 0, warning: 1, info: 2 };

/** A line's severity rank and rule id, to order joined lines as the core orders them (severity, then rule id). */
function lineOrder(line: string): [number, string] {
  const label = line.slice(LINE_PREFIX.length, line.indexOf('】'));
  const rank = (Object.keys(LABELS) as Array<keyof typeof LABELS>).findIndex((k) => LABELS[k] === label);
  return [rank < 0 ? 3 : rank, /（([^（）]*)）$/.exec(line)?.[1] ?? ''];
}

/**
 * Entries moved to the top-left cell of the merged area they fall in (the cell Excel shows, fills and comments on),
 * with the lines of entries that meet there joined and the worst severity's fill.
 */
export function anchorEntries(
  entries: readonly AnnotationEntry[],
  merges?: ReadonlyMap<string, Area[]>,
): AnnotationEntry[] {
  if (!merges || merges.size === 0) return [...entries];
  const out = new Map<string, AnnotationEntry>();
  for (const e of entries) {
    const { row, col } = parseA1(e.cell);
    const m = merges.get(e.sheet)?.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
    const cell = m ? a1(m.top, m.left) : e.cell;
    const k = key(e.sheet, cell);
    const prev = out.get(k);
    if (!prev) {
      out.set(k, { ...e, cell, lines: [...e.lines] });
      continue;
    }
    for (const l of e.lines) if (!prev.lines.includes(l)) prev.lines.push(l);
    if (SEVERITY_RANK[e.severity] < SEVERITY_RANK[prev.severity]) {
      prev.severity = e.severity;
      prev.fill = FILLS[e.severity];
    }
  }
  for (const e of out.values()) {
    e.lines.sort((a, b) => {
      const [ra, ia] = lineOrder(a);
      const [rb, ib] = lineOrder(b);
      return ra - rb || (ia < ib ? -1 : ia > ib ? 1 : 0);
    });
  }
  return [...out.values()];
}

/** Removes every annotation of ours: original fills back, our comments, replies and note lines gone. */
export function clearAnnotations(context: Excel.RequestContext, env: AnnotateEnv): Promise<AnnotateOutcome> {
  return run(context, { entries: [] }, env);
}
