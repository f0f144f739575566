// The sheets the product adds to a workbook: the very hidden annotation-state sheet (its format shared with the WPS
// host, src/hosts/wps/store.ts) and the optional summary of findings. Written as whole new worksheet parts with
// inline strings, so that no shared part (shared strings, styles) changes for them.

import { a1, parseA1 } from '../../core/a1';
import { formatMessage, SEVERITY_NAMES, type Bilingual, type Catalog } from '../../core/messages';
import type { Finding, Lang } from '../../core/model';
import { compareCells, worstFirst } from '../../core/order';
import { readRels, relIs, WORKBOOK_PART, type SheetEntry } from './opc';
import { attr, ByteWriter, escapeText, isMain, walkXml } from './xml';
import type { Package } from './zip-package';
import { StoredSchema, type Stored } from '../../core/annotate/types';

/**
 * Where the state lives: a very hidden worksheet. A defined name holds at most 255 characters, but a sheet holds any
 * amount, survives Excel, WPS and LibreOffice, and Office.js and WPS can read it too.
 */
export const STATE_SHEET_NAME = 'IndicatorCheckerState';

/** First cell of the state sheet: tells our sheet from a person's sheet of the same name. */
const STATE_MARKER = 'indicator-checker annotation state v1 — 指标审核批注状态，请勿修改 / do not edit';

/** Excel keeps at most 32 767 characters in a cell; the JSON is cut into chunks below that. */
const CHUNK = 30000;

/** The summary sheet's texts: its name and its column headers. */
export const SUMMARY_TEXT = {
  sheetName: { 'zh-CN': '审核结果', 'en-US': 'Review results' },
  severity: { 'zh-CN': '严重程度', 'en-US': 'Severity' },
  rule: { 'zh-CN': '规则', 'en-US': 'Rule' },
  sheet: { 'zh-CN': '工作表', 'en-US': 'Sheet' },
  cell: { 'zh-CN': '单元格', 'en-US': 'Cell' },
  message: { 'zh-CN': '说明', 'en-US': 'Message' },
} as const satisfies Catalog;

export const SUMMARY_SHEET_NAME: Bilingual = SUMMARY_TEXT.sheetName;

const SUMMARY_COLUMNS = ['severity', 'rule', 'sheet', 'cell', 'message'] as const;

export { StoredSchema, type Stored };

/** Column A of a worksheet part, row → text (shared strings resolved, inline strings and formula strings read). */
function columnA(pkg: Package, part: string): Map<number, string> {
  const raw = new Map<number, { type: string; text: string }>();
  let cell: { row: number; type: string; text: string } | null = null;
  walkXml(part, pkg.text(part), {
    open(el) {
      if (!isMain(el.uri) || el.local !== 'c') return;
      const ref = attr(el, 'r') ?? '';
      cell = /^A\d+$/.test(ref) ? { row: parseA1(ref).row, type: attr(el, 't') ?? 'n', text: '' } : null;
    },
    text(t, parent) {
      if (cell && parent && (parent.local === 'v' || parent.local === 't')) cell.text += t;
    },
    close(el) {
      if (cell && el.local === 'c') {
        raw.set(cell.row, { type: cell.type, text: cell.text });
        cell = null;
      }
    },
  });
  const wanted = new Set([...raw.values()].filter((c) => c.type === 's').map((c) => Number(c.text)));
  const shared = wanted.size > 0 ? sharedStrings(pkg, wanted) : new Map<number, string>();
  const out = new Map<number, string>();
  for (const [row, c] of raw) {
    if (c.type === 's') {
      const s = shared.get(Number(c.text));
      if (s !== undefined) out.set(row, s);
    } else if (c.type === 'inlineStr' || c.type === 'str') out.set(row, c.text);
  }
  return out;
}

/** The shared strings of the given indices (runs joined, phonetic runs left out). */
function sharedStrings(pkg: Package, wanted: ReadonlySet<number>): Map<number, string> {
  const rel = readRels(pkg, WORKBOOK_PART).find((r) => !r.external && relIs(r.type, 'sharedStrings'));
  const out = new Map<number, string>();
  if (!rel || !pkg.has(rel.target)) return out;
  let index = -1;
  let text = '';
  let phonetic = 0;
  walkXml(rel.target, pkg.text(rel.target), {
    open(el) {
      if (el.local === 'si' && el.depth === 1) [index, text] = [index + 1, ''];
      if (el.local === 'rPh') phonetic++;
    },
    text(t, parent) {
      if (!phonetic && parent?.local === 't' && wanted.has(index)) text += t;
    },
    close(el) {
      if (el.local === 'rPh') phonetic--;
      if (el.local === 'si' && el.depth === 1 && wanted.has(index)) out.set(index, text);
    },
  });
  return out;
}

