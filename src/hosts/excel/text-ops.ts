// Our lines in comments and notes, as write operations. A person's threaded comment is never edited: our lines go
// into a reply of ours under it, which re-runs update and clear deletes. A person's note (notes have no replies) keeps
// its text byte for byte with our lines merged below it (mergeComment/stripOurLines from the core). Our own comments
// hold nothing but our lines; one a person replied to says CLEARED_LINE once cleared, so their reply stays.

import { mergeComment, stripOurLines } from '../../core/annotate/comments';
import type { WriteOp } from './snapshot';
import { qualified, requestBytes } from './payload';
import type { AnnotationRef } from './record';
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
} from './snapshot';

export class TextOps {
  /** Replies of ours added or kept under persons' threads (the user is told). */
  replies = 0;

  /**
   * `prevRefs`: the record's refs by cell; `refs`: where our text is after the write (filled in here, ids of added
   * comments and replies as their syncs succeed); `push`: takes each operation.
   */
  constructor(
    private readonly snap: ExcelSnapshot,
    private readonly prevRefs: ReadonlyMap<string, AnnotationRef>,
    private readonly refs: AnnotationRef[],
    private readonly push: (op: WriteOp) => void,
  ) {}

  /** Our lines off a cell: our thread deleted, our replies deleted, a note stripped back to the person's text. */
  removeOurText(info: CellInfo): void {
    const t = this.snap.threadAt.get(key(info.sheet, info.cell));
    if (t) {
      if (this.isOurRoot(t, info.sheet)) {
        if (this.personReplies(t, info.sheet).length === 0) this.removeThread(t);
        else {
          this.setThreadText(t, CLEARED_LINE);
          for (const r of this.ourReplies(t, info.sheet)) this.removeReply(t, r);
        }
      } else {
        for (const r of this.ourReplies(t, info.sheet)) this.removeReply(t, r);
      }
    }
    if (info.note && info.noteText && hasOurLines(info.noteText)) {
      const person = stripOurLines(info.noteText);
      if (person === null) this.removeNote(info, info.note);
      else this.setNote(info, info.note, info.noteText, person);
    }
  }

  /** Our lines on a cell: in our thread, our reply under a person's thread, a note, or a new comment or note. */
  writeText(info: CellInfo, lines: string[]): void {
    const text = lines.join('\n');
    const ref: AnnotationRef = { sheet: info.sheet, cell: info.cell, kind: 'comment' };
    const t = this.snap.threadAt.get(key(info.sheet, info.cell));
    if (t && this.writeToThread(t, ref, text)) return;
    if (info.noteText !== undefined && info.noteText !== null && info.note) {
      // A note is there (a person's, or ours): our lines replace ours below the person's text.
      const person = hasOurLines(info.noteText) ? stripOurLines(info.noteText) : info.noteText;
      this.setNote(info, info.note, info.noteText, mergeComment(person, lines));
      this.refs.push({ ...ref, kind: 'note' });
      return;
    }
    const s = this.snap.sheets.get(info.sheet) as SheetInfo;
    if (this.snap.mode === 'notes') {
      this.push({ bytes: requestBytes.noteAdd(info.cell, text), queue: () => void s.ws.notes.add(info.cell, text) });
      this.refs.push({ ...ref, kind: 'note' });
      return;
    }
    const rec: AnnotationRef = { ...ref };
    this.refs.push(rec);
    let added: Excel.Comment | null = null;
    // comments.add wants the full address, sheet name included.
    const address = qualified(info.sheet, info.cell);
    this.push({
      bytes: requestBytes.commentAdd(address, text),
      queue: () => {
        added = (s.comments as Excel.CommentCollection).add(address, text);
        added.load('id');
      },
      after: () => {
        if (added) rec.commentId = added.id;
      },
    });
  }

