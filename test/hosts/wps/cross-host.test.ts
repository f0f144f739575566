// A workbook annotated by the CLI (file host) is cleared in WPS, and one annotated in WPS is cleared by the CLI: both
// hosts keep the annotation record on the same very hidden sheet in the same format.

import ExcelJS from 'exceljs';
import { parseAreaA1 } from '../../../src/core/a1';
import { checkGrids } from '../../../src/core/check';
import { hasOurLines } from '../../../src/core/annotate/comments';
import {
  annotateWorkbook,
  clearWorkbook,
  readAnnotationState,
  STATE_SHEET_NAME as FILE_STATE_SHEET,
} from '../../../src/hosts/file/annotate';
import { loadWorkbook } from '../../oracle/exceljs-read';
import { readWorkbook } from '../../../src/hosts/file/read';
import { hexToWps, wpsToHex } from '../../../src/hosts/wps/color';
import { STATE_SHEET_NAME } from '../../../src/hosts/wps/store';
import { emptySheet, type FakeWorkbookModel } from '../../fakes/wps';
import { workbookBytes } from '../../fixtures/build';
import { seed000 } from '../../fixtures/layouts';
import { dateSerial, wpsUnderTest } from './helpers';

const STATES: Record<string, number> = { visible: -1, hidden: 0, veryHidden: 2 };

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** What WPS would show after opening the .xlsx: values, solid fills, notes as comments, merges, sheet visibility. */
async function openInFake(bytes: Uint8Array): Promise<FakeWorkbookModel> {
  const wb = await loadWorkbook(bytes);
  const sheets = wb.worksheets.map((ws) => {
    const sheet = emptySheet(ws.name);
    sheet.visible = STATES[ws.state] ?? -1;
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const model: (typeof sheet.cells)[string] = {};
        let v = cell.value;
        if (v && typeof v === 'object' && 'result' in v) v = (v as ExcelJS.CellFormulaValue).result ?? null;
        if (v && typeof v === 'object' && 'richText' in v) v = v.richText.map((t) => t.text).join('');
        if (v instanceof Date) {
          model.value = dateSerial(v);
          model.numberFormat = cell.numFmt || 'yyyy-mm-dd';
        } else if (v !== null && v !== undefined && v !== '') model.value = v;
        if (cell.numFmt && !model.numberFormat && cell.numFmt !== 'General') model.numberFormat = cell.numFmt;
        const fill = cell.fill;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) {
          model.interior = { pattern: 1, color: hexToWps(`#${fill.fgColor.argb.slice(2)}`), patternColor: 0 };
        }
        const note = noteText(cell.note);
        if (note !== undefined) model.comment = { text: note, author: '批注' };
        if (Object.keys(model).length > 0) sheet.cells[cell.address] = model;
      });
    });
    sheet.merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseAreaA1(m));
    return sheet;
  });
  const active = sheets.find((s) => s.visible === -1)?.name ?? sheets[0].name;
  return { name: 'seed000.xlsx', sheets, active, selection: null, readOnly: false, protectStructure: false };
}

/** What WPS would save: the fake workbook as .xlsx (values, formats, solid fills, comments as notes, merges, states). */
async function saveFromFake(model: FakeWorkbookModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const state = Object.keys(STATES).find((k) => STATES[k] === sheet.visible) as ExcelJS.WorksheetState;
    const ws = wb.addWorksheet(sheet.name, { state });
    for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    for (const [ref, c] of Object.entries(sheet.cells)) {
      const cell = ws.getCell(ref);
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (c.value !== undefined) cell.value = c.value as ExcelJS.CellValue;
      if (c.interior) {
        cell.fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: `FF${wpsToHex(c.interior.color).slice(1)}` },
        };
      }
      if (c.comment) cell.note = c.comment.text;
    }
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Fills and comments of every cell of the visible sheets, and the sheet names: what clearing must give back. */
function looks(model: FakeWorkbookModel) {
  const out: Record<string, { fill: string | null; comment: string | null }> = {};
  for (const s of model.sheets) {
    for (const [ref, c] of Object.entries(s.cells)) {
      if (c.interior || c.comment) {
        out[`${s.name}!${ref}`] = {
          fill: c.interior ? wpsToHex(c.interior.color) : null,
          comment: c.comment?.text ?? null,
        };
      }
    }
  }
  return { sheets: model.sheets.map((s) => s.name), cells: out };
}

function cellsWithOurLines(model: FakeWorkbookModel): string[] {
  return model.sheets.flatMap((s) =>
    Object.entries(s.cells)
      .filter(([, c]) => c.comment && hasOurLines(c.comment.text))
      .map(([ref]) => `${s.name}!${ref}`),
  );
}

async function seed000Findings(bytes: Uint8Array) {
  const read = await readWorkbook(bytes);
  if (!read.ok) throw new Error('seed 000 did not read');
  const { findings } = checkGrids(read.grids, { lang: 'zh-CN' });
  expect(findings.length).toBeGreaterThan(3);
  return findings;
}

test('both hosts name the state sheet the same', () => {
  expect(STATE_SHEET_NAME).toBe(FILE_STATE_SHEET);
});

test('annotated by the CLI (with its summary sheet), cleared in WPS', async () => {
  const original = await workbookBytes(seed000);
  const findings = await seed000Findings(original);
  const annotated = await annotateWorkbook(original, findings, { lang: 'zh-CN', summarySheet: true });

  const ut = wpsUnderTest(await openInFake(annotated));
  const state = await ut.inspect.state();
  expect(cellsWithOurLines(ut.wps.workbook!).sort()).toEqual(state?.cells.map((c) => `${c.sheet}!${c.cell}`).sort());
  expect(state).toEqual(await readAnnotationState(annotated));
  const result = await ut.host.clear();
  expect(result.written.length).toBe(state?.cells.length);
  expect(result.messages).toEqual([]);

  const before = looks(await openInFake(original));
  expect(looks(ut.wps.workbook!)).toEqual(before);
  expect(await ut.inspect.state()).toBeNull();
});

test('annotated in WPS, read and cleared by the CLI', async () => {
  const original = await workbookBytes(seed000);
  const findings = await seed000Findings(original);
  const ut = wpsUnderTest(await openInFake(original));
  await ut.host.annotate(findings);
  const saved = await saveFromFake(ut.wps.workbook!);
  expect(cellsWithOurLines(await openInFake(saved)).length).toBeGreaterThan(3);

  expect(await readAnnotationState(saved)).toEqual(await ut.inspect.state());
  // The CLI reads the WPS-annotated workbook without taking our sheet for a table.
  const reread = await readWorkbook(saved);
  expect(reread.ok && reread.grids.map((g) => g.sheet)).toEqual(seed000.sheets.map((s) => s.sheet));

  const cleared = await openInFake(await clearWorkbook(saved));
  expect(looks(cleared)).toEqual(looks(await openInFake(original)));
  expect(cellsWithOurLines(cleared)).toEqual([]);
});
