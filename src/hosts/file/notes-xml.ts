// A sheet's notes patched in place: the comments part (text) and the legacy VML drawing (the note boxes). Our lines
// go in a run of their own after a person's text; a person's runs, author, box and visibility are never rewritten.

import { mergeComment, ourLineRanges } from '../../core/annotate/comments';
import { parseA1 } from '../../core/a1';
import {
  addContentType,
  addRel,
  CONTENT_TYPE,
  freePartName,
  readRels,
  relIs,
  relType,
  removeContentType,
  removeRel,
  THREADED_COMMENT_REL,
} from './opc';
import { ByteWriter, encodeSplices, attr, escapeText, isMain, qname, walkXml, type Splice } from './xml';
import type { Package } from './zip-package';

/** Author of the notes the product creates. */
export const NOTE_AUTHOR = '指标审核 Indicator Checker';

interface Run {
  start: number;
  end: number;
  text: string;
  /** The <t> content's range inside the part, to rewrite a run's text and nothing else. */
  tOpenEnd: number;
  tCloseStart: number;
}

interface CommentSlot {
  ref: string;
  start: number;
  end: number;
  authorId: string;
  runs: Run[];
  /** Where a new run goes (after the last run), and the <text> element when it is empty (`<text/>`). */
  insertAt: number;
  emptyText: { start: number; end: number; name: string } | null;
}

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="BLOCK"/>' +
  '</o:shapelayout>';
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function shapeXml(id: number, row: number, col: number): string {
  // Hidden until hovered, as Excel writes a new note; the box sits two columns right of the cell.
  const anchor = [col + 1, 15, Math.max(row - 1, 0), 10, col + 3, 15, row + 3, 4].join(', ');
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:180pt;` +
    'height:80pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>' +
    '<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">' +
    '<div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column>` +
    '</x:ClientData></v:shape>'
  );
}

/** The notes of one worksheet: read, changed cell by cell, saved into the package. */
export class SheetNotes {
  private commentsPart: string | null = null;
  private commentsRel: string | null = null;
  private vmlPart: string | null = null;
  private vmlRel: string | null = null;
  private text = '';
  private readonly comments = new Map<string, CommentSlot>();
  private authors: string[] = [];
  private authorsClose = -1;
  private listClose = -1;
  private listSelfClosing: { start: number; end: number; name: string } | null = null;
  private prefix = '';
  private readonly threaded = new Set<string>();
  private readonly splices: Splice[] = [];
  private readonly added: Array<{ ref: string; xml: string }> = [];
  private readonly dropped = new Set<string>();
  /** What the sheet XML must do with its <legacyDrawing> after save. */
  legacy: { add?: string; remove?: boolean } = {};

  constructor(
    private readonly pkg: Package,
    private readonly sheetPart: string,
    private readonly strict: boolean,
  ) {
    for (const rel of readRels(pkg, sheetPart)) {
      if (rel.external || !pkg.has(rel.target)) continue;
      if (relIs(rel.type, 'comments')) [this.commentsPart, this.commentsRel] = [pkg.find(rel.target) as string, rel.id];
      if (relIs(rel.type, 'vmlDrawing')) [this.vmlPart, this.vmlRel] = [pkg.find(rel.target) as string, rel.id];
      if (rel.type === THREADED_COMMENT_REL) {
        walkXml(rel.target, pkg.text(rel.target), {
          open: (el) => {
            const ref = attr(el, 'ref');
            if (el.local === 'threadedComment' && ref) this.threaded.add(ref.toUpperCase());
          },
        });
      }
    }
    if (this.commentsPart) this.parse(this.commentsPart);
  }

