// A worksheet part patched in place: the `s` (cell format) attribute of the cells we annotate, a <c> or <row> inserted
// where a cell had none, and the <legacyDrawing> that links the sheet's notes. Every other byte stays as written.
// The part is read and patched as UTF-8 bytes: scanned by the byte tokenizer (xml-bytes.ts, with saxes's namespace
// rules), or by saxes itself (walkXml) when it holds XML beyond the tokenizer's, its offsets then taken to bytes.

import { a1, columnNumber, parseAreaA1 } from '../../core/a1';
import type { Area } from '../../core/grid';
import { attr, isMain, NS, qname, relAttr, setAttrInTag, walkXml, type Splice, type XmlElement } from './xml';
import { ByteXmlStream, NeedsFullParser } from './xml-bytes';

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

/** An element as the scan reports it (offsets in bytes). */
interface Tag {
  local: string;
  main: boolean;
  prefix: string;
  depth: number;
  start: number;
  openEnd: number;
  selfClosing: boolean;
  attr(name: string): string | undefined;
  /** Its `r:id` (relationships namespace, transitional or strict). */
  relId(): string | undefined;
}

interface ScanHandlers {
  open(tag: Tag): void;
  close(tag: Tag, closeStart: number, end: number): void;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** Scans the part's bytes with the byte tokenizer; throws NeedsFullParser for XML beyond it. */
function scanBytes(part: string, bytes: Uint8Array, h: ScanHandlers): void {
  // The start tags of the open elements, by depth (a close reports its element's start tag too).
  const starts: number[] = [];
  const openEnds: number[] = [];
  const tag: Tag = {
    local: '',
    main: false,
    prefix: '',
    depth: 0,
    start: 0,
    openEnd: 0,
    selfClosing: false,
    attr: (name) => tok.get(name),
    relId: () => tok.relAttr('id', NS.rel),
  };
  const tok: ByteXmlStream = new ByteXmlStream(
    {
      open(el, _attrs, selfClosing) {
        tag.local = el.local;
        tag.main = el.main;
        tag.prefix = tok.prefix;
        tag.depth = tok.depth;
        tag.start = starts[tok.depth] = tok.start;
        tag.openEnd = openEnds[tok.depth] = tok.openEnd;
        tag.selfClosing = selfClosing;
        h.open(tag);
      },
      close(el) {
        tag.local = el.local;
        tag.main = el.main;
        tag.depth = tok.depth;
        tag.start = starts[tok.depth];
        tag.openEnd = openEnds[tok.depth];
        tag.selfClosing = tok.closeStart === tok.end;
        h.close(tag, tok.closeStart, tok.end);
      },
    },
    { allNamespaces: true },
  );
  tok.write(bytes, true);
  tok.close();
  // Offsets in bytes only mean what saxes read if the bytes are UTF-8 (saxes reads U+FFFD for a bad byte).
  if (tok.sawNonAscii) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new NeedsFullParser(`${part}: not UTF-8`);
    }
  }
}

/**
 * Scans the part with saxes (walkXml) over its text, offsets taken to bytes of the text encoded again; returns those
 * bytes (the part's own when it is UTF-8, as they always were when the text was written back).
 */
function scanText(part: string, bytes: Uint8Array, h: ScanHandlers): Uint8Array {
  const text = decoder.decode(bytes);
  const toByte = byteOffsets(text);
  const at = new Map<XmlElement, { start: number; openEnd: number }>();
  const tag = (el: XmlElement, start: number, openEnd: number): Tag => ({
    local: el.local,
    main: isMain(el.uri),
    prefix: el.prefix,
    depth: el.depth,
    start,
    openEnd,
    selfClosing: el.selfClosing,
    attr: (name) => attr(el, name),
    relId: () => relAttr(el, 'id'),
  });
  walkXml(part, text, {
    open(el) {
      const start = toByte(el.start);
      const openEnd = toByte(el.openEnd);
      at.set(el, { start, openEnd });
      h.open(tag(el, start, openEnd));
    },
    close(el, closeStart, end) {
      const pos = at.get(el) as { start: number; openEnd: number };
      at.delete(el);
      h.close(tag(el, pos.start, pos.openEnd), toByte(closeStart), toByte(end));
    },
  });
  return encoder.encode(text);
}

