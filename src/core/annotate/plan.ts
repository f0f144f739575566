// Turns findings (and what the product wrote last time) into the host-agnostic annotation plan every host applies.

import { a1, parseA1 } from '../a1';
import type { Area } from '../grid';
import type { Finding } from '../model';
import { cellKey, compareCells, worstFirst } from '../order';
import { formatLine } from './comments';
import { FILLS, type AnnotatedCell, type AnnotationEntry, type AnnotationPlan, type AnnotationState } from './types';

/** A cell's fill as the host reads it now: '#RRGGBB' (null for none) and optionally the host's exact form. */
export interface FillSnapshot {
  fill: string | null;
  hostFill?: string;
}

/** Reads a cell's current fill (undefined: not known, the record is kept as it is); the plan records original fills. */
export type FillLookup = (sheet: string, cell: string) => FillSnapshot | undefined;

export interface CellRef {
  sheet: string;
  cell: string;
}

const OUR_FILLS: ReadonlySet<string> = new Set(Object.values(FILLS));

/** True when a fill is one the product writes. */
export function isOurFill(fill: string | null): boolean {
  return fill !== null && OUR_FILLS.has(fill.toUpperCase());
}

/** Cells by sheet name, then in reading order. */
function compareRefs(a: CellRef, b: CellRef): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  return compareCells(a.cell, b.cell);
}

function record(sheet: string, cell: string, snap: FillSnapshot): AnnotatedCell {
  const out: AnnotatedCell = { sheet, cell, originalFill: snap.fill };
  if (snap.hostFill !== undefined) out.hostFill = snap.hostFill;
  return out;
}

/** Every cell whose current fill `annotationPlan` asks the lookup for, so batch hosts can read them in one go. */
export function cellsToInspect(findings: readonly Finding[], previousState: AnnotationState | null): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const f of findings) seen.set(cellKey(f.sheet, f.cell), { sheet: f.sheet, cell: f.cell });
  for (const c of previousState?.cells ?? []) seen.set(cellKey(c.sheet, c.cell), { sheet: c.sheet, cell: c.cell });
  return [...seen.values()].sort(compareRefs);
}

/** The top-left cell of the merged area `cell` falls in, or `cell` itself when it is in none. */
export function anchorCell(cell: string, areas: readonly Area[]): string {
  const { row, col } = parseA1(cell);
  const area = areas.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return area ? a1(area.top, area.left) : cell;
}

/**
 * Moves findings that point inside a merged area to the area's top-left cell: that is the cell a spreadsheet
 * shows, fills and attaches a comment to.
 */
export function anchorFindings(findings: readonly Finding[], merges: (sheet: string) => readonly Area[]): Finding[] {
  return findings.map((f) => {
    const cell = anchorCell(f.cell, merges(f.sheet));
    return cell === f.cell ? f : { ...f, cell };
  });
}

/**
 * A state that also covers cells whose comment carries our lines but that the stored state does not list (it was
 * lost or edited away): their fill is taken as original unless it is one of ours, which then is our own leftover.
 */
export function recoverState(
  previousState: AnnotationState | null,
  cellsWithOurLines: ReadonlyArray<CellRef & FillSnapshot>,
): AnnotationState | null {
  const known = new Set((previousState?.cells ?? []).map((c) => cellKey(c.sheet, c.cell)));
  const extra: AnnotatedCell[] = [];
  for (const c of cellsWithOurLines) {
    if (known.has(cellKey(c.sheet, c.cell))) continue;
    known.add(cellKey(c.sheet, c.cell));
    extra.push(isOurFill(c.fill) ? { sheet: c.sheet, cell: c.cell, originalFill: null } : record(c.sheet, c.cell, c));
  }
  if (!previousState && extra.length === 0) return null;
  return { version: 1, cells: [...(previousState?.cells ?? []), ...extra] };
}

/**
 * The annotation plan: one entry per (sheet, cell) with every finding of that cell as one line each (ordered by
 * severity, then rule id), filled with the worst severity's colour; the cells annotated before and not now to
 * restore; and the state to store, holding each annotated cell's original fill.
 *
 * `currentFill` reads a cell's fill now. Without it a newly annotated cell's original fill is recorded as "no
 * fill", so hosts that can read fills must pass it. With it, a fill a person set after our last run (anything
 * that is not one of our fills) is respected: it becomes the original, and a cell to restore keeps it.
 * Hosts pass `previousState` through `recoverState` first, so cells that carry our lines without a record are
 * not mistaken for a person's. Clearing is `annotationPlan([], state, currentFill)`.
 */
export function annotationPlan(
  findings: readonly Finding[],
  previousState: AnnotationState | null,
  currentFill?: FillLookup,
): AnnotationPlan {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = cellKey(f.sheet, f.cell);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }

  const previous = new Map<string, AnnotatedCell>();
  for (const c of previousState?.cells ?? []) previous.set(cellKey(c.sheet, c.cell), c);

  const entries: AnnotationEntry[] = [];
  const kept: AnnotatedCell[] = [];
  for (const [k, group] of groups) {
    const { sheet, cell } = group[0];
    const sorted = [...group].sort(worstFirst);
    const lines: string[] = [];
    for (const f of sorted) {
      const line = formatLine(f);
      if (!lines.includes(line)) lines.push(line);
    }
    const severity = sorted[0].severity;
    entries.push({ sheet, cell, severity, fill: FILLS[severity], lines });

    const prev = previous.get(k);
    const snap = currentFill?.(sheet, cell);
    if (prev) {
      // Our fill on a cell we annotated is ours, never its original; any other fill is a person's recolouring.
      kept.push(snap && !isOurFill(snap.fill) ? record(sheet, cell, snap) : prev);
    } else {
      // Not ours before (recoverState has already claimed cells that carry our lines): its fill is original,
      // even one of our colours (#FFC7CE and #FFEB9C are also Excel's Bad and Neutral styles).
      kept.push(snap ? record(sheet, cell, snap) : { sheet, cell, originalFill: null });
    }
  }

  const restore: AnnotatedCell[] = [];
  for (const [k, prev] of previous) {
    if (groups.has(k)) continue;
    const snap = currentFill?.(prev.sheet, prev.cell);
    // A person recoloured the cell after our run: restoring to their current fill leaves their choice alone.
    restore.push(snap && !isOurFill(snap.fill) ? record(prev.sheet, prev.cell, snap) : prev);
  }

  entries.sort(compareRefs);
  kept.sort(compareRefs);
  restore.sort(compareRefs);
  return { entries, restore, nextState: { version: 1, cells: kept } };
}
