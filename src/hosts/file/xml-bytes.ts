// The reader's fast path for big parts (issue 15): a tokenizer over a part's UTF-8 bytes that reports elements,
// attributes and text exactly as XmlStream (saxes) does, for the plain XML every spreadsheet writer produces: an XML
// declaration, elements, attributes, text with the predefined entities and character references. Strings are made
// only of what a reader asks for (an attribute it reads, text inside the root), never of the whole sheet.
//
// Anything else — a comment, CDATA, a processing instruction, a DOCTYPE, a non-ASCII name, UTF-16, or anything that is
// not well-formed — throws NeedsFullParser, and readXmlPart reads the part again from its start with saxes, which
// either reads it or reports the error as it always did. So the fast path accepts only documents saxes accepts, and
// reports what saxes would report; it never has an error message of its own. Browser-safe (no node modules).

import {
  CELL_LEVEL,
  NamespaceScope,
  refColumn,
  XmlStream,
  type Attributes,
  type StreamElement,
  type XmlStreamHandlers,
} from './xml';
import { StreamAbort, type Package } from './zip-package';

/** The part holds XML beyond the fast path: read it with saxes. */
export class NeedsFullParser extends StreamAbort {
  constructor(why: string) {
    super(why);
    this.name = 'NeedsFullParser';
  }
}

let fastPath = true;

/** Tests: read every part with saxes (false), or the fast path first (true, the default). */
export function useFastXml(on: boolean): void {
  fastPath = on;
}

/**
 * Streams a part through the handlers `read` passes to its `stream` argument, and returns what `read` returns: first
 * over the part's bytes, and when the part holds XML beyond the fast path, once more from the start with saxes. So
 * `read` must start from fresh state each time it is called (it is called at most twice).
 */
export function readXmlPart<T>(
  pkg: Package,
  part: string,
  read: (stream: (handlers: XmlStreamHandlers) => void) => T,
): T {
  if (fastPath) {
    try {
      return read((handlers) => {
        const tokenizer = new ByteXmlStream(handlers);
        pkg.streamBytes(part, (bytes, final) => tokenizer.write(bytes, final));
        tokenizer.close();
      });
    } catch (e) {
      if (!(e instanceof NeedsFullParser)) throw e;
    }
  }
  return read((handlers) => {
    const stream = new XmlStream(part, handlers);
    pkg.streamText(part, (text) => stream.write(text));
    stream.close();
  });
}

/**
 * readXmlPart for a big part, whose handlers are made by `start` and whose result `finish` takes from them: over
 * Package.streamBytesAsync, so that with node's codec the part is inflated on zlib's thread pool while the pieces
 * before it are tokenized here. The fallback to saxes reads the part again from its start, as readXmlPart does.
 */
export async function readXmlPartAsync<H extends XmlStreamHandlers, T>(
  pkg: Package,
  part: string,
  start: () => H,
  finish: (handlers: H) => T,
): Promise<T> {
  if (fastPath) {
    try {
      const handlers = start();
      const tokenizer = new ByteXmlStream(handlers);
      await pkg.streamBytesAsync(part, (bytes, final) => tokenizer.write(bytes, final));
      tokenizer.close();
      return finish(handlers);
    } catch (e) {
      if (!(e instanceof NeedsFullParser)) throw e;
    }
  }
  return readXmlPart(pkg, part, (stream) => {
    const handlers = start();
    stream(handlers);
    return finish(handlers);
  });
}

// Character classes of the bytes the fast path takes in names: ASCII letters, `_` and `:` to start, digits, `.` and
// `-` after (XML 1.0's NameStartChar and NameChar restricted to ASCII; any other byte of a name → full parser).
const NAME_START = new Uint8Array(256);
const NAME_CHAR = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58;
  NAME_START[c] = letter ? 1 : 0;
  NAME_CHAR[c] = letter || (c >= 48 && c <= 57) || c === 46 || c === 45 ? 1 : 0;
}

