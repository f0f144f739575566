// The reader's byte tokenizer (src/hosts/file/xml-bytes.ts) against XmlStream (saxes): on every document it takes, the
// same elements, attributes and text; every document it does not take is left to saxes (NeedsFullParser), never
// read wrongly or refused with an error of its own. Hand-written cases, then random edits of a sheet.

import fc from 'fast-check';
import { ByteXmlStream, NeedsFullParser } from '../../../src/hosts/file/xml-bytes';
import { attr, isMain, walkXml, XmlStream, type XmlStreamHandlers } from '../../../src/hosts/file/xml';

const ATTRS = [
  'r',
  's',
  't',
  'hidden',
  'ref',
  'xmlns',
  'xmlns:x',
  'x:r',
  'a',
  'b',
  'numFmtId',
  'formatCode',
  'xml:space',
];

function recorder(events: string[]): XmlStreamHandlers {
  return {
    open(el, attrs, selfClosing) {
      const values = ATTRS.map((a) => attrs.get(a)).map((v) => (v === undefined ? '-' : JSON.stringify(v)));
      events.push(`<${el.local}${el.main ? '' : '?'} ${values.join(' ')}${selfClosing ? '/' : ''}>`);
    },
    close(el) {
      events.push(`</${el.local}${el.main ? '' : '?'}>`);
    },
    text(t) {
      // Text may come in pieces: joined, so that only its content is compared.
      const last = events.length - 1;
      if (last >= 0 && events[last].startsWith('#')) events[last] += t;
      else events.push(`#${t}`);
    },
  };
}

type Outcome = { events: string[] } | { error: string };

