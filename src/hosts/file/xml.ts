// Namespace-aware XML scanning for patching package parts in place: saxes finds elements and where they sit in the
// text, so that a patch replaces or inserts only the bytes it must and leaves everything else as it was written.

import { SaxesParser, type SaxesAttributeNS } from 'saxes';

/** SpreadsheetML and relationship namespaces, transitional and strict (ISO 29500 strict: purl.oclc.org). */
export const NS = {
  main: ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  rel: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  pkgRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

/** True for the SpreadsheetML main namespace, transitional or strict. */
export function isMain(uri: string | undefined): boolean {
  return uri === NS.main[0] || uri === NS.main[1];
}

export function isStrictMain(uri: string | undefined): boolean {
  return uri === NS.main[1];
}

export interface XmlElement {
  /** Qualified name as written (`x:c`), local name, its prefix ('' for none) and namespace URI. */
  name: string;
  local: string;
  prefix: string;
  uri: string;
  attrs: Record<string, SaxesAttributeNS>;
  /** Index of the element's `<`, and just past the `>` of its start tag. */
  start: number;
  openEnd: number;
  selfClosing: boolean;
  /** 0 for the root element. */
  depth: number;
}

export interface XmlHandlers {
  open?(el: XmlElement): void;
  /** `closeStart`: index of `</…>` (equal to `end` for an empty-element tag); `end`: just past the element. */
  close?(el: XmlElement, closeStart: number, end: number): void;
  text?(text: string, parent: XmlElement | undefined): void;
}

/** Thrown for a part that is not well-formed XML: the file is damaged, never a bug to hide. */
export class MalformedPartError extends Error {
  constructor(part: string, reason: string) {
    super(`${part}: ${reason}`);
    this.name = 'MalformedPartError';
  }
}

/** An attribute's value by local name, unprefixed attributes only (SpreadsheetML's own attributes). */
export function attr(el: XmlElement, local: string): string | undefined {
  const a = el.attrs[local];
  return a && a.prefix === '' ? a.value : undefined;
}

/** The value of an attribute of the relationships namespace (`r:id`), transitional or strict, whatever its prefix. */
export function relAttr(el: XmlElement, local: string): string | undefined {
  for (const a of Object.values(el.attrs)) {
    if (a.local === local && (a.uri === NS.rel[0] || a.uri === NS.rel[1])) return a.value;
  }
  return undefined;
}

/** Walks every element of `xml` in document order; the text's offsets are those of `xml` itself. */
export function walkXml(part: string, xml: string, handlers: XmlHandlers): void {
  const bom = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= new MalformedPartError(part, e.message);
  });
  parser.on('opentag', (tag) => {
    const openEnd = parser.position + bom;
    const start = xml.lastIndexOf('<', openEnd - 1);
    const el: XmlElement = {
      name: tag.name,
      local: tag.local ?? tag.name,
      prefix: tag.prefix ?? '',
      uri: tag.uri ?? '',
      attrs: tag.attributes as Record<string, SaxesAttributeNS>,
      start,
      openEnd,
      selfClosing: tag.isSelfClosing,
      depth: stack.length,
    };
    stack.push(el);
    handlers.open?.(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop() as XmlElement;
    const end = parser.position + bom;
    handlers.close?.(el, el.selfClosing ? end : xml.lastIndexOf('<', end - 1), end);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (t) => onText(t, stack[stack.length - 1]));
    parser.on('cdata', (t) => onText(t, stack[stack.length - 1]));
  }
  parser.write(bom ? xml.slice(1) : xml);
  if (!failure) parser.close();
  if (failure) throw failure;
}

/** Text content escaped for XML; characters XML 1.0 cannot hold (C0 controls but tab, LF, CR) are dropped. */
export function escapeText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>]/g, (c) => ENTITY[c]);
}

/** An attribute value escaped for a double-quoted attribute. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/["\t\n\r]/g, (c) => ENTITY[c]);
}

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * A start tag (`<c r="A1" s="3">`, as written) with one unprefixed attribute set to `value`, or removed for null.
 * The other attributes, their order, quotes and spacing stay as they were; a new attribute goes last.
 */