const LT = 60;
const GT = 62;
const AMP = 38;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const CR = 13;

/** What a run of text or an attribute value holds besides ASCII characters: each needs decoding work. */
const NON_ASCII = 1;
const REFERENCE = 2;
const HAS_CR = 4;
/** Tab, line feed or carriage return in an attribute value: each becomes a space (attribute-value normalization). */
const WHITESPACE = 8;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === CR;
}

/** The XML declaration as XML 1.0 defines it (version 1.0 only: 1.1 has other character rules). */
const XML_DECL =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>$/;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCES = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function decodeReferences(text: string): string {
  return text.replace(REFERENCES, (_m, ref: string) =>
    ref.charCodeAt(0) === 35 /* # */
      ? String.fromCodePoint(ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10))
      : ENTITIES[ref],
  );
}

/** A character XML 1.0 allows (Char production). */
function isXmlChar(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The string of bytes known to be ASCII (short ones, the most, made in one piece). */
function ascii(buf: Uint8Array, from: number, to: number): string {
  switch (to - from) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(buf[from]);
    case 2:
      return String.fromCharCode(buf[from], buf[from + 1]);
    case 3:
      return String.fromCharCode(buf[from], buf[from + 1], buf[from + 2]);
    case 4:
      return String.fromCharCode(buf[from], buf[from + 1], buf[from + 2], buf[from + 3]);
    case 5:
      return String.fromCharCode(buf[from], buf[from + 1], buf[from + 2], buf[from + 3], buf[from + 4]);
    case 6:
      return String.fromCharCode(buf[from], buf[from + 1], buf[from + 2], buf[from + 3], buf[from + 4], buf[from + 5]);
    default:
      return to - from <= 64
        ? String.fromCharCode.apply(null, buf.subarray(from, to) as unknown as number[])
        : utf8.decode(buf.subarray(from, to));
  }
}

/**
 * A pending part of a document larger than this (a token cut by the end of a piece) is left to saxes rather than
 * copied again with every piece: no writer makes a text or tag this long.
 */
const MAX_PENDING = 8 * 1024 * 1024;

const EMPTY = new Uint8Array(0);

/** Where the tokenizer is in the document. */
const PROLOG = 0;
const ROOT = 1;
const EPILOG = 2;

/**
 * The byte tokenizer: `write` the part's bytes in pieces, then `close`. Handlers are called as XmlStream calls them
 * (open with the element's attributes, close, text inside the root); NeedsFullParser is thrown for what it leaves
 * to saxes, possibly after some handlers were called (the caller starts again).
 */
export class ByteXmlStream implements Attributes {
  private pending: Uint8Array = EMPTY;
  private started = false;
  private stage = PROLOG;
  /** Nothing read yet but a byte order mark: an XML declaration may come only first. */
  private first = true;
  /** The open elements: their names (for the end tags) and as reported. */
  private readonly names: ElementName[] = [];
  private readonly elements: StreamElement[] = [];
  private readonly scope = new NamespaceScope();
  /** Element names of up to 4 characters by their bytes (a small integer), longer ones by their text. */
  private readonly shortNames = new Map<number, ElementName>();
  private readonly longNames = new Map<string, ElementName>();
  // The attributes of the current start tag: name and value byte ranges, and the value's NON_ASCII… flags.
  private buf: Uint8Array = EMPTY;
  private count = 0;
  private nameFrom = new Int32Array(16);
  private nameTo = new Int32Array(16);
  private valueFrom = new Int32Array(16);
  private valueTo = new Int32Array(16);
  private valueFlags = new Uint8Array(16);
  private readonly onText: ((text: string) => void) | undefined;
  /** Namespace declarations are looked for on every element, and every prefix must be bound (see the constructor). */
  private readonly allNamespaces: boolean;
  /** Bytes written so far, and the offset in the part of the buffer being read. */
  private total = 0;
  private base = 0;
  /** Where the element being reported is in the part (byte offsets): `<`, past its start tag, `</`, past its end. */
  start = 0;
  openEnd = 0;
  closeStart = 0;
  end = 0;
  /** The depth of the element being reported (0: the root) and its prefix. */
  depth = 0;
  prefix = '';
  /** Whether a byte of text or of an attribute value was not ASCII. */
  sawNonAscii = false;

