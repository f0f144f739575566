// The Excel side of the port's second phase, first half: the plan as operations sized for the payload (payload.ts),
// which write.ts sends. Fills here — of one colour set on many cells at once through RangeAreas (ExcelApi 1.9,
// `worksheet.getRanges("A1,B3,…")`) — our lines in comments and notes in text-ops.ts, the findings sheet (old Excel)
// in findings-sheet.ts. A sheet the ops write to that is protected stops the run before anything is written.

import type { AnnotatedCell, AnnotationEntry, AnnotationPlan } from '../../core/annotate/types';
import { HostError } from '../host';
import type { ExcelCapabilities } from './capabilities';
import { FillGroups } from './fill-groups';
import { fillPropertyCount, hostFillOf, patterned, queueFill, sameFill } from './fills';
import { findingsSheetOps } from './findings-sheet';
import { messages } from './messages';
import { requestBytes } from './payload';
import type { AnnotationRef } from './record';
import { key, type CellInfo, type ExcelSnapshot, type SheetInfo, type WriteOp } from './snapshot';
import { TextOps } from './text-ops';

export interface Work {
  ops: WriteOp[];
  /** Where our text is after the write (ids of added comments and replies filled in as their syncs succeed). */
  refs: AnnotationRef[];
  written: string[];
  findingsSheet: string | null;
}

/** Our colour on an entry's cell as a plain solid fill, whatever pattern it had (clear brings the pattern back). */
function entryFill(info: CellInfo, e: AnnotationEntry, caps: ExcelCapabilities, group: FillGroups): WriteOp | null {
  const target: AnnotatedCell = { sheet: e.sheet, cell: e.cell, originalFill: e.fill };
  if (sameFill(info.snapshot, target)) return null;
  if (caps.fillTint && patterned(hostFillOf(info.snapshot)?.pattern)) {
    return {
      bytes: requestBytes.fill(2),
      queue: () => {
        const fill = info.range.format.fill;
        fill.color = e.fill;
        fill.pattern = 'Solid';
      },
    };
  }
  if (group.add(e.sheet, e.cell, e.fill)) return null;
  return { bytes: requestBytes.fill(1), queue: () => void (info.range.format.fill.color = e.fill) };
}

/** A restored cell's original fill: exact (patterns, tints) alone, a plain one with the others of its colour. */
function restoredFill(info: CellInfo, rec: AnnotatedCell, caps: ExcelCapabilities, group: FillGroups): WriteOp | null {
  if (sameFill(info.snapshot, rec)) return null;
  const exact = rec.hostFill !== undefined && hostFillOf(rec) !== null;
  if (!exact && group.add(rec.sheet, rec.cell, rec.originalFill)) return null;
  return {
    bytes: requestBytes.fill(fillPropertyCount(rec, caps)),
    queue: () => queueFill(info.range.format.fill, rec, caps),
  };
}

/** The refs kept from the record where comments cannot be used now: ours from runs when they could stay until then. */
function keptRefs(snap: ExcelSnapshot): AnnotationRef[] {
  if (!snap.commentsBroken) return [];
  const kept = snap.prev.refs.filter((r) => !snap.missing.includes(r.sheet) && r.kind !== 'note');
  if (kept.length > 0) snap.out.push(messages.commentsNotCleared(kept.map((r) => `${r.sheet}!${r.cell}`)));
  return kept;
}

/** The operations that carry `plan` out over what the inspection found; throws where a sheet to write is protected. */
export function operations(plan: AnnotationPlan, snap: ExcelSnapshot): Work {
  const { prev, caps, out, sheets, cellInfo, mode } = snap;
  const prevRefs = new Map<string, AnnotationRef>();
  for (const r of prev.refs) prevRefs.set(key(r.sheet, r.cell), r);
  const refs: AnnotationRef[] = keptRefs(snap);
  const ops: WriteOp[] = [];
  // The sheet the ops being planned write to: protection is checked only where the run writes.
  let current: string | null = null;
  const writeSheets = new Set<string>();
  const push = (op: WriteOp | null) => {
    if (!op) return;
    ops.push(op);
    if (current) writeSheets.add(current);
  };
  const written: string[] = [];
  const text = new TextOps(snap, prevRefs, refs, push);
  // Fills of one colour go to many cells at once through RangeAreas (1.9) where the loaded library has it.
  const group = new FillGroups(caps);
  for (const e of plan.entries) {
    const info = cellInfo.get(key(e.sheet, e.cell)) as CellInfo;
    current = e.sheet;
    written.push(`${e.sheet}!${e.cell}`);
    push(entryFill(info, e, caps, group));
    if (mode !== 'sheet') text.writeText(info, e.lines);
    else if (snap.forceSheet) text.removeOurText(info);
  }
  for (const rec of plan.restore) {
    const info = cellInfo.get(key(rec.sheet, rec.cell));
    if (!info) continue;
    current = rec.sheet;
    written.push(`${rec.sheet}!${rec.cell}`);
    push(restoredFill(info, rec, caps, group));
    text.removeOurText(info);
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
  if (text.replies > 0) out.push(messages.replyToPerson(text.replies));

  const findings = findingsSheetOps(snap, mode === 'sheet' ? plan.entries : []);
  ops.push(...findings.ops);
  // Where comments failed, comments-unavailable has said why the findings sheet is used.
  if (findings.name && !snap.forceSheet && !snap.commentsBroken) out.push(messages.findingsSheetInstead(findings.name));
  return { ops, refs, written, findingsSheet: findings.name };
}
