// The file host's write side: applies the core annotation plan to workbook bytes by patching the package in place —
// only styles, the touched cells' `s=`, the notes parts, content types and our own sheets change; every other part
// is copied byte for byte (macros, charts, pivot tables… all kept). Browser-safe: the standalone page uses it too.

import { a1, parseA1 } from '../../core/a1';
import { hasOurLines } from '../../core/annotate/comments';
import { annotationPlan, anchorFindings, isOurFill, recoverState, type FillSnapshot } from '../../core/annotate/plan';
import type { AnnotatedCell, AnnotationState } from '../../core/annotate/types';
import type { Finding, Lang } from '../../core/model';
import { fileError } from './errors';
import { SheetNotes } from './notes-xml';
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
import { SheetXml, type StyleChange } from './sheet-xml';
import { Styles } from './styles-xml';
import { MalformedPartError, NS } from './xml';
import { Package, PackageError, type RawDeflate } from './zip-package';

export { STATE_SHEET_NAME, SUMMARY_SHEET_NAME } from './own-sheets';
export { loadWorkbook } from './read';

export interface AnnotateOptions {
  lang: Lang;
  /** Add a 审核结果 sheet listing every finding (off by default). */
  summarySheet?: boolean;
  /** How changed parts are deflated (the CLI: node's native zlib); fflate's by default. */
  deflate?: RawDeflate;
}

/** What the file host keeps in `hostFill`: the cell as it was, so clear gives back its exact `s=` and elements. */
interface XlsxFill {
  /** The `s` attribute as written (null: none), the format the cell showed, and whether <c> and <row> existed. */
  s: string | null;
  base: number;
  c: boolean;
  row: boolean;
  /** The original fill's XML. */
  fill: string;
}

function parseHostFill(text: string | undefined): XlsxFill | null {
  if (text === undefined) return null;
  try {
    const x = (JSON.parse(text) as { xlsx?: XlsxFill }).xlsx;
    return x && typeof x.base === 'number' && typeof x.fill === 'string' ? x : null;
  } catch {
    return null; // another host's form (WPS's): originalFill, recorded beside it, is still the original
  }
}

/** One workbook being patched: its parts parsed on demand, each at most once. */
class Workbook {
  readonly pkg: Package;
  readonly sheets: Map<string, SheetEntry>;
  readonly strict: boolean;
  private stylesPart: Styles | null = null;
  private readonly xml = new Map<string, SheetXml>();
  private readonly notes = new Map<string, SheetNotes>();

  constructor(bytes: Uint8Array) {
    this.pkg = Package.open(bytes);
    const info = readWorkbookInfo(this.pkg);
    this.strict = info.strict;
    this.sheets = new Map(info.sheets.filter((s) => s.part && this.pkg.has(s.part)).map((s) => [s.name, s]));
  }

  get styles(): Styles {
    return (this.stylesPart ??= new Styles(this.pkg));
  }

  notesOf(sheet: string): SheetNotes {
    let n = this.notes.get(sheet);
    if (!n) this.notes.set(sheet, (n = new SheetNotes(this.pkg, this.sheets.get(sheet)!.part, this.strict)));
    return n;
  }

  /** The sheet's XML with the cells of `rows` collected (parsed again when a row asked for was not collected). */
  sheetXml(sheet: string, rows: ReadonlySet<number>): SheetXml {
    const known = this.xml.get(sheet);
    if (known && [...rows].every((r) => known.hasRowDetail(r))) return known;
    const part = this.sheets.get(sheet)!.part;
    const wanted = new Set(rows);
    for (const r of known?.rows ?? []) if (r.cells) wanted.add(r.row);
    const xml = new SheetXml(part, known?.text ?? this.pkg.text(part), wanted);
    this.xml.set(sheet, xml);
    return xml;
  }

  snapshot(sheet: string, cell: string): FillSnapshot {
    const { row, col } = parseA1(cell);
    const now = this.sheetXml(sheet, new Set([row])).styleOf(row, col);
    const fill = this.styles.fillOf(now.base);
    const hostFill: XlsxFill = { s: now.s ?? null, base: now.base, c: now.hasCell, row: now.hasRow, fill: fill.xml };
    return { fill: fill.hex, hostFill: JSON.stringify({ xlsx: hostFill }) };
  }

  /** The style change giving a cell its original fill back. */
  restore(rec: AnnotatedCell): StyleChange | null {
    const { row, col } = parseA1(rec.cell);
    const now = this.sheetXml(rec.sheet, new Set([row])).styleOf(row, col);
    const orig = parseHostFill(rec.hostFill);
    const styles = this.styles;
    if (orig) {
      if (!now.hasCell && !orig.c) return null;
      const fillId = styles.findFill(orig.fill);
      const applyFill = styles.applyFillOf(orig.base);
      if (fillId !== undefined && styles.xfWithFill(now.base, fillId, applyFill) === styles.xf(orig.base)) {
        // Only our fill differs from the original format: the cell gets its own `s=` (and elements) back.
        return { row, col, s: orig.s, dropIfBare: !orig.c, dropRowIfEmpty: !orig.row };
      }
      return { row, col, s: String(styles.withFill(now.base, fillId ?? styles.fillIndex(orig.fill), applyFill)) };
    }
    const fillId = rec.originalFill ? styles.solidFill(rec.originalFill) : 0;
    return { row, col, s: String(styles.withFill(now.base, fillId, rec.originalFill ? '1' : null)) };
  }