  /**
   * `allNamespaces`: as saxes with namespace processing (walkXml) rather than XmlStream — declarations are read on
   * every element, and a document with an unbound prefix, a declaration of `xml` or `xmlns`, an empty prefixed
   * declaration or two attributes of one expanded name is left to saxes.
   */
  constructor(
    private readonly handlers: XmlStreamHandlers,
    options: { allNamespaces?: boolean } = {},
  ) {
    this.onText = handlers.text;
    this.allNamespaces = options.allNamespaces ?? false;
  }

  write(chunk: Uint8Array, final = false): void {
    let buf = chunk;
    this.base = this.total - this.pending.length;
    this.total += chunk.length;
    if (this.pending.length > 0) {
      buf = new Uint8Array(this.pending.length + chunk.length);
      buf.set(this.pending);
      buf.set(chunk, this.pending.length);
      this.pending = EMPTY;
    }
    let pos = 0;
    if (!this.started) {
      if (buf.length < 3 && !final) {
        this.pending = buf.slice();
        return;
      }
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      else if ((buf[0] === 0xfe && buf[1] === 0xff) || (buf[0] === 0xff && buf[1] === 0xfe)) {
        throw new NeedsFullParser('UTF-16');
      }
    }
    this.buf = buf;
    const n = buf.length;
    while (pos < n) {
      if (buf[pos] !== LT) {
        const lt = this.textRun(buf, pos, n, false);
        if (lt < 0) break;
        pos = lt;
      }
      const end = this.markup(buf, pos, n);
      if (end < 0) break;
      pos = end;
    }
    if (pos < n) {
      if (n - pos > MAX_PENDING) throw new NeedsFullParser('a token longer than the fast path keeps');
      this.pending = buf.slice(pos);
    }
    this.buf = EMPTY;
  }

  /** The document ended: anything left open or unread is for saxes to report. */
  close(): void {
    const rest = this.pending;
    this.pending = EMPTY;
    if (this.stage !== EPILOG) throw new NeedsFullParser('incomplete document');
    // White space after the root element, reported as saxes reports it.
    if (rest.length > 0 && this.textRun(rest, 0, rest.length, true) !== rest.length) {
      throw new NeedsFullParser('incomplete markup');
    }
  }

  /**
   * Character data from `from` to the next `<`, checked and reported; returns where the `<` is, or -1 when the piece
   * ends first (the text is read again with the next piece), unless this is the `final` piece.
   */
  private textRun(buf: Uint8Array, from: number, n: number, final: boolean): number {
    let flags = 0;
    let i = from;
    if (this.stage !== ROOT) {
      // Outside the root element only white space may stand (saxes reports any other text).
      for (; i < n; i++) {
        const c = buf[i];
        if (c === LT) break;
        if (c === CR) flags = HAS_CR;
        else if (!isSpace(c)) throw new NeedsFullParser('text outside the root');
      }
      if (i === n && !final) return -1;
      // Not even white space may come before the XML declaration.
      this.first = false;
    } else {
      for (; i < n; i++) {
        const c = buf[i];
        if (c === LT) break;
        if (c >= 0x80) {
          flags |= NON_ASCII;
          // U+FFFE and U+FFFF are not XML characters.
          if (c === 0xef && buf[i + 1] === 0xbf && buf[i + 2] >= 0xbe) throw new NeedsFullParser('character');
        } else if (c < 0x20) {
          if (c === CR) flags |= HAS_CR;
          else if (c !== 10 && c !== 9) throw new NeedsFullParser('character');
        } else if (c === AMP) {
          flags |= REFERENCE;
        } else if (c === 93 /* ] */ && buf[i + 1] === 93 && buf[i + 2] === GT) {
          throw new NeedsFullParser(']]>');
        }
      }
      if (i === n && !final) return -1;
      if (flags & REFERENCE) this.references(buf, from, i);
      if (flags & NON_ASCII) this.sawNonAscii = true;
    }
    const onText = this.onText;
    if (onText) onText(flags === 0 ? ascii(buf, from, i) : decode(buf, from, i, flags));
    return i;
  }

