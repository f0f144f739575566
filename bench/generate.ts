// Benchmark inputs: a flat export of N indicator rows and a sheet of stacked seed 000 forms, as Grids and as .xlsx.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../src/core/grid';
import { FLAT_HEADER, FLAT_PROJECTS } from '../test/fixtures/layouts/flat-export';
import { SheetBuilder } from '../test/fixtures/layouts/builder';
import { ZAOZHUANG_FORMS, writeApprovalForm } from '../test/fixtures/layouts/seed000';
import { toGrid } from '../test/fixtures/layouts/grid';
import type { FixtureCell, SheetLayout } from '../test/fixtures/layouts/types';
import { workbookBytes } from '../test/fixtures/build';

export const FLAT_SHEET = '项目绩效指标';

/**
 * The rows of a consolidated flat export (header first) with at least `indicatorRows` indicator rows: the six seed
 * projects of the flat-export fixture over and over, each copy numbered (批次) so that every project is its own
 * table, the way a bureau's export lists thousands of different projects. Cut at exactly `indicatorRows`.
 */
export function flatExportRows(indicatorRows: number, options: { uniqueNames?: boolean } = {}): FixtureCell[][] {
  const rows: FixtureCell[][] = [[...FLAT_HEADER]];
  let copy = 0;
  while (rows.length - 1 < indicatorRows) {
    for (const p of FLAT_PROJECTS) {
      const batch = Math.floor(copy / FLAT_PROJECTS.length) + 1;
      const name = `${p.name}（第${batch}批）`;
      copy++;
      for (const r of p.rows) {
        if (rows.length - 1 >= indicatorRows) break;
        // uniqueNames: every indicator name differs (劳动能力鉴定人数（第12批）), so no text a rule or detection
        // remembers is ever seen twice: the worst case for their memos, which exports otherwise hit often.
        const cells = options.uniqueNames ? [r[0], r[1], `${String(r[2])}（第${batch}批）`, ...r.slice(3)] : r;
        rows.push([p.unit, name, p.amount, ...cells]);
      }
    }
  }
  return rows;
}

export function flatExportGrid(indicatorRows: number, options: { uniqueNames?: boolean } = {}): Grid {
  const cells: Cell[][] = flatExportRows(indicatorRows, options).map((r) => r.map((v) => (v === '' ? null : v)));
  return { sheet: FLAT_SHEET, top: 1, left: 1, cells, merges: [] };
}

/** `count` seed 000 approval forms (劳动能力鉴定费用 …) stacked on one sheet, a blank row between forms. */
export function stackedLayout(count: number): { layout: SheetLayout; indicatorRows: number } {
  const b = new SheetBuilder('绩效目标批复表');
  b.widths([14, 28, 14, 34, 10, 10]);
  let indicatorRows = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) b.blank();
    const form = ZAOZHUANG_FORMS[i % ZAOZHUANG_FORMS.length];
    // As in the seed: odd forms merge repeated hierarchy cells vertically, even ones repeat the text.
    const placed = writeApprovalForm(b, form, i % 2 === 0 ? 'merge' : 'repeat');
    indicatorRows += placed.indicators.length;
  }
  return { layout: b.build(), indicatorRows };
}

export function stackedGrid(count: number): { grid: Grid; indicatorRows: number } {
  const { layout, indicatorRows } = stackedLayout(count);
  return { grid: toGrid(layout), indicatorRows };
}

/**
 * Writes the flat export with exceljs's streaming writer (shared strings and styles, as Excel and budget systems
 * write them), so generating 100 000 rows does not hold the workbook in memory.
 */
export async function writeFlatExport(file: string, indicatorRows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(FLAT_SHEET);
  ws.columns = [30, 30, 10, 12, 24, 34, 10, 40, 10].map((width) => ({ width }));
  const rows = flatExportRows(indicatorRows);
  rows.forEach((r, i) => {
    const row = ws.addRow(r);
    if (i === 0) row.font = { bold: true };
    else row.getCell(3).numFmt = '0.00';
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

export async function writeStacked(file: string, count: number): Promise<void> {
  const { layout } = stackedLayout(count);
  const bytes = await workbookBytes({ id: 'bench-stacked', file: path.basename(file), sheets: [layout] });
  await fs.writeFile(file, bytes);
}

export interface BenchInput {
  id: string;
  label: string;
  file: string;
  indicatorRows: number;
}

/** Writes (once per folder) the workbooks of a run: flat exports of the given sizes and the 200-table sheet. */
export async function prepareInputs(
  dir: string,
  sizes: readonly number[],
  stackedTables: number,
): Promise<BenchInput[]> {
  await fs.mkdir(dir, { recursive: true });
  const inputs: BenchInput[] = [];
  for (const n of sizes) {
    const file = path.join(dir, `flat-${n}.xlsx`);
    if (!(await exists(file))) await writeThenRename(file, (tmp) => writeFlatExport(tmp, n));
    inputs.push({ id: `flat-${n}`, label: `flat export, ${n.toLocaleString('en-US')} rows`, file, indicatorRows: n });
  }
  const file = path.join(dir, `stacked-${stackedTables}.xlsx`);
  if (!(await exists(file))) await writeThenRename(file, (tmp) => writeStacked(tmp, stackedTables));
  inputs.push({
    id: `stacked-${stackedTables}`,
    label: `${stackedTables} stacked seed 000 tables`,
    file,
    indicatorRows: stackedLayout(stackedTables).indicatorRows,
  });
  return inputs;
}

/** An interrupted run must not leave a half-written input that the next run would take as complete. */
async function writeThenRename(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await write(tmp);
  await fs.rename(tmp, file);
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => s.size > 0,
    () => false,
  );
}