  private parse(part: string): void {
    this.text = this.pkg.text(part);
    let slot: CommentSlot | null = null;
    let run: Run | null = null;
    let inText = 0;
    walkXml(part, this.text, {
      open: (el) => {
        if (el.depth === 0) this.prefix = el.prefix;
        if (!isMain(el.uri)) return;
        if (el.local === 'comment' && el.depth === 2) {
          slot = {
            ref: (attr(el, 'ref') ?? '').toUpperCase(),
            start: el.start,
            end: -1,
            authorId: attr(el, 'authorId') ?? '0',
            runs: [],
            insertAt: -1,
            emptyText: null,
          };
        } else if (slot && el.local === 'text' && el.depth === 3) {
          inText = 1;
          if (el.selfClosing) slot.emptyText = { start: el.start, end: el.openEnd, name: el.name };
        } else if (slot && inText && (el.local === 'r' || el.local === 't') && el.depth === 4) {
          run = { start: el.start, end: -1, text: '', tOpenEnd: el.openEnd, tCloseStart: el.openEnd };
        } else if (run && el.local === 't' && el.depth === 5) run.tOpenEnd = el.openEnd;
      },
      text: (t, parent) => {
        if (run && parent?.local === 't') run.text += t;
      },
      close: (el, closeStart, end) => {
        if (el.depth === 0 || !isMain(el.uri)) return;
        if (el.local === 'author' && el.depth === 2) this.authors.push(this.text.slice(el.openEnd, closeStart));
        if (el.local === 'authors' && el.depth === 1) this.authorsClose = el.selfClosing ? -1 : closeStart;
        if (el.local === 'commentList' && el.depth === 1) {
          this.listClose = closeStart;
          if (el.selfClosing) this.listSelfClosing = { start: el.start, end, name: el.name };
        }
        if (run && el.local === 't') run.tCloseStart = el.selfClosing ? el.openEnd : closeStart;
        if (run && slot && (el.local === 'r' || el.local === 't') && el.depth === 4) {
          run.end = end;
          slot.runs.push(run);
          slot.insertAt = end;
          run = null;
        }
        if (slot && el.local === 'text' && el.depth === 3) {
          inText = 0;
          if (slot.insertAt < 0) slot.insertAt = el.selfClosing ? -1 : closeStart;
        }
        if (slot && el.local === 'comment' && el.depth === 2) {
          slot.end = end;
          if (!this.comments.has(slot.ref)) this.comments.set(slot.ref, slot);
          slot = null;
        }
      },
    });
  }

  /** Cells that have a note, and the note's text. */
  refs(): string[] {
    return [...this.comments.keys()];
  }

  noteText(ref: string): string | undefined {
    const c = this.comments.get(ref);
    return c && c.runs.map((r) => r.text).join('');
  }

  /** A cell with an Excel 365 threaded comment: its legacy note is Excel's placeholder, which we leave alone. */
  isThreaded(ref: string): boolean {
    return this.threaded.has(ref);
  }

  /** Replaces our lines in the cell's note by `lines` (none: removes them), leaving a person's text as it is. */
  setLines(ref: string, lines: readonly string[]): void {
    // A threaded comment's note is Excel's placeholder for older versions: Excel rebuilds it from the thread and
    // would drop or duplicate our lines, so such a cell keeps its fill and gets no note of ours.
    if (this.isThreaded(ref)) return;
    const c = this.comments.get(ref);
    if (!c) {
      if (lines.length > 0) this.added.push({ ref, xml: mergeComment(null, lines) });
      return;
    }
    const text = c.runs.map((r) => r.text).join('');
    const ranges = ourLineRanges(text);
    if (ranges.length === 0 && lines.length === 0) return;
    let at = 0;
    let person = '';
    const kept: Run[] = [];
    const runSplices: Splice[] = [];
    for (const run of c.runs) {
      const start = at;
      at += run.text.length;
      let left = '';
      let pos = start;
      for (const [s, e] of ranges) {
        if (e <= pos || s >= at) continue;
        left += run.text.slice(pos - start, Math.max(s, pos) - start);
        pos = Math.min(e, at);
      }
      left += run.text.slice(pos - start);
      person += left;
      if (left === run.text) kept.push(run);
      else if (left !== '') {
        runSplices.push({ from: run.tOpenEnd, to: run.tCloseStart, text: escapeText(left) });
        kept.push(run);
      } else runSplices.push({ from: run.start, to: run.end, text: '' });
    }
    const suffix = mergeComment(person, lines).slice(person.length);
    if (kept.length === 0 && suffix === '') {
      // The note held our lines only: it was ours, and goes with its box.
      this.splices.push({ from: c.start, to: c.end, text: '' });
      this.dropped.add(ref);
      return;
    }
    this.splices.push(...runSplices);
    if (suffix !== '') {
      const t = qname(this.prefix, 't');
      const xml = `<${qname(this.prefix, 'r')}><${t} xml:space="preserve">${escapeText(suffix)}</${t}></${qname(this.prefix, 'r')}>`;
      if (c.emptyText) {
        const name = c.emptyText.name;
        this.splices.push({ from: c.emptyText.start, to: c.emptyText.end, text: `<${name}>${xml}</${name}>` });
      } else this.splices.push({ from: c.insertAt, to: c.insertAt, text: xml });
    }
  }