  /** Writes every changed part into the package. */
  save(changes: Map<string, StyleChange[]>): void {
    this.stylesPart?.save();
    for (const [sheet, notes] of this.notes) {
      notes.save();
      if (!changes.has(sheet) && (notes.legacy.add || notes.legacy.remove)) changes.set(sheet, []);
    }
    for (const [sheet, list] of changes) {
      const xml = this.sheetXml(sheet, new Set(list.map((c) => c.row)));
      const legacy = this.notes.get(sheet)?.legacy ?? {};
      const text = xml.patch(list, legacy);
      if (text !== xml.text) this.pkg.setText(xml.part, text);
    }
  }
}

/** Cells whose note holds lines of ours, with their fill now: evidence of our annotations beyond the state. */
function cellsWithOurLines(wb: Workbook) {
  const out: Array<{ sheet: string; cell: string } & FillSnapshot> = [];
  for (const name of wb.sheets.keys()) {
    if (name === STATE_SHEET_NAME) continue;
    const notes = wb.notesOf(name);
    for (const ref of notes.refs()) {
      if (hasOurLines(notes.noteText(ref) ?? '')) out.push({ sheet: name, cell: ref, ...wb.snapshot(name, ref) });
    }
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

function run(bytes: Uint8Array, findings: readonly Finding[], opts: AnnotateOptions | null): Uint8Array {
  const wb = new Workbook(bytes);
  const { stored, sheet: stateSheet } = readStored(wb.pkg, [...readWorkbookInfo(wb.pkg).sheets]);
  // A reader may have handed our own sheets of an earlier run to the checker: findings there are not the person's.
  const theirs = findings.filter((f) => f.sheet !== STATE_SHEET_NAME && f.sheet !== stored?.summarySheet);
  for (const f of theirs) {
    if (!wb.sheets.has(f.sheet)) throw new Error(`finding for a sheet the workbook does not have: ${f.sheet}`);
  }
  const previous = (stored?.state.cells ?? []).filter((c) => wb.sheets.has(c.sheet));
  // Collect the rows concerned in one pass per sheet; merges (read in that pass) may add the rows of top-left cells.
  for (const [sheet, rows] of rowsBySheet([...theirs, ...previous])) wb.sheetXml(sheet, rows);
  const anchored = anchorFindings(theirs, (sheet) => wb.sheetXml(sheet, new Set()).merges);
  for (const [sheet, rows] of rowsBySheet(anchored)) wb.sheetXml(sheet, rows);

  const state: AnnotationState | null = recoverState(
    stored ? { version: 1, cells: previous } : null,
    cellsWithOurLines(wb),
  );
  const plan = annotationPlan(anchored, state, (sheet, cell) => wb.snapshot(sheet, cell));

  const changes = new Map<string, StyleChange[]>();
  const change = (sheet: string, c: StyleChange | null) => {
    if (!c) return;
    const list = changes.get(sheet);
    if (list) list.push(c);
    else changes.set(sheet, [c]);
  };
  for (const rec of plan.restore) {
    if (!wb.sheets.has(rec.sheet)) continue; // a sheet deleted since our last run has nothing left to restore
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
    addSheet(
      wb.pkg,
      summarySheet,
      summarySheetXml(
        ns,
        theirs,
        opts.lang,
        sheets.map((s) => s.name),
      ),
      'visible',
    );
  }
  if (plan.nextState.cells.length > 0 || summarySheet) {
    const record: Stored = { product: 'indicator-checker', version: 1, state: plan.nextState, summarySheet };
    addSheet(wb.pkg, STATE_SHEET_NAME, stateSheetXml(ns, record), 'veryHidden');
  }
  return wb.pkg.toBytes(opts?.deflate);
}

/** Runs a patch, turning damaged input into a bilingual error ("中文 / English") instead of a library's words. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof MalformedPartError) throw new PackageError('corrupt', fileError('corrupt', e.message).message);
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
  return guarded(() => run(bytes, findings, opts));
}

/**
 * Removes everything the product wrote: our lines from notes (a person's text kept byte for byte, a note of ours
 * alone removed), the original fills and `s=`, the summary sheet and the stored state.
 */
export async function clearWorkbook(bytes: Uint8Array, opts: { deflate?: RawDeflate } = {}): Promise<Uint8Array> {
  return guarded(() => run(bytes, [], { lang: 'zh-CN', deflate: opts.deflate }));
}

/** The annotation state stored in a workbook, or null (for hosts and tests that inspect it). */
export async function readAnnotationState(bytes: Uint8Array): Promise<AnnotationState | null> {
  return guarded(() => {
    const pkg = Package.open(bytes);
    return readStored(pkg, readWorkbookInfo(pkg).sheets).stored?.state ?? null;
  });
}