/** Character offsets of `text` (asked in increasing order) → offsets in its UTF-8 encoding. */
function byteOffsets(text: string): (index: number) => number {
  let char = 0;
  let byte = 0;
  return (index) => {
    if (index < char) {
      char = 0;
      byte = 0;
    }
    while (char < index) {
      const c = text.charCodeAt(char);
      if (c < 0x80) byte += 1;
      else if (c < 0x800) byte += 2;
      else if (c >= 0xd800 && c <= 0xdbff && char + 1 < text.length) {
        const d = text.charCodeAt(char + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          byte += 4;
          char++;
        } else byte += 3;
      } else byte += 3;
      char++;
    }
    return byte;
  };
}

/** The bytes with every splice applied (byte offsets; ranges must not overlap; insertions keep their order). */
function applyByteSplices(bytes: Uint8Array, splices: readonly Splice[]): Uint8Array {
  if (splices.length === 0) return bytes;
  const sorted = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.from - b.s.from || a.s.to - b.s.to || a.i - b.i);
  const texts = sorted.map(({ s }) => encoder.encode(s.text));
  let size = bytes.length;
  sorted.forEach(({ s }, k) => (size += texts[k].length - (s.to - s.from)));
  const out = new Uint8Array(size);
  let at = 0;
  let w = 0;
  sorted.forEach(({ s }, k) => {
    if (s.from < at) throw new Error('overlapping XML patches');
    out.set(bytes.subarray(at, s.from), w);
    w += s.from - at;
    out.set(texts[k], w);
    w += texts[k].length;
    at = s.to;
  });
  out.set(bytes.subarray(at), w);
  return out;
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
  /** The part's UTF-8 bytes, which every offset here refers to. */
  readonly bytes: Uint8Array;

  constructor(
    readonly part: string,
    bytes: Uint8Array,
    wanted: ReadonlySet<number>,
  ) {
    let scanned: Uint8Array;
    try {
      scanBytes(part, bytes, this.handlers(wanted));
      scanned = bytes;
    } catch (e) {
      if (!(e instanceof NeedsFullParser)) throw e;
      this.reset();
      scanned = scanText(part, bytes, this.handlers(wanted));
    }
    this.bytes = scanned;
    if (!this.sheetData) throw new Error(`${part}: no <sheetData>`);
  }

  private reset(): void {
    this.merges.length = 0;
    this.rows.length = 0;
    this.byRow.clear();
    this.cols = [];
    this.sheetData = null;
    this.prefix = '';
    this.children.length = 0;
    this.rootClose = -1;
    this.legacyDrawing = null;
  }

  /** The text of bytes [from, to). */
  private slice(from: number, to: number): string {
    return decoder.decode(this.bytes.subarray(from, to));
  }

  private handlers(wanted: ReadonlySet<number>): ScanHandlers {
    let row: RowSlot | null = null;
    let lastRow = 0;
    let lastCol = 0;
    return {
      open: (el) => {
        if (el.depth === 0) this.prefix = el.prefix;
        if (el.depth === 1) this.children.push({ local: el.local, start: el.start });
        if (!el.main) return;
        if (el.local === 'row' && el.depth === 2) {
          const r = Number(el.attr('r'));
          const n = Number.isInteger(r) && r > 0 ? r : lastRow + 1;
          lastRow = n;
          lastCol = 0;
          const cells = wanted.has(n) ? [] : null;
          const customFormat = el.attr('customFormat');
          row = {
            row: n,
            start: el.start,
            openEnd: el.openEnd,
            closeStart: -1,
            end: -1,
            selfClosing: el.selfClosing,
            hasR: n === r,
            s: customFormat === '1' || customFormat === 'true' ? el.attr('s') : undefined,
            cells,
          };
        } else if (el.local === 'c' && el.depth === 3 && row?.cells) {
          // Only the cells of the rows asked for (a column counts from the row's earlier cells, never another row's).
          const { col, hasR } = cellCol(el.attr('r'), lastCol);
          lastCol = col;
          row.cells.push({ col, start: el.start, openEnd: el.openEnd, end: -1, hasR, s: el.attr('s') });
        } else if (el.local === 'mergeCell' && el.depth === 2) {
          const ref = el.attr('ref');
          if (ref && /^[A-Z]+\d+:[A-Z]+\d+$/i.test(ref)) this.merges.push(parseAreaA1(ref.toUpperCase()));
        } else if (el.local === 'col' && el.depth === 2 && el.attr('style') !== undefined) {
          this.cols.push({
            min: Number(el.attr('min')),
            max: Number(el.attr('max')),
            style: el.attr('style') as string,
          });
        } else if (el.local === 'legacyDrawing' && el.depth === 1) {
          this.legacyDrawing = { relId: el.relId() ?? '', start: el.start, end: -1 };
        }
      },
      close: (el, closeStart, end) => {
        if (el.depth === 0) this.rootClose = el.selfClosing ? -1 : closeStart;
        if (!el.main) return;
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
    };
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

  /** The sheet's XML (UTF-8) with the changes applied; `bytes` itself when there is nothing to change. */
  patch(changes: readonly StyleChange[], legacy: { add?: string; remove?: boolean } = {}): Uint8Array {
    const splices: Splice[] = [];
    const newRows: Array<{ row: number; xml: string }> = [];
    for (const [rowNumber, list] of changesByRow(changes)) {
      list.sort((a, b) => a.col - b.col);
      const row = this.byRow.get(rowNumber);
      if (row) {
        this.patchRow(row, list, splices);
        continue;
      }
      const xml = this.newRowXml(rowNumber, list);
      if (xml !== null) newRows.push({ row: rowNumber, xml });
    }
    this.insertRows(newRows, splices);
    this.patchLegacyDrawing(legacy, splices);
    return applyByteSplices(this.bytes, dedupe(splices));
  }

  /** An element name in the part's main-namespace prefix. */
  private tagName(local: string): string {
    return qname(this.prefix, local);
  }

  /** A <row> for changes on a row that has no element: the cells given a format, or null when none is. */
  private newRowXml(rowNumber: number, list: readonly StyleChange[]): string | null {
    const cells = list
      .filter((ch) => ch.s !== null)
      .map((ch) => `<${this.tagName('c')} r="${a1(rowNumber, ch.col)}" s="${ch.s}"/>`);
    if (cells.length === 0) return null;
    return `<${this.tagName('row')} r="${rowNumber}">${cells.join('')}</${this.tagName('row')}>`;
  }

  /**
   * The splices for one existing row's changes (sorted by column): each cell's `s` set or removed (a bare cell dropped
   * when asked), missing cells inserted in column order, and the row dropped when asked and nothing is left in it.
   */
  private patchRow(row: RowSlot, list: readonly StyleChange[], splices: Splice[]): void {
    const cells = row.cells as CellSlot[];
    const rowSplices: Splice[] = [];
    const inserted: Array<{ at: number; xml: string }> = [];
    let remaining = cells.length;
    for (const ch of list) {
      const slot = cells.find((x) => x.col === ch.col);
      if (slot) {
        const tag = setAttrInTag(this.slice(slot.start, slot.openEnd), 's', ch.s);
        if (ch.dropIfBare && slot.end === slot.openEnd && /^<[\w:]+\s+r\s*=\s*"[^"]*"\s*\/>$/.test(tag)) {
          rowSplices.push({ from: slot.start, to: slot.end, text: '' });
          remaining--;
        } else rowSplices.push({ from: slot.start, to: slot.openEnd, text: tag });
      } else if (ch.s !== null) {
        const next = cells.find((x) => x.col > ch.col);
        const xml = `<${this.tagName('c')} r="${a1(row.row, ch.col)}" s="${ch.s}"/>`;
        if (next && !next.hasR) {
          rowSplices.push({
            from: next.start,
            to: next.openEnd,
            text: setAttrInTag(this.slice(next.start, next.openEnd), 'r', a1(row.row, next.col)),
          });
        }
        inserted.push({ at: next ? next.start : row.closeStart, xml });
      }
    }
    if (
      remaining === 0 &&
      inserted.length === 0 &&
      list.some((ch) => ch.dropRowIfEmpty) &&
      /^<[\w:]+\s+r\s*=\s*"\d+"\s*>$/.test(this.slice(row.start, row.openEnd))
    ) {
      splices.push({ from: row.start, to: row.end, text: '' });
      return;
    }
    if (row.selfClosing && inserted.length > 0) {
      const open = this.slice(row.start, row.openEnd).replace(/\s*\/>$/, '>');
      splices.push({
        from: row.start,
        to: row.end,
        text: `${open}${inserted.map((i) => i.xml).join('')}</${this.tagName('row')}>`,
      });
    } else {
      splices.push(...rowSplices);
      for (const i of inserted) splices.push({ from: i.at, to: i.at, text: i.xml });
    }
  }

  /** New rows (for changes on rows without an element) put in <sheetData> in row order. */
  private insertRows(newRows: Array<{ row: number; xml: string }>, splices: Splice[]): void {
    newRows.sort((a, b) => a.row - b.row);
    const sd = this.sheetData as NonNullable<SheetXml['sheetData']>;
    if (sd.selfClosing && newRows.length > 0) {
      const open = this.slice(sd.start, sd.openEnd).replace(/\s*\/>$/, '>');
      splices.push({
        from: sd.start,
        to: sd.end,
        text: `${open}${newRows.map((r) => r.xml).join('')}</${this.tagName('sheetData')}>`,
      });
      return;
    }
    for (const nr of newRows) {
      const next = this.rows.find((r) => r.row > nr.row);
      if (next && !next.hasR) {
        splices.push({
          from: next.start,
          to: next.openEnd,
          text: setAttrInTag(this.slice(next.start, next.openEnd), 'r', String(next.row)),
        });
      }
      splices.push({ from: next ? next.start : sd.closeStart, to: next ? next.start : sd.closeStart, text: nr.xml });
    }
  }

  /** The <legacyDrawing> that links the notes: removed, or added in its schema place. */
  private patchLegacyDrawing(legacy: { add?: string; remove?: boolean }, splices: Splice[]): void {
    if (legacy.remove && this.legacyDrawing)
      splices.push({ from: this.legacyDrawing.start, to: this.legacyDrawing.end, text: '' });
    if (legacy.add && !this.legacyDrawing) {
      const rank = ORDER.indexOf('legacyDrawing');
      const next = this.children.find((ch) => ORDER.indexOf(ch.local) > rank);
      const at = next ? next.start : this.rootClose;
      splices.push({
        from: at,
        to: at,
        text: `<${this.tagName('legacyDrawing')} xmlns:r="${this.relNs()}" r:id="${legacy.add}"/>`,
      });
    }
  }

  private relNs(): string {
    const head = this.slice(0, Math.min(this.bytes.length, 8000)).slice(0, 2000);
    return /purl\.oclc\.org\/ooxml\/spreadsheetml/.test(head) ? NS.rel[1] : NS.rel[0];
  }
}

/** The changes grouped by row, in the order their rows first appear. */
function changesByRow(changes: readonly StyleChange[]): Map<number, StyleChange[]> {
  const byRow = new Map<number, StyleChange[]>();
  for (const ch of changes) {
    const list = byRow.get(ch.row);
    if (list) list.push(ch);
    else byRow.set(ch.row, [ch]);
  }
  return byRow;
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
