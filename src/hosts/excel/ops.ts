// The Excel side of the port's second phase, first half: the plan as operations sized for the payload (payload.ts).
//
// A person's threaded comment is never edited: our lines go into a reply of ours under it, which re-runs update and
// clear deletes. A person's note (notes have no replies) keeps its text byte for byte with our lines merged below it
// (mergeComment/stripOurLines from the core). Our own comments hold nothing but our lines. Fills of one colour are set
// on many cells at once through RangeAreas (ExcelApi 1.9, `worksheet.getRanges("A1,B3,…")`).

import { mergeComment, stripOurLines } from '../../core/annotate/comments';
import type { AnnotatedCell, AnnotationPlan } from '../../core/annotate/types';
import { HostError } from '../host';
import { fillPropertyCount, hostFillOf, patterned, queueFill, sameFill } from './fills';
import { findingsRows, uniqueSheetName } from './findings-sheet';
import {
  allOurs,
  CLEARED_LINE,
  hasOurLines,
  key,
  type CellInfo,
  type ExcelSnapshot,
  type ReplySnap,
  type SheetInfo,
  type ThreadSnap,
  type ThreadNow,
} from './inspect';
import { FINDINGS_SHEET_NAME, messages } from './messages';
import { jsonBytes, qualified, requestBytes } from './payload';
import type { AnnotationRef } from './state';
import { FillGroups } from './fill-groups';

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

export interface Work {
  ops: WriteOp[];
  /** Where our text is after the write (ids of added comments and replies filled in as their syncs succeed). */
  refs: AnnotationRef[];
  written: string[];
  findingsSheet: string | null;
}

/** The operations that carry `plan` out over what the inspection found; throws where a sheet to write is protected. */
export function operations(plan: AnnotationPlan, snap: ExcelSnapshot): Work {
  const { prev, caps, budget, out, sheets, cellInfo, allSheets, threadAt, mode, commentsBroken } = snap;
  const live = (sheet: string) => !snap.missing.includes(sheet);
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

  // Fills of one colour go to many cells at once through RangeAreas (1.9) where the loaded library has it.
  const group = new FillGroups(caps);
  for (const e of plan.entries) {
    const info = cellInfo.get(key(e.sheet, e.cell)) as CellInfo;
    current = e.sheet;
    written.push(`${e.sheet}!${e.cell}`);
    const target: AnnotatedCell = { sheet: e.sheet, cell: e.cell, originalFill: e.fill };
    if (!sameFill(info.snapshot, target)) {
      // Our colour as a plain solid fill, whatever pattern the cell had (clear brings the pattern back).
      const solid = caps.fillTint && patterned(hostFillOf(info.snapshot)?.pattern);
      if (solid) {
        push({
          bytes: requestBytes.fill(2),
          queue: () => {
            const fill = info.range.format.fill;
            fill.color = e.fill;
            fill.pattern = 'Solid';
          },
        });
      } else if (!group.add(e.sheet, e.cell, e.fill)) {
        push({ bytes: requestBytes.fill(1), queue: () => void (info.range.format.fill.color = e.fill) });
      }
    }
    if (mode !== 'sheet') writeText(info, e.lines);
    else if (snap.forceSheet) removeOurText(info);
  }
  for (const rec of plan.restore) {
    const info = cellInfo.get(key(rec.sheet, rec.cell));
    if (!info) continue;
    current = rec.sheet;
    written.push(`${rec.sheet}!${rec.cell}`);
    if (!sameFill(info.snapshot, rec)) {
      const exact = rec.hostFill !== undefined && hostFillOf(rec) !== null;
      if (exact || !group.add(rec.sheet, rec.cell, rec.originalFill)) {
        push({
          bytes: requestBytes.fill(fillPropertyCount(rec, caps)),
          queue: () => queueFill(info.range.format.fill, rec, caps),
        });
      }
    }
    removeOurText(info);
  }
  for (const op of group.ops((sheet) => (sheets.get(sheet) as SheetInfo).ws)) {
    current = op.sheet;
    push(op);
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
  if (mode === 'sheet' && plan.entries.length > 0) {
    const name = uniqueSheetName(FINDINGS_SHEET_NAME, names);
    findingsSheet = name;
    const rows = findingsRows(
      plan.entries,
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
    if (!snap.forceSheet && !commentsBroken) out.push(messages.findingsSheetInstead(name));
  }
  return { ops, refs, written, findingsSheet };
}
