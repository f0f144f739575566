// Rollback of a failed write: every fill, comment, reply and note this run may have changed goes back to what the
// inspection read, the findings sheet it added goes, and the record as it was is saved again. Where the rollback
// fails too, the error lists the cells the run may have changed.

import { HostError, type HostMessage } from '../host';
import { queueFill } from './fills';
import { errorDetail, FINDINGS_SHEET_NAME, messages, officeErrorCode } from './messages';
import { allOurs, key, type AnnotateEnv, type ExcelSnapshot, type SheetInfo } from './snapshot';
import { loadCommentPage } from './threads';

/** A write that failed and was rolled back, with the Office error code that stopped it. */
export class RolledBackError extends HostError {
  constructor(
    message: HostMessage,
    readonly causeCode: string | undefined,
  ) {
    super(message);
  }
}

type RollbackInput = Pick<ExcelSnapshot, 'sheets' | 'cellInfo' | 'touched' | 'allSheets' | 'caps' | 'commentPage'>;

/** Queues every inspected cell's fill as it was. */
function queueFills(r: RollbackInput): void {
  for (const c of r.cellInfo.values()) {
    const sheet = r.sheets.get(c.sheet);
    if (!sheet) continue;
    const fill = sheet.ws.getRange(c.cell).format.fill;
    queueFill(
      fill,
      { sheet: c.sheet, cell: c.cell, originalFill: c.snapshot.fill, hostFill: c.snapshot.hostFill },
      r.caps,
    );
  }
}

/** Queues the reads of what the inspected cells' notes are now (by cell). */
function queueNotes(r: RollbackInput): Map<string, Excel.Note> {
  const notes = new Map<string, Excel.Note>();
  if (!r.caps.notes) return notes;
  for (const c of r.cellInfo.values()) {
    const sheet = r.sheets.get(c.sheet);
    if (!sheet) continue;
    const n = sheet.ws.notes.getItemOrNullObject(c.cell);
    n.load('content');
    notes.set(key(c.sheet, c.cell), n);
  }
  return notes;
}

/** Queues the first page of each sheet's comments; after that sync, `commentsNow` reads the rest. */
function queueComments(r: RollbackInput): Map<string, Excel.CommentCollection> {
  const paging = new Map<string, Excel.CommentCollection>();
  for (const s of r.sheets.values()) {
    if (!s.comments) continue;
    loadCommentPage(s.comments, r.commentPage, 0);
    paging.set(s.name, s.comments);
  }
  return paging;
}

/** The comments of each sheet now, once the first page has come: the rest a page per sync (very large runs only). */
async function commentsNow(
  context: Excel.RequestContext,
  paging: Map<string, Excel.CommentCollection>,
  page: number,
): Promise<Map<string, Excel.Comment[]>> {
  const now = new Map<string, Excel.Comment[]>();
  for (const name of paging.keys()) now.set(name, []);
  while (paging.size > 0) {
    for (const [name, coll] of [...paging]) {
      const items = coll.items;
      (now.get(name) as Excel.Comment[]).push(...items);
      if (items.length < page) paging.delete(name);
      else loadCommentPage(coll, page, (now.get(name) as Excel.Comment[]).length);
    }
    // Rollback of a sheet with more comments than a page: one sync per page.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (paging.size > 0) await context.sync();
  }
  return now;
}

/** What this run added goes (threads and replies of nothing but our lines), what it changed gets its old text back. */
function restoreThreads(r: RollbackInput, now: Map<string, Excel.Comment[]>): void {
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
}

/** Every note back as the inspection read it: added ones deleted, deleted ones added, changed ones rewritten. */
function restoreNotes(r: RollbackInput, notes: Map<string, Excel.Note>): void {
  for (const c of r.cellInfo.values()) {
    const n = notes.get(key(c.sheet, c.cell));
    if (!n || c.noteText === undefined) continue;
    const sheet = r.sheets.get(c.sheet) as SheetInfo;
    if (c.noteText === null && !n.isNullObject) n.delete();
    else if (c.noteText !== null && n.isNullObject) sheet.ws.notes.add(c.cell, c.noteText);
    else if (c.noteText !== null && n.content !== c.noteText) n.content = c.noteText;
  }
}

/** Puts back what the failed write may have changed; the error to throw says whether that worked. */
export async function rollback(
  context: Excel.RequestContext,
  cause: unknown,
  r: RollbackInput,
  env: AnnotateEnv,
): Promise<HostError> {
  const cellsList = [...r.touched.values()].map((t) => `${t.sheet}!${t.cell}`);
  const names = new Set(r.allSheets.items.map((w) => w.name));
  const detail = errorDetail(cause);
  try {
    // R1: fills back as they were; read what the comments, notes and sheets are now.
    queueFills(r);
    const paging = queueComments(r);
    const notes = queueNotes(r);
    const sheetsNow = context.workbook.worksheets;
    sheetsNow.load('items/name');
    await context.sync();
    const now = await commentsNow(context, paging, r.commentPage);
    // R2: what this run added goes, what it changed gets its old text back.
    restoreThreads(r, now);
    restoreNotes(r, notes);
    for (const w of sheetsNow.items) if (!names.has(w.name) && w.name.startsWith(FINDINGS_SHEET_NAME)) w.delete();
    await context.sync();
    await env.persist(env.stored);
  } catch {
    return new HostError(messages.writePartial(detail, cellsList));
  }
  return new RolledBackError(messages.writeRolledBack(detail), officeErrorCode(cause));
}
