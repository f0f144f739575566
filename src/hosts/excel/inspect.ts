// The Excel side of the port's first phase (core/annotate/port.ts): one inspection sync for anything that fits a
// payload (inspection.ts), the merged areas the findings lie in included; +1 only when comments exist whose cell is
// not yet known (persons' comments not seen by the last read), and +1 only when cells turn up that the first sync could
// not know of: comments of ours that the stored record lost (threads.ts), or the top-left cell of a merged area that a
// finding lies in and the last read did not see (no read in this session, or a selection that started inside it).
// Syncs repeat only where one payload cannot hold the work: comments read in pages, cells inspected in payload-sized
// batches (payload.ts). Comments that fail to load leave the run to notes or the findings sheet.

import { parseA1 } from '../../core/a1';
import type { CellRef } from '../../core/annotate/plan';
import { anchoredCells, type CellSnapshot } from '../../core/annotate/port';
import type { Area } from '../../core/grid';
import { HostError, type HostMessage } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { snapshotOf } from './fills';
import { Inspection, type MergeReach } from './inspection';
import { errorDetail, messages } from './messages';
import { MAX_ANNOTATED_CELLS, PAYLOAD_BUDGET } from './payload';
import { emptyStored, type Stored } from './record';
import { key, syncOrHostError, type AnnotateEnv, type ExcelSnapshot, type Mode, type ThreadSnap } from './snapshot';
import { cellsWithOurThreads, locateThreads, readOtherPages } from './threads';

function chooseMode(caps: ExcelCapabilities, preferNotes: boolean): Mode {
  if (caps.notes && (preferNotes || !caps.comments)) return 'notes';
  if (caps.comments) return 'comments';
  return 'sheet';
}

/** Everything this run may touch: cells to annotate, cells annotated before, cells our refs point at. */
function touchedCells(
  asked: readonly CellRef[],
  prev: Stored,
  merges: ReadonlyMap<string, readonly Area[]>,
): Map<string, CellRef> {
  const touched = new Map<string, CellRef>();
  for (const e of anchoredCells(asked, merges)) touched.set(key(e.sheet, e.cell), e);
  for (const c of prev.state.cells) touched.set(key(c.sheet, c.cell), { sheet: c.sheet, cell: c.cell });
  for (const r of prev.refs) touched.set(key(r.sheet, r.cell), { sheet: r.sheet, cell: r.cell });
  if (touched.size > MAX_ANNOTATED_CELLS)
    throw new HostError(messages.tooManyAnnotations(touched.size, MAX_ANNOTATED_CELLS));
  return touched;
}

/** Per sheet of the findings, the bottom-right of them: a merged area holding one starts between A1 and it. */
function mergeReach(asked: readonly CellRef[]): Map<string, MergeReach> {
  const reach = new Map<string, MergeReach>();
  for (const c of asked) {
    const { row, col } = parseA1(c.cell);
    const r = reach.get(c.sheet);
    if (!r) reach.set(c.sheet, { row, col });
    else {
      r.row = Math.max(r.row, row);
      r.col = Math.max(r.col, col);
    }
  }
  return reach;
}

/**
 * The touched cells again with the merged areas as the inspection found them: cells that moved to another top-left
 * (or out of a merge undone since the last read) leave the run, and the new ones are returned, to be inspected.
 */
function reanchor(
  run: Inspection,
  touched: Map<string, CellRef>,
  asked: readonly CellRef[],
  prev: Stored,
  merges: ReadonlyMap<string, readonly Area[]>,
): CellRef[] {
  const now = touchedCells(asked, prev, merges);
  for (const k of [...touched.keys()]) {
    if (now.has(k)) continue;
    touched.delete(k);
    run.cells.delete(k);
  }
  const added: CellRef[] = [];
  for (const [k, c] of now) {
    if (touched.has(k)) continue;
    touched.set(k, c);
    if (!run.missing.has(c.sheet)) added.push(c);
  }
  return added;
}

/** The sheets to inspect; clearing without a record (it was lost) looks for comments of ours on every sheet. */
async function sheetsToInspect(
  context: Excel.RequestContext,
  touched: ReadonlyMap<string, CellRef>,
  everySheet: boolean,
): Promise<string[]> {
  const names = [...new Set([...touched.values()].map((t) => t.sheet))];
  if (everySheet && names.length === 0) {
    // One more sync: the sheets' names.
    const list = context.workbook.worksheets;
    list.load('items/name');
    await syncOrHostError(context);
    names.push(...list.items.map((w) => w.name));
  }
  return names;
}