export interface StoredRead {
  stored: Stored | null;
  /** Our state sheet, present or not. */
  sheet: SheetEntry | undefined;
}

export function readStored(pkg: Package, sheets: readonly SheetEntry[]): StoredRead {
  const sheet = sheets.find((s) => s.name.toLowerCase() === STATE_SHEET_NAME.toLowerCase());
  if (!sheet) return { stored: null, sheet: undefined };
  const cells = sheet.part ? columnA(pkg, sheet.part) : new Map<number, string>();
  if (cells.get(1) !== STATE_MARKER) {
    throw new Error(`a sheet named ${STATE_SHEET_NAME} exists that the product did not write`);
  }
  let json = '';
  for (let r = 2; cells.has(r); r++) json += cells.get(r);
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(json));
    // An edited or damaged state is treated as absent: our cells are still found by the lines in their notes.
    return { stored: parsed.success ? parsed.data : null, sheet };
  } catch {
    return { stored: null, sheet };
  }
}

function worksheetXml(ns: string, body: string, before = ''): string {
  return `${worksheetHead(ns, before)}${body}${WORKSHEET_TAIL}`;
}

function worksheetHead(ns: string, before = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}">${before}<sheetData>`;
}

const WORKSHEET_TAIL = '</sheetData></worksheet>';

function inlineCell(ref: string, text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
}

/**
 * The state sheet's XML (UTF-8): the marker in A1, the record as ASCII-escaped JSON in chunks from A2. Escaped and
 * cut a piece at a time and written as bytes: the record of 36 000 annotated cells is 7 MB of JSON, and making the
 * escaped JSON, the rows and the sheet as whole strings took 80 MB at the copy's peak of memory.
 */
export function stateSheetXml(ns: string, stored: Stored): Uint8Array {
  const json = JSON.stringify(stored);
  const out = new ByteWriter(Math.ceil(json.length * 1.2) + 4096);
  out.write(worksheetHead(ns));
  out.write(`<row r="1">${inlineCell('A1', STATE_MARKER)}</row>`);
  let r = 2;
  const row = (chunk: string) => out.write(`<row r="${r}">${inlineCell(`A${r++}`, chunk)}</row>`);
  // ASCII only (\uXXXX escapes), so a chunk boundary can never split a surrogate pair into invalid XML.
  let pending = '';
  for (let i = 0; i < json.length; i += 8192) {
    pending += json
      .slice(i, i + 8192)
      .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    while (pending.length >= CHUNK) {
      row(pending.slice(0, CHUNK));
      pending = pending.slice(CHUNK);
    }
  }
  if (pending.length > 0) row(pending);
  out.write(WORKSHEET_TAIL);
  return out.bytes();
}

/** A sheet name no sheet of the workbook has (compared without case, as Excel does). */
export function uniqueSheetName(sheets: readonly SheetEntry[], base: string): string {
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The summary sheet's XML: one row a finding, ordered by sheet (workbook order), cell, severity and rule. */
export function summarySheetXml(
  ns: string,
  findings: readonly Finding[],
  lang: Lang,
  sheetOrder: readonly string[],
): string {
  const order = new Map(sheetOrder.map((name, i) => [name, i]));
  const sorted = [...findings].sort(
    (a, b) =>
      (order.get(a.sheet) ?? 1e9) - (order.get(b.sheet) ?? 1e9) || compareCells(a.cell, b.cell) || worstFirst(a, b),
  );
  const row = (r: number, values: readonly string[]) =>
    `<row r="${r}">${values.map((v, c) => inlineCell(a1(r, c + 1), v)).join('')}</row>`;
  // Plain text cells (inline strings), never formulas, even for '=…', '+…', '-…', '@…'.
  const rows = [
    row(
      1,
      SUMMARY_COLUMNS.map((c) => formatMessage(SUMMARY_TEXT, lang, c)),
    ),
  ];
  sorted.forEach((f, i) =>
    rows.push(row(i + 2, [formatMessage(SEVERITY_NAMES, lang, f.severity), f.ruleId, f.sheet, f.cell, f.message])),
  );
  const views =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  const cols = `<cols>${[10, 26, 24, 8, 80].map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  return worksheetXml(ns, rows.join(''), views + cols);
}