  /** Our text where the cell has a thread; false where our thread makes way for a note (notes preferred now). */
  private writeToThread(t: ThreadSnap, ref: AnnotationRef, text: string): boolean {
    const sheet = ref.sheet;
    if (this.isOurRoot(t, sheet)) {
      if (this.snap.mode !== 'comments' && this.personReplies(t, sheet).length === 0) {
        // Notes preferred now: our comment makes way for a note (a cell has one or the other).
        this.removeThread(t);
        return false;
      }
      this.setThreadText(t, text);
      for (const r of this.ourReplies(t, sheet)) this.removeReply(t, r);
      this.refs.push({ ...ref, commentId: t.id });
      return true;
    }
    // A person's thread: never edited; our lines live in one reply of ours under it.
    const mine = this.ourReplies(t, sheet);
    this.replies++;
    if (mine.length > 0) {
      this.setReplyText(t, mine[0], text);
      for (const r of mine.slice(1)) this.removeReply(t, r);
      this.refs.push({ ...ref, kind: 'reply', commentId: t.id, replyId: mine[0].id });
      return true;
    }
    const rec: AnnotationRef = { ...ref, kind: 'reply', commentId: t.id };
    this.refs.push(rec);
    let added: Excel.CommentReply | null = null;
    this.push({
      bytes: requestBytes.replyAdd(t.id, text),
      queue: () => {
        added = t.proxy.replies.add(text);
        added.load('id');
      },
      after: () => {
        if (added) rec.replyId = added.id;
      },
    });
    return true;
  }

  private isOurRoot(t: ThreadSnap, sheet: string): boolean {
    const ref = this.prevRefs.get(key(sheet, t.cell ?? ''));
    return (ref?.kind === 'comment' && ref.commentId === t.id) || allOurs(t.content) || t.content === CLEARED_LINE;
  }

  private ourReplies(t: ThreadSnap, sheet: string): ReplySnap[] {
    const ref = this.prevRefs.get(key(sheet, t.cell ?? ''));
    return t.replies.filter((r) => (ref?.kind === 'reply' && ref.replyId === r.id) || allOurs(r.content));
  }

  private personReplies(t: ThreadSnap, sheet: string): ReplySnap[] {
    const ours = new Set(this.ourReplies(t, sheet).map((r) => r.id));
    return t.replies.filter((r) => !ours.has(r.id));
  }

  private setNote(info: CellInfo, proxy: Excel.Note, now: string, text: string): void {
    if (now === text) return;
    this.push({ bytes: requestBytes.noteEdit(info.cell, text), queue: () => void (proxy.content = text) });
  }

  private removeNote(info: CellInfo, proxy: Excel.Note): void {
    this.push({ bytes: requestBytes.noteDelete(info.cell), queue: () => proxy.delete() });
  }

  // Edits and deletions of existing comments and replies say whose they are and how to see they were carried out.

  private setThreadText(t: ThreadSnap, text: string): void {
    if (t.content === text) return;
    this.push({
      bytes: requestBytes.commentEdit(t.id, text),
      queue: () => void (t.proxy.content = text),
      thread: { thread: t, author: t.author, applied: (now) => now?.content === text },
    });
  }

  private removeThread(t: ThreadSnap): void {
    this.push({
      bytes: requestBytes.commentDelete(t.id),
      queue: () => t.proxy.delete(),
      thread: { thread: t, author: t.author, applied: (now) => now === undefined },
    });
  }

  private setReplyText(t: ThreadSnap, r: ReplySnap, text: string): void {
    if (r.content === text) return;
    this.push({
      bytes: requestBytes.replyEdit(t.id, r.id, text),
      queue: () => void (r.proxy.content = text),
      thread: { thread: t, author: r.author, applied: (now) => now?.replies.get(r.id) === text },
    });
  }

  private removeReply(t: ThreadSnap, r: ReplySnap): void {
    this.push({
      bytes: requestBytes.replyDelete(t.id, r.id),
      queue: () => r.proxy.delete(),
      thread: { thread: t, author: r.author, applied: (now) => !now?.replies.has(r.id) },
    });
  }
}
