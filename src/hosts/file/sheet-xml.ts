// A worksheet part patched in place: the `s` (cell format) attribute of the cells we annotate, a <c> or <row> inserted
// where a cell had none, and the <legacyDrawing> that links the sheet's notes. Every other byte stays as written.

import { a1, columnNumber, parseAreaA1 } from '../../core/a1';
import type { Area } from '../../core/grid';
import { applySplices, attr, isMain, NS, qname, relAttr, setAttrInTag, walkXml, type Splice } from './xml';

interface CellSlot {
  col: number;
  start: number;
  openEnd: number;
  end: number;
  hasR: boolean;
  s: string | undefined;
}

interface RowSlot {
  row: number;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  hasR: boolean;
  s: string | undefined;
  /** Cells, for the rows asked for. */
  cells: CellSlot[] | null;
}

/** Children of <worksheet> in schema order, to put a new <legacyDrawing> in its place. */
const ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function cellCol(ref: string | undefined, prev: number): { col: number; hasR: boolean } {
  const m = ref ? /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(ref) : null;
  return m ? { col: columnNumber(m[1].toUpperCase()), hasR: true } : { col: prev + 1, hasR: false };
}

/** What the patch of one cell must be: a new `s` value, or null to remove the attribute. */
export interface StyleChange {
  row: number;
  col: number;
  s: string | null;
  /** Remove the cell (and its row) when nothing but its address is left: we had inserted them. */
  dropIfBare?: boolean;
  dropRowIfEmpty?: boolean;
}

export class SheetXml {
  readonly merges: Area[] = [];
  readonly rows: RowSlot[] = [];
  private readonly byRow = new Map<number, RowSlot>();
  private cols: Array<{ min: number; max: number; style: string }> = [];
  private sheetData: { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean } | null =
    null;
  private prefix = '';
  private readonly children: Array<{ local: string; start: number }> = [];
  private rootClose = -1;
  legacyDrawing: { relId: string; start: number; end: number } | null = null;

  constructor(
    readonly part: string,
    readonly text: string,
    wanted: ReadonlySet<number>,
  ) {
    let row: RowSlot | null = null;
    let lastRow = 0;
    let lastCol = 0;
    walkXml(part, text, {
      open: (el) => {
        if (el.depth === 0) this.prefix = el.prefix;
        if (el.depth === 1) this.children.push({ local: el.local, start: el.start });
        if (!isMain(el.uri)) return;
        if (el.local === 'row' && el.depth === 2) {
          const r = Number(attr(el, 'r'));
          const n = Number.isInteger(r) && r > 0 ? r : lastRow + 1;
          lastRow = n;
          lastCol = 0;
          const cells = wanted.has(n) ? [] : null;
          row = {
            row: n,
            start: el.start,
            openEnd: el.openEnd,
            closeStart: -1,
            end: -1,
            selfClosing: el.selfClosing,
            hasR: n === r,
            s: attr(el, 'customFormat') === '1' || attr(el, 'customFormat') === 'true' ? attr(el, 's') : undefined,
            cells,
          };
        } else if (el.local === 'c' && el.depth === 3 && row) {
          const { col, hasR } = cellCol(attr(el, 'r'), lastCol);
          lastCol = col;
          row.cells?.push({ col, start: el.start, openEnd: el.openEnd, end: -1, hasR, s: attr(el, 's') });
        } else if (el.local === 'mergeCell' && el.depth === 2) {
          const ref = attr(el, 'ref');
          if (ref && /^[A-Z]+\d+:[A-Z]+\d+$/i.test(ref)) this.merges.push(parseAreaA1(ref.toUpperCase()));
        } else if (el.local === 'col' && el.depth === 2 && attr(el, 'style') !== undefined) {
          this.cols.push({
            min: Number(attr(el, 'min')),
            max: Number(attr(el, 'max')),
            style: attr(el, 'style') as string,
          });
        } else if (el.local === 'legacyDrawing' && el.depth === 1) {
          this.legacyDrawing = { relId: relAttr(el, 'id') ?? '', start: el.start, end: -1 };
        }
      },
      close: (el, closeStart, end) => {
        if (el.depth === 0) this.rootClose = el.selfClosing ? -1 : closeStart;
        if (!isMain(el.uri)) return;
        if (el.local === 'sheetData' && el.depth === 1) {
          this.sheetData = { start: el.start, openEnd: el.openEnd, closeStart, end, selfClosing: el.selfClosing };
        } else if (el.local === 'row' && el.depth === 2 && row) {
          row.closeStart = closeStart;
          row.end = end;
          this.rows.push(row);
          this.byRow.set(row.row, row);
          row = null;
        } else if (el.local === 'c' && el.depth === 3 && row?.cells) {
          row.cells[row.cells.length - 1].end = end;
        } else if (el.local === 'legacyDrawing' && el.depth === 1 && this.legacyDrawing) {
          this.legacyDrawing.end = end;
        }
      },
    });
    if (!this.sheetData) throw new Error(`${part}: no <sheetData>`);
  }

  /** The rows whose cells were collected. */
  hasRowDetail(row: number): boolean {
    const r = this.byRow.get(row);
    return !r || r.cells !== null;
  }

  private cell(row: number, col: number): CellSlot | undefined {
    return this.byRow.get(row)?.cells?.find((c) => c.col === col);
  }

