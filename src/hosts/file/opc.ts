// The package's structure, read and patched in place: relationships, content types and the workbook's sheet list.

import { attr, escapeAttr, isStrictMain, NS, qname, relAttr, walkXml, type XmlElement } from './xml';
import { relativeTarget, relsPartOf, resolveTarget, type Package } from './zip-package';

export const WORKBOOK_PART = 'xl/workbook.xml';
const CONTENT_TYPES = '[Content_Types].xml';

const REL_BASE = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/',
};
export const THREADED_COMMENT_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

export interface Rel {
  id: string;
  type: string;
  /** The target part's name (resolved), or the raw target of an external relationship. */
  target: string;
  external: boolean;
  start: number;
  end: number;
}

/** True when `type` is the OOXML relationship type `kind` (`comments`, `vmlDrawing`…), transitional or strict. */
export function relIs(type: string, kind: string): boolean {
  return type === REL_BASE.transitional + kind || type === REL_BASE.strict + kind;
}

/** A relationship type of `kind` in the package's own flavour. */
export function relType(strict: boolean, kind: string): string {
  return (strict ? REL_BASE.strict : REL_BASE.transitional) + kind;
}

export function readRels(pkg: Package, source: string): Rel[] {
  const part = relsPartOf(source);
  if (!pkg.has(part)) return [];
  const rels: Rel[] = [];
  walkXml(part, pkg.text(part), {
    close(el, _closeStart, end) {
      if (el.local !== 'Relationship' || el.uri !== NS.pkgRels) return;
      const external = attr(el, 'TargetMode') === 'External';
      const target = attr(el, 'Target') ?? '';
      rels.push({
        id: attr(el, 'Id') ?? '',
        type: attr(el, 'Type') ?? '',
        target: external ? target : resolveTarget(source, target),
        external,
        start: el.start,
        end,
      });
    },
  });
  return rels;
}

/** Adds a relationship from `source` to `target` (a part name) and returns its id; creates the rels part if need be. */
export function addRel(pkg: Package, source: string, type: string, target: string): string {
  const part = relsPartOf(source);
  const ids = new Set(readRels(pkg, source).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(source, target))}"/>`;
  if (!pkg.has(part)) {
    pkg.setText(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRels}">${rel}</Relationships>`,
    );
    return id;
  }
  pkg.setText(part, insertIntoRoot(part, pkg.text(part), rel));
  return id;
}

/** Removes a relationship; a rels part left empty is removed too (it was ours: a source with no relationships has none). */
export function removeRel(pkg: Package, source: string, id: string): void {
  const part = relsPartOf(source);
  const rels = readRels(pkg, source);
  const rel = rels.find((r) => r.id === id);
  if (!rel) return;
  if (rels.length === 1) {
    pkg.remove(part);
    return;
  }
  const text = pkg.text(part);
  pkg.setText(part, text.slice(0, rel.start) + text.slice(rel.end));
}

/** Inserts `xml` as the root element's last child (an empty-element root is opened up). */
export function insertIntoRoot(part: string, text: string, xml: string): string {
  let root: { el: XmlElement; closeStart: number; end: number } | null = null;
  walkXml(part, text, {
    close(el, closeStart, end) {
      if (el.depth === 0) root = { el, closeStart, end };
    },
  });
  const r = root as { el: XmlElement; closeStart: number; end: number } | null;
  if (!r) throw new Error(`${part}: no root element`);
  if (!r.el.selfClosing) return text.slice(0, r.closeStart) + xml + text.slice(r.closeStart);
  const open = text.slice(r.el.start, r.el.openEnd).replace(/\s*\/>$/, '>');
  return `${text.slice(0, r.el.start)}${open}${xml}</${r.el.name}>${text.slice(r.end)}`;
}

interface TypeEntry {
  kind: 'Default' | 'Override';
  key: string;
  start: number;
  end: number;
}

function contentTypes(pkg: Package): { text: string; entries: TypeEntry[] } {
  const text = pkg.text(CONTENT_TYPES);
  const entries: TypeEntry[] = [];
  walkXml(CONTENT_TYPES, text, {
    close(el, _cs, end) {
      if (el.uri !== NS.contentTypes) return;
      if (el.local === 'Default')
        entries.push({ kind: 'Default', key: (attr(el, 'Extension') ?? '').toLowerCase(), start: el.start, end });
      if (el.local === 'Override')
        entries.push({ kind: 'Override', key: (attr(el, 'PartName') ?? '').toLowerCase(), start: el.start, end });
    },
  });
  return { text, entries };
}

/** Declares a part's content type (an Override), unless its extension's Default already says the same. */
export function addContentType(pkg: Package, part: string, type: string, byExtension = false): void {
  const { text, entries } = contentTypes(pkg);
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  if (byExtension) {
    if (entries.some((e) => e.kind === 'Default' && e.key === ext)) return;
    pkg.setText(
      CONTENT_TYPES,
      insertIntoRoot(CONTENT_TYPES, text, `<Default Extension="${escapeAttr(ext)}" ContentType="${type}"/>`),
    );
    return;
  }
  if (entries.some((e) => e.kind === 'Override' && e.key === `/${part}`.toLowerCase())) return;
  pkg.setText(
    CONTENT_TYPES,
    insertIntoRoot(CONTENT_TYPES, text, `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`),
  );
}

/** Removes a part's Override, or an extension's Default when `byExtension`. */
export function removeContentType(pkg: Package, part: string, byExtension = false): void {
  const { text, entries } = contentTypes(pkg);
  const key = byExtension ? part.slice(part.lastIndexOf('.') + 1).toLowerCase() : `/${part}`.toLowerCase();
  const e = entries.find((x) => x.kind === (byExtension ? 'Default' : 'Override') && x.key === key);
  if (e) pkg.setText(CONTENT_TYPES, text.slice(0, e.start) + text.slice(e.end));
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: string;
  /** The worksheet part ('' when the relationship is missing or is not a worksheet: a chart sheet). */
  part: string;
  start: number;
  end: number;
}

