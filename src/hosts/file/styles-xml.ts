// xl/styles.xml patched in place: a cell's fill is changed by giving it a cell format (xf) that differs from its own
// only by the fill. New fills and formats are appended; nothing already there changes index or bytes.

import { addContentType, addRel, readRels, relIs, relType, WORKBOOK_PART } from './opc';
import { applySplices, qname, setAttrInTag, walkXml, type Splice } from './xml';
import type { Package } from './zip-package';

const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The schema's order of <styleSheet>'s children, to put a missing list in its place. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

interface List {
  /** The raw XML of each member, in index order. */
  items: string[];
  /** Open tag [start, openEnd), where new members go (closeStart), or null when the list is absent. */
  open: { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean } | null;
  added: string[];
  index: Map<string, number>;
}

function list(): List {
  return { items: [], open: null, added: [], index: new Map() };
}

function add(l: List, xml: string): number {
  const known = l.index.get(xml);
  if (known !== undefined) return known;
  const i = l.items.length + l.added.length;
  l.added.push(xml);
  l.index.set(xml, i);
  return i;
}

/** A fill's colour as '#RRGGBB' when it is a plain solid ARGB fill, else null. */
function solidHex(fillXml: string): string | null {
  if (!/patternType\s*=\s*["']solid["']/.test(fillXml) || /gradientFill/.test(fillXml)) return null;
  const m = /<(?:\w+:)?fgColor\s+rgb\s*=\s*["']([0-9A-Fa-f]{8})["']\s*\/>/.exec(fillXml);
  return m ? `#${m[1].slice(2).toUpperCase()}` : null;
}

export class Styles {
  private readonly fills = list();
  private readonly xfs = list();
  private readonly rootPrefix: string;
  private rootClose = -1;
  private readonly order: Array<{ local: string; start: number }> = [];
  private readonly text: string;
  private readonly part: string;

  constructor(private readonly pkg: Package) {
    this.part = stylesPart(pkg) ?? 'xl/styles.xml';
    this.text = pkg.has(this.part)
      ? pkg.text(this.part)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';
    let prefix = '';
    let parent = '';
    walkXml(this.part, this.text, {
      open: (el) => {
        if (el.depth === 0) prefix = el.prefix;
        if (el.depth === 1) {
          this.order.push({ local: el.local, start: el.start });
          parent = el.local;
        }
      },
      close: (el, closeStart, end) => {
        if (el.depth === 0) this.rootClose = el.selfClosing ? -1 : closeStart;
        const owner =
          el.depth === 1 ? (el.local === 'fills' ? this.fills : el.local === 'cellXfs' ? this.xfs : null) : null;
        if (owner) owner.open = { start: el.start, openEnd: el.openEnd, closeStart, end, selfClosing: el.selfClosing };
        if (
          el.depth === 2 &&
          ((el.local === 'fill' && parent === 'fills') || (el.local === 'xf' && parent === 'cellXfs'))
        ) {
          const l = el.local === 'fill' ? this.fills : this.xfs;
          const xml = this.text.slice(el.start, end);
          if (!l.index.has(xml)) l.index.set(xml, l.items.length);
          l.items.push(xml);
        }
      },
    });
    this.rootPrefix = prefix;
    if (this.fills.items.length === 0) {
      for (const f of [
        '<fill><patternFill patternType="none"/></fill>',
        '<fill><patternFill patternType="gray125"/></fill>',
      ]) {
        add(this.fills, f.replace(/<(\/?)(\w)/g, `<$1${this.rootPrefix ? `${this.rootPrefix}:` : ''}$2`));
      }
    }
    if (this.xfs.items.length === 0)
      add(this.xfs, `<${qname(prefix, 'xf')} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  }

  private fillXml(i: number): string | undefined {
    return i < this.fills.items.length ? this.fills.items[i] : this.fills.added[i - this.fills.items.length];
  }

  private xfXml(s: number): string {
    const n = this.xfs.items.length;
    return (s < n ? this.xfs.items[s] : this.xfs.added[s - n]) ?? this.xfs.items[0] ?? (this.xfs.added[0] as string);
  }

  private fillIdOf(s: number): number {
    const open = /^<[^>]*>/.exec(this.xfXml(s))?.[0] ?? '';
    return Number(/\sfillId\s*=\s*["'](\d+)["']/.exec(open)?.[1] ?? 0);
  }

  /** The fill of cell format `s`: its colour (null unless solid ARGB) and its exact XML. */
  fillOf(s: number): { hex: string | null; xml: string } {
    const xml = this.fillXml(this.fillIdOf(s)) ?? '';
    return { hex: solidHex(xml), xml };
  }

  /** The index of a fill with exactly this XML, appended when there is none. */
  fillIndex(xml: string): number {
    return add(this.fills, xml);
  }

  /** A plain solid fill of colour '#RRGGBB' in this part's own prefix. */
  solidFill(hex: string): number {
    const p = this.rootPrefix ? `${this.rootPrefix}:` : '';
    return add(
      this.fills,
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${hex.slice(1)}"/></${p}patternFill></${p}fill>`,
    );
  }

  /**
   * The cell format like `s` but with fill `fillId` and applyFill set to `applyFill` (null: no attribute): `s` itself,
   * an identical existing format, or a new one.
   */
  withFill(s: number, fillId: number, applyFill: string | null): number {
    const next = this.xfWithFill(s, fillId, applyFill);
    if (next === this.xfXml(s) && s < this.xfs.items.length + this.xfs.added.length) return s;
    return add(this.xfs, next);
  }

  /** The XML withFill would give format `s`, without adding anything. */
  xfWithFill(s: number, fillId: number, applyFill: string | null): string {
    const xml = this.xfXml(s);
    const open = /^<[^>]*>/.exec(xml)?.[0] ?? xml;
    return setAttrInTag(setAttrInTag(open, 'fillId', String(fillId)), 'applyFill', applyFill) + xml.slice(open.length);
  }

  /** The index of a fill with exactly this XML, or undefined. */
  findFill(xml: string): number | undefined {
    return this.fills.index.get(xml);
  }

  /** The raw applyFill attribute of format `s` (null when absent). */
  applyFillOf(s: number): string | null {
    const open = /^<[^>]*>/.exec(this.xfXml(s))?.[0] ?? '';
    return /\sapplyFill\s*=\s*["']([^"']*)["']/.exec(open)?.[1] ?? null;
  }

  /** The format's XML, to tell whether a cell's format is still the one we gave it. */
  xf(s: number): string {
    return this.xfXml(s);
  }

  /** Writes the appended fills and formats back (nothing when none was added). */
  save(): void {
    if (this.fills.added.length === 0 && this.xfs.added.length === 0) return;
    const splices: Splice[] = [];
    const lists: Array<[string, List]> = [
      ['fills', this.fills],
      ['cellXfs', this.xfs],
    ];
    for (const [local, l] of lists) {
      if (l.added.length === 0) continue;
      const count = l.items.length + l.added.length;
      const added = l.added.join('');
      if (l.open && !l.open.selfClosing) {
        splices.push({
          from: l.open.start,
          to: l.open.openEnd,
          text: setCount(this.text.slice(l.open.start, l.open.openEnd), count),
        });
        splices.push({ from: l.open.closeStart, to: l.open.closeStart, text: added });
      } else if (l.open) {
        const tag = setCount(this.text.slice(l.open.start, l.open.openEnd), count).replace(/\s*\/>$/, '>');
        splices.push({ from: l.open.start, to: l.open.end, text: `${tag}${added}</${qname(this.rootPrefix, local)}>` });
      } else {
        const at = this.insertionPoint(local);
        splices.push({
          from: at,
          to: at,
          text: `<${qname(this.rootPrefix, local)} count="${count}">${added}</${qname(this.rootPrefix, local)}>`,
        });
      }
    }
    const created = !this.pkg.has(this.part);
    this.pkg.setText(this.part, applySplices(this.text, splices));
    if (created) {
      addContentType(this.pkg, this.part, STYLES_CONTENT_TYPE);
      addRel(this.pkg, WORKBOOK_PART, relType(false, 'styles'), this.part);
    }
  }

  private insertionPoint(local: string): number {
    const rank = ORDER.indexOf(local);
    const next = this.order.find((o) => ORDER.indexOf(o.local) > rank || ORDER.indexOf(o.local) < 0);
    if (next) return next.start;
    if (this.rootClose < 0) throw new Error(`${this.part}: empty <styleSheet/>`);
    return this.rootClose;
  }
}

function setCount(tag: string, count: number): string {
  return /\scount\s*=/.test(tag) ? setAttrInTag(tag, 'count', String(count)) : tag;
}

/** The workbook's styles part, by its relationship (Excel names it xl/styles.xml; others may not). */
function stylesPart(pkg: Package): string | undefined {
  const rel = readRels(pkg, WORKBOOK_PART).find((r) => !r.external && relIs(r.type, 'styles'));
  return rel && pkg.has(rel.target) ? (pkg.find(rel.target) as string) : undefined;
}