/** Each inspected cell's fill and note as read, and what the core reads of it: the comment or note text. */
function cellSnapshots(
  run: Inspection,
  threadAt: ReadonlyMap<string, ThreadSnap>,
  caps: ExcelCapabilities,
): CellSnapshot[] {
  const snapshots: CellSnapshot[] = [];
  for (const c of run.cells.values()) {
    if (run.missing.has(c.sheet)) continue;
    c.snapshot = snapshotOf(c.range.format.fill, caps);
    if (c.note) c.noteText = c.note.isNullObject ? null : c.note.content;
    const t = threadAt.get(key(c.sheet, c.cell));
    const comment = t ? [t.content, ...t.replies.map((r) => r.content)].join('\n') : (c.noteText ?? null);
    snapshots.push({ sheet: c.sheet, cell: c.cell, ...c.snapshot, comment });
  }
  return snapshots;
}

/**
 * The port's first phase (nothing is written): the record, the fills, notes and comments of the cells concerned
 * (`asked` moved to the top-left cells of their merged areas, the record's cells and refs, and cells carrying lines of
 * ours that the record lost), which sheets are gone and protected, and how text will be written (comments, notes or
 * the findings sheet).
 */
export async function inspect(
  context: Excel.RequestContext,
  asked: readonly CellRef[],
  env: AnnotateEnv,
  forceSheet = false,
): Promise<ExcelSnapshot> {
  const { caps } = env;
  const budget = env.budget ?? PAYLOAD_BUDGET;
  const prev = env.stored ?? emptyStored();
  const out: HostMessage[] = [];
  // The last read's merged areas guess the cells to inspect in the first sync, which reads the areas as they are now.
  const known = env.merges ?? new Map<string, Area[]>();
  const touched = touchedCells(asked, prev, known);
  const usable = caps.comments && env.commentsFailure === undefined;
  const sheetNames = await sheetsToInspect(context, touched, asked.length === 0 && usable);
  const run = new Inspection(context, caps, budget, sheetNames, touched, usable, mergeReach(asked));
  await run.run();
  const merges = new Map<string, Area[]>([...known, ...run.merges]);
  const anchors = reanchor(run, touched, asked, prev, merges);
  if (asked.length > 0 && !run.mergesRead) out.push(messages.mergesNotRead());

  if (run.commentsError !== null) env.commentsFailure = errorDetail(run.commentsError);
  // The client reports comments, but they fail (the host passes them switched off once it knows).
  const commentsBroken = env.commentsFailure !== undefined;
  const mode: Mode = forceSheet ? 'sheet' : chooseMode({ ...caps, comments: run.withComments }, !!env.preferNotes);
  if (env.preferNotes && !caps.notes && run.withComments) out.push(messages.notesUnavailable());
  if (commentsBroken && asked.length > 0)
    out.push(messages.commentsUnavailable(env.commentsFailure as string, mode === 'notes'));
  if (run.readOnly()) throw new HostError(messages.readOnly());
  if (run.missing.size > 0) out.push(messages.sheetMissing([...run.missing]));

  // Threads and where they are: our refs, the last read's index, and (one sync) locating the rest.
  await readOtherPages(context, run.sheets.values(), run.commentPage);
  const { index, threadAt } = await locateThreads(
    context,
    run.sheets,
    prev.refs,
    env.comments,
    asked.length > 0,
    budget,
  );
  // Cells that carry our lines without a record (the record was lost): their fill is read so clear can restore it.
  // Top-left cells of merged areas the last read did not know of are read in the same sync.
  const evidence = cellsWithOurThreads(run.sheets, touched);
  if (evidence.length + anchors.length > 0) {
    for (const e of evidence) touched.set(key(e.sheet, e.cell), e);
    await run.more([...anchors, ...evidence]);
  }
  return {
    state: env.stored?.state ?? null,
    merges,
    cells: cellSnapshots(run, threadAt, caps),
    missing: [...run.missing],
    prev,
    caps,
    budget,
    out,
    sheets: run.sheets,
    cellInfo: run.cells,
    allSheets: run.allSheets,
    commentPage: run.commentPage,
    index,
    threadAt,
    mode,
    forceSheet,
    commentsBroken,
    touched,
  };
}
