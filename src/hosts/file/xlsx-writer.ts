// Node-only: writes an exceljs workbook as .xlsx bytes faster than workbook.xlsx.writeBuffer(), with the same parts.
// exceljs renders every part as it does itself, except the notes (notes-xml.ts) and rows of plain cells
// (rows-xml.ts); the zip is built with node's native zlib (zip-writer.ts) instead of JSZip's pure-JS deflate.
// The CLI passes it to annotate/clear as `write`.

import type ExcelJS from 'exceljs';
import XmlStream from 'exceljs/lib/utils/xml-stream';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform';
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';
import { isEmptyStyle } from './annotate';
import { commentsXml, vmlNotesXml, type CommentModel } from './notes-xml';
import { PlainRowsXform } from './rows-xml';
import { ZipWriter } from './zip-writer';

interface StyledCell {
  type: number;
  style?: object;
}
interface StyledRow {
  style?: object;
  cells: StyledCell[];
}
interface SheetModel {
  id: number;
  comments: CommentModel[];
  rows?: Array<StyledRow | undefined>;
  rels?: unknown[];
}
interface BookModel {
  worksheets: SheetModel[];
}
type Part = (zip: ZipWriter, model: BookModel) => unknown;

/** The steps of exceljs's XLSX.write (lib/xlsx/xlsx.js, exceljs 4.4), called on the workbook's own XLSX object. */
interface XlsxSteps {
  prepareModel(model: BookModel, options: object): void;
  addContentTypes: Part;
  addOfficeRels: Part;
  addWorkbookRels: Part;
  addSharedStrings: Part;
  addDrawings: Part;
  addTables: Part;
  addThemes: Part;
  addStyles: Part;
  addMedia: Part;
  addApp: Part;
  addCore: Part;
  addWorkbook: Part;
}

/**
 * exceljs's XLSX.addWorksheets: each sheet, its rels and its notes parts, in that order. The sheet goes through
 * exceljs's WorksheetXform with plain rows written by PlainRowsXform; the notes are built by notes-xml.ts.
 */
function addWorksheets(zip: ZipWriter, model: BookModel): void {
  const worksheetXform = new WorksheetXform();
  const rows = worksheetXform.map.sheetData;
  rows.childXform = new PlainRowsXform(rows.childXform);
  const relationshipsXform = new RelationshipsXform();
  for (const sheet of model.worksheets) {
    let stream = new XmlStream();
    worksheetXform.render(stream, sheet);
    zip.append(stream.xml, { name: `xl/worksheets/sheet${sheet.id}.xml` });
    if (sheet.rels && sheet.rels.length) {
      stream = new XmlStream();
      relationshipsXform.render(stream, sheet.rels);
      zip.append(stream.xml, { name: `xl/worksheets/_rels/sheet${sheet.id}.xml.rels` });
    }
    if (sheet.comments.length > 0) {
      zip.append(commentsXml(sheet.comments), { name: `xl/comments${sheet.id}.xml` });
      zip.append(vmlNotesXml(sheet.comments), { name: `xl/drawings/vmlDrawing${sheet.id}.vml` });
    }
  }
}

/**
 * exceljs's `workbook.model` builds every sheet's model twice (for `worksheets` and for `sheets`, which prepareModel
 * then replaces by `worksheets`): each sheet's model is built once here and lent to the getter for that one call.
 */
function bookModel(workbook: ExcelJS.Workbook): BookModel {
  const sheets = workbook.worksheets;
  for (const ws of sheets) Object.defineProperty(ws, 'model', { value: ws.model, configurable: true });
  try {
    return workbook.model as unknown as BookModel;
  } finally {
    for (const ws of sheets) delete (ws as { model?: unknown }).model;
  }
}

/** exceljs's ValueType.Formula: the style a formula cell gets depends on its result's type, not on its own. */
const FORMULA = 6;

/**
 * exceljs dedupes styles by style object (a WeakMap) before it renders a style's XML to find its id. Loaded cells of
 * one style share an object, but every unstyled cell has an empty object of its own: 900 000 renders for a big plain
 * sheet, its costliest step. An empty style's id depends only on the cell's type (a number gets General, a date
 * mm-dd-yy), so unstyled cells share one empty object per type: the same ids, found once.
 */
function shareEmptyStyles(model: BookModel): void {
  const byType = new Map<number, object>();
  const forRows = {};
  for (const sheet of model.worksheets) {
    for (const row of sheet.rows ?? []) {
      if (!row) continue;
      if (row.style && isEmptyStyle(row.style)) row.style = forRows;
      for (const cell of row.cells) {
        if (!cell || cell.type === FORMULA || !cell.style || !isEmptyStyle(cell.style)) continue;
        let shared = byType.get(cell.type);
        if (!shared) byType.set(cell.type, (shared = {}));
        cell.style = shared;
      }
    }
  }
}

/** The workbook as .xlsx bytes: what `workbook.xlsx.writeBuffer()` writes, in less time. */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const xlsx = workbook.xlsx as unknown as XlsxSteps;
  const model = bookModel(workbook);
  shareEmptyStyles(model);
  const zip = new ZipWriter();
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  addWorksheets(zip, model);
  await xlsx.addSharedStrings(zip, model); // after the worksheets, which fill the shared strings
  await xlsx.addDrawings(zip, model);
  await xlsx.addTables(zip, model);
  await Promise.all([xlsx.addThemes(zip, model), xlsx.addStyles(zip, model)]);
  await xlsx.addMedia(zip, model);
  await Promise.all([xlsx.addApp(zip, model), xlsx.addCore(zip, model)]);
  await xlsx.addWorkbook(zip, model);
  return zip.finalize();
}