  /** Whether the cell and its row have elements, its `s` attribute, and the format it shows (row's or column's). */
  styleOf(row: number, col: number): { s: string | undefined; base: number; hasCell: boolean; hasRow: boolean } {
    const r = this.byRow.get(row);
    const c = this.cell(row, col);
    if (c) return { s: c.s, base: Number(c.s ?? 0) || 0, hasCell: true, hasRow: true };
    const inherited = r?.s ?? this.cols.find((x) => col >= x.min && col <= x.max)?.style;
    return { s: undefined, base: Number(inherited ?? 0) || 0, hasCell: false, hasRow: r !== undefined };
  }

  /** The sheet's XML with the changes applied. */
  patch(changes: readonly StyleChange[], legacy: { add?: string; remove?: boolean } = {}): string {
    const splices: Splice[] = [];
    const byRow = new Map<number, StyleChange[]>();
    for (const ch of changes) {
      const list = byRow.get(ch.row);
      if (list) list.push(ch);
      else byRow.set(ch.row, [ch]);
    }
    const c = (local: string) => qname(this.prefix, local);
    const newRows: Array<{ row: number; xml: string }> = [];
    for (const [rowNumber, list] of byRow) {
      list.sort((a, b) => a.col - b.col);
      const row = this.byRow.get(rowNumber);
      if (!row) {
        const cells = list
          .filter((ch) => ch.s !== null)
          .map((ch) => `<${c('c')} r="${a1(rowNumber, ch.col)}" s="${ch.s}"/>`);
        if (cells.length > 0)
          newRows.push({ row: rowNumber, xml: `<${c('row')} r="${rowNumber}">${cells.join('')}</${c('row')}>` });
        continue;
      }
      const cells = row.cells as CellSlot[];
      const rowSplices: Splice[] = [];
      const inserted: Array<{ at: number; xml: string }> = [];
      let remaining = cells.length;
      for (const ch of list) {
        const slot = cells.find((x) => x.col === ch.col);
        if (slot) {
          const tag = setAttrInTag(this.text.slice(slot.start, slot.openEnd), 's', ch.s);
          if (ch.dropIfBare && slot.end === slot.openEnd && /^<[\w:]+\s+r\s*=\s*"[^"]*"\s*\/>$/.test(tag)) {
            rowSplices.push({ from: slot.start, to: slot.end, text: '' });
            remaining--;
          } else rowSplices.push({ from: slot.start, to: slot.openEnd, text: tag });
        } else if (ch.s !== null) {
          const next = cells.find((x) => x.col > ch.col);
          const xml = `<${c('c')} r="${a1(rowNumber, ch.col)}" s="${ch.s}"/>`;
          if (next && !next.hasR) {
            rowSplices.push({
              from: next.start,
              to: next.openEnd,
              text: setAttrInTag(this.text.slice(next.start, next.openEnd), 'r', a1(rowNumber, next.col)),
            });
          }
          inserted.push({ at: next ? next.start : row.closeStart, xml });
        }
      }
      if (
        remaining === 0 &&
        inserted.length === 0 &&
        list.some((ch) => ch.dropRowIfEmpty) &&
        /^<[\w:]+\s+r\s*=\s*"\d+"\s*>$/.test(this.text.slice(row.start, row.openEnd))
      ) {
        splices.push({ from: row.start, to: row.end, text: '' });
        continue;
      }
      if (row.selfClosing && inserted.length > 0) {
        const open = this.text.slice(row.start, row.openEnd).replace(/\s*\/>$/, '>');
        splices.push({
          from: row.start,
          to: row.end,
          text: `${open}${inserted.map((i) => i.xml).join('')}</${c('row')}>`,
        });
      } else {
        splices.push(...rowSplices);
        for (const i of inserted) splices.push({ from: i.at, to: i.at, text: i.xml });
      }
    }
    newRows.sort((a, b) => a.row - b.row);
    const sd = this.sheetData as NonNullable<SheetXml['sheetData']>;
    if (sd.selfClosing && newRows.length > 0) {
      const open = this.text.slice(sd.start, sd.openEnd).replace(/\s*\/>$/, '>');
      splices.push({
        from: sd.start,
        to: sd.end,
        text: `${open}${newRows.map((r) => r.xml).join('')}</${c('sheetData')}>`,
      });
    } else {
      for (const nr of newRows) {
        const next = this.rows.find((r) => r.row > nr.row);
        if (next && !next.hasR) {
          splices.push({
            from: next.start,
            to: next.openEnd,
            text: setAttrInTag(this.text.slice(next.start, next.openEnd), 'r', String(next.row)),
          });
        }
        splices.push({ from: next ? next.start : sd.closeStart, to: next ? next.start : sd.closeStart, text: nr.xml });
      }
    }
    if (legacy.remove && this.legacyDrawing)
      splices.push({ from: this.legacyDrawing.start, to: this.legacyDrawing.end, text: '' });
    if (legacy.add && !this.legacyDrawing) {
      const rank = ORDER.indexOf('legacyDrawing');
      const next = this.children.find((ch) => ORDER.indexOf(ch.local) > rank);
      const at = next ? next.start : this.rootClose;
      splices.push({
        from: at,
        to: at,
        text: `<${c('legacyDrawing')} xmlns:r="${this.relNs()}" r:id="${legacy.add}"/>`,
      });
    }
    return applySplices(this.text, dedupe(splices));
  }

  private relNs(): string {
    return /purl\.oclc\.org\/ooxml\/spreadsheetml/.test(this.text.slice(0, 2000)) ? NS.rel[1] : NS.rel[0];
  }
}

/** Removes zero-length no-op splices and keeps one replacement per range. */
function dedupe(splices: Splice[]): Splice[] {
  const seen = new Set<string>();
  return splices.filter((s) => {
    if (s.from === s.to && s.text === '') return false;
    if (s.from === s.to) return true;
    const k = `${s.from}:${s.to}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