  /** Writes the comments and VML parts (creating or removing them) and says what the sheet's <legacyDrawing> needs. */
  save(): void {
    if (this.splices.length === 0 && this.added.length === 0) return;
    const remaining = this.comments.size - this.dropped.size + this.added.length;
    this.saveComments(remaining);
    this.saveVml(remaining);
  }

  private saveComments(remaining: number): void {
    const pkg = this.pkg;
    if (remaining === 0 && this.commentsPart) {
      pkg.remove(this.commentsPart);
      removeContentType(pkg, this.commentsPart);
      removeRel(pkg, this.sheetPart, this.commentsRel as string);
      return;
    }
    let authorId = this.authors.indexOf(NOTE_AUTHOR);
    const splices = [...this.splices];
    if (!this.commentsPart) {
      const part = freePartName(pkg, (n) => `xl/comments${n}.xml`);
      const ns = this.strict
        ? 'http://purl.oclc.org/ooxml/spreadsheetml/main'
        : 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
      this.text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${ns}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList></commentList></comments>`;
      this.listClose = this.text.lastIndexOf('</commentList>');
      authorId = 0;
      this.commentsPart = part;
      addContentType(pkg, part, CONTENT_TYPE.comments);
      this.commentsRel = addRel(pkg, this.sheetPart, relType(this.strict, 'comments'), part);
    }
    if (this.added.length > 0 && authorId < 0) {
      authorId = this.authors.length;
      const xml = `<${qname(this.prefix, 'author')}>${NOTE_AUTHOR}</${qname(this.prefix, 'author')}>`;
      if (this.authorsClose < 0) throw new Error(`${this.commentsPart}: no <authors> list`);
      splices.push({ from: this.authorsClose, to: this.authorsClose, text: xml });
    } else if (authorId === this.authors.length - 1 && authorId > 0 && !this.usesAuthor(authorId)) {
      // Our author, last of the list, with no note left: it goes, so the part is as a person left it.
      const at = this.text.lastIndexOf('<', this.authorsClose - 1);
      const start = this.text.lastIndexOf('<', at - 1);
      splices.push({ from: start, to: this.authorsClose, text: '' });
    }
    const p = (l: string) => qname(this.prefix, l);
    const added = this.added.map(
      (a) =>
        `<${p('comment')} ref="${a.ref}" authorId="${authorId}"><${p('text')}><${p('r')}><${p('t')} xml:space="preserve">${escapeText(a.xml)}</${p('t')}></${p('r')}></${p('text')}></${p('comment')}>`,
    );
    if (added.length > 0 && this.listSelfClosing) {
      const { start, end, name } = this.listSelfClosing;
      splices.push({ from: start, to: end, text: `<${name}>${added.join('')}</${name}>` });
    } else {
      // One insertion per note, in order (insertions at one place keep their order): no string of them all.
      for (const text of added) splices.push({ from: this.listClose, to: this.listClose, text });
    }
    pkg.setBytes(this.commentsPart, encodeSplices(this.text, splices));
  }

  private usesAuthor(id: number): boolean {
    for (const [ref, c] of this.comments) if (!this.dropped.has(ref) && c.authorId === String(id)) return true;
    return this.added.length > 0;
  }

  private saveVml(remaining: number): void {
    const pkg = this.pkg;
    let vml = this.vmlPart ? pkg.text(this.vmlPart) : null;
    if (vml !== null) vml = removeShapes(vml, this.dropped);
    if (this.added.length > 0) {
      if (vml === null) vml = `${VML_HEAD.replace('BLOCK', String(freeIdBlock(pkg)))}${SHAPETYPE}</xml>`;
      if (!/id\s*=\s*"_x0000_t202"/.test(vml)) vml = insertBeforeEnd(vml, SHAPETYPE);
    }
    if (vml === null) return;
    const shapes = this.added.length > 0;
    const empty = !shapes && !/<\w+:shape[\s>]/.test(vml) && remaining === 0;
    if (empty && this.vmlPart) {
      pkg.remove(this.vmlPart);
      removeRel(pkg, this.sheetPart, this.vmlRel as string);
      if (!pkg.names().some((n) => /\.vml$/i.test(n))) removeContentType(pkg, 'x.vml', true);
      this.legacy = { remove: true };
      return;
    }
    if (!this.vmlPart) {
      this.vmlPart = freePartName(pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`);
      addContentType(pkg, this.vmlPart, CONTENT_TYPE.vml, true);
      this.vmlRel = addRel(pkg, this.sheetPart, relType(this.strict, 'vmlDrawing'), this.vmlPart);
      this.legacy = { add: this.vmlRel };
    }
    if (!shapes) {
      pkg.setText(this.vmlPart, vml);
      return;
    }
    // The new boxes go before </xml>, written as bytes one by one (thousands of notes: tens of megabytes of VML).
    const at = vml.lastIndexOf('</xml>');
    if (at < 0) throw new Error('VML drawing without </xml>');
    const out = new ByteWriter(vml.length + this.added.length * 800);
    out.write(vml.slice(0, at));
    let next = nextShapeId(vml);
    for (const a of this.added) {
      const { row, col } = parseA1(a.ref);
      out.write(shapeXml(next++, row - 1, col - 1));
    }
    out.write(vml.slice(at));
    pkg.setBytes(this.vmlPart, out.bytes());
  }
}

