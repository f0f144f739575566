// Annotating a WPS workbook through the core's port (core/annotate/port.ts): `inspect` reads the stored state, the
// merged areas, fills and comments of the cells concerned; the core plans; `write` carries the plan out.
//
// Everything is checked before the first write (read-only workbook, protected sheets, a sheet of ours that is not
// ours), so a refusal leaves the workbook as it was; a WPS error in the middle undoes what this run wrote.

import { a1 } from '../../core/a1';
import type { CellRef } from '../../core/annotate/plan';
import {
  cellsOf,
  planAnnotations,
  type AnnotationPort,
  type CellSnapshot,
  type Snapshot,
} from '../../core/annotate/port';
import type { AnnotationPlan, AnnotationState } from '../../core/annotate/types';
import type { Area } from '../../core/grid';
import type { Finding } from '../../core/model';
import { cellKey } from '../../core/order';
import { HostError, type ApplyOptions, type ApplyResult, type HostMessage } from '../host';
import { mergeComment } from '../../core/annotate/comments';
import { commentText, hasWpsOurLines, replaceOurLines, sameComment, setComment, splitWpsComment } from './comments';
import type { WpsApplication, WpsRange, WpsWorkbook, WpsWorksheet } from './et';
import { fillOf, sameFill, setFill, snapshotFill, type FillSpec } from './fills';
import { errorText, messages } from './messages';
import { activeWorkbook, visibleSheets } from './read';
import {
  OWN_SHEETS,
  STATE_MARKER,
  STATE_SHEET_NAME,
  checkWritable,
  findSheet,
  quietly,
  readStored,
  worksheets,
  writeStored,
  type Stored,
} from './store';

export { piecesOf, splitWpsComment } from './comments';
export { fillOf } from './fills';

export interface WpsSnapshot extends Snapshot {
  wb: WpsWorkbook;
  stored: Stored | null;
  sheets: Map<string, WpsWorksheet>;
}

/** The merged area a cell lies in, or null. */
function mergeOf(range: WpsRange): Area | null {
  if (!range.MergeCells) return null;
  const area = range.MergeArea;
  const top = area.Row;
  const left = area.Column;
  return { top, left, bottom: top + area.Rows.Count - 1, right: left + area.Columns.Count - 1 };
}

/** The port's first phase: nothing is written. */
function inspect(wb: WpsWorkbook, asked: readonly CellRef[]): WpsSnapshot {
  const { stored } = readStored(wb);
  const state = stored?.state ?? null;
  const sheets = new Map<string, WpsWorksheet>();
  for (const ws of worksheets(wb)) if (!OWN_SHEETS.has(ws.Name)) sheets.set(ws.Name, ws);
  const missing = new Set([...asked, ...(state?.cells ?? [])].map((c) => c.sheet).filter((s) => !sheets.has(s)));

  const merges = new Map<string, Area[]>();
  const concerned = new Map<string, CellRef>();
  const add = (sheet: string, cell: string) => concerned.set(cellKey(sheet, cell), { sheet, cell });
  for (const c of asked) {
    const ws = sheets.get(c.sheet);
    if (!ws) continue;
    const area = mergeOf(ws.Range(c.cell));
    if (area) {
      const list = merges.get(c.sheet) ?? [];
      if (!list.some((m) => m.top === area.top && m.left === area.left)) list.push(area);
      merges.set(c.sheet, list);
      add(c.sheet, a1(area.top, area.left));
    } else add(c.sheet, c.cell);
  }
  for (const c of state?.cells ?? []) if (sheets.has(c.sheet)) add(c.sheet, c.cell);
  // Cells whose comment holds lines of ours, on every sheet a person sees: evidence beyond a lost record.
  for (const ws of visibleSheets(wb)) {
    const comments = ws.Comments;
    for (let i = 1; i <= comments.Count; i++) {
      const comment = comments.Item(i);
      if (!hasWpsOurLines(comment.Text())) continue;
      const cell = comment.Parent;
      if (sheets.has(ws.Name)) add(ws.Name, a1(cell.Row, cell.Column));
    }
  }
  const cells: CellSnapshot[] = [...concerned.values()].map((c) => {
    const range = (sheets.get(c.sheet) as WpsWorksheet).Range(c.cell);
    // The comment as the core reads lines: an author label WPS put before our first line is WPS's, not text.
    const text = commentText(range);
    const split = text === null ? null : splitWpsComment(text);
    return { ...c, ...fillOf(range), comment: split ? mergeComment(split.person, split.ours) : null };
  });
  return { state, merges, cells, missing: [...missing], wb, stored, sheets };
}

interface Undo {
  range: WpsRange;
  fill: FillSpec;
  comment: string | null;
  label: string;
}

/** Gives the cell `fill` and `comment`, writing only what differs; `where` ("Sheet!A1") names it in an error. */
function writeCell(range: WpsRange, fill: FillSpec, comment: string | null, where: string): void {
  if (!sameFill(fillOf(range), fill)) setFill(range, fill);
  if (!sameComment(commentText(range), comment)) setComment(range, comment, where);
}

