// The file host's write side: applies the core annotation plan to workbook bytes by patching the package in place —
// only styles, the touched cells' `s=`, the notes parts, content types and our own sheets change; every other part
// is copied byte for byte (macros, charts, pivot tables… all kept). Browser-safe: the standalone page uses it too.

import { a1, parseA1 } from '../../core/a1';
import { hasOurLines } from '../../core/annotate/comments';
import { isOurFill, type CellRef } from '../../core/annotate/plan';
import { anchoredCells, cellsOf, planAnnotations, type Snapshot } from '../../core/annotate/port';
import type { AnnotationPlan, AnnotationState } from '../../core/annotate/types';
import type { Area } from '../../core/grid';
import type { Finding, Lang } from '../../core/model';
import { fileError } from './errors';
import { addSheet, readWorkbookInfo, removeSheet, type SheetEntry } from './opc';
import {
  readStored,
  stateSheetXml,
  STATE_SHEET_NAME,
  summarySheetXml,
  SUMMARY_SHEET_NAME,
  uniqueSheetName,
  type Stored,
} from './own-sheets';
import type { StyleChange } from './sheet-xml';
import { Workbook } from './workbook';
import { MalformedPartError, NS } from './xml';
import { Package, PackageError, type RawDeflate } from './zip-package';

export { STATE_SHEET_NAME, SUMMARY_SHEET_NAME } from './own-sheets';

export interface AnnotateOptions {
  lang: Lang;
  /** Add a 审核结果 sheet listing every finding (off by default). */
  summarySheet?: boolean;
  /** How changed parts are deflated (the CLI: node's native zlib); fflate's by default. */
  deflate?: RawDeflate;
}

/** Cells whose note holds lines of ours: evidence of our annotations beyond the state. */
function cellsWithOurLines(wb: Workbook): CellRef[] {
  const out: CellRef[] = [];
  for (const name of wb.sheets.keys()) {
    if (name === STATE_SHEET_NAME) continue;
    const notes = wb.notesOf(name);
    for (const ref of notes.refs()) if (hasOurLines(notes.noteText(ref) ?? '')) out.push({ sheet: name, cell: ref });
  }
  return out;
}

/** The other cells of the merged area whose top-left cell is `cell` (none for a cell that is not one; big areas skipped). */
function hiddenMergedCells(wb: Workbook, sheet: string, cell: string): string[] {
  const { row, col } = parseA1(cell);
  const area = wb.sheetXml(sheet, new Set()).merges.find((m) => m.top === row && m.left === col);
  if (!area || (area.bottom - area.top + 1) * (area.right - area.left + 1) > 10000) return [];
  const rows = new Set<number>();
  for (let r = area.top; r <= area.bottom; r++) rows.add(r);
  wb.sheetXml(sheet, rows);
  const out: string[] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) if (r !== row || c !== col) out.push(a1(r, c));
  }
  return out;
}

function rowsBySheet(cells: Iterable<{ sheet: string; cell: string }>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const c of cells) {
    let s = out.get(c.sheet);
    if (!s) out.set(c.sheet, (s = new Set()));
    s.add(parseA1(c.cell).row);
  }
  return out;
}

interface FileSnapshot extends Snapshot {
  stored: Stored | null;
  stateSheet: SheetEntry | undefined;
}

/** The port's first phase: the state, merges, fills and notes of the cells concerned (one pass per sheet's rows). */
function inspect(wb: Workbook, cells: readonly CellRef[]): FileSnapshot {
  const { stored, sheet: stateSheet } = readStored(wb.pkg, [...readWorkbookInfo(wb.pkg).sheets]);
  const state = stored?.state ?? null;
  const missing = new Set([...cells, ...(state?.cells ?? [])].map((c) => c.sheet).filter((s) => !wb.sheets.has(s)));
  const live = (c: CellRef) => !missing.has(c.sheet);
  const previous = (state?.cells ?? []).filter(live);
  // Merges are read in the pass that collects the rows concerned; they may add the rows of top-left cells.
  for (const [sheet, rows] of rowsBySheet([...cells.filter(live), ...previous])) wb.sheetXml(sheet, rows);
  const merges = new Map<string, Area[]>();
  for (const c of cells) if (live(c)) merges.set(c.sheet, wb.sheetXml(c.sheet, new Set()).merges);
  const concerned = [...anchoredCells(cells.filter(live), merges), ...previous, ...cellsWithOurLines(wb)];
  for (const [sheet, rows] of rowsBySheet(concerned)) wb.sheetXml(sheet, rows);
  const snapshots = concerned.map((c) => ({
    sheet: c.sheet,
    cell: c.cell,
    ...wb.snapshot(c.sheet, c.cell),
    comment: wb.notesOf(c.sheet).noteText(c.cell) ?? null,
  }));
  return { state, merges, cells: snapshots, missing: [...missing], stored, stateSheet };
}

