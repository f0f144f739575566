// Builds fake workbooks for the Excel host tests and wires a host to them with a counting wrapper around context.sync.

import { a1, parseAreaA1 } from '../../../src/core/a1';
import type { Cell } from '../../../src/core/grid';
import type { AnnotationState } from '../../../src/core/annotate/types';
import { createExcelHost, type ExcelHostOptions } from '../../../src/hosts/excel';
import { storedFromValue } from '../../../src/hosts/excel/record';
import { STATE_KEY } from '../../../src/hosts/excel/state';
import type { Host } from '../../../src/hosts/host';
import type { ContractWorkbook, HostInspector, HostUnderTest } from '../contract';
import { FakeWorkbookDoc, type FakeSheet } from './fake-excel';

/** Syncs per Excel.run, in order: a counting wrapper around every context's sync. */
export class SyncCounter {
  runs: number[] = [];
  /** The options each Excel.run was given. */
  options: Excel.RunOptions[] = [];
  get last(): number {
    return this.runs[this.runs.length - 1] ?? 0;
  }
  reset(): void {
    this.runs = [];
    this.options = [];
  }
}

export function countingRun(doc: FakeWorkbookDoc, counter: SyncCounter): NonNullable<ExcelHostOptions['run']> {
  return async <T>(options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = doc.context(options);
    const sync = ctx.sync.bind(ctx);
    const index = counter.runs.push(0) - 1;
    counter.options.push(options);
    ctx.sync = async () => {
      counter.runs[index]++;
      await sync();
    };
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

export function putCell(sheet: FakeSheet, row: number, col: number, v: Cell, numberFormat?: string): void {
  if (v === null) return;
  if (v instanceof Date) throw new Error('put dates as serial numbers with a date format');
  if (typeof v === 'object') sheet.cells.set(`${row},${col}`, { value: v.error, error: true });
  else sheet.cells.set(`${row},${col}`, { value: v, numberFormat });
}

export function docFromContract(wb: ContractWorkbook, api = '1.18'): FakeWorkbookDoc {
  const doc = new FakeWorkbookDoc(api);
  for (const s of wb.sheets) {
    const sheet = doc.addSheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => putCell(sheet, r + 1, c + 1, v)));
    sheet.merges = s.merges.map((m) => parseAreaA1(m));
    for (const [ref, color] of Object.entries(s.fills)) {
      const { top, left } = parseAreaA1(ref);
      sheet.fills.set(`${top},${left}`, { color, tintAndShade: 0, pattern: 'Solid' });
    }
    for (const [ref, c] of Object.entries(s.comments)) {
      const { top, left } = parseAreaA1(ref);
      sheet.addThread({
        id: doc.id('person'),
        row: top,
        col: left,
        content: c.text,
        authorName: c.author,
        replies: [],
      });
    }
  }
  doc.active = wb.active;
  doc.selection = { sheet: wb.active, area: { top: 1, left: 1, bottom: 1, right: 1 } };
  return doc;
}

export function annotationText(doc: FakeWorkbookDoc, sheet: string, cell: string): string | null {
  const s = doc.sheet(sheet);
  const t = s.threadAt(cell);
  if (t) return [t.content, ...t.replies.map((r) => r.content)].join('\n');
  return s.noteAt(cell)?.content ?? null;
}

/** The annotation state as saved in the document's settings (null when none or empty), read without a host. */
export function storedState(doc: FakeWorkbookDoc): AnnotationState | null {
  const raw = doc.savedSettings[STATE_KEY];
  let value: unknown = raw === undefined ? null : JSON.parse(raw);
  // The setting's value is the record's own JSON text.
  if (typeof value === 'string') value = JSON.parse(value);
  const stored = value === null ? null : storedFromValue(value);
  return stored && stored.state.cells.length > 0 ? stored.state : null;
}

export function snapshot(doc: FakeWorkbookDoc): unknown {
  const sorted = <V>(m: Map<string, V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return doc.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: sorted(s.cells),
    fills: sorted(s.fills),
    bold: [...s.bold].sort(),
    merges: s.merges,
    threads: s.threads.map((t) => ({ ...t, replies: t.replies.map((r) => ({ ...r })) })),
    notes: sorted(s.notes),
  }));
}

export interface ExcelUnderTest extends HostUnderTest {
  doc: FakeWorkbookDoc;
  syncs: SyncCounter;
}

/**
 * A loaded Office.js without Workbook.settings (as a library probe sees it): the host keeps its record in this
 * runtime's copy of the document settings, refreshed before every read and write, as on Excel before ExcelApi 1.4.
 */
export const NO_WORKBOOK_SETTINGS = (member: string): boolean =>
  member !== 'Workbook.settings' && !/^Setting(Collection)?\./.test(member);

export function excelHostOver(
  doc: FakeWorkbookDoc,
  extra: Partial<ExcelHostOptions> = {},
): { host: Host; syncs: SyncCounter } {
  const syncs = new SyncCounter();
  const host = createExcelHost({
    run: countingRun(doc, syncs),
    settings: doc.settings(),
    isSetSupported: doc.isSetSupported,
    ...extra,
  });
  return { host, syncs };
}

export function inspectorFor(doc: FakeWorkbookDoc, extra: Partial<ExcelHostOptions> = {}): HostInspector {
  return {
    fill: (sheet, cell) => doc.sheet(sheet).fillAt(cell)?.color ?? null,
    annotationText: (sheet, cell) => annotationText(doc, sheet, cell),
    value: (sheet, cell) => doc.sheet(sheet).cell(cell)?.value ?? null,
    activeSheet: () => doc.active,
    selection: () =>
      doc.selection ? { sheet: doc.selection.sheet, cell: a1(doc.selection.area.top, doc.selection.area.left) } : null,
    visibleSheets: () => doc.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name),
    protect: (sheet) => {
      doc.sheet(sheet).protected = true;
    },
    setReadOnly: () => {
      doc.readOnly = true;
    },
    snapshot: () => snapshot(doc),
    reopen: () => excelUnderTest(doc, extra),
    state: () => storedState(doc),
  };
}

/** A host over `doc` as a freshly opened document: settings as saved, no memory of earlier runs. */
export function excelUnderTest(doc: FakeWorkbookDoc, extra: Partial<ExcelHostOptions> = {}): ExcelUnderTest {
  const { host, syncs } = excelHostOver(doc, extra);
  return { host, inspect: inspectorFor(doc, extra), doc, syncs };
}
