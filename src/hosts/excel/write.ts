// The Excel side of the port's second phase: a record covering every cell about to change is saved first (clear can
// restore them even if the run stops half way), then the operations go in payload-sized syncs (a batch Excel still
// finds too large goes again in halves); a failed write is rolled back from what the inspection read, or the error
// lists the cells it may have changed. Where Excel refuses a clear to touch another reviewer's comments, their threads
// are left as they are and the rest is cleared. Where the record is live (Workbook.settings, 1.4) each save is one
// sync more, skipped when the record is unchanged (state.ts).

import type { AnnotatedCell, AnnotationPlan } from '../../core/annotate/types';
import { HostError, type ApplyResult, type HostMessage } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { queueFill } from './fills';
import {
  allOurs,
  COMMENT_SELECT,
  key,
  type AnnotateEnv,
  type CellInfo,
  type ExcelSnapshot,
  type Mode,
  type SheetInfo,
  type ThreadNow,
  type ThreadSnap,
} from './inspect';
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
import { operations, type ThreadOp, type WriteOp } from './ops';
import type { CommentIndex } from './read';
import { StaleRecordError, type AnnotationRef, type Stored } from './state';

/** How often a write batch Excel found too large is halved before the write gives up (and is rolled back). */
const WRITE_RETRIES = 5;

/** A write that failed and was rolled back, with the Office error code that stopped it. */
export class RolledBackError extends HostError {
  constructor(
    message: HostMessage,
    readonly causeCode: string | undefined,
  ) {
    super(message);
  }
}

export interface AnnotateOutcome {
  result: ApplyResult;
  /** The record now in the document. */
  stored: Stored | null;
  comments: CommentIndex;
  /** Set when this run found the comments API failing (comments were not used). */
  commentsFailure?: string;
}

/** Carries `plan` out over what `inspect` found (`snap`): record, operations, record again. */
export async function write(
  context: Excel.RequestContext,
  plan: AnnotationPlan,
  snap: ExcelSnapshot,
  env: AnnotateEnv,
): Promise<AnnotateOutcome> {
  const { prev, caps, budget, out, sheets, cellInfo: cells, touched, allSheets, commentPage, index, mode } = snap;
  const live = (sheet: string) => !snap.missing.includes(sheet);
  const { ops, refs, written, findingsSheet } = operations(plan, snap);
  // Save a record covering every cell about to change (clear can undo a run that stops half way), then write.
  const union: Stored = {
    product: 'indicator-checker',
    version: 1,
    state: { version: 1, cells: mergeRecords(plan.nextState.cells, plan.restore) },
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
  const clearing = plan.entries.length === 0;
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
