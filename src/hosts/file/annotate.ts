// The file host's write side: applies the core annotation plan to workbook bytes with exceljs, and clears it again.
// Browser-safe (bytes in, bytes out, no fs/path): the standalone web page uses it as well as the CLI.

import ExcelJS from 'exceljs';
import { z } from 'zod';
import { ourLineRanges, mergeComment } from '../../core/annotate/comments';
import { annotationPlan, anchorFindings, recoverState, type FillSnapshot } from '../../core/annotate/plan';
import {
  AnnotationStateSchema,
  type AnnotatedCell,
  type AnnotationPlan,
  type AnnotationState,
} from '../../core/annotate/types';
import { parseA1, parseAreaA1 } from '../../core/a1';
import type { Area } from '../../core/grid';
import type { Finding, Lang } from '../../core/model';

/**
 * Where the state lives: a veryHidden worksheet. exceljs writes no custom document properties, a defined name
 * holds at most 255 characters of text, but a sheet holds any amount, survives Excel, WPS and LibreOffice, and
 * Office.js and WPS can read it too. Readers of the workbook should skip this sheet.
 */
export const STATE_SHEET_NAME = 'IndicatorCheckerState';

/** First cell of the state sheet: tells our sheet from a person's sheet of the same name. */
const STATE_MARKER = 'indicator-checker annotation state v1 — 指标审核批注状态，请勿修改 / do not edit';

/** Excel keeps at most 32 767 characters in a cell; the JSON is cut into chunks below that. */
const CHUNK = 30000;

export const SUMMARY_SHEET_NAME: Record<Lang, string> = { 'zh-CN': '审核结果', 'en-US': 'Review results' };

const SUMMARY_HEADERS: Record<Lang, string[]> = {
  'zh-CN': ['严重程度', '规则', '工作表', '单元格', '说明'],
  'en-US': ['Severity', 'Rule', 'Sheet', 'Cell', 'Message'],
};

const SEVERITY_TEXT: Record<Lang, Record<Finding['severity'], string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'Error', warning: 'Warning', info: 'Info' },
};

const StoredSchema = z.object({
  product: z.literal('indicator-checker'),
  version: z.literal(1),
  state: AnnotationStateSchema,
  /** The summary sheet we added, so clear removes ours and never a person's sheet of that name. */
  summarySheet: z.string().nullable(),
});
type Stored = z.infer<typeof StoredSchema>;

/** Turns a workbook into .xlsx bytes. */
export type WorkbookWriter = (workbook: ExcelJS.Workbook) => Promise<Uint8Array>;

export interface WriteOptions {
  /**
   * How the copy is written: exceljs's own writeBuffer by default (works in a browser). The CLI passes the node-only
   * writeWorkbook of xlsx-writer.ts, which writes the same parts several times faster.
   */
  write?: WorkbookWriter;
}

export interface AnnotateOptions extends WriteOptions {
  lang: Lang;
  /** Add a 审核结果 sheet listing every finding (off by default). */
  summarySheet?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Loading: exceljs drops notes of cells that have no <c> element (an empty, unstyled cell), which would lose a
// person's note. We hook its reconcile step to give every commented cell a cell model before notes are attached.

interface RawCellModel {
  address?: string;
  type: number;
}
interface RawRowModel {
  number?: number;
  cells: RawCellModel[];
}
interface RawSheetModel {
  name?: string;
  sheetNo: number;
  rows?: Array<RawRowModel | undefined>;
}
interface RawBookModel {
  worksheets: RawSheetModel[];
  worksheetRels: Array<Array<{ Target: string }> | undefined>;
  comments: Record<string, { comments?: Array<{ ref?: string }> } | undefined>;
}
interface ReconcilingXlsx {
  reconcile(model: RawBookModel, options: unknown): void;
}

/** A workbook loaded for annotation: what annotateLoaded needs besides the workbook itself. */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Addresses of every cell that has a note, by sheet name. */
  noted: Map<string, string[]>;
}
type Loaded = LoadedWorkbook;