function withSaxes(xml: Uint8Array): Outcome {
  const events: string[] = [];
  try {
    const stream = new XmlStream('part.xml', recorder(events));
    const decoder = new TextDecoder();
    stream.write(decoder.decode(xml));
    stream.close();
    return { events };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The byte tokenizer, the document written in pieces cut at `cuts`; null when it leaves the document to saxes. */
function withBytes(xml: Uint8Array, cuts: number[] = []): Outcome | null {
  const events: string[] = [];
  try {
    const stream = new ByteXmlStream(recorder(events));
    const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
    let from = 0;
    for (const c of at) {
      stream.write(xml.subarray(from, c), false);
      from = c;
    }
    stream.write(xml.subarray(from), true);
    stream.close();
    return { events };
  } catch (e) {
    if (e instanceof NeedsFullParser) return null;
    throw e;
  }
}

const enc = (s: string) => new TextEncoder().encode(s);

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="r-ns">` +
  `<sheetData><row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>0</v></c>` +
  `<c r="B1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b &lt;c&gt; &#x4E2D;&#25991; </t></is></c>` +
  `<c r="C1"><v>1.5E+3</v></c></row><row r="3" hidden="1"><c r="A3" t="str"><f>A1</f><v>中文\r\nline</v></c></row>` +
  `</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

describe('byte tokenizer', () => {
  it.each([
    ['a sheet', SHEET],
    ['a byte order mark', `\uFEFF${SHEET}`],
    ['no declaration', '<a b="1"/>'],
    ["single quotes, spaces around '='", "<?xml version='1.0'?><a b = '1' a='x&quot;y'>t</a>"],
    ['attribute-value normalization', '<a b="x\ty\r\nz\nw&#10;v"/>'],
    ['line ends in text', '<a>x\r\ny\rz&#13;</a>'],
    ['a prefixed SpreadsheetML', `<x:worksheet xmlns:x="${MAIN}"><x:c x:r="A1" r="B2"/></x:worksheet>`],
    ['a nested namespace declaration', `<a xmlns="${MAIN}"><b xmlns="other"><c/></b><c/></a>`],
    ['white space after the root', '<a/>\r\n  \n'],
    ['U+FFFD and astral characters', '<a b="\uFFFD">😀</a>'],
  ])('reads %s as saxes does', (_what, xml) => {
    const bytes = enc(xml);
    const fast = withBytes(bytes);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(withSaxes(bytes));
    // Cut anywhere, the same.
    for (let cut = 1; cut < bytes.length; cut += 7) expect(withBytes(bytes, [cut, cut + 3])).toEqual(fast);
  });

  it.each([
    ['a comment', '<a><!-- x --></a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['a processing instruction', '<a><?pi x?></a>'],
    ['XML 1.1', '<?xml version="1.1"?><a/>'],
    ['a declaration after white space', ' <?xml version="1.0"?><a/>'],
    ['a non-ASCII name', '<中/>'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a reference to a non-character', '<a>&#0;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['U+FFFE', '<a>\uFFFE</a>'],
    [']]> in text', '<a>]]></a>'],
    ['< in an attribute value', '<a b="<"/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['no space between attributes', '<a b="1"c="2"/>'],
    ['an unquoted value', '<a b=1/>'],
    ['a mismatched end tag', '<a></b>'],
    ['an unclosed element', '<a><b></a>'],
    ['a second root', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['nothing', ''],
    ['UTF-16', '\uFEFF<a/>'],
  ])('leaves %s to saxes', (what, xml) => {
    const bytes =
      what === 'UTF-16' ? new Uint8Array([0xff, 0xfe, ...[...'<a/>'].flatMap((c) => [c.charCodeAt(0), 0])]) : enc(xml);
    expect(withBytes(bytes)).toBeNull();
  });

  it('never reads a document otherwise than saxes (random edits of a sheet)', () => {
    const pieces = [
      '<',
      '>',
      '/',
      '&',
      ';',
      '"',
      "'",
      '=',
      ' ',
      '\r',
      '\n',
      '\t',
      ']',
      '!',
      '?',
      '#',
      'x',
      ':',
      '中',
      '\u0001',
      '\uFFFE',
      '&amp;',
      '&#',
    ];
    const base = enc(SHEET);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length), fc.constantFrom(...pieces), fc.boolean()), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.array(fc.nat(base.length + 8), { maxLength: 3 }),
        (edits, cuts) => {
          let text = SHEET;
          for (const [at, piece, replace] of edits) {
            const i = Math.min(at, text.length);
            text = text.slice(0, i) + piece + text.slice(replace ? i + 1 : i);
          }
          const bytes = enc(text);
          const fast = withBytes(bytes, cuts);
          if (fast !== null) expect(fast).toEqual(withSaxes(bytes));
        },
      ),
      { numRuns: 400, seed: 15 },
    );
  });
});

// With allNamespaces (the sheet patcher's scan), as walkXml: saxes with namespace processing, offsets in bytes.
function walked(xml: string): string[] | null {
  const events: string[] = [];
  const b = (offset: number) => enc(xml.slice(0, offset)).length;
  try {
    walkXml('part.xml', xml, {
      open: (el) =>
        events.push(
          `<${el.local} ${isMain(el.uri)} ${el.prefix} ${el.depth} ${b(el.start)} ${b(el.openEnd)} ${attr(el, 'r')}`,
        ),
      close: (el, closeStart, end) => events.push(`</${el.local} ${el.depth} ${b(closeStart)} ${b(end)}`),
    });
    return events;
  } catch {
    return null;
  }
}

function scanned(xml: string): string[] | null {
  const events: string[] = [];
  const tok: ByteXmlStream = new ByteXmlStream(
    {
      open: (el) =>
        events.push(`<${el.local} ${el.main} ${tok.prefix} ${tok.depth} ${tok.start} ${tok.openEnd} ${tok.get('r')}`),
      close: (el) => events.push(`</${el.local} ${tok.depth} ${tok.closeStart} ${tok.end}`),
    },
    { allNamespaces: true },
  );
  try {
    tok.write(enc(xml), true);
    tok.close();
    return events;
  } catch (e) {
    if (e instanceof NeedsFullParser) return null;
    throw e;
  }
}

describe('byte tokenizer with every namespace', () => {
  it.each([
    ['a sheet', SHEET.replace('<worksheet ', '<worksheet xmlns:x14ac="ac" ')],
    [
      'a prefixed sheet',
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"/></x:row></x:sheetData></x:worksheet>`,
    ],
    ['a declaration on a cell', `<a xmlns="${MAIN}"><c xmlns="other" r="B2"/><c r="C3"></c></a>`],
    ['two prefixed attributes', `<a xmlns:p="1" xmlns:q="2"><b p:x="1" q:x="2" r="D4"/></a>`],
  ])('reports %s as walkXml does', (_what, xml) => {
    const expected = walked(xml);
    expect(expected).not.toBeNull();
    expect(scanned(xml)).toEqual(expected);
  });

  it.each([
    ['an unbound element prefix', '<a><p:b/></a>'],
    ['an unbound attribute prefix', '<a p:x="1"/>'],
    ['two attributes of one expanded name', '<a xmlns:p="1" xmlns:q="1"><b p:x="1" q:x="2"/></a>'],
    ['a declaration of xml', '<a xmlns:xml="other"/>'],
    ['an empty prefixed declaration', '<a xmlns:p=""/>'],
  ])('leaves %s to saxes', (_what, xml) => {
    expect(scanned(xml)).toBeNull();
  });
});
