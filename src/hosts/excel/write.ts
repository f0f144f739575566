// The Excel side of the port's second phase: a record covering every cell about to change is saved first (clear can
// restore them even if the run stops half way), then the operations (ops.ts) go in payload-sized syncs (send.ts); a
// failed write is rolled back from what the inspection read (rollback.ts), or the error lists the cells it may have
// changed. Where Excel refuses a clear to touch another reviewer's comments, their threads are left as they are and
// the rest is cleared. Where the record is live (Workbook.settings, 1.4) each save is one sync more, skipped when the
// record is unchanged (state.ts).

import type { AnnotatedCell, AnnotationPlan } from '../../core/annotate/types';
import type { ApplyResult } from '../host';
import { errorDetail, messages, toHostError } from './messages';
import { operations } from './ops';
import type { CommentIndex } from './read';
import { StaleRecordError, type AnnotationRef, type Stored } from './record';
import { sendOps, type Sent } from './send';
import { key, type AnnotateEnv, type ExcelSnapshot } from './snapshot';

export interface AnnotateOutcome {
  result: ApplyResult;
  /** The record now in the document. */
  stored: Stored | null;
  comments: CommentIndex;
  /** Set when this run found the comments API failing (comments were not used). */
  commentsFailure?: string;
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

/** Threads Excel refused to clear: the user is told, and their refs stay so that a later clear can remove them. */
function keepRefused(sent: Sent, snap: ExcelSnapshot, refs: AnnotationRef[]): void {
  if (sent.left.size === 0) return;
  // Their record stays, so the reviewer who wrote them (or a later clear Excel allows) can still remove them.
  const threads = [...sent.left.values()];
  snap.out.push(
    messages.othersCommentsKept(
      [...sent.refusedAuthors],
      threads.map((t) => `${t.sheet}!${t.cell ?? ''}`),
    ),
  );
  const ids = new Set(threads.map((t) => key(t.sheet, t.id)));
  refs.push(...snap.prev.refs.filter((r) => r.commentId !== undefined && ids.has(key(r.sheet, r.commentId))));
}

/** Carries `plan` out over what `inspect` found (`snap`): record, operations, record again. */
export async function write(
  context: Excel.RequestContext,
  plan: AnnotationPlan,
  snap: ExcelSnapshot,
  env: AnnotateEnv,
): Promise<AnnotateOutcome> {
  const { prev, out, index } = snap;
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
  const sent = await sendOps(context, ops, snap, env, plan.entries.length === 0);
  keepRefused(sent, snap, refs);

  const stored: Stored = { product: 'indicator-checker', version: 1, state: plan.nextState, refs, findingsSheet };
  const empty = stored.state.cells.length === 0 && refs.length === 0 && !findingsSheet;
  const result = { written, messages: out };
  try {
    await env.persist(empty ? null : stored);
  } catch (e) {
    // A run that wrote nothing learns here that another runtime changed the record: it starts again from that one.
    if (e instanceof StaleRecordError) throw e;
    out.push(messages.stateNotSaved(errorDetail(e)));
    return { result, stored: union, comments: index, commentsFailure: env.commentsFailure };
  }
  env.onProgress?.(1);
  return { result, stored: empty ? null : stored, comments: index, commentsFailure: env.commentsFailure };
}
