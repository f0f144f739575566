// Test helpers for the WPS host: a fake workbook from the contract's workbook, and the host plus an inspector over it.

import { a1, parseAreaA1 } from '../../../src/core/a1';
import { createWpsHost } from '../../../src/hosts/wps';
import { storedState } from '../../../src/hosts/wps/annotate';
import { hexToWps, wpsToHex } from '../../../src/hosts/wps/color';
import type { ContractWorkbook, HostInspector, HostUnderTest } from '../contract';
import { emptySheet, FakeWps, type FakeWorkbookModel, type FakeWpsOptions } from '../../fakes/wps';
import type { FixtureWorkbook } from '../../fixtures/layouts';

export function fakeFromContract(workbook: ContractWorkbook): FakeWorkbookModel {
  const sheets = workbook.sheets.map((s) => {
    const sheet = emptySheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const ref = a1(r + 1, c + 1);
        sheet.cells[ref] = { value: v };
      }),
    );
    sheet.merges = s.merges.map((m) => parseAreaA1(m));
    for (const [ref, hex] of Object.entries(s.fills)) {
      sheet.cells[ref] = { ...sheet.cells[ref], interior: { pattern: 1, color: hexToWps(hex), patternColor: 0 } };
    }
    for (const [ref, c] of Object.entries(s.comments)) {
      sheet.cells[ref] = { ...sheet.cells[ref], comment: { text: c.text, author: c.author } };
    }
    return sheet;
  });
  return {
    name: '劳动能力鉴定费用.xlsx',
    sheets,
    active: workbook.active,
    selection: null,
    readOnly: false,
    protectStructure: false,
  };
}

/** The host over a fake (with the options' reported WPS behaviour), and an inspector that reads the fake's model. */
export function wpsUnderTest(model: FakeWorkbookModel, options: FakeWpsOptions = {}): HostUnderTest & { wps: FakeWps } {
  const wps = new FakeWps(model, options);
  const cell = (sheet: string, ref: string) => wps.sheet(sheet).cells[ref];
  const inspect: HostInspector = {
    fill: (sheet, ref) => {
      const interior = cell(sheet, ref)?.interior;
      return interior ? wpsToHex(interior.color) : null;
    },
    annotationText: (sheet, ref) => cell(sheet, ref)?.comment?.text ?? null,
    value: (sheet, ref) => cell(sheet, ref)?.value ?? null,
    activeSheet: () => wps.workbook?.active ?? '',
    selection: () => {
      const sel = wps.workbook?.selection;
      return sel ? { sheet: sel.sheet, cell: a1(sel.area.top, sel.area.left) } : null;
    },
    visibleSheets: () => (wps.workbook?.sheets ?? []).filter((s) => s.visible === -1).map((s) => s.name),
    protect: (sheet) => {
      wps.sheet(sheet).protectContents = true;
    },
    setReadOnly: () => {
      if (wps.workbook) wps.workbook.readOnly = true;
    },
    // Every sheet, hidden ones included, and which sheet is active: a stray hidden sheet or a lost active sheet
    // would show here.
    snapshot: () =>
      JSON.parse(JSON.stringify({ sheets: wps.workbook?.sheets, active: wps.workbook?.active })) as unknown,
    reopen: () => wpsUnderTest(wps.saved(), options),
    state: () => storedState(wps.app),
  };
  return { host: createWpsHost(wps.app), inspect, wps };
}

/** Days since 1899-12-30 (the 1900 date system for dates after February 1900): what WPS's Value2 gives for a date. */
export function dateSerial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A fake workbook from a fixture layout: values (dates as serials with a date format), merges, fills, notes. */
export function fakeFromFixture(fixture: FixtureWorkbook): FakeWorkbookModel {
  const sheets = fixture.sheets.map((layout) => {
    const sheet = emptySheet(layout.sheet);
    layout.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        const ref = a1(r + 1, c + 1);
        sheet.cells[ref] = v instanceof Date ? { value: dateSerial(v), numberFormat: 'yyyy-mm-dd' } : { value: v };
      }),
    );
    for (const [ref, fmt] of Object.entries(layout.numFmts ?? {}))
      sheet.cells[ref] = { ...sheet.cells[ref], numberFormat: fmt };
    for (const [range, argb] of Object.entries(layout.fills ?? {})) {
      const area = parseAreaA1(range);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const ref = a1(r, c);
          sheet.cells[ref] = {
            ...sheet.cells[ref],
            interior: { pattern: 1, color: hexToWps(`#${argb.slice(2)}`), patternColor: 0 },
          };
        }
      }
    }
    for (const [ref, text] of Object.entries(layout.notes ?? {})) {
      sheet.cells[ref] = { ...sheet.cells[ref], comment: { text, author: '填报人' } };
    }
    sheet.merges = layout.merges.map((m) => parseAreaA1(m));
    sheet.hiddenRows = [...(layout.hiddenRows ?? [])];
    return sheet;
  });
  return {
    name: fixture.file,
    sheets,
    active: sheets[0].name,
    selection: null,
    readOnly: false,
    protectStructure: false,
  };
}
