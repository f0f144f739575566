// What the Excel side of the port's first phase (inspect.ts) hands its second (write.ts): the run's environment, the
// comment threads, notes and fills of the cells concerned with the proxies the write works on, and how text will be
// written (comments, notes or the findings sheet).

import { ourLineRanges, stripOurLines } from '../../core/annotate/comments';
import type { CellRef, FillSnapshot } from '../../core/annotate/plan';
import type { Snapshot } from '../../core/annotate/port';
import { LINE_PREFIX } from '../../core/annotate/types';
import type { Area } from '../../core/grid';
import { cellKey } from '../../core/order';
import type { HostMessage } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { toHostError } from './messages';
import type { CommentIndex } from './read';
import type { Stored } from './record';

/** What a comment of ours that a person replied to says once cleared: the thread stays for their reply. */
export const CLEARED_LINE = `${LINE_PREFIX}已清除】`;

export interface AnnotateEnv {
  caps: ExcelCapabilities;
  /** The record as it is in the workbook now (null when none), read in this run's Excel.run. */
  stored: Stored | null;
  /** Comment locations from the last read, so a write right after it need not locate comments again. */
  comments?: CommentIndex;
  /**
   * Merged areas from the last read: which cells the inspection's first sync reads. The inspection reads the areas the
   * findings lie in itself (1.13); these stand in for them only where it cannot (before 1.13, or Excel refused).
   */
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

/** The key of a workbook cell (core/order.ts), by the name the Excel host's modules use. */
export const key = cellKey;

export function allOurs(text: string): boolean {
  return ourLineRanges(text).length > 0 && stripOurLines(text) === null;
}

export function hasOurLines(text: string): boolean {
  return ourLineRanges(text).length > 0;
}

export async function syncOrHostError(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw toHostError(e);
  }
}

/** One queued write of the annotate path, with its estimated request size (ops.ts makes them, send.ts sends them). */
export interface WriteOp {
  bytes: number;
  queue: () => void;
  /** Runs after the sync that carried the op succeeded (reads ids of what was added). */
  after?: () => void;
  /** An edit or deletion of an existing comment or reply (Excel may refuse it for another reviewer's). */
  thread?: ThreadOp;
}

export interface ThreadOp {
  thread: ThreadSnap;
  /** Who wrote the comment or reply the op changes. */
  author: string;
  /** Whether the op shows in the thread as read again (it was carried out). */
  applied: (now: ThreadNow | undefined) => boolean;
}
