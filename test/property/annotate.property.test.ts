// annotate → (re-annotate) → clear gives back the workbook exactly, for arbitrary findings on seed 000's sheet: every
// value, formula, format, fill, border, font, note, merge, width, height, protection and sheet as it was.

import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { annotateWorkbook, clearWorkbook } from '../../src/hosts/file/annotate';
import { loadWorkbook } from '../oracle/exceljs-read';
import type { Finding } from '../../src/core/model';
import { buildSeed000, OTHER_SHEET, SHEET } from '../core/annotate/seed000.workbook';
import { findingArb } from './arbitraries';

const ROWS = 24;
const COLS = 8;

/** Everything a person could see of a sheet, cell by cell over the area findings may land on, as plain data. */
function sheetView(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  for (let r = 1; r <= ROWS; r++) {
    for (let c = 1; c <= COLS; c++) {
      const cell = ws.getCell(r, c);
      cells[cell.address] = JSON.parse(
        JSON.stringify({
          value: cell.value,
          formula: cell.formula,
          numFmt: cell.numFmt,
          font: cell.font,
          border: cell.border,
          alignment: cell.alignment,
          protection: cell.protection,
          fill: cell.fill,
          note: cell.note,
        }),
      );
    }
  }
  return {
    cells,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    widths: Array.from({ length: COLS }, (_, i) => ws.getColumn(i + 1).width ?? null),
    heights: Array.from({ length: ROWS }, (_, i) => ws.getRow(i + 1).height ?? null),
    protection: JSON.parse(JSON.stringify((ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null)),
    state: ws.state,
  };
}

async function workbookView(bytes: Uint8Array) {
  const wb = await loadWorkbook(bytes);
  return wb.worksheets.map((ws) => ({ name: ws.name, ...sheetView(ws) }));
}

const findingsArb = fc.array(
  findingArb([
    { name: SHEET, rows: ROWS, cols: COLS },
    { name: OTHER_SHEET, rows: 3, cols: 3 },
  ]),
  { maxLength: 25 },
);

let original: Uint8Array;
let originalView: Awaited<ReturnType<typeof workbookView>>;

beforeAll(async () => {
  original = await buildSeed000();
  originalView = await workbookView(original);
});

describe('annotate then clear, for arbitrary findings', () => {
  it('clear restores every cell, merge, size, protection and sheet of the original', async () => {
    await fc.assert(
      fc.asyncProperty(findingsArb, fc.boolean(), async (findings: Finding[], summarySheet) => {
        const annotated = await annotateWorkbook(original, findings, { lang: 'zh-CN', summarySheet });
        const cleared = await clearWorkbook(annotated);
        expect(await workbookView(cleared)).toEqual(originalView);
      }),
      { numRuns: 25, seed: 1500 },
    );
  });

  it('re-annotating with other findings, then clearing, also restores the original', async () => {
    await fc.assert(
      fc.asyncProperty(
        findingsArb,
        findingsArb,
        fc.constantFrom('zh-CN' as const, 'en-US' as const),
        async (first, second, lang) => {
          const once = await annotateWorkbook(original, first, { lang });
          const twice = await annotateWorkbook(once, second, { lang, summarySheet: second.length % 2 === 0 });
          const cleared = await clearWorkbook(twice);
          expect(await workbookView(cleared)).toEqual(originalView);
        },
      ),
      { numRuns: 12, seed: 95 },
    );
  });

  it('the annotation itself changed the sheet (the property is not vacuous)', async () => {
    const [finding] = fc.sample(
      findingsArb.filter((f) => f.some((x) => x.sheet === SHEET)),
      { numRuns: 1, seed: 3 },
    )[0];
    const annotated = await annotateWorkbook(original, [finding], { lang: 'zh-CN' });
    expect(await workbookView(annotated)).not.toEqual(originalView);
  });
});
