// The CLI's node writer: a valid zip (JSZip, unzip, python), exactly the parts exceljs writes, notes XML as exceljs's
// own xforms render it, and annotate → clear round trips through it that keep everything of the person's.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
// exceljs's own zip library (a dependency of exceljs): an independent reader of our zips.
import JSZip from 'jszip';
import fc from 'fast-check';
import { annotateWorkbook, clearWorkbook, loadWorkbook, readAnnotationState } from '../../../src/hosts/file/annotate';
import { writeFileAtomic } from '../../../src/hosts/file/atomic';
import { commentsXml, vmlNotesXml, xmlEncode, type CommentModel } from '../../../src/hosts/file/notes-xml';
import { PlainRowsXform, rowXml, type RowModel } from '../../../src/hosts/file/rows-xml';
import { writeWorkbook } from '../../../src/hosts/file/xlsx-writer';
import { crc32, tableCrc32, ZipTooLargeError, ZipWriter } from '../../../src/hosts/file/zip-writer';
import { FILLS } from '../../../src/core/annotate/types';
import type { Finding } from '../../../src/core/model';
import { buildSeed000, FINDINGS, PERSON_NOTE_E15, SHEET } from '../../core/annotate/seed000.workbook';

// exceljs internals, the reference the notes parts must match byte for byte.
/* eslint-disable @typescript-eslint/no-require-imports */
type Xml = { readonly xml: string };
const XmlStream = require('exceljs/lib/utils/xml-stream') as new () => Xml;
type Renderer = new () => { render(stream: Xml, model: unknown): void };
const CommentsXform = require('exceljs/lib/xlsx/xform/comment/comments-xform') as Renderer;
const VmlNotesXform = require('exceljs/lib/xlsx/xform/comment/vml-notes-xform') as Renderer;
const Note = require('exceljs/lib/doc/note') as new (note: unknown) => { model: { note: CommentModel['note'] } };
const exceljsUtils = require('exceljs/lib/utils/utils') as { xmlEncode(s: string): string };
type RowRenderer = { render(stream: Xml, row: unknown, index: number): void };
const RowXform = require('exceljs/lib/xlsx/xform/sheet/row-xform') as new () => RowRenderer;
/* eslint-enable @typescript-eslint/no-require-imports */

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 120_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
    );
  });
}

/** Every part of a zip, name → bytes, in the zip's order (JSZip's folder entries left out), CRCs checked. */
async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) out.set(name, await file.async('nodebuffer'));
  }
  return out;
}

async function expectSameParts(ours: Uint8Array, theirs: Uint8Array): Promise<void> {
  const a = await parts(ours);
  const b = await parts(theirs);
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [name, data] of b) {
    // toEqual on strings shows the first difference; media compare as bytes.
    if (/\.(xml|vml|rels)$/.test(name))
      expect([name, a.get(name)?.toString('utf8')]).toEqual([name, data.toString('utf8')]);
    else expect(a.get(name)?.equals(data)).toBe(true);
  }
}

