// Node-only: a sheet's notes parts (comments XML and VML shapes) built as plain strings, byte for byte what
// exceljs's CommentsXform and VmlNotesXform write, at a fraction of their cost for tens of thousands of notes.

import ExcelJS from 'exceljs';
import RichTextXform from 'exceljs/lib/xlsx/xform/strings/rich-text-xform';
import XmlStream from 'exceljs/lib/utils/xml-stream';

/** One entry of a prepared worksheet model's `comments` (exceljs's CellXform.prepare builds them). */
export interface CommentModel {
  ref: string;
  refAddress: { row: number; col: number };
  anchor?: { left: number; top: number; right: number; bottom: number };
  note: {
    texts?: ExcelJS.RichText[];
    margins?: { insetmode?: string; inset?: number[] | string };
    protection?: { locked?: string; lockText?: string };
    editAs?: string;
  };
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters exceljs's xmlEncode escapes or drops (controls other than tab, LF and CR, and DEL: XML 1.0 forbids them).
const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;

/** exceljs's utils.xmlEncode: the same output for every string, so the parts stay as exceljs writes them. */
export function xmlEncode(text: string): string {
  const first = NEEDS_ENCODING.exec(text);
  if (!first) return text;
  let out = '';
  let last = 0;
  let i = first.index;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escape: string;
    switch (code) {
      case 34:
        escape = '&quot;';
        break;
      case 38:
        escape = '&amp;';
        break;
      case 39:
        escape = '&apos;';
        break;
      case 60:
        escape = '&lt;';
        break;
      case 62:
        escape = '&gt;';
        break;
      case 127:
        escape = '';
        break;
      default:
        if (code <= 31 && (code <= 8 || (code >= 11 && code !== 13))) {
          escape = '';
          break;
        }
        continue;
    }
    if (last !== i) out += text.substring(last, i);
    last = i + 1;
    out += escape;
  }
  return last !== i ? out + text.substring(last, i) : out;
}

let richText: { render(stream: XmlStream, run: ExcelJS.RichText): void } | null = null;

/** One run of a note's text: ours (no font) directly, a person's formatted run through exceljs's own xform. */
function runXml(run: ExcelJS.RichText): string {
  if (run.font) {
    richText ??= new RichTextXform();
    const stream = new XmlStream();
    richText.render(stream, run);
    return stream.xml;
  }
  const text = String(run.text);
  const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<r><t${space}>${xmlEncode(text)}</t></r>`;
}

/** xl/commentsN.xml: exceljs's CommentsXform output for these notes. */
export function commentsXml(comments: readonly CommentModel[]): string {
  const parts: string[] = [
    XML_DECL,
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Author</author></authors>',
  ];
  if (comments.length === 0) parts.push('<commentList/>');
  else {
    parts.push('<commentList>');
    for (const c of comments) {
      const texts = c.note?.texts ?? [];
      parts.push(`<comment ref="${xmlEncode(String(c.ref))}" authorId="0">`);
      if (texts.length === 0) parts.push('<text/>');
      else {
        parts.push('<text>');
        for (const run of texts) parts.push(runXml(run));
        parts.push('</text>');
      }
      parts.push('</comment>');
    }
    parts.push('</commentList>');
  }
  parts.push('</comments>');
  return parts.join('');
}

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/>' +
  '</o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" ' +
  'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>' +
  '</v:shapetype>';

const SHAPE_STYLE =
  'position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden';

const SHAPE_FILL =
  '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>';

/** The note box's place in cells (VmlAnchorXform): the stored anchor, or two columns right of the cell. */
function anchorRect(c: CommentModel): number[] {
  const a = c.anchor;
  if (a) {
    const l = Math.floor(a.left);
    const t = Math.floor(a.top);
    const r = Math.floor(a.right);
    const b = Math.floor(a.bottom);
    return [
      l,
      Math.floor((a.left - l) * 68),
      t,
      Math.floor((a.top - t) * 18),
      r,
      Math.floor((a.right - r) * 68),
      b,
      Math.floor((a.bottom - b) * 18),
    ];
  }
  const l = c.refAddress.col;
  const t = Math.max(c.refAddress.row - 2, 0);
  return [l, 6, t, 14, l + 2, 2, t + 4, 16];
}

function leaf(tag: string, text: string | undefined): string {
  return text === undefined ? `<${tag}/>` : `<${tag}>${xmlEncode(String(text))}</${tag}>`;
}

function shapeXml(c: CommentModel, index: number): string {
  const note = c.note ?? {};
  const insetmode = note.margins?.insetmode;
  let inset: number[] | string | undefined = note.margins?.inset;
  // exceljs writes margins given in centimetres as millimetres ("1.3mm"), its own arithmetic included.
  if (Array.isArray(inset)) inset = inset.map((m) => `${parseFloat(String(m)) * 10}mm`).join(',');
  const { editAs } = note;
  return (
    `<v:shape id="_x0000_s${1025 + index}" type="#_x0000_t202" style="${SHAPE_STYLE}" ` +
    `fillcolor="infoBackground [80]" strokecolor="none [81]"` +
    (insetmode !== undefined ? ` o:insetmode="${xmlEncode(String(insetmode))}"` : '') +
    `>${SHAPE_FILL}<v:textbox style="mso-direction-alt:auto"` +
    (inset ? ` inset="${xmlEncode(String(inset))}"` : '') +
    '><div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note">' +
    (editAs === 'absolute' ? '<x:MoveWithCells/>' : '') +
    (editAs === 'absolute' || editAs === 'oneCells' ? '<x:SizeWithCells/>' : '') +
    `<x:Anchor>${anchorRect(c).join(', ')}</x:Anchor>` +
    leaf('x:Locked', note.protection?.locked) +
    '<x:AutoFill>False</x:AutoFill>' +
    leaf('x:LockText', note.protection?.lockText) +
    `<x:Row>${c.refAddress.row - 1}</x:Row><x:Column>${c.refAddress.col - 1}</x:Column></x:ClientData></v:shape>`
  );
}

/** xl/drawings/vmlDrawingN.vml: exceljs's VmlNotesXform output (the notes' boxes, hidden until hovered). */
export function vmlNotesXml(comments: readonly CommentModel[]): string {
  const parts: string[] = [XML_DECL, VML_HEAD];
  comments.forEach((c, i) => parts.push(shapeXml(c, i)));
  parts.push('</xml>');
  return parts.join('');
}