/** The port's second phase: fills, notes, our own sheets; every other part stays byte for byte. */
function write(
  wb: Workbook,
  plan: AnnotationPlan,
  snap: FileSnapshot,
  findings: readonly Finding[],
  opts: AnnotateOptions | null,
): Uint8Array {
  const { stored, stateSheet } = snap;
  const changes = new Map<string, StyleChange[]>();
  const change = (sheet: string, c: StyleChange | null) => {
    if (!c) return;
    const list = changes.get(sheet);
    if (list) list.push(c);
    else changes.set(sheet, [c]);
  };
  for (const rec of plan.restore) {
    change(rec.sheet, wb.restore(rec));
    wb.notesOf(rec.sheet).setLines(rec.cell, []);
    // Excel and WPS fill every cell of a merged area when its top-left cell is filled: the hidden cells that carry
    // one of our fills get the top-left cell's original fill back too.
    for (const cell of hiddenMergedCells(wb, rec.sheet, rec.cell)) {
      if (isOurFill(wb.snapshot(rec.sheet, cell).fill))
        change(rec.sheet, wb.restore({ sheet: rec.sheet, cell, originalFill: rec.originalFill }));
    }
  }
  for (const entry of plan.entries) {
    const { row, col } = parseA1(entry.cell);
    const now = wb.sheetXml(entry.sheet, new Set([row])).styleOf(row, col);
    change(entry.sheet, { row, col, s: String(wb.styles.withFill(now.base, wb.styles.solidFill(entry.fill), '1')) });
    wb.notesOf(entry.sheet).setLines(entry.cell, entry.lines);
  }
  wb.save(changes);

  // Our own sheets go last: removed, then added again when there is something to keep.
  const info = readWorkbookInfo(wb.pkg);
  const summary = stored?.summarySheet ? info.sheets.find((s) => s.name === stored.summarySheet) : undefined;
  if (summary) removeSheet(wb.pkg, summary);
  if (stateSheet)
    removeSheet(wb.pkg, readWorkbookInfo(wb.pkg).sheets.find((s) => s.relId === stateSheet.relId) ?? stateSheet);
  const ns = wb.strict ? NS.main[1] : NS.main[0];
  let summarySheet: string | null = null;
  if (opts?.summarySheet) {
    const sheets = readWorkbookInfo(wb.pkg).sheets;
    summarySheet = uniqueSheetName(sheets, SUMMARY_SHEET_NAME[opts.lang]);
    const xml = summarySheetXml(
      ns,
      findings,
      opts.lang,
      sheets.map((s) => s.name),
    );
    addSheet(wb.pkg, summarySheet, xml, 'visible');
  }
  if (plan.nextState.cells.length > 0 || summarySheet) {
    const record: Stored = { product: 'indicator-checker', version: 1, state: plan.nextState, summarySheet };
    addSheet(wb.pkg, STATE_SHEET_NAME, stateSheetXml(ns, record), 'veryHidden');
  }
  return wb.pkg.toBytes(opts?.deflate);
}

/** The workbook patched with the findings (none: cleared), and the plan the core made for it. */
function run(bytes: Uint8Array, findings: readonly Finding[], opts: AnnotateOptions | null): Patched {
  const wb = new Workbook(bytes);
  const own = readStored(wb.pkg, [...readWorkbookInfo(wb.pkg).sheets]).stored?.summarySheet;
  // A reader may have handed our own sheets of an earlier run to the checker: findings there are not the person's.
  const theirs = findings.filter((f) => f.sheet !== STATE_SHEET_NAME && f.sheet !== own);
  for (const f of theirs) {
    if (!wb.sheets.has(f.sheet)) throw new Error(`finding for a sheet the workbook does not have: ${f.sheet}`);
  }
  const snap = inspect(wb, cellsOf(theirs));
  const plan = planAnnotations(theirs, snap);
  return { bytes: write(wb, plan, snap, theirs, opts), plan };
}

export interface Patched {
  bytes: Uint8Array;
  plan: AnnotationPlan;
}

/** Runs a patch, turning damaged input into a bilingual error ("中文 / English") instead of a library's words. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof MalformedPartError) throw new PackageError(fileError('corrupt', e.message));
    throw e;
  }
}

/**
 * Writes findings into a copy of the workbook: each finding's cell (the top-left cell of a merged area) filled with
 * its severity's colour and noted with every finding of the cell; the product's earlier annotations replaced; a
 * person's notes kept.
 */
export async function annotateWorkbook(
  bytes: Uint8Array,
  findings: readonly Finding[],
  opts: AnnotateOptions,
): Promise<Uint8Array> {
  return guarded(() => run(bytes, findings, opts).bytes);
}

/** annotateWorkbook with the plan it carried out (the standalone page shows what was written). */
export async function patchWorkbook(
  bytes: Uint8Array,
  findings: readonly Finding[],
  opts: AnnotateOptions,
): Promise<Patched> {
  return guarded(() => run(bytes, findings, opts));
}

/**
 * Removes everything the product wrote: our lines from notes (a person's text kept byte for byte, a note of ours
 * alone removed), the original fills and `s=`, the summary sheet and the stored state.
 */
export async function clearWorkbook(bytes: Uint8Array, opts: { deflate?: RawDeflate } = {}): Promise<Uint8Array> {
  return guarded(() => run(bytes, [], { lang: 'zh-CN', deflate: opts.deflate }).bytes);
}

/** The annotation state stored in a workbook, or null (for hosts and tests that inspect it). */
export async function readAnnotationState(bytes: Uint8Array): Promise<AnnotationState | null> {
  return guarded(() => {
    const pkg = Package.open(bytes);
    return readStored(pkg, readWorkbookInfo(pkg).sheets).stored?.state ?? null;
  });
}
