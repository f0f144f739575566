// The Excel side of the port's first phase (core/annotate/port.ts): one inspection sync for anything that fits a
// payload (inspection.ts); +1 only when comments exist whose cell is not yet known (persons' comments not seen by the
// last read), and +1 only when comments of ours turn up that the stored record lost, to read their fills (threads.ts).
// Syncs repeat only where one payload cannot hold the work: comments read in pages, cells inspected in payload-sized
// batches (payload.ts). Comments that fail to load leave the run to notes or the findings sheet.

import type { CellRef } from '../../core/annotate/plan';
import { anchoredCells, type CellSnapshot } from '../../core/annotate/port';
import type { Area } from '../../core/grid';
import { HostError, type HostMessage } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { snapshotOf } from './fills';
import { Inspection } from './inspection';
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
  const merges = env.merges ?? new Map<string, Area[]>();
  const touched = touchedCells(asked, prev, merges);
  const usable = caps.comments && env.commentsFailure === undefined;
  const sheetNames = await sheetsToInspect(context, touched, asked.length === 0 && usable);
  const run = new Inspection(context, caps, budget, sheetNames, touched, usable);
  await run.run();

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
  const evidence = cellsWithOurThreads(run.sheets, touched);
  if (evidence.length > 0) {
    for (const e of evidence) touched.set(key(e.sheet, e.cell), e);
    await run.more(evidence);
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