/** Puts every cell this run touched back as it was; the labels of cells that could not be put back. */
function rollBack(undo: Undo[]): string[] {
  const failed: string[] = [];
  for (const u of [...undo].reverse()) {
    try {
      writeCell(u.range, u.fill, u.comment, u.label);
    } catch {
      failed.push(u.label);
    }
  }
  return failed;
}

/** The port's second phase: refusals first, then fills and comments with an undo log, then the record. */
function write(app: WpsApplication, plan: AnnotationPlan, snap: WpsSnapshot, options: ApplyOptions): ApplyResult {
  const { wb, stored, sheets } = snap;
  // A summary sheet the file host wrote lists the findings of an earlier run: it goes with a new run or a clear,
  // unless the workbook structure is protected (then it stays, and the record keeps naming it).
  const summary = stored?.summarySheet ? findSheet(wb, stored.summarySheet) : null;
  const keepSummary = summary !== null && wb.ProtectStructure;

  // Every refusal happens here, before the first write.
  for (const sheet of new Set([...plan.restore, ...plan.entries].map((c) => c.sheet))) {
    if ((sheets.get(sheet) as WpsWorksheet).ProtectContents) throw new HostError(messages.sheetProtected(sheet));
  }
  if (plan.nextState.cells.length > 0 || keepSummary) checkWritable(wb, STATE_SHEET_NAME, STATE_MARKER);

  const out: HostMessage[] = [];
  const missing = snap.missing.filter((s) => !OWN_SHEETS.has(s));
  if (missing.length > 0) out.push(messages.sheetMissing([...missing].sort()));
  const undo: Undo[] = [];
  const written: string[] = [];
  const total = plan.restore.length + plan.entries.length;
  const step = (c: CellRef, fill: FillSpec, lines: readonly string[]): void => {
    const label = `${c.sheet}!${c.cell}`;
    const range = (sheets.get(c.sheet) as WpsWorksheet).Range(c.cell);
    const comment = commentText(range);
    undo.push({ range, fill: snapshotFill(range), comment, label });
    writeCell(range, fill, replaceOurLines(comment, lines), label);
    written.push(label);
    if (options.onProgress && (written.length === total || written.length % 50 === 0)) {
      options.onProgress(written.length / total);
    }
  };

  quietly(app, () => {
    try {
      for (const rec of plan.restore) step(rec, rec, []);
      for (const e of plan.entries) step(e, { originalFill: e.fill }, e.lines);
      writeStored(app, wb, {
        product: 'indicator-checker',
        version: 1,
        state: plan.nextState,
        summarySheet: keepSummary ? (stored?.summarySheet ?? null) : null,
      });
    } catch (error) {
      const failed = rollBack(undo);
      if (error instanceof HostError && failed.length === 0) throw error;
      const detail = errorText(error);
      throw new HostError(
        failed.length === 0 ? messages.writeRolledBack(detail) : messages.writePartial(detail, failed),
      );
    }
  });
  if (summary && !keepSummary) {
    // Last: the cells and the record are consistent already; a summary that cannot go is only stale.
    try {
      quietly(app, () => summary.Delete());
    } catch (error) {
      out.push(messages.summaryNotRemoved(summary.Name, errorText(error)));
    }
  }
  if (total === 0) options.onProgress?.(1);
  return { written, messages: out };
}

/** The WPS side of the core's port over the active workbook (checked not read-only). */
export function annotationPort(
  app: WpsApplication,
  options: ApplyOptions = {},
): AnnotationPort<WpsSnapshot, ApplyResult> {
  const wb = activeWorkbook(app);
  if (wb.ReadOnly) throw new HostError(messages.readOnly());
  return { inspect: (cells) => inspect(wb, cells), write: (plan, snap) => write(app, plan, snap, options) };
}

/** Writes the findings (none: clears): inspect, the core's plan, write. */
export function annotateFindings(
  app: WpsApplication,
  findings: readonly Finding[],
  options: ApplyOptions = {},
): ApplyResult {
  const port = annotationPort(app, options);
  const snap = port.inspect(cellsOf(findings)) as WpsSnapshot;
  return port.write(planAnnotations(findings, snap), snap) as ApplyResult;
}

/** Removes every annotation of ours: original fills back, our lines out of comments, our record and sheets gone. */
export function clearAnnotations(app: WpsApplication, options: ApplyOptions = {}): ApplyResult {
  return annotateFindings(app, [], options);
}

/** The state stored in the active workbook (null when none): what clear would restore. */
export function storedState(app: WpsApplication): AnnotationState | null {
  const state = readStored(activeWorkbook(app)).stored?.state ?? null;
  return state && state.cells.length > 0 ? state : null;
}

/** Activates the sheet and selects the cell, so the person sees what a finding is about. */
export function selectCell(app: WpsApplication, sheet: string, cell: string): void {
  const wb = activeWorkbook(app);
  const ws = findSheet(wb, sheet);
  if (!ws || OWN_SHEETS.has(ws.Name)) throw new HostError(messages.noSuchSheet(sheet));
  ws.Activate();
  ws.Range(cell).Select();
}