function commentRefs(model: RawBookModel, sheet: RawSheetModel): string[] {
  const refs: string[] = [];
  for (const rel of model.worksheetRels[sheet.sheetNo] ?? []) {
    for (const c of model.comments[rel.Target]?.comments ?? []) if (c.ref) refs.push(c.ref);
  }
  return refs;
}

function addMissingCells(sheet: RawSheetModel, refs: string[]): void {
  const rows = (sheet.rows ?? []).filter((r): r is RawRowModel => Boolean(r));
  // Rows or cells without their r attribute are placed by position; adding cells there could displace them.
  if (rows.some((r) => r.number === undefined || r.cells.some((c) => c && !c.address))) return;
  const byNumber = new Map(rows.map((r) => [r.number as number, r]));
  for (const ref of refs) {
    const { row } = parseA1(ref);
    let r = byNumber.get(row);
    if (!r) {
      r = { number: row, cells: [] };
      byNumber.set(row, r);
      rows.push(r);
    }
    if (!r.cells.some((c) => c && c.address === ref)) r.cells.push({ address: ref, type: ExcelJS.ValueType.Null });
  }
  rows.sort((a, b) => (a.number as number) - (b.number as number));
  sheet.rows = rows;
}

async function loadWithNotes(bytes: Uint8Array): Promise<Loaded> {
  const workbook = new ExcelJS.Workbook();
  const xlsx = workbook.xlsx as unknown as ReconcilingXlsx;
  const reconcile = xlsx.reconcile.bind(xlsx);
  const captured: Array<{ sheet: RawSheetModel; refs: string[] }> = [];
  xlsx.reconcile = (model, options) => {
    for (const sheet of model.worksheets) {
      const refs = commentRefs(model, sheet);
      addMissingCells(sheet, refs);
      captured.push({ sheet, refs });
    }
    reconcile(model, options);
  };
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } finally {
    xlsx.reconcile = reconcile;
  }
  const noted = new Map<string, string[]>();
  for (const { sheet, refs } of captured) if (sheet.name !== undefined) noted.set(sheet.name, refs);
  return { workbook, noted };
}

/**
 * Loads workbook bytes for annotateLoaded. A caller that also reads the workbook's grids (the CLI with --out) loads it
 * once this way and uses it for both, instead of paying exceljs's parse of the whole workbook twice.
 */
export function loadForAnnotation(bytes: Uint8Array): Promise<LoadedWorkbook> {
  return loadWithNotes(bytes);
}

