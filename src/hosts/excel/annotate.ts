// Annotating in Excel through the core's port (core/annotate/port.ts): `inspect` (inspect.ts) reads the record, the
// fills, notes and comments of the cells concerned in one sync for anything that fits a payload; the core plans;
// `write` (write.ts) saves a record covering every cell about to change, sends the operations (ops.ts) in
// payload-sized syncs (send.ts) and rolls a failed write back (rollback.ts). Findings inside a merged area (as the
// inspection reads the areas, ExcelApi 1.13) are written on its top-left cell by the core's anchoring.

import { cellsOf, planAnnotations } from '../../core/annotate/port';
import type { Finding } from '../../core/model';
import { inspect } from './inspect';
import { messages } from './messages';
import { RolledBackError } from './rollback';
import type { AnnotateEnv } from './snapshot';
import { write, type AnnotateOutcome } from './write';

export { loadFill } from './fills';
export { findingsRows, neutralise } from './findings-sheet';
export { RolledBackError } from './rollback';
export { CLEARED_LINE, type AnnotateEnv } from './snapshot';
export { COMMENT_BYTES } from './threads';
export type { AnnotateOutcome } from './write';

/** One run: inspect, plan, write (`forceSheet`: fills and the findings sheet only, no comment text). */
async function run(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  env: AnnotateEnv,
  forceSheet: boolean,
): Promise<AnnotateOutcome> {
  const snapshot = await inspect(context, cellsOf(findings), env, forceSheet);
  return write(context, planAnnotations(findings, snapshot), snapshot, env);
}

/** Writes the findings, replacing our earlier annotations (a person's comments and notes are kept). */
export async function annotateFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  env: AnnotateEnv,
): Promise<AnnotateOutcome> {
  try {
    return await run(context, findings, env, false);
  } catch (e) {
    // Excel 2021/2024 (comments, but no notes API) cannot see a person's note, and a cell with a note refuses a
    // comment. The write was rolled back; fall back to fills and the findings sheet, and say why.
    // Likewise, where the comments API fails, a cell with a person's comment (unseen) refuses a note.
    const commentsUsed = env.caps.comments && env.commentsFailure === undefined;
    const blocked =
      e instanceof RolledBackError && e.causeCode === 'InvalidArgument' && commentsUsed !== env.caps.notes;
    if (!blocked) throw e;
    const outcome = await run(context, findings, env, true);
    outcome.result.messages.unshift(commentsUsed ? messages.commentsBlocked() : messages.notesBlocked());
    return outcome;
  }
}

/** Removes every annotation of ours: original fills back, our comments, replies and note lines gone. */
export function clearAnnotations(context: Excel.RequestContext, env: AnnotateEnv): Promise<AnnotateOutcome> {
  return run(context, [], env, false);
}
