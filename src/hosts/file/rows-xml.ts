// Node-only: a sheet's rows of plain cells as strings, byte for byte what exceljs's RowXform writes. exceljs pushes
// some ten strings per cell onto one array (a 100 000-row sheet: millions of strings, the copy's memory peak);
// a string per row costs a fraction. Rows holding anything else (formulas, dates, inline text…) go to RowXform.

import XmlStream from 'exceljs/lib/utils/xml-stream';

/** A cell of a prepared worksheet model (exceljs's CellXform.prepare has set styleId and ssId). */
interface CellModel {
  type: number;
  address: string;
  styleId?: number;
  value?: unknown;
  ssId?: number;
}

/** A row of a prepared worksheet model. */
export interface RowModel {
  number: number;
  height?: number;
  hidden?: boolean;
  min?: number;
  max?: number;
  styleId?: number;
  outlineLevel?: number;
  collapsed?: boolean;
  cells: CellModel[];
}

/** The exceljs ValueType members written here. */
const NULL = 0;
const MERGE = 1;
const NUMBER = 2;
const STRING = 3;
const RICH_TEXT = 8;
const BOOLEAN = 9;

/** A cell's XML, '' for a cell exceljs leaves out (empty, unstyled), null for a cell this does not write. */
function cellXml(c: CellModel): string | null {
  const head = c.styleId ? `<c r="${c.address}" s="${c.styleId}"` : `<c r="${c.address}"`;
  switch (c.type) {
    case NULL:
      return c.styleId ? `${head}/>` : '';
    case MERGE:
      return `${head}/>`;
    case NUMBER:
      return typeof c.value === 'number' ? `${head}><v>${c.value}</v></c>` : null;
    case BOOLEAN:
      return `${head} t="b"><v>${c.value ? '1' : '0'}</v></c>`;
    case STRING:
    case RICH_TEXT:
      return typeof c.ssId === 'number' ? `${head} t="s"><v>${c.ssId}</v></c>` : null;
    default:
      return null;
  }
}

/** The row's XML, or null when one of its cells is not of the kinds cellXml writes. */
export function rowXml(row: RowModel): string | null {
  let cells = '';
  for (const c of row.cells) {
    // exceljs writes what an address holds as given; addresses it makes never need escaping, but one might.
    if (typeof c.address !== 'string' || !/^[A-Z]+[0-9]+$/.test(c.address)) return null;
    const xml = cellXml(c);
    if (xml === null) return null;
    cells += xml;
  }
  if (typeof row.number !== 'number') return null;
  let head = `<row r="${row.number}"`;
  if (row.height) head += ` ht="${row.height}" customHeight="1"`;
  if (row.hidden) head += ' hidden="1"';
  if (row.min !== undefined && row.max !== undefined && row.min > 0 && row.max > 0 && row.min <= row.max) {
    head += ` spans="${row.min}:${row.max}"`;
  }
  if (row.styleId) head += ` s="${row.styleId}" customFormat="1"`;
  head += ' x14ac:dyDescent="0.25"';
  if (row.outlineLevel) head += ` outlineLevel="${row.outlineLevel}"`;
  if (row.collapsed) head += ' collapsed="1"';
  return cells === '' ? `${head}/>` : `${head}>${cells}</row>`;
}

interface RowRenderer {
  render(stream: XmlStream, row: RowModel, index: number): void;
}

/** Stands in for exceljs's RowXform as the child of <sheetData>: plain rows as strings, the others through it. */
export class PlainRowsXform implements RowRenderer {
  constructor(private readonly rowXform: RowRenderer) {}

  render(stream: XmlStream, row: RowModel, index: number): void {
    const xml = rowXml(row);
    if (xml === null) this.rowXform.render(stream, row, index);
    else stream.writeXml(xml);
  }
}