export function setAttrInTag(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  const m = re.exec(tag);
  if (m) {
    if (value === null) return tag.slice(0, m.index) + tag.slice(m.index + m[0].length);
    return `${tag.slice(0, m.index)}${m[1]}${name}="${escapeAttr(value)}"${tag.slice(m.index + m[0].length)}`;
  }
  if (value === null) return tag;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  let at = close;
  while (at > 0 && /\s/.test(tag[at - 1])) at--;
  return `${tag.slice(0, at)} ${name}="${escapeAttr(value)}"${tag.slice(at)}`;
}

/** One replacement of `[from, to)` by `text`; several are applied together, in any order. */
export interface Splice {
  from: number;
  to: number;
  text: string;
}

/**
 * UTF-8 bytes written piece by piece into a buffer that grows as needed: a big part (a sheet's notes, the state sheet)
 * made without first joining its pieces into one string and encoding that again.
 */
export class ByteWriter {
  private buf: Uint8Array;
  private used = 0;
  private static readonly encoder = new TextEncoder();

  constructor(sizeHint = 1 << 16) {
    this.buf = new Uint8Array(Math.max(1024, sizeHint));
  }

  write(text: string): void {
    for (;;) {
      const { read, written } = ByteWriter.encoder.encodeInto(text, this.buf.subarray(this.used));
      this.used += written;
      if (read === text.length) return;
      text = text.slice(read);
      const more = new Uint8Array(Math.max(this.buf.length * 2, this.used + text.length * 3));
      more.set(this.buf.subarray(0, this.used));
      this.buf = more;
    }
  }

  /** The bytes written (a copy of exactly that length). */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.used);
  }
}

/** applySplices's result as UTF-8 bytes, encoded piece by piece (no string of the whole result is made). */
export function encodeSplices(text: string, splices: readonly Splice[]): Uint8Array {
  const sorted = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.from - b.s.from || a.s.to - b.s.to || a.i - b.i);
  const out = new ByteWriter(text.length + 1024);
  let at = 0;
  for (const { s } of sorted) {
    if (s.from < at) throw new Error('overlapping XML patches');
    if (s.from > at) out.write(text.slice(at, s.from));
    out.write(s.text);
    at = s.to;
  }
  if (at < text.length) out.write(text.slice(at));
  return out.bytes();
}

