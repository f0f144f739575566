// Sending the write's operations: payload-sized syncs, a batch Excel still finds too large halved, a failed write
// rolled back (rollback.ts). A clear only edits and deletes, so its ops may go in any order: edits of existing
// comments go first in every batch, one reviewer's after another's. Excel carries out a batch's commands in order up
// to one it refuses, so when it refuses to touch another reviewer's comments, the first of those edits not carried out
// names that reviewer: their threads are left as they are and the rest is cleared.

import { isEditModeError, isOversizedRequest, isPayloadError } from './messages';
import type { ThreadOp, WriteOp } from './snapshot';
import { rollback } from './rollback';
import { key, type AnnotateEnv, type ExcelSnapshot, type SheetInfo, type ThreadNow, type ThreadSnap } from './snapshot';
import { threadsNow } from './threads';

/** How often a write batch Excel found too large is halved before the write gives up (and is rolled back). */
const WRITE_RETRIES = 5;

export interface Sent {
  /** Threads left as they are because Excel refused to change them (another reviewer's), by sheet and id. */
  left: Map<string, ThreadSnap>;
  /** Whose threads Excel refused to change. */
  refusedAuthors: Set<string>;
}

/** A clear's ops with edits of existing comments first, one reviewer's after another's (the sort is stable). */
function orderForClear(ops: WriteOp[]): void {
  const authors = [...new Set(ops.flatMap((o) => (o.thread ? [o.thread.author] : [])))];
  const rank = (o: WriteOp) => (o.thread ? authors.indexOf(o.thread.author) : authors.length);
  ops.sort((a, b) => rank(a) - rank(b));
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

/** Sends `ops` (a clear's reordered first) in payload-sized syncs; throws the rollback's error when a write fails. */
export async function sendOps(
  context: Excel.RequestContext,
  ops: WriteOp[],
  snap: ExcelSnapshot,
  env: AnnotateEnv,
  clearing: boolean,
): Promise<Sent> {
  if (clearing) orderForClear(ops);
  const sent: Sent = { left: new Map(), refusedAuthors: new Set() };
  let queue = ops;
  let next = 0;
  let done = 0;
  let first = true;
  // Halved each time Excel finds a batch too large after all (a client or library that sends more than measured).
  let room = snap.budget;
  let shrinks = 0;
  while (next < queue.length) {
    let bytes = 0;
    const batch: WriteOp[] = [];
    while (next < queue.length && (batch.length === 0 || bytes + queue[next].bytes <= room)) {
      bytes += queue[next].bytes;
      batch.push(queue[next++]);
    }
    if (first && snap.caps.suspendScreen) context.application.suspendScreenUpdatingUntilNextSync();
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
      const refused = clearing ? await refusedOp(context, batch, e, snap.sheets, snap.commentPage) : -1;
      if (refused < 0) throw await rollback(context, e, snap, env);
      const rest = [...batch.slice(refused), ...queue.slice(next)];
      done += leaveRefused(sent, batch, refused, rest);
      queue = rest.filter((op) => !(op.thread && sent.refusedAuthors.has(op.thread.author)));
      next = 0;
      continue;
    }
    for (const op of batch) op.after?.();
    done += batch.length;
    env.onProgress?.(done / ops.length);
  }
  return sent;
}

/**
 * Excel refused `batch[refused]`: the ops before it were carried out, and that reviewer's threads are left as they
 * are (one more failed sync per such reviewer, never per thread). Returns how many ops that settles.
 */
function leaveRefused(sent: Sent, batch: readonly WriteOp[], refused: number, rest: readonly WriteOp[]): number {
  sent.refusedAuthors.add((batch[refused].thread as ThreadOp).author);
  for (const op of batch.slice(0, refused)) op.after?.();
  let done = refused;
  for (const op of rest) {
    if (op.thread && sent.refusedAuthors.has(op.thread.author)) {
      sent.left.set(key(op.thread.thread.sheet, op.thread.thread.id), op.thread.thread);
      done++;
    }
  }
  return done;
}