/** Loads workbook bytes with exceljs, keeping the notes of empty cells that exceljs alone would drop. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return (await loadWithNotes(bytes)).workbook;
}

async function writeBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as unknown as ArrayBuffer);
}

function saveWorkbook(workbook: ExcelJS.Workbook, opts: WriteOptions): Promise<Uint8Array> {
  return (opts.write ?? writeBuffer)(workbook);
}

// ---------------------------------------------------------------------------------------------------------------
// Fills. exceljs shares one style object between all cells of a style id: setting `cell.fill` would recolour every
// cell sharing it, so every change assigns the cell another style object, never changing one in place.

function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1)}` } };
}

/** The fill as '#RRGGBB' where it is a plain ARGB colour, null otherwise (the exact form goes in hostFill). */
function fillHex(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

function snapshot(cell: ExcelJS.Cell): FillSnapshot {
  const fill = cell.style?.fill;
  return fill ? { fill: fillHex(fill), hostFill: JSON.stringify(fill) } : { fill: null };
}

/** A style object without a single property: what exceljs gives a cell that has no style of its own. */
export function isEmptyStyle(style: object): boolean {
  for (const key in style) if (key) return false;
  return true;
}

/**
 * Restyles cells with one new style object per (old style object, fill): exceljs looks a style's id up by its object
 * before rendering the style's XML, so cells that shared a style share the changed one too (26 000 findings of one
 * colour on plain cells: one object, not 26 000 rendered one by one). Unstyled cells each own an empty object; they
 * share one set.
 */
class FillSetter {
  private readonly byStyle = new WeakMap<object, Map<string, ExcelJS.Style>>();
  private readonly unstyled = new Map<string, ExcelJS.Style>();

  set(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
    const base: Partial<ExcelJS.Style> = cell.style ?? {};
    let styles = isEmptyStyle(base) ? this.unstyled : this.byStyle.get(base);
    if (!styles) this.byStyle.set(base, (styles = new Map()));
    const key = fill ? JSON.stringify(fill) : '';
    let style = styles.get(key);
    if (!style) {
      const next: Partial<ExcelJS.Style> = { ...base };
      if (fill) next.fill = fill;
      else delete next.fill;
      styles.set(key, (style = next as ExcelJS.Style));
    }
    cell.style = style;
  }
}

function originalFill(rec: AnnotatedCell): ExcelJS.Fill | undefined {
  if (rec.hostFill !== undefined) {
    try {
      const parsed: unknown = JSON.parse(rec.hostFill);
      if (parsed && typeof parsed === 'object' && 'type' in parsed) return parsed as ExcelJS.Fill;
    } catch {
      // An unreadable exact form falls back to the colour recorded beside it, which is still the original.
    }
  }
  return rec.originalFill ? solidFill(rec.originalFill) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Notes. A person's note may be rich text (runs with fonts): our lines are cut out of the runs, leaving theirs as
// they were, and added as one run of our own.

type Note = ExcelJS.Comment | string;

function noteText(note: Note | undefined): string {
  if (note === undefined) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function cutRuns(runs: ExcelJS.RichText[], ranges: Array<[number, number]>): ExcelJS.RichText[] {
  const out: ExcelJS.RichText[] = [];
  let at = 0;
  for (const run of runs) {
    const start = at;
    at += run.text.length;
    let text = '';
    let pos = start;
    for (const [s, e] of ranges) {
      if (e <= pos || s >= at) continue;
      text += run.text.slice(pos - start, Math.max(s, pos) - start);
      pos = Math.min(e, at);
    }
    text += run.text.slice(pos - start);
    if (text !== '' || run.text === '') out.push({ ...run, text });
  }
  return out;
}

/** The note with our lines replaced by `lines` (none: removed); undefined when nothing is left. */
function replaceOurLines(note: Note | undefined, lines: readonly string[]): Note | undefined {
  const text = noteText(note);
  const ranges = ourLineRanges(text);
  if (note === undefined || typeof note === 'string') {
    let person = text;
    for (let i = ranges.length - 1; i >= 0; i--) person = person.slice(0, ranges[i][0]) + person.slice(ranges[i][1]);
    const merged = mergeComment(person, lines);
    return merged === '' ? undefined : merged;
  }
  const runs = cutRuns(note.texts ?? [], ranges);
  const person = runs.map((r) => r.text).join('');
  const suffix = mergeComment(person, lines).slice(person.length);
  const texts = suffix === '' ? runs : [...runs, { text: suffix }];
  if (texts.every((t) => t.text === '')) return undefined;
  return { ...note, texts };
}

function setNote(cell: ExcelJS.Cell, note: Note | undefined): void {
  if (note !== undefined) {
    cell.note = note;
    return;
  }
  // exceljs has no way to remove a note: its setter always keeps a Note object, and a loaded cell also keeps the
  // comment in its value's model, which it writes back. Both private holders have to go.
  const internal = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete internal._comment;
  if (internal._value?.model) delete internal._value.model.comment;
}

// ---------------------------------------------------------------------------------------------------------------
// State and summary sheets.

interface StoredRead {
  stored: Stored | null;
  /** Our state sheet, present or not. */
  sheet: ExcelJS.Worksheet | undefined;
}

function readStored(workbook: ExcelJS.Workbook): StoredRead {
  const sheet = workbook.getWorksheet(STATE_SHEET_NAME);
  if (!sheet) return { stored: null, sheet: undefined };
  if (sheet.getCell('A1').value !== STATE_MARKER) {
    throw new Error(`a sheet named ${STATE_SHEET_NAME} exists that the product did not write`);
  }
  let json = '';
  for (let r = 2; ; r++) {
    const v = sheet.getCell(r, 1).value;
    if (typeof v !== 'string') break;
    json += v;
  }
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(json));
    // An edited or damaged state is treated as absent: recoverState still finds our cells by their notes.
    return { stored: parsed.success ? parsed.data : null, sheet };
  } catch {
    return { stored: null, sheet };
  }
}

function writeStored(workbook: ExcelJS.Workbook, stored: Stored): void {
  const sheet = workbook.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
  sheet.getCell('A1').value = STATE_MARKER;
  // ASCII only (\uXXXX escapes), so a chunk boundary can never split a surrogate pair into invalid XML.
  const json = JSON.stringify(stored).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (let i = 0, r = 2; i < json.length; i += CHUNK, r++) sheet.getCell(r, 1).value = json.slice(i, i + CHUNK);
}

function removeSheet(workbook: ExcelJS.Workbook, name: string | null | undefined): void {
  if (!name) return;
  const sheet = workbook.getWorksheet(name);
  if (sheet) workbook.removeWorksheet(sheet.id);
}

function uniqueSheetName(workbook: ExcelJS.Workbook, base: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function writeSummary(workbook: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang): string {
  const name = uniqueSheetName(workbook, SUMMARY_SHEET_NAME[lang]);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.getRow(1);
  SUMMARY_HEADERS[lang].forEach((h, i) => {
    header.getCell(i + 1).value = h;
  });
  header.font = { bold: true };
  const order = new Map(workbook.worksheets.map((w, i) => [w.name, i]));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => {
    const pa = parseA1(a.cell);
    const pb = parseA1(b.cell);
    return (
      (order.get(a.sheet) ?? 1e9) - (order.get(b.sheet) ?? 1e9) ||
      pa.row - pb.row ||
      pa.col - pb.col ||
      rank[a.severity] - rank[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
    );
  });
  sorted.forEach((f, i) => {
    const row = sheet.getRow(i + 2);
    // Plain string values are written as text (shared strings), never as formulas, even '=…', '+…', '-…', '@…'.
    const values = [SEVERITY_TEXT[lang][f.severity], f.ruleId, f.sheet, f.cell, f.message];
    values.forEach((v, c) => {
      row.getCell(c + 1).value = String(v);
    });
  });
  [10, 26, 24, 8, 80].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  return name;
}

// ---------------------------------------------------------------------------------------------------------------
// Applying.

function mergesOf(sheet: ExcelJS.Worksheet): Area[] {
  // `sheet.model` would serialise every row of the sheet just to list merges; the merge table is at hand.
  const table = (sheet as unknown as { _merges?: Record<string, { model?: Area } | undefined> })._merges;
  if (table) {
    return Object.values(table).flatMap((r) =>
      r?.model ? [{ top: r.model.top, left: r.model.left, bottom: r.model.bottom, right: r.model.right }] : [],
    );
  }
  return ((sheet.model as { merges?: string[] }).merges ?? []).map((m) => parseAreaA1(m));
}

/** Cells whose note holds lines of ours, with their fill now: evidence of our annotations beyond the state. */
function cellsWithOurLines(workbook: ExcelJS.Workbook, noted: Map<string, string[]>) {
  const out: Array<{ sheet: string; cell: string } & FillSnapshot> = [];
  for (const [sheetName, refs] of noted) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet || sheetName === STATE_SHEET_NAME) continue;
    for (const ref of refs) {
      const cell = sheet.getCell(ref);
      if (ourLineRanges(noteText(cell.note as Note | undefined)).length > 0) {
        out.push({ sheet: sheetName, cell: ref, ...snapshot(cell) });
      }
    }
  }
  return out;
}

