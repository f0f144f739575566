// The file host's Host — the browser-file host over the file host's reader and package patcher, which the CLI uses
// too — opened on the contract's workbook, with an inspector that reads the bytes through SheetJS (an independent
// reader), never through the host's own parsing.

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { StoredSchema, type AnnotationState } from '../../../src/core/annotate/types';
import { createBrowserFileHost, type BrowserFileHost } from '../../../src/hosts/browser-file';
import type { ContractWorkbook, HostInspector, HostUnderTest } from '../contract';
import { contractXlsx } from './contract-workbook';

export const FILE_NAME = '劳动能力鉴定费用.xlsx';
const STATE_SHEET = 'IndicatorCheckerState';

export interface FileUnderTest extends HostUnderTest {
  host: BrowserFileHost;
  /** The workbook as SheetJS reads the host's bytes now. */
  book(): XLSX.WorkBook;
}

function parse(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellStyles: true, sheetStubs: true });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of XML character data: references decoded, then Excel's `_xHHHH_` escapes (a carriage return: `_x000D_`). */
function xmlText(raw: string): string {
  const text = raw.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))) : ENTITIES[e],
  );
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * A note's text, exact: SheetJS's own text drops carriage returns, so the runs it keeps as XML are read instead
 * (phonetic runs left out).
 */
function noteText(cell: XLSX.CellObject | undefined): string | null {
  const notes = cell?.c;
  if (!notes || notes.length === 0) return null;
  return notes
    .map((n) => {
      const xml = ((n as { r?: string }).r ?? '').replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
      return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)]
        .map((m) => xmlText(m[1] ?? ''))
        .join('');
    })
    .join('\n');
}

function fillOf(cell: XLSX.CellObject | undefined): string | null {
  const s = cell?.s as { patternType?: string; fgColor?: { rgb?: string } } | undefined;
  if (!s || s.patternType !== 'solid') return null;
  const rgb = s.fgColor?.rgb;
  return rgb ? `#${rgb.slice(-6).toUpperCase()}` : null;
}

function sheetOf(book: XLSX.WorkBook, name: string): XLSX.WorkSheet {
  const ws = book.Sheets[name];
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Everything a person sees: sheets (hidden ones included), merges, and every cell with a value, a fill or a note. */
function picture(book: XLSX.WorkBook): unknown {
  const hidden = new Map((book.Workbook?.Sheets ?? []).map((s) => [s.name, s.Hidden ?? 0]));
  return book.SheetNames.map((name) => {
    const ws = sheetOf(book, name);
    const cells: Record<string, unknown> = {};
    for (const ref of Object.keys(ws).filter((k) => !k.startsWith('!'))) {
      const cell = ws[ref] as XLSX.CellObject;
      const seen = { value: cell.v ?? null, fill: fillOf(cell), note: noteText(cell) };
      if (seen.value !== null || seen.fill !== null || seen.note !== null) cells[ref] = seen;
    }
    const merges = (ws['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m)).sort();
    return { name, hidden: hidden.get(name) ?? 0, merges, cells };
  });
}

/** The state the file stores in its very hidden sheet (marker in A1, the record's JSON from A2), or null. */
function storedState(book: XLSX.WorkBook): AnnotationState | null {
  const ws = book.Sheets[STATE_SHEET];
  if (!ws) return null;
  let json = '';
  for (let r = 2; ws[`A${r}`]; r++) json += String((ws[`A${r}`] as XLSX.CellObject).v);
  const stored = StoredSchema.parse(JSON.parse(json));
  return stored.state.cells.length > 0 ? stored.state : null;
}

/** The worksheet part of a sheet, found through the workbook's relationships. */
function sheetPart(parts: Record<string, Uint8Array>, sheet: string): string {
  const workbook = strFromU8(parts['xl/workbook.xml']);
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(workbook)?.[1];
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no part for sheet ${sheet}`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

/** The workbook with `<sheetProtection>` on one sheet, as Excel writes it (after the sheet's data). */
export function withProtection(bytes: Uint8Array, sheet: string): Uint8Array {
  const parts = unzipSync(bytes);
  const part = sheetPart(parts, sheet);
  const xml = strFromU8(parts[part]).replace(
    /<\/sheetData>|<sheetData\/>/,
    (m) => `${m}<sheetProtection sheet="1" objects="1" scenarios="1"/>`,
  );
  return zipSync({ ...parts, [part]: strToU8(xml) });
}

/** Whether the sheet is protected (SheetJS does not read `<sheetProtection>`). */
export function isProtected(bytes: Uint8Array, sheet: string): boolean {
  const parts = unzipSync(bytes);
  return /<(?:\w+:)?sheetProtection\b/.test(strFromU8(parts[sheetPart(parts, sheet)]));
}

/** The browser-file host opened on `bytes`, and an inspector over the bytes it holds. */
export async function fileUnderTest(bytes: Uint8Array): Promise<FileUnderTest> {
  const host = createBrowserFileHost({ lang: 'zh-CN' });
  await host.open(FILE_NAME, bytes);
  const book = () => parse(host.bytes() as Uint8Array);
  const cell = (sheet: string, ref: string) => sheetOf(book(), sheet)[ref] as XLSX.CellObject | undefined;
  const inspect: HostInspector = {
    fill: (sheet, ref) => fillOf(cell(sheet, ref)),
    annotationText: (sheet, ref) => noteText(cell(sheet, ref)),
    value: (sheet, ref) => cell(sheet, ref)?.v ?? null,
    activeSheet: () => host.activeSheet() ?? '',
    selection: () => host.selection(),
    visibleSheets: () => (book().Workbook?.Sheets ?? []).filter((s) => !s.Hidden).map((s) => s.name ?? ''),
    // The person opens the file again with a protected sheet: the page works on what it opened.
    protect: async (sheet) => {
      await host.open(FILE_NAME, withProtection(host.bytes() as Uint8Array, sheet));
    },
    setReadOnly: () => {
      throw new Error('a file opened in the page has no read-only state (see the contract test)');
    },
    snapshot: () => picture(book()),
    reopen: () => fileUnderTest(host.bytes() as Uint8Array),
    state: () => storedState(book()),
  };
  return { host, inspect, book };
}

export function fileFromContract(workbook: ContractWorkbook): Promise<FileUnderTest> {
  return fileUnderTest(contractXlsx(workbook));
}