function insertBeforeEnd(vml: string, xml: string): string {
  const at = vml.lastIndexOf('</xml>');
  if (at < 0) throw new Error('VML drawing without </xml>');
  return vml.slice(0, at) + xml + vml.slice(at);
}

/**
 * Removes the note box of each cell (the first VML shape of ObjectType Note at its row and column), in one pass over
 * the drawing: removed one cell at a time, re-annotating a sheet with thousands of notes took minutes.
 */
function removeShapes(vml: string, refs: Iterable<string>): string {
  const wanted = new Set<string>();
  for (const ref of refs) {
    const { row, col } = parseA1(ref);
    wanted.add(`${row - 1},${col - 1}`);
  }
  const re = /<(\w+):shape[\s>][\s\S]*?<\/\1:shape>/g;
  const kept: string[] = [];
  let at = 0;
  for (let m = wanted.size > 0 ? re.exec(vml) : null; m; m = wanted.size > 0 ? re.exec(vml) : null) {
    const s = m[0];
    if (!/ObjectType\s*=\s*"Note"/.test(s)) continue;
    const r = /<\w+:Row>\s*(\d+)\s*</.exec(s)?.[1];
    const c = /<\w+:Column>\s*(\d+)\s*</.exec(s)?.[1];
    const key = `${Number(r)},${Number(c)}`;
    if (!wanted.delete(key)) continue;
    kept.push(vml.slice(at, m.index));
    at = m.index + s.length;
  }
  if (at === 0) return vml;
  kept.push(vml.slice(at));
  return kept.join('');
}

function nextShapeId(vml: string): number {
  let max = 0;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  const block = Number(/<\w+:idmap[^>]*data\s*=\s*"(\d+)/.exec(vml)?.[1] ?? 1);
  return max > 0 ? max + 1 : block * 1024 + 1;
}

/** A drawing id block no other VML part of the workbook uses (Excel wants them distinct). */
function freeIdBlock(pkg: Package): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!/\.vml$/i.test(name)) continue;
    const data = /<\w+:idmap[^>]*data\s*=\s*"([\d,\s]+)"/.exec(pkg.text(name))?.[1] ?? '';
    for (const n of data.split(',')) max = Math.max(max, Number(n) || 0);
  }
  return max + 1;
}