const FIXED = new Date(Date.UTC(2021, 5, 30, 8, 0, 0));
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const yellow: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
/** A 1×1 PNG: a part deflate cannot shrink, so the writer stores it. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A workbook with every kind of cell, style and note exceljs writes, on two sheets, with images. */
function kitchenSink(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED;
  wb.modified = FIXED;
  const ws = wb.addWorksheet('批复表');
  ws.getCell('A1').value = 1500;
  ws.getCell('B1').value = '劳动能力鉴定人数 <&> "人"';
  ws.getCell('C1').value = new Date(Date.UTC(2021, 11, 31));
  ws.getCell('D1').value = true;
  ws.getCell('E1').value = { formula: 'A1*2', result: 3000 } as ExcelJS.CellFormulaValue;
  ws.getCell('F1').value = { formula: 'C1+1', result: new Date(Date.UTC(2022, 0, 1)) } as ExcelJS.CellFormulaValue;
  ws.getCell('G1').value = { richText: [{ text: '按时', font: { bold: true } }, { text: '完成' }] };
  ws.getCell('H1').value = { text: '依据', hyperlink: 'https://example.com/?a=1&b=2' };
  ws.getCell('I1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('A2').value = 14;
  ws.getCell('A2').numFmt = '0.00';
  ws.getCell('A2').border = thin;
  ws.getCell('B2').value = 99;
  ws.getCell('B2').border = thin;
  ws.getCell('C2').value = '是';
  ws.getCell('C2').fill = yellow;
  ws.getRow(3).font = { italic: true };
  ws.getCell('A3').value = '成本指标';
  ws.getColumn(10).width = 20;
  ws.getCell('J4').value = 4;
  ws.mergeCells('A5:C5');
  ws.getCell('A5').value = '其他说明';
  ws.getCell('D2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] };
  ws.getCell('B2').note = 'plain <&> "q" \'a\' \u0001ctl\ttab\r\nline ';
  ws.getCell('E15').note = PERSON_NOTE_E15;
  ws.getCell('K9').note = '单位待补充';
  ws.getCell('C2').note = {
    texts: [{ text: ' 边距 ' }],
    margins: { insetmode: 'custom', inset: [0.2, 0.2, 0.3, 0.3] },
    protection: { locked: 'False', lockText: 'True' },
    editAs: 'oneCells',
  };
  ws.addImage(wb.addImage({ base64: `data:image/png;base64,${PNG}`, extension: 'png' }), 'L2:M4');
  ws.addImage(
    wb.addImage({ buffer: Buffer.from(PNG, 'base64') as unknown as ExcelJS.Buffer, extension: 'png' }),
    'L6:M8',
  );
  const second = wb.addWorksheet('说明', { state: 'hidden' });
  second.getCell('A1').value = '2021 年预算安排的项目 6 个';
  second.getCell('A1').note = '第二张表的批注';
  wb.definedNames.add("'批复表'!$A$1", '人数');
  return wb;
}

/**
 * A part big enough to be deflated in pieces on several threads (over 8 MiB): rows that repeat with variations, so
 * back-references cross the pieces' boundaries, and random bytes in the middle.
 */
function bigPart(): Buffer {
  const rows: string[] = [];
  for (let r = 1; rows.length < 130_000; r++)
    rows.push(`<row r="${r}"><c r="A${r}" t="s"><v>${r % 977}</v></c><c r="B${r}"><v>${(r * 7) % 1500}</v></c></row>`);
  const text = Buffer.from(rows.join(''));
  return Buffer.concat([text.subarray(0, 6_000_000), randomBytes(300_000), text.subarray(6_000_000)]);
}

describe('ZipWriter', () => {
  it('writes a zip JSZip reads back part for part, in order, UTF-8 names, CRCs checked', async () => {
    const random = randomBytes(200 * 1024);
    const repetitive = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(40_000);
    const zip = new ZipWriter();
    zip.append('<Types/>', { name: '[Content_Types].xml' });
    zip.append('劳动能力鉴定费用', { name: 'xl/批复表.xml' });
    zip.append('', { name: 'empty.txt' });
    zip.append(PNG, { name: 'xl/media/image1.png', base64: true });
    zip.append(random, { name: 'random.bin' });
    zip.append(repetitive, { name: 'xl/worksheets/sheet1.xml' });
    zip.append('first', { name: 'twice.txt' });
    zip.append('second', { name: 'twice.txt' });
    const big = bigPart();
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    zip.append(big, { name: 'xl/worksheets/sheet2.xml' });
    const bytes = await zip.finalize();

    const got = await parts(bytes);
    expect([...got.keys()]).toEqual([
      '[Content_Types].xml',
      'xl/批复表.xml',
      'empty.txt',
      'xl/media/image1.png',
      'random.bin',
      'xl/worksheets/sheet1.xml',
      'twice.txt',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(got.get('xl/批复表.xml')?.toString('utf8')).toBe('劳动能力鉴定费用');
    expect(got.get('empty.txt')?.length).toBe(0);
    expect(got.get('xl/media/image1.png')?.equals(Buffer.from(PNG, 'base64'))).toBe(true);
    expect(got.get('random.bin')?.equals(random)).toBe(true);
    expect(got.get('xl/worksheets/sheet1.xml')?.toString('utf8')).toBe(repetitive);
    expect(got.get('twice.txt')?.toString('utf8')).toBe('second');
    expect(got.get('xl/worksheets/sheet2.xml')?.equals(big)).toBe(true);
    // Deflated where it pays: the repetitive sheet shrinks a hundredfold, random bytes are stored, not grown; the
    // big part deflated in pieces is no larger than in one pass.
    const big1 = zlib.deflateRawSync(big, { level: 6 }).length;
    expect(bytes.length).toBeLessThan(random.length + repetitive.length / 100 + big1 * 1.002 + 4096);
  });

  it('sets the UTF-8 flag on non-ASCII names only', async () => {
    const zip = new ZipWriter();
    zip.append('a', { name: 'ascii.xml' });
    zip.append('b', { name: '审核结果.xml' });
    const bytes = Buffer.from(await zip.finalize());
    // The central directory's records (signature PK\x01\x02): general-purpose flags at +8, name length +28, name +46.
    const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    const flags: Record<string, number> = {};
    for (let at = bytes.indexOf(signature); at >= 0;) {
      const nameLength = bytes.readUInt16LE(at + 28);
      flags[bytes.toString('utf8', at + 46, at + 46 + nameLength)] = bytes.readUInt16LE(at + 8);
      at = bytes.indexOf(signature, at + 46 + nameLength);
    }
    expect(flags).toEqual({ 'ascii.xml': 0, '审核结果.xml': 0x0800 });
  });

  it('passes unzip -t and python zipfile where those are installed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ic-zip-'));
    try {
      const copy = path.join(dir, '审核副本.xlsx');
      await writeFileAtomic(
        copy,
        await annotateWorkbook(await buildSeed000(), FINDINGS, {
          lang: 'zh-CN',
          summarySheet: true,
          write: writeWorkbook,
        }),
      );
      const zip = new ZipWriter();
      zip.append(bigPart(), { name: 'xl/worksheets/sheet1.xml' });
      zip.append('说明', { name: 'xl/说明.txt' });
      const big = path.join(dir, 'big.zip');
      await writeFileAtomic(big, await zip.finalize());
      const unzip = findOnPath('unzip');
      const python = findOnPath('python3');
      if (!unzip && !python) console.warn('unzip and python3 not found: only JSZip read the zip');
      for (const file of [copy, big]) {
        const expected = [...(await parts(await readFile(file))).keys()];
        if (unzip) expect(await run(unzip, ['-t', file])).toMatch(/No errors detected/);
        if (python) {
          const script =
            'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint("\\n".join(z.namelist()))';
          expect((await run(python, ['-c', script, file])).trim().split('\n')).toEqual(expected);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('computes the zip CRC-32 (native and table agree on the check value and on random data)', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const data = randomBytes(100_000);
    expect(tableCrc32(data)).toBe(crc32(data));
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('refuses a copy a zip without zip64 cannot hold, and names it cannot hold', async () => {
    const zip = new ZipWriter();
    for (let i = 0; i < 0x10000; i++) zip.append('', { name: `p${i}` });
    await expect(zip.finalize()).rejects.toThrow(ZipTooLargeError);
    expect(() => new ZipWriter().append('x', { name: '' })).toThrow(/invalid zip part name/);
  });
});

describe('notes parts', () => {
  const note = (ref: string, value: unknown, extra: Partial<CommentModel> = {}): CommentModel => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
    const colNumber = [...col].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    return { ref, refAddress: { row: Number(row), col: colNumber }, note: new Note(value).model.note, ...extra };
  };
  const reference = (Xform: Renderer, comments: CommentModel[]): string => {
    const stream = new XmlStream();
    new Xform().render(stream, { comments });
    return stream.xml;
  };
  const comments: CommentModel[] = [
    note('E15', '【绩效审核·警告】指标值“按时”无法衡量 <&> "q" \'a\'（vague-target）'),
    note('A1', ' leading and trailing spaces '),
    note('B2', 'controls \u0000\u0001\u0008\u000b\u000c\u001f\u007f kept: tab\t CR\r LF\n end'),
    note('C3', PERSON_NOTE_E15),
    note('D4', {
      texts: [{ text: '' }, { font: { color: { argb: 'FFFF0000' }, charset: 134, name: '宋体' }, text: '红字' }],
    }),
    note('F6', { texts: [] }),
    note('XFD1048576', '😀 surrogate pairs 𠀀'),
    note('G7', { texts: [{ text: '边距' }], margins: { insetmode: 'custom', inset: [0.2, 0.13, 0.3, 1] } }),
    note('H8', {
      texts: [{ text: 'inset as text' }],
      margins: { inset: '1mm,1mm,2mm,2mm' },
      protection: { locked: 'False' },
    }),
    note('I9', { texts: [{ text: 'two cells' }], editAs: 'twoCells' }),
    note('J10', { texts: [{ text: 'one cell' }], editAs: 'oneCells' }),
    note('K11', 'anchored', { anchor: { left: 3.5, top: 1.25, right: 5.75, bottom: 8.1 } }),
    note('A2', 'row 2: the box starts at the top'),
  ];

  it('comments XML equals exceljs CommentsXform output', () => {
    expect(commentsXml(comments)).toBe(reference(CommentsXform, comments));
    expect(commentsXml(comments.slice(0, 1))).toBe(reference(CommentsXform, comments.slice(0, 1)));
  });

  it('VML equals exceljs VmlNotesXform output', () => {
    expect(vmlNotesXml(comments)).toBe(reference(VmlNotesXform, comments));
  });

  it('escapes markup and drops characters XML forbids, as exceljs does', () => {
    expect(xmlEncode('a<b>&"c"\'d\u0001\u007f\te\nf\rg')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d\te\nf\rg');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => xmlEncode(s) === exceljsUtils.xmlEncode(s)),
      { numRuns: 2000 },
    );
    const xml = commentsXml([note('A1', 'x<y & z\u0002')]);
    expect(xml).toContain('<t>x&lt;y &amp; z</t>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe('rows of plain cells', () => {
  /** What exceljs's RowXform writes for a row. */
  const reference = (row: RowModel): string => {
    const stream = new XmlStream();
    new RowXform().render(stream, row, 0);
    return stream.xml;
  };
  const cell = fc.oneof(
    fc.record({ type: fc.constant(0), styleId: fc.option(fc.nat(40), { nil: undefined }) }),
    fc.record({ type: fc.constant(1), styleId: fc.option(fc.nat(40), { nil: undefined }) }),
    fc.record({
      type: fc.constant(2),
      value: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e21, 1e-7, 14.000000000000002)),
      styleId: fc.option(fc.nat(40), { nil: undefined }),
    }),
    fc.record({
      type: fc.constantFrom(3, 8),
      ssId: fc.nat(100_000),
      styleId: fc.option(fc.nat(40), { nil: undefined }),
    }),
    fc.record({ type: fc.constant(9), value: fc.boolean(), styleId: fc.option(fc.nat(40), { nil: undefined }) }),
  );
  const row = fc.record({
    number: fc.integer({ min: 1, max: 1_048_576 }),
    height: fc.option(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 409, noNaN: true })), { nil: undefined }),
    hidden: fc.option(fc.boolean(), { nil: undefined }),
    min: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    max: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    styleId: fc.option(fc.nat(40), { nil: undefined }),
    outlineLevel: fc.option(fc.nat(7), { nil: undefined }),
    collapsed: fc.option(fc.boolean(), { nil: undefined }),
    cells: fc.array(cell, { maxLength: 12 }),
  });

  it('a row of numbers, shared strings, booleans, styled empty and merged cells is written as RowXform writes it', () => {
    fc.assert(
      fc.property(row, (r) => {
        const model = {
          ...r,
          cells: r.cells.map((c, i) => ({ ...c, address: `${String.fromCharCode(65 + i)}${r.number}` })),
        };
        expect(rowXml(model)).toBe(reference(model));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves rows with anything else to RowXform', () => {
    const row = (cell: Record<string, unknown>): RowModel => ({
      number: 3,
      min: 1,
      max: 1,
      cells: [{ address: 'A3', ...cell } as RowModel['cells'][0]],
    });
    const others = [
      row({ type: 6, formula: 'A1*2', result: 3000 }),
      row({ type: 4, value: new Date(Date.UTC(2021, 11, 31)) }),
      row({ type: 3, value: '按时' }), // a string without a shared-string id (exceljs writes it as t="str")
      row({ type: 5, text: '依据', hyperlink: 'https://example.com' }),
      row({ type: 10, value: { error: '#N/A' } }),
      row({ type: 2, value: '14' }),
    ];
    for (const r of others) expect(rowXml(r)).toBeNull();
    // Through PlainRowsXform they come out as RowXform writes them.
    const stream = new XmlStream();
    const rows = new PlainRowsXform(new RowXform());
    for (const r of [...others.slice(0, 2), { number: 4, cells: [{ type: 2, address: 'A4', value: 7 }] }])
      rows.render(stream as never, r, 0);
    expect(stream.xml).toBe(
      others.slice(0, 2).map(reference).join('') + '<row r="4" x14ac:dyDescent="0.25"><c r="A4"><v>7</v></c></row>',
    );
  });
});

describe('writeWorkbook', () => {
  // Each writer gets a workbook of its own: exceljs keeps some of a write's results (style ids) in the cells' value
  // models, which would hide a wrong id from a second write of the same workbook.
  it('writes the same parts as exceljs writeBuffer, for a new workbook and for one loaded from a file', async () => {
    const theirs = new Uint8Array((await kitchenSink().xlsx.writeBuffer()) as ArrayBuffer);
    const wb = kitchenSink();
    await expectSameParts(await writeWorkbook(wb), theirs);
    // Writing twice from one workbook works: the writer lends models to exceljs and takes nothing away.
    await expectSameParts(await writeWorkbook(wb), theirs);

    // Loaded: cells of one style share an object, an unstyled cell has its own, the note on K9 has no value.
    const loaded = async () => {
      const l = await loadWorkbook(theirs);
      l.modified = FIXED;
      return l;
    };
    await expectSameParts(
      await writeWorkbook(await loaded()),
      new Uint8Array((await (await loaded()).xlsx.writeBuffer()) as ArrayBuffer),
    );
  });

  it('writes the same parts as exceljs for an annotated copy with a summary sheet', async () => {
    const original = await buildSeed000();
    const opts = { lang: 'zh-CN', summarySheet: true } as const;
    await expectSameParts(
      await annotateWorkbook(original, FINDINGS, { ...opts, write: writeWorkbook }),
      await annotateWorkbook(original, FINDINGS, opts),
    );
  });

  it('a workbook without notes has no notes parts', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '无批注';
    const names = [...(await parts(await writeWorkbook(wb))).keys()];
    expect(names).toContain('xl/worksheets/sheet1.xml');
    expect(names.some((n) => /comments|vmlDrawing/.test(n))).toBe(false);
  });
});

describe('annotate and clear through the node writer', () => {
  const write = writeWorkbook;
  const fillOf = (ws: ExcelJS.Worksheet, a: string) =>
    (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  const textOf = (ws: ExcelJS.Worksheet, a: string): string => {
    const n = ws.getCell(a).note;
    return n === undefined ? '' : typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('');
  };
  const finding = (cell: string, severity: Finding['severity'], message: string): Finding => ({
    ruleId: 'vague-target',
    severity,
    sheet: SHEET,
    cell,
    related: [],
    message,
    messageId: 'vague-target',
    data: {},
  });

  /** Six cells sharing one bordered yellow style, six plain cells, one with a person's note. */
  async function shared(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    for (let r = 1; r <= 6; r++) {
      ws.getCell(r, 1).value = `指标${r}`;
      ws.getCell(r, 1).style = { border: thin, fill: yellow };
      ws.getCell(r, 2).value = r * 100;
    }
    ws.getCell('B3').note = '王会计: 按上年实际测算';
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('cells sharing a style keep theirs; annotated ones keep their border; clear gives every cell back', async () => {
    const original = await shared();
    const findings = [
      finding('A1', 'warning', '指标值“是”无法衡量'),
      finding('A3', 'warning', '指标值“按时”无法衡量'),
      finding('A5', 'error', '一级指标不是本模板的一级指标'),
      finding('B2', 'warning', '没有计量单位'),
      finding('B3', 'warning', '没有计量单位'),
    ];
    const annotated = await annotateWorkbook(original, findings, { lang: 'zh-CN', write });
    const ws = (await loadWorkbook(annotated)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(['A1', 'A3', 'A5', 'B2', 'B3'].map((a) => fillOf(ws, a))).toEqual(
      ['warning', 'warning', 'error', 'warning', 'warning'].map((s) => `FF${FILLS[s as Finding['severity']].slice(1)}`),
    );
    expect(['A2', 'A4', 'A6'].map((a) => fillOf(ws, a))).toEqual(['FFFFFF00', 'FFFFFF00', 'FFFFFF00']);
    for (const a of ['A1', 'A2', 'A3', 'A5']) expect(ws.getCell(a).border).toEqual(thin);
    expect(fillOf(ws, 'B1')).toBeUndefined();
    expect(textOf(ws, 'B3')).toMatch(/^王会计: 按上年实际测算\n.*没有计量单位/);
    expect((await readAnnotationState(annotated))?.cells).toHaveLength(5);

    // Fewer findings: A3 and B2 get their own fills back, the rest stays annotated.
    const fewer = await annotateWorkbook(annotated, [findings[0], findings[2], findings[4]], { lang: 'zh-CN', write });
    const ws2 = (await loadWorkbook(fewer)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(fillOf(ws2, 'A3')).toBe('FFFFFF00');
    expect(fillOf(ws2, 'B2')).toBeUndefined();
    expect(textOf(ws2, 'A3')).toBe('');

    const cleared = (await loadWorkbook(await clearWorkbook(fewer, { write }))).getWorksheet(
      SHEET,
    ) as ExcelJS.Worksheet;
    const before = (await loadWorkbook(original)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    for (let r = 1; r <= 6; r++) {
      for (const c of [1, 2]) {
        const a = cleared.getCell(r, c);
        const b = before.getCell(r, c);
        expect([a.address, a.value, a.fill, a.border, a.note]).toEqual([b.address, b.value, b.fill, b.border, b.note]);
      }
    }
  });

  it('seed 000: the copy and its clearing match what exceljs writeBuffer gives', async () => {
    const original = await buildSeed000();
    const annotated = await annotateWorkbook(original, FINDINGS, { lang: 'zh-CN', write });
    await expectSameParts(await clearWorkbook(annotated, { write }), await clearWorkbook(annotated));
    // Cleared through the node writer and loaded: the person's notes and fills are the original's.
    const cleared = (await loadWorkbook(await clearWorkbook(annotated, { write }))).getWorksheet(
      SHEET,
    ) as ExcelJS.Worksheet;
    const before = (await loadWorkbook(original)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    for (const a of ['D13', 'E13', 'E15', 'E18', 'E20', 'F15', 'G18', 'A13']) {
      expect([a, cleared.getCell(a).note, cleared.getCell(a).fill]).toEqual([
        a,
        before.getCell(a).note,
        before.getCell(a).fill,
      ]);
    }
  });
});

const soffice = findOnPath('soffice') ?? findOnPath('libreoffice');

describe('LibreOffice opens a copy from the node writer', () => {
  it('converts it to xlsx with our notes and fills intact', async () => {
    if (!soffice) {
      if (process.env.CI) throw new Error('soffice (LibreOffice) is not installed: CI must run this check');
      console.warn('SKIPPED LOCALLY: soffice (LibreOffice) not found on PATH; the LibreOffice check did not run');
      return;
    }
    const dir = await mkdtemp(path.join(tmpdir(), 'ic-lo-node-'));
    try {
      const file = path.join(dir, '劳动能力鉴定费用.xlsx');
      await writeFileAtomic(
        file,
        await annotateWorkbook(await buildSeed000(), FINDINGS, {
          lang: 'zh-CN',
          summarySheet: true,
          write: writeWorkbook,
        }),
      );
      const outDir = path.join(dir, 'out');
      await mkdir(outDir);
      await run(soffice, [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        file,
      ]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await readFile(path.join(outDir, '劳动能力鉴定费用.xlsx'))) as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
      const e15 = ws.getCell('E15').note;
      const text = typeof e15 === 'string' ? e15 : (e15?.texts ?? []).map((t) => t.text).join('');
      expect(text).toContain('王会计:');
      expect(text).toContain('【绩效审核·警告】指标值“按时”无法衡量，请写明可衡量的标准（vague-target）');
      expect((ws.getCell('A13').fill as ExcelJS.FillPattern).fgColor?.argb?.slice(2)).toBe(FILLS.error.slice(1));
      expect(ws.getCell('E17').formula).toBe('B8');
      expect(wb.getWorksheet('审核结果')).toBeDefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
