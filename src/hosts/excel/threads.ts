// Comment threads as the Excel host reads them: in pages sized to the payload (COMMENT_BYTES a comment), located on
// their cells from the record's refs, the last read's index, or (one sync a payload) getLocation; and read again after
// a clear Excel stopped, to see which edits it carried out.

import type { CellRef } from '../../core/annotate/plan';
import { localRef, REQUEST_BYTES } from './payload';
import type { CommentIndex } from './read';
import type { AnnotationRef } from './record';
import {
  allOurs,
  hasOurLines,
  key,
  syncOrHostError,
  type SheetInfo,
  type ThreadNow,
  type ThreadSnap,
} from './snapshot';

/**
 * Response bytes of one comment in a page (ids, texts, authors, its replies), which sets how many comments a page asks
 * for: a person's short comment with a one-line reply of ours comes back in about 306 (payload-calibration.test.ts);
 * longer threads are what the inspection's halving on a payload error is for.
 */
export const COMMENT_BYTES = 340;
/** The fewest comments a page asks for. */
export const MIN_COMMENT_PAGE = 50;
/** What is read of each comment (paths relative to the collection's items, as LoadOption's select takes them). */
export const COMMENT_SELECT = 'id,content,authorName,replies/items/id,replies/items/content,replies/items/authorName';

export function loadCommentPage(coll: Excel.CommentCollection, page: number, skip: number): void {
  coll.load({ select: COMMENT_SELECT, top: page, skip });
}

/** Takes the page of comments the last sync brought into the sheet's threads. */
export function takeCommentPage(s: SheetInfo): void {
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
}

/** Sheets with more comments than one page fits: the other pages, a payload each. */
export async function readOtherPages(
  context: Excel.RequestContext,
  sheets: Iterable<SheetInfo>,
  page: number,
): Promise<void> {
  const all = [...sheets];
  for (;;) {
    const more = all.filter((s) => s.comments && s.count && s.threads.length < s.count.value);
    if (more.length === 0) break;
    for (const s of more) loadCommentPage(s.comments as Excel.CommentCollection, page, s.threads.length);
    await syncOrHostError(context);
    for (const s of more) takeCommentPage(s);
  }
}

/** Where the threads are once located: by sheet and id, and by cell. */
export interface ThreadPlaces {
  index: CommentIndex;
  threadAt: Map<string, ThreadSnap>;
}

/**
 * Puts each thread on its cell: from our refs, from the last read's index, and (one sync unless they exceed a payload)
 * getLocation for the rest — every thread when cells are to be annotated, else only threads holding lines of ours.
 */
export async function locateThreads(
  context: Excel.RequestContext,
  sheets: ReadonlyMap<string, SheetInfo>,
  refs: readonly AnnotationRef[],
  lastRead: CommentIndex | undefined,
  annotating: boolean,
  budget: number,
): Promise<ThreadPlaces> {
  const known = new Map<string, string>();
  for (const r of refs) if (r.commentId) known.set(`${r.sheet}\u0000${r.commentId}`, r.cell);
  for (const s of sheets.values()) {
    const index = lastRead?.get(s.name);
    for (const t of s.threads) t.cell = known.get(`${s.name}\u0000${t.id}`) ?? index?.get(t.id);
  }
  const needLocation = (t: ThreadSnap) =>
    t.cell === undefined && (annotating || hasOurLines(t.content) || t.replies.some((r) => hasOurLines(r.content)));
  const unlocated: ThreadSnap[] = [];
  for (const s of sheets.values()) for (const t of s.threads) if (needLocation(t)) unlocated.push(t);
  await locate(context, unlocated, budget);

  const index: CommentIndex = new Map();
  for (const s of sheets.values()) {
    if (!s.comments) continue;
    const m = new Map<string, string>();
    for (const t of s.threads) if (t.cell) m.set(t.id, t.cell);
    index.set(s.name, m);
  }
  const threadAt = new Map<string, ThreadSnap>();
  for (const s of sheets.values()) for (const t of s.threads) if (t.cell) threadAt.set(key(s.name, t.cell), t);
  return { index, threadAt };
}

/** getLocation for each thread, as many a sync as one payload holds. */
async function locate(context: Excel.RequestContext, unlocated: readonly ThreadSnap[], budget: number): Promise<void> {
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
}

/**
 * Cells that carry a thread (or a reply) of nothing but our lines and that the record does not name: the record was
 * lost, and their fill is read so that clear can restore it.
 */
export function cellsWithOurThreads(
  sheets: ReadonlyMap<string, SheetInfo>,
  touched: ReadonlyMap<string, CellRef>,
): CellRef[] {
  const evidence: CellRef[] = [];
  for (const s of sheets.values()) {
    for (const t of s.threads) {
      if (!t.cell || touched.has(key(s.name, t.cell))) continue;
      if (allOurs(t.content) || t.replies.some((r) => allOurs(r.content)))
        evidence.push({ sheet: s.name, cell: t.cell });
    }
  }
  return evidence;
}

/** The threads of these sheets as they are now, by sheet and thread id (a page of comments per sync). */
export async function threadsNow(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  page: number,
): Promise<Map<string, ThreadNow>> {
  const now = new Map<string, ThreadNow>();
  let todo = sheets.map((s) => ({ s, coll: s.comments as Excel.CommentCollection, skip: 0 }));
  while (todo.length > 0) {
    for (const t of todo) loadCommentPage(t.coll, page, t.skip);
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