function planFor(
  workbook: ExcelJS.Workbook,
  noted: Map<string, string[]>,
  findings: readonly Finding[],
  stored: Stored | null,
): AnnotationPlan {
  const sheets = new Map(workbook.worksheets.map((w) => [w.name, w]));
  for (const f of findings) {
    if (!sheets.has(f.sheet)) throw new Error(`finding for a sheet the workbook does not have: ${f.sheet}`);
  }
  const mergeCache = new Map<string, Area[]>();
  const merges = (name: string): Area[] => {
    let m = mergeCache.get(name);
    if (!m) mergeCache.set(name, (m = mergesOf(sheets.get(name) as ExcelJS.Worksheet)));
    return m;
  };
  const state: AnnotationState | null = recoverState(stored?.state ?? null, cellsWithOurLines(workbook, noted));
  return annotationPlan(anchorFindings(findings, merges), state, (sheet, cell) => {
    const ws = sheets.get(sheet);
    return ws ? snapshot(ws.getCell(cell)) : { fill: null };
  });
}

function applyPlan(workbook: ExcelJS.Workbook, plan: AnnotationPlan): void {
  const fills = new FillSetter();
  for (const rec of plan.restore) {
    // A sheet deleted since our last run has nothing left to restore.
    const sheet = workbook.getWorksheet(rec.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(rec.cell);
    fills.set(cell, originalFill(rec));
    setNote(cell, replaceOurLines(cell.note as Note | undefined, []));
  }
  for (const entry of plan.entries) {
    const cell = (workbook.getWorksheet(entry.sheet) as ExcelJS.Worksheet).getCell(entry.cell);
    fills.set(cell, solidFill(entry.fill));
    setNote(cell, replaceOurLines(cell.note as Note | undefined, entry.lines));
  }
}

/**
 * Writes findings into a copy of the workbook: each finding's cell filled with its severity's colour and noted
 * with every finding of the cell; the product's earlier annotations replaced; a person's notes kept.
 */
export async function annotateWorkbook(
  bytes: Uint8Array,
  findings: Finding[],
  opts: AnnotateOptions,
): Promise<Uint8Array> {
  return annotateLoaded(await loadWithNotes(bytes), findings, opts);
}

/**
 * annotateWorkbook on a workbook from loadForAnnotation, which it changes: use it once, for one annotated copy.
 * Reading grids from it first (readWorkbook's `load` option) is fine: reading changes nothing.
 */
export async function annotateLoaded(loaded: LoadedWorkbook, findings: Finding[], opts: AnnotateOptions): Promise<Uint8Array> {
  const { workbook, noted } = loaded;
  const { stored, sheet } = readStored(workbook);
  if (sheet) workbook.removeWorksheet(sheet.id);
  removeSheet(workbook, stored?.summarySheet);

  // A reader may have handed our own sheets of an earlier run to the checker: findings there are not the person's.
  const theirs = findings.filter((f) => f.sheet !== STATE_SHEET_NAME && f.sheet !== stored?.summarySheet);
  const plan = planFor(workbook, noted, theirs, stored);
  applyPlan(workbook, plan);

  const summarySheet = opts.summarySheet ? writeSummary(workbook, theirs, opts.lang) : null;
  if (plan.nextState.cells.length > 0 || summarySheet) {
    writeStored(workbook, { product: 'indicator-checker', version: 1, state: plan.nextState, summarySheet });
  }
  return saveWorkbook(workbook, opts);
}

/**
 * Removes everything the product wrote: our lines from notes (a person's text kept byte for byte, a note of ours
 * alone removed), the original fills, the summary sheet and the stored state.
 */
export async function clearWorkbook(bytes: Uint8Array, opts: WriteOptions = {}): Promise<Uint8Array> {
  const { workbook, noted } = await loadWithNotes(bytes);
  const { stored, sheet } = readStored(workbook);
  if (sheet) workbook.removeWorksheet(sheet.id);
  removeSheet(workbook, stored?.summarySheet);
  applyPlan(workbook, planFor(workbook, noted, [], stored));
  return saveWorkbook(workbook, opts);
}

/** The annotation state stored in a workbook, or null (for hosts and tests that inspect it). */
export async function readAnnotationState(bytes: Uint8Array): Promise<AnnotationState | null> {
  const { workbook } = await loadWithNotes(bytes);
  return readStored(workbook).stored?.state ?? null;
}