export interface WorkbookInfo {
  strict: boolean;
  sheets: SheetEntry[];
  /** Where a new <sheet> goes (before `</sheets>`), and the prefix of SpreadsheetML elements. */
  sheetsClose: number;
  prefix: string;
  /** `localSheetId` attributes of defined names: their value and the start tag holding it. */
  localIds: Array<{ value: number; start: number; openEnd: number }>;
  /** The 1904 date system (`<workbookPr date1904="1"/>`): serial 0 is 1904-01-01. */
  date1904: boolean;
  /**
   * The sheet the workbook was saved with in front: the first <workbookView>'s activeTab (0 when absent), an index into
   * `sheets` with every sheet counted, hidden ones included, as Excel counts them.
   */
  activeTab: number;
}

export function readWorkbookInfo(pkg: Package): WorkbookInfo {
  const rels = new Map(readRels(pkg, WORKBOOK_PART).map((r) => [r.id, r]));
  const info: WorkbookInfo = {
    strict: false,
    sheets: [],
    sheetsClose: -1,
    prefix: '',
    localIds: [],
    date1904: false,
    activeTab: 0,
  };
  let viewSeen = false;
  walkXml(WORKBOOK_PART, pkg.text(WORKBOOK_PART), {
    open(el) {
      if (el.depth === 0) {
        info.strict = isStrictMain(el.uri);
        info.prefix = el.prefix;
      }
      if (el.local === 'workbookPr' && el.depth === 1) {
        const v = attr(el, 'date1904');
        info.date1904 = v === '1' || v === 'true';
      }
      // Only the first view counts: it is the window Excel opens the workbook in.
      if (el.local === 'workbookView' && el.depth === 2 && !viewSeen) {
        viewSeen = true;
        info.activeTab = Number(attr(el, 'activeTab') ?? '0');
      }
      const local = attr(el, 'localSheetId');
      if (el.local === 'definedName' && local !== undefined)
        info.localIds.push({ value: Number(local), start: el.start, openEnd: el.openEnd });
    },
    close(el, closeStart, end) {
      if (el.local === 'sheets' && el.depth === 1) info.sheetsClose = el.selfClosing ? -1 : closeStart;
      if (el.local !== 'sheet' || el.depth !== 2) return;
      const relId = relAttr(el, 'id') ?? '';
      const rel = rels.get(relId);
      info.sheets.push({
        name: attr(el, 'name') ?? '',
        sheetId: Number(attr(el, 'sheetId') ?? 0),
        relId,
        state: attr(el, 'state') ?? 'visible',
        part: rel && !rel.external && relIs(rel.type, 'worksheet') ? rel.target : '',
        start: el.start,
        end,
      });
    },
  });
  if (info.sheetsClose < 0) throw new Error(`${WORKBOOK_PART}: no <sheets> list`);
  return info;
}

/** A free part name like `xl/worksheets/sheet7.xml`. */
export function freePartName(pkg: Package, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) if (!pkg.has(pattern(n))) return pattern(n);
}

/** Adds a worksheet part and its <sheet> entry (at the end of the tab order, so no localSheetId moves). */
export function addSheet(pkg: Package, name: string, xml: string | Uint8Array, state: 'visible' | 'veryHidden'): void {
  const info = readWorkbookInfo(pkg);
  const part = freePartName(pkg, (n) => `xl/worksheets/sheet${n}.xml`);
  if (typeof xml === 'string') pkg.setText(part, xml);
  else pkg.setBytes(part, xml);
  addContentType(pkg, part, CONTENT_TYPE.worksheet);
  const id = addRel(pkg, WORKBOOK_PART, relType(info.strict, 'worksheet'), part);
  const text = pkg.text(WORKBOOK_PART);
  const sheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;
  const stateAttr = state === 'visible' ? '' : ` state="${state}"`;
  const relNs = info.strict ? NS.rel[1] : NS.rel[0];
  const sheet = `<${qname(info.prefix, 'sheet')} name="${escapeAttr(name)}" sheetId="${sheetId}"${stateAttr} xmlns:r="${relNs}" r:id="${id}"/>`;
  pkg.setText(WORKBOOK_PART, text.slice(0, info.sheetsClose) + sheet + text.slice(info.sheetsClose));
}

/** Removes a worksheet we added: its part, its relationship, content type and <sheet>; later localSheetIds move down. */
export function removeSheet(pkg: Package, entry: SheetEntry): void {
  const info = readWorkbookInfo(pkg);
  const index = info.sheets.findIndex((s) => s.relId === entry.relId);
  if (index < 0) return;
  const text = pkg.text(WORKBOOK_PART);
  const edits: Array<{ from: number; to: number; text: string }> = [{ from: entry.start, to: entry.end, text: '' }];
  for (const l of info.localIds) {
    if (l.value > index) {
      const tag = text
        .slice(l.start, l.openEnd)
        .replace(/localSheetId\s*=\s*("[^"]*"|'[^']*')/, `localSheetId="${l.value - 1}"`);
      edits.push({ from: l.start, to: l.openEnd, text: tag });
    }
  }
  edits.sort((a, b) => b.from - a.from);
  let out = text;
  for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  pkg.setText(WORKBOOK_PART, out);
  removeRel(pkg, WORKBOOK_PART, entry.relId);
  if (entry.part) {
    pkg.remove(entry.part);
    pkg.remove(relsPartOf(entry.part));
    removeContentType(pkg, entry.part);
  }
}