/** The text with every splice applied (ranges must not overlap; insertions at one place keep their given order). */
export function applySplices(text: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return text;
  const sorted = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.from - b.s.from || a.s.to - b.s.to || a.i - b.i);
  const out: string[] = [];
  let at = 0;
  for (const { s } of sorted) {
    if (s.from < at) throw new Error('overlapping XML patches');
    out.push(text.slice(at, s.from), s.text);
    at = s.to;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** The qualified name for `local` with the prefix of an element of the same namespace (`x:` + `row`). */
export function qname(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

/** An element as XmlStream reports it: its local name and whether it is SpreadsheetML's (transitional or strict). */
export interface StreamElement {
  local: string;
  /** In the SpreadsheetML main namespace, whatever its prefix (`c`, `x:c`). */
  main: boolean;
}

/** The attributes of the start tag being reported, valid during the `open` call only. */
export interface Attributes {
  /** The value of the attribute of this qualified name as written (`r`, `x14ac:dyDescent`), decoded. */
  get(name: string): string | undefined;
  /** `parseInt(get(name), 10)`; NaN without the attribute. */
  int(name: string): number;
  /** `refColumn(get(name))`: the column of an A1 reference; 0 without the attribute. */
  column(name: string): number;
}

/** The column number of an A1 reference's letters (`AB12` → 28), 0 when it has none. */
export function refColumn(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
  }
  return col;
}

export interface XmlStreamHandlers {
  /** `attrs`: the attributes as written (qualified names), values decoded. */
  open(el: StreamElement, attrs: Attributes, selfClosing: boolean): void;
  close(el: StreamElement): void;
  /** Character data (CDATA included), entities decoded; may come in several pieces. */
  text?(text: string): void;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * The elements a sheet or the shared strings hold by the million, unprefixed: no writer declares a namespace on them
 * (the document's default namespace is declared on the root), so their attributes are not searched for one.
 */
export const CELL_LEVEL = new Set(['c', 'v', 'row', 'f', 'is', 't', 'r', 'si', 'rPr']);

/**
 * The namespace scopes of a streamed part (XmlStream and the byte tokenizer of xml-bytes.ts share it): prefix →
 * namespace URI in scope, and each element name resolved to its local name and whether it is SpreadsheetML's.
 */
export class NamespaceScope {
  private scope = new Map<string, string>([['xml', XML_NS]]);
  private readonly scopes: Array<{ depth: number; previous: Map<string, string> }> = [];
  private readonly resolved = new Map<string, StreamElement>();
  /** Changes whenever a scope begins or ends (what an element name resolves to may then change). */
  version = 0;

  /** The `xmlns` and `xmlns:p` attributes of an element opened at `depth` (its parent's depth + 1). */
  declare(attrs: Record<string, string>, depth: number): void {
    const previous = this.scope;
    this.scope = new Map(previous);
    for (const k in attrs) {
      if (k === 'xmlns') this.scope.set('', attrs[k]);
      else if (k.startsWith('xmlns:')) this.scope.set(k.slice(6), attrs[k]);
    }
    this.scopes.push({ depth, previous });
    this.resolved.clear();
    this.version++;
  }

  /** After an element closed, `depth` being its parent's: the scope its start tag opened ends. */
  leave(depth: number): void {
    const top = this.scopes[this.scopes.length - 1];
    if (top && top.depth > depth) {
      this.scope = top.previous;
      this.scopes.pop();
      this.resolved.clear();
      this.version++;
    }
  }

  /** The namespace URI a prefix ('' for the default namespace) is bound to, or undefined. */
  uri(prefix: string): string | undefined {
    return this.scope.get(prefix);
  }

  element(name: string): StreamElement {
    let el = this.resolved.get(name);
    if (!el) {
      const colon = name.indexOf(':');
      const prefix = colon < 0 ? '' : name.slice(0, colon);
      el = { local: colon < 0 ? name : name.slice(colon + 1), main: isMain(this.scope.get(prefix)) };
      this.resolved.set(name, el);
    }
    return el;
  }
}

/** Attributes read from a record (saxes's). */
class RecordAttributes implements Attributes {
  record: Record<string, string> = {};

  get(name: string): string | undefined {
    return this.record[name];
  }

  int(name: string): number {
    const v = this.record[name];
    return v === undefined ? NaN : parseInt(v, 10);
  }

  column(name: string): number {
    const v = this.record[name];
    return v === undefined ? 0 : refColumn(v);
  }
}

/**
 * A streaming, namespace-aware tokenizer for reading big parts: the XML is written in pieces (a sheet never needs to
 * be one string), and each element is reported with its local name and whether it belongs to SpreadsheetML, so `x:c`
 * under `xmlns:x="…/main"` reads as `c` and an element of another namespace never passes for one. saxes checks the
 * XML is well-formed; it runs without its own namespace processing (twice as fast on a sheet), namespace scopes
 * being tracked here, only where an element declares one. The reader's fast path (xml-bytes.ts) tokenizes the bytes
 * of the parts it can and falls back to this for the others.
 */
export class XmlStream {
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private readonly scope = new NamespaceScope();
  private readonly attrs = new RecordAttributes();
  private depth = 0;
  private started = false;
  private closed = false;

  constructor(
    private readonly part: string,
    handlers: XmlStreamHandlers,
  ) {
    const p = this.parser;
    p.on('error', (e) => {
      throw new MalformedPartError(part, e.message);
    });
    p.on('opentag', (tag) => {
      const attrs = tag.attributes as Record<string, string>;
      if (!CELL_LEVEL.has(tag.name)) {
        for (const k in attrs) {
          if (k.charCodeAt(0) === 120 /* x */ && (k === 'xmlns' || k.startsWith('xmlns:'))) {
            this.scope.declare(attrs, this.depth + 1);
            break;
          }
        }
      }
      this.depth++;
      this.attrs.record = attrs;
      handlers.open(this.scope.element(tag.name), this.attrs, tag.isSelfClosing);
    });
    p.on('closetag', (tag) => {
      handlers.close(this.scope.element(tag.name));
      this.depth--;
      this.scope.leave(this.depth);
    });
    if (handlers.text) {
      const onText = handlers.text;
      p.on('text', onText);
      p.on('cdata', onText);
    }
  }

  write(text: string): void {
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.parser.write(text);
  }

  /** Ends the document: throws MalformedPartError when it is incomplete. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.parser.close();
  }
}