  /** Every reference in [from, to) checked. */
  private references(buf: Uint8Array, from: number, to: number): void {
    for (let i = buf.indexOf(AMP, from); i >= 0 && i < to; i = buf.indexOf(AMP, i + 1)) i = this.reference(buf, i, to);
  }

  /** A reference at `at` (`&…;`) checked, ending before `to`; returns the index of its `;`. */
  private reference(buf: Uint8Array, at: number, to: number): number {
    let i = at + 1;
    if (buf[i] === 35 /* # */) {
      i++;
      let code = 0;
      let digits = 0;
      if (buf[i] === 120 /* x */) {
        i++;
        for (; i < to && digits < 8; i++, digits++) {
          const c = buf[i];
          const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
          if (d < 0) break;
          code = code * 16 + d;
        }
      } else {
        for (; i < to && digits < 9; i++, digits++) {
          const c = buf[i];
          if (c < 48 || c > 57) break;
          code = code * 10 + (c - 48);
        }
      }
      if (digits === 0 || i >= to || buf[i] !== 59 /* ; */ || !isXmlChar(code)) throw new NeedsFullParser('reference');
      return i;
    }
    const semi = buf.indexOf(59, i);
    if (semi < 0 || semi >= to || semi - i > 4) throw new NeedsFullParser('reference');
    const name = ascii(buf, i, semi);
    if (ENTITIES[name] === undefined || !Object.prototype.hasOwnProperty.call(ENTITIES, name)) {
      throw new NeedsFullParser('reference');
    }
    return semi;
  }

  /** The markup at `lt`; returns the index past its `>`, or -1 when the piece ends before it does. */
  private markup(buf: Uint8Array, lt: number, n: number): number {
    if (lt + 1 >= n) return -1;
    const c = buf[lt + 1];
    if (c === SLASH) return this.endTag(buf, lt, n);
    if (c === QUESTION) return this.declaration(buf, lt, n);
    if (c === BANG) throw new NeedsFullParser('comment, CDATA or DOCTYPE');
    return this.startTag(buf, lt, n);
  }

  private declaration(buf: Uint8Array, lt: number, _n: number): number {
    // Only the XML declaration, and only first of all; any other processing instruction goes to saxes.
    if (!this.first || this.stage !== PROLOG) {
      throw new NeedsFullParser('processing instruction');
    }
    let end = -1;
    for (let i = buf.indexOf(GT, lt); i >= 0; i = buf.indexOf(GT, i + 1)) {
      if (buf[i - 1] === QUESTION) {
        end = i + 1;
        break;
      }
    }
    if (end < 0) return -1;
    for (let i = lt; i < end; i++) if (buf[i] >= 0x80) throw new NeedsFullParser('declaration');
    if (!XML_DECL.test(ascii(buf, lt, end))) throw new NeedsFullParser('declaration');
    this.first = false;
    return end;
  }

  /** The element name at `from`: its end, or -1 when the piece ends first; `this.lastName` is the name. */
  private lastName: ElementName = elementName('');

