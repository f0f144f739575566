// The two-phase port every host answers to, and the one planner over it: a host inspects the cells concerned and
// writes operations; the core alone anchors, orders, chooses fills and records original fills.
//
//   const snapshot = await port.inspect(cellsOf(findings));
//   await port.write(planAnnotations(findings, snapshot), snapshot);   // clearing: planAnnotations([], snapshot)

import type { Area } from '../grid';
import type { Finding } from '../model';
import { cellKey } from '../order';
import { hasOurLines } from './comments';
import { anchorCell, anchorFindings, annotationPlan, recoverState, type CellRef, type FillSnapshot } from './plan';
import type { AnnotationPlan, AnnotationState } from './types';

/** One cell concerned, as the host reads it now. */
export interface CellSnapshot extends CellRef, FillSnapshot {
  /**
   * Everything a reader sees attached to the cell — a note, or a comment with its replies joined by '\n' — or null
   * for none, in the form the core's comment helpers read (a host leaves out what it adds itself, such as the author
   * label WPS may put before our first line). A cell whose text holds a line of ours is ours even when the stored
   * state lost it.
   */
  comment: string | null;
}

/** What a host reads before anything is planned or written. */
export interface Snapshot {
  /** The state the last run stored in the workbook (null when none). */
  state: AnnotationState | null;
  /** Merged areas, by sheet, of the sheets of the cells asked for (a sheet not listed has none the host knows of). */
  merges: ReadonlyMap<string, readonly Area[]>;
  /**
   * The cells concerned: every cell asked for moved to the top-left cell of its merged area, every cell of the
   * state, and every cell whose comment or note holds lines of ours.
   */
  cells: readonly CellSnapshot[];
  /** Sheets named by the cells asked for or by the state that the workbook does not have (nothing is planned there). */
  missing: readonly string[];
}

/**
 * A host's side of annotating: `inspect` reads (nothing is written), `write` carries out a plan made from that very
 * snapshot. A host may extend the snapshot with what its write needs (proxies, the parsed parts); the core reads only
 * the fields above.
 */
export interface AnnotationPort<S extends Snapshot = Snapshot, R = void> {
  inspect(cells: readonly CellRef[]): S | Promise<S>;
  write(plan: AnnotationPlan, snapshot: S): R | Promise<R>;
}

/** The cells of the findings, each once, in the findings' order: what `inspect` is asked for. */
export function cellsOf(findings: readonly Finding[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const f of findings) {
    if (!seen.has(cellKey(f.sheet, f.cell))) seen.set(cellKey(f.sheet, f.cell), { sheet: f.sheet, cell: f.cell });
  }
  return [...seen.values()];
}

/**
 * The cells a host must snapshot for `cells` given the merged areas it read: each moved to its area's top-left cell
 * (hosts that read merges before fills use it to know which cells to read).
 */
export function anchoredCells(cells: readonly CellRef[], merges: ReadonlyMap<string, readonly Area[]>): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const c of cells) {
    const cell = anchorCell(c.cell, merges.get(c.sheet) ?? []);
    if (!seen.has(cellKey(c.sheet, cell))) seen.set(cellKey(c.sheet, cell), { sheet: c.sheet, cell });
  }
  return [...seen.values()];
}

/**
 * The plan: findings on sheets the workbook has, moved to the top-left cell of their merged area, one entry a cell
 * (lines by severity, then rule id; the worst severity's fill); the cells annotated before and not now to restore;
 * and the state to store, with each cell's original fill as the snapshot shows it. Cells that carry lines of ours
 * without a record are claimed (their fill is original unless it is one of ours). Clearing is `planAnnotations([],
 * snapshot)`.
 */
export function planAnnotations(findings: readonly Finding[], snapshot: Snapshot): AnnotationPlan {
  const gone = new Set(snapshot.missing);
  const live = findings.filter((f) => !gone.has(f.sheet));
  const anchored = anchorFindings(live, (sheet) => snapshot.merges.get(sheet) ?? []);
  const cells = new Map<string, CellSnapshot>();
  for (const c of snapshot.cells) if (!gone.has(c.sheet)) cells.set(cellKey(c.sheet, c.cell), c);
  const kept = (snapshot.state?.cells ?? []).filter((c) => !gone.has(c.sheet));
  const ours = [...cells.values()].filter((c) => c.comment !== null && hasOurLines(c.comment));
  const state = recoverState(snapshot.state ? { version: 1, cells: kept } : null, ours);
  return annotationPlan(anchored, state, (sheet, cell) => {
    const c = cells.get(cellKey(sheet, cell));
    if (!c) return undefined;
    return c.hostFill === undefined ? { fill: c.fill } : { fill: c.fill, hostFill: c.hostFill };
  });
}

/** The cells a write changes: every entry and every restored cell, as `Sheet!A1`, entries first. */
export function writtenCells(plan: AnnotationPlan): string[] {
  return [...plan.entries, ...plan.restore].map((c) => `${c.sheet}!${c.cell}`);
}