  private name(buf: Uint8Array, from: number, n: number): number {
    if (from >= n) return -1;
    if (NAME_START[buf[from]] === 0) throw new NeedsFullParser('name');
    let key = 1;
    let i = from;
    for (; i < n; i++) {
      const c = buf[i];
      if (NAME_CHAR[c] === 0) break;
      if (i - from < 4) key = (key << 7) | c;
    }
    if (i >= n) return -1;
    const short = i - from <= 4;
    let name = short ? this.shortNames.get(key) : undefined;
    if (name === undefined) {
      const text = ascii(buf, from, i);
      name = short ? undefined : this.longNames.get(text);
      if (name === undefined) {
        name = elementName(text);
        if (short) this.shortNames.set(key, name);
        else this.longNames.set(text, name);
      }
    }
    this.lastName = name;
    return i;
  }

  /** The element as reported: resolved again only when a namespace scope began or ended since. */
  private element(name: ElementName): StreamElement {
    if (name.version !== this.scope.version || name.element === null) {
      name.element = this.scope.element(name.text);
      name.version = this.scope.version;
    }
    return name.element;
  }

  private startTag(buf: Uint8Array, lt: number, n: number): number {
    let i = this.name(buf, lt + 1, n);
    if (i < 0) return -1;
    const name = this.lastName;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      if (i >= n) return -1;
      let c = buf[i];
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return -1;
        if (buf[i + 1] !== GT) throw new NeedsFullParser('tag');
        selfClosing = true;
        i += 2;
        break;
      }
      if (!isSpace(c)) throw new NeedsFullParser('tag');
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      c = buf[i];
      if (c === GT || c === SLASH) continue;
      // An attribute: name, `=`, quoted value.
      if (NAME_START[c] === 0) throw new NeedsFullParser('attribute name');
      const nameFrom = i;
      while (i < n && NAME_CHAR[buf[i]] === 1) i++;
      const nameTo = i;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      if (buf[i] !== EQUALS) throw new NeedsFullParser('attribute');
      i++;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      const q = buf[i];
      if (q !== DQUOTE && q !== SQUOTE) throw new NeedsFullParser('attribute value');
      const valueFrom = i + 1;
      let valueTo = valueFrom;
      let flags = 0;
      for (; valueTo < n; valueTo++) {
        const b = buf[valueTo];
        if (b === q) break;
        if (b >= 0x80) {
          flags |= NON_ASCII;
          if (b === 0xef && buf[valueTo + 1] === 0xbf && buf[valueTo + 2] >= 0xbe)
            throw new NeedsFullParser('character');
        } else if (b < 0x20) {
          if (b === 9 || b === 10) flags |= WHITESPACE;
          else if (b === CR) flags |= WHITESPACE | HAS_CR;
          else throw new NeedsFullParser('character');
        } else if (b === AMP) {
          flags |= REFERENCE;
        } else if (b === LT) {
          throw new NeedsFullParser('< in an attribute value');
        }
      }
      if (valueTo >= n) return -1;
      if (flags & REFERENCE) this.references(buf, valueFrom, valueTo);
      if (flags & NON_ASCII) this.sawNonAscii = true;
      if (count === this.nameFrom.length) this.grow();
      this.nameFrom[count] = nameFrom;
      this.nameTo[count] = nameTo;
      this.valueFrom[count] = valueFrom;
      this.valueTo[count] = valueTo;
      this.valueFlags[count] = flags;
      count++;
      i = valueTo + 1;
    }
    if (count > 1) this.checkDuplicates(buf, count);
    this.openElement(name, count, lt, i, selfClosing);
    return i;
  }

  /** Two attributes of one name are an error saxes reports. */
  private checkDuplicates(buf: Uint8Array, count: number): void {
    for (let a = 1; a < count; a++) {
      const len = this.nameTo[a] - this.nameFrom[a];
      for (let b = 0; b < a; b++) {
        if (this.nameTo[b] - this.nameFrom[b] !== len) continue;
        let same = true;
        for (let k = 0; k < len; k++) {
          if (buf[this.nameFrom[a] + k] !== buf[this.nameFrom[b] + k]) {
            same = false;
            break;
          }
        }
        if (same) throw new NeedsFullParser('duplicate attribute');
      }
    }
  }

  /**
   * The start tag read (`lt` its `<`, `end` past its `>`, its `count` attributes recorded): namespaces it declares
   * taken in, the element reported, and closed at once when it is self-closing.
   */
  private openElement(name: ElementName, count: number, lt: number, end: number, selfClosing: boolean): void {
    if (this.stage === EPILOG) throw new NeedsFullParser('second root');
    this.stage = ROOT;
    this.first = false;
    this.count = count;
    const depth = this.names.length;
    if (this.allNamespaces) {
      if (count > 0 && this.declaresNamespace()) this.scope.declare(checkedDeclarations(this.record()), depth + 1);
      this.checkPrefixes(name);
    } else if (count > 0 && !name.cellLevel && this.declaresNamespace()) {
      this.scope.declare(this.record(), depth + 1);
    }
    const element = this.element(name);
    this.names.push(name);
    this.elements.push(element);
    this.start = this.base + lt;
    this.openEnd = this.base + end;
    this.depth = depth;
    this.prefix = name.prefix;
    this.handlers.open(element, this, selfClosing);
    this.count = 0;
    if (selfClosing) {
      this.closeStart = this.end = this.openEnd;
      this.closeElement();
    }
  }

  /** allNamespaces: the element's and its attributes' prefixes bound, no two attributes of one expanded name. */
  private checkPrefixes(name: ElementName): void {
    if (
      name.colons > 1 ||
      (name.colons === 1 && (name.prefix === 'xmlns' || this.scope.uri(name.prefix) === undefined))
    ) {
      throw new NeedsFullParser('prefix');
    }
    let expanded: string[] | null = null;
    let prefixed = 0;
    for (let a = 0; a < this.count; a++) {
      const from = this.nameFrom[a];
      const to = this.nameTo[a];
      let colon = -1;
      for (let k = from; k < to; k++) {
        if (this.buf[k] !== 58) continue;
        if (colon >= 0) throw new NeedsFullParser('attribute name');
        colon = k;
      }
      if (colon < 0) continue;
      if (colon === from || colon === to - 1) throw new NeedsFullParser('attribute name');
      // The prefix of the attribute before (a row's `x14ac:dyDescent` on every row) is known to be bound.
      if (this.boundVersion === this.scope.version && this.sameBytes(from, colon, this.boundPrefix)) {
        if (++prefixed > 1) expanded = this.expanded(expanded, a, colon);
        continue;
      }
      const prefix = ascii(this.buf, from, colon);
      if (prefix === 'xmlns') continue;
      if (this.scope.uri(prefix) === undefined) throw new NeedsFullParser('unbound prefix');
      this.boundPrefix = prefix;
      this.boundVersion = this.scope.version;
      if (++prefixed > 1) expanded = this.expanded(expanded, a, colon);
    }
  }

  /** The prefix last found bound, in the scope of that version. */
  private boundPrefix = '';
  private boundVersion = -1;

  private sameBytes(from: number, to: number, text: string): boolean {
    if (to - from !== text.length) return false;
    for (let k = 0; k < text.length; k++) if (this.buf[from + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** The expanded names (namespace URI and local name) of the prefixed attributes up to `a`: a duplicate throws. */
  private expanded(seen: string[] | null, a: number, colon: number): string[] {
    const out = seen ?? [];
    if (seen === null) {
      // The first prefixed attribute, now that there is a second.
      for (let b = 0; b < a; b++) {
        const key = this.expandedName(b);
        if (key !== null && key !== 'xmlns') out.push(key);
      }
    }
    const key = this.expandedName(a, colon);
    if (key !== null && key !== 'xmlns') {
      if (out.includes(key)) throw new NeedsFullParser('duplicate attribute');
      out.push(key);
    }
    return out;
  }

  /** `uri local` of a prefixed attribute, 'xmlns' for a declaration, null for an unprefixed one. */
  private expandedName(a: number, colon = -1): string | null {
    const from = this.nameFrom[a];
    const to = this.nameTo[a];
    if (colon < 0) for (let k = from; k < to && colon < 0; k++) if (this.buf[k] === 58) colon = k;
    if (colon < 0) return null;
    const prefix = ascii(this.buf, from, colon);
    if (prefix === 'xmlns') return 'xmlns';
    return `${this.scope.uri(prefix)} ${ascii(this.buf, colon + 1, to)}`;
  }

  /** An attribute of the relationships namespace (`r:id`, transitional or strict), as walkXml's relAttr. */
  relAttr(local: string, uris: readonly string[]): string | undefined {
    for (let a = 0; a < this.count; a++) {
      const name = ascii(this.buf, this.nameFrom[a], this.nameTo[a]);
      const colon = name.indexOf(':');
      if (colon < 0 || name.slice(colon + 1) !== local) continue;
      const uri = this.scope.uri(name.slice(0, colon));
      if (uri !== undefined && uris.includes(uri)) return this.value(a);
    }
    return undefined;
  }

  private endTag(buf: Uint8Array, lt: number, n: number): number {
    let i = this.name(buf, lt + 2, n);
    if (i < 0) return -1;
    const name = this.lastName;
    while (i < n && isSpace(buf[i])) i++;
    if (i >= n) return -1;
    if (buf[i] !== GT) throw new NeedsFullParser('end tag');
    const open = this.names[this.names.length - 1];
    if (open !== name) throw new NeedsFullParser('end tag');
    this.closeStart = this.base + lt;
    this.end = this.base + i + 1;
    this.closeElement();
    return i + 1;
  }

  private closeElement(): void {
    this.names.pop();
    this.depth = this.names.length;
    // Resolved when it opened: the scopes its children opened have ended, its own is still on.
    this.handlers.close(this.elements.pop() as StreamElement);
    this.scope.leave(this.names.length);
    if (this.names.length === 0) this.stage = EPILOG;
  }

  private grow(): void {
    const size = this.nameFrom.length * 2;
    const more = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.nameFrom = more(this.nameFrom);
    this.nameTo = more(this.nameTo);
    this.valueFrom = more(this.valueFrom);
    this.valueTo = more(this.valueTo);
    const flags = new Uint8Array(size);
    flags.set(this.valueFlags);
    this.valueFlags = flags;
  }

  /** Whether the current start tag has an `xmlns` or `xmlns:…` attribute. */
  private declaresNamespace(): boolean {
    const buf = this.buf;
    for (let a = 0; a < this.count; a++) {
      const from = this.nameFrom[a];
      const len = this.nameTo[a] - from;
      if (
        (len === 5 || (len >= 6 && buf[from + 5] === 58)) &&
        buf[from] === 120 &&
        buf[from + 1] === 109 &&
        buf[from + 2] === 108 &&
        buf[from + 3] === 110 &&
        buf[from + 4] === 115
      ) {
        return true;
      }
    }
    return false;
  }

  /** The current start tag's attributes as a record, as saxes gives them. */
  private record(): Record<string, string> {
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (let a = 0; a < this.count; a++) out[ascii(this.buf, this.nameFrom[a], this.nameTo[a])] = this.value(a);
    return out;
  }

  private value(a: number): string {
    const flags = this.valueFlags[a];
    const from = this.valueFrom[a];
    const to = this.valueTo[a];
    if (flags === 0) return ascii(this.buf, from, to);
    let s = flags & NON_ASCII ? utf8.decode(this.buf.subarray(from, to)) : ascii(this.buf, from, to);
    // Attribute-value normalization: a line end (CR LF as one) and a tab each become a space, before references.
    if (flags & WHITESPACE) s = s.replace(/\r\n|[\r\n\t]/g, ' ');
    if (flags & REFERENCE) s = decodeReferences(s);
    return s;
  }

  /** The index of the current start tag's attribute of that qualified name, or -1. */
  private find(name: string): number {
    const buf = this.buf;
    const len = name.length;
    for (let a = 0; a < this.count; a++) {
      const from = this.nameFrom[a];
      if (this.nameTo[a] - from !== len) continue;
      let k = 0;
      while (k < len && buf[from + k] === name.charCodeAt(k)) k++;
      if (k === len) return a;
    }
    return -1;
  }

  /** Attributes: the current start tag's attribute of that qualified name (`r`, `x14ac:dyDescent`). */
  get(name: string): string | undefined {
    const a = this.find(name);
    return a < 0 ? undefined : this.value(a);
  }

  int(name: string): number {
    const a = this.find(name);
    if (a < 0) return NaN;
    const from = this.valueFrom[a];
    const to = this.valueTo[a];
    const buf = this.buf;
    // Plain digits, as writers write them, read from the bytes; anything else by parseInt itself.
    if (this.valueFlags[a] === 0 && to > from && to - from <= 15) {
      let n = 0;
      let i = from;
      for (; i < to; i++) {
        const c = buf[i];
        if (c < 48 || c > 57) break;
        n = n * 10 + (c - 48);
      }
      if (i > from) return n;
    }
    return parseInt(this.value(a), 10);
  }

  column(name: string): number {
    const a = this.find(name);
    if (a < 0) return 0;
    if (this.valueFlags[a] !== 0) return refColumn(this.value(a));
    const buf = this.buf;
    let col = 0;
    for (let i = this.valueFrom[a], to = this.valueTo[a]; i < to; i++) {
      const c = buf[i];
      if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
      else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
      else if (c !== 36 /* $ */) break;
    }
    return col;
  }
}

/**
 * An element name: its text, prefix and number of colons, whether it is one of CELL_LEVEL, and how it was last
 * reported (scope version).
 */
interface ElementName {
  text: string;
  prefix: string;
  colons: number;
  cellLevel: boolean;
  element: StreamElement | null;
  version: number;
}

function elementName(text: string): ElementName {
  const colon = text.indexOf(':');
  const colons = colon < 0 ? 0 : colon === 0 || colon === text.length - 1 || text.indexOf(':', colon + 1) >= 0 ? 2 : 1;
  const prefix = colon < 0 ? '' : text.slice(0, colon);
  return { text, prefix, colons, cellLevel: CELL_LEVEL.has(text), element: null, version: -1 };
}

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** allNamespaces: declarations saxes takes as they are (no `xml` or `xmlns` prefix declared, no empty prefixed one). */
function checkedDeclarations(attrs: Record<string, string>): Record<string, string> {
  for (const k in attrs) {
    if (k === 'xmlns') {
      if (attrs[k] === XML_NS_URI || attrs[k] === XMLNS_NS) throw new NeedsFullParser('declaration');
    } else if (k.startsWith('xmlns:')) {
      const prefix = k.slice(6);
      const uri = attrs[k];
      if (prefix === '' || prefix === 'xml' || prefix === 'xmlns' || prefix.includes(':') || uri === '') {
        throw new NeedsFullParser('declaration');
      }
      if (uri === XML_NS_URI || uri === XMLNS_NS) throw new NeedsFullParser('declaration');
    }
  }
  return attrs;
}

const XML_NS_URI = 'http://www.w3.org/XML/1998/namespace';

/** Text with non-ASCII characters, line ends or references, as saxes reports it. */
function decode(buf: Uint8Array, from: number, to: number, flags: number): string {
  let s = flags & NON_ASCII ? utf8.decode(buf.subarray(from, to)) : ascii(buf, from, to);
  // End-of-line handling: CR LF and a lone CR read as LF (before references: `&#13;` stays a CR).
  if (flags & HAS_CR) s = s.replace(/\r\n?/g, '\n');
  if (flags & REFERENCE) s = decodeReferences(s);
  return s;
}

export type { StreamElement };
