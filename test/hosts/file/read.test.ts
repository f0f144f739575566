// The file host's reader: exceljs values → Grid cells, merges, hidden rows, and the byte sniffing before exceljs.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { cellAt, GridSchema, type Grid } from '../../../src/core/grid';
import { FileErrorSchema } from '../../../src/core/model';
import { LIMITS } from '../../../src/hosts/file/errors';
import { NATIVE_CODEC, readWorkbookBytes, readWorkbookFile, walkInputs } from '../../../src/hosts/file/node';
import { Package, PartTooLarge } from '../../../src/hosts/file/zip-package';
import { entryDataOffset, readWorkbook, sniffWorkbook } from '../../../src/hosts/file/read';
import {
  addSeed000Sheet,
  makeZip,
  oleFile,
  seed000Workbook,
  workbookBytes,
  workbookWithChartSheet,
} from '../../cli/helpers';

async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  const r = await readWorkbook(bytes);
  if (!r.ok) throw new Error(r.error.message);
  for (const g of r.grids) GridSchema.parse(g);
  return r.grids;
}

async function errorCode(bytes: Uint8Array): Promise<string> {
  const r = await readWorkbook(bytes);
  if (r.ok) throw new Error('expected a read error');
  expect(FileErrorSchema.parse(r.error).message).toMatch(/ \/ /);
  expect(r.error.message).not.toMatch(/\n\s+at /);
  return r.error.code;
}

describe('readWorkbook: values', () => {
  it('reads seed 000 with merged non-top-left cells empty and the merges listed', async () => {
    const [g] = await gridsOf(await seed000Workbook());
    expect(g.sheet).toBe('Sheet1');
    expect([g.top, g.left]).toEqual([1, 1]);
    expect(g.cells).toHaveLength(20);
    expect(cellAt(g, 4, 2)).toBe('劳动能力鉴定费用');
    // exceljs repeats the master's value in C4..F4: the grid must not.
    for (let c = 3; c <= 6; c++) expect(cellAt(g, 4, c)).toBeNull();
    expect(cellAt(g, 1, 1)).toBe('项目支出绩效目标批复表');
    expect(cellAt(g, 1, 2)).toBeNull();
    expect(g.merges).toContainEqual({ top: 4, left: 2, bottom: 4, right: 6 });
    expect(g.merges).toContainEqual({ top: 5, left: 5, bottom: 5, right: 6 });
    expect(g.merges).toHaveLength(12);
    expect(cellAt(g, 12, 4)).toBe('劳动能力鉴定人数');
    expect(cellAt(g, 12, 5)).toBe(1500);
    expect(cellAt(g, 14, 5)).toBe('按时');
    expect(g.hiddenRows).toBeUndefined();
  });

  it('flattens rich text and hyperlinks, takes formula results and error values, keeps text numbers as text', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('值');
      ws.getCell('A1').value = { richText: [{ text: '劳动能力' }, { font: { bold: true }, text: '鉴定人数' }] };
      ws.getCell('A2').value = { formula: 'B2*2', result: 1500 };
      ws.getCell('B2').value = 750;
      ws.getCell('A3').value = { formula: 'VLOOKUP("x",B1:B2,1,0)', result: { error: '#N/A' } };
      ws.getCell('A4').value = { error: '#REF!' };
      ws.getCell('A5').value = '1500';
      ws.getCell('A6').value = { text: '枣庄市社会保险服务中心', hyperlink: 'https://example.invalid/' };
      ws.getCell('A7').value = { formula: 'CONCAT("按","时")', result: '按时' };
      ws.getCell('A8').value = { formula: 'B2>0', result: true };
      ws.getCell('A9').value = { formula: 'NOW()' };
      ws.getCell('A10').value = 0.99;
    });
    const [g] = await gridsOf(bytes);
    expect(cellAt(g, 1, 1)).toBe('劳动能力鉴定人数');
    expect(cellAt(g, 2, 1)).toBe(1500);
    expect(cellAt(g, 3, 1)).toEqual({ error: '#N/A' });
    expect(cellAt(g, 4, 1)).toEqual({ error: '#REF!' });
    expect(cellAt(g, 5, 1)).toBe('1500');
    expect(cellAt(g, 6, 1)).toBe('枣庄市社会保险服务中心');
    expect(cellAt(g, 7, 1)).toBe('按时');
    expect(cellAt(g, 8, 1)).toBe(true);
    // A formula never calculated has no cached result: empty, not the formula text.
    expect(cellAt(g, 9, 1)).toBeNull();
    expect(cellAt(g, 10, 1)).toBe(0.99);
  });

  it('reads shared formulas as their cached results', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = 753;
      ws.getCell('A2').value = 279;
      ws.getCell('B1').value = { formula: 'A1*10000', result: 7530000 };
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 2790000 };
    });
    const [g] = await gridsOf(bytes);
    expect(cellAt(g, 1, 2)).toBe(7530000);
    expect(cellAt(g, 2, 2)).toBe(2790000);
  });

  it('reads dates as UTC dates and leaves serial numbers without a date format as numbers', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = new Date(Date.UTC(2021, 0, 1));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('A2').value = 44561;
    });
    const [g] = await gridsOf(bytes);
    const d = cellAt(g, 1, 1);
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(cellAt(g, 2, 1)).toBe(44561);
  });

  it('shows percent-formatted numbers as the percentage a reader sees (100% typed in Excel is stored as 1)', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = 1;
      ws.getCell('A1').numFmt = '0%';
      ws.getCell('A2').value = 0.955;
      ws.getCell('A2').numFmt = '0.0%';
      ws.getCell('A3').value = 0.95;
      ws.getCell('A3').numFmt = '0.00"%"';
      ws.getCell('A4').value = 95;
    });
    const [g] = await gridsOf(bytes);
    expect(cellAt(g, 1, 1)).toBe('100%');
    // As Excel shows it: the format's decimals, rounded half away from zero.
    expect(cellAt(g, 2, 1)).toBe('95.5%');
    // A quoted % is a literal: the number is already in percent points.
    expect(cellAt(g, 3, 1)).toBe(0.95);
    expect(cellAt(g, 4, 1)).toBe(95);
  });

  it('keeps hidden rows in the grid and lists them', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = addSeed000Sheet(wb);
      ws.getRow(13).hidden = true;
      ws.getRow(16).hidden = true;
    });
    const [g] = await gridsOf(bytes);
    expect(g.hiddenRows).toEqual([13, 16]);
    expect(cellAt(g, 13, 4)).toBe('劳动能力鉴定次数');
  });

  it('places a used range that does not start at A1, skips empty and very hidden sheets, keeps sheet order', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('空表');
      const ws = wb.addWorksheet('偏移');
      ws.getCell('C5').value = '一级指标';
      ws.getCell('E7').value = '指标值';
      const hidden = wb.addWorksheet('隐藏');
      hidden.getCell('A1').value = '劳动能力鉴定人数';
      hidden.state = 'hidden';
      const state = wb.addWorksheet('state');
      state.getCell('A1').value = '{}';
      state.state = 'veryHidden';
    });
    const grids = await gridsOf(bytes);
    expect(grids.map((g) => g.sheet)).toEqual(['偏移', '隐藏']);
    const g = grids[0];
    expect([g.top, g.left]).toEqual([5, 3]);
    expect(g.cells).toEqual([['一级指标'], [], [null, null, '指标值']]);
  });

  it('skips a chart sheet', async () => {
    const grids = await gridsOf(await workbookWithChartSheet());
    expect(grids.map((g) => g.sheet)).toEqual(['Sheet1']);
    expect(cellAt(grids[0], 4, 2)).toBe('劳动能力鉴定费用');
  });

  it('accepts an ArrayBuffer as well as bytes', async () => {
    const buf = await seed000Workbook();
    const ab = new ArrayBuffer(buf.length);
    new Uint8Array(ab).set(buf);
    const r = await readWorkbook(ab);
    expect(r.ok && r.grids.length).toBe(1);
  });
});

describe('readWorkbook: input that is not a readable workbook', () => {
  it('a text file', async () => {
    expect(await errorCode(Buffer.from('项目名称,劳动能力鉴定费用\n', 'utf8'))).toBe('not-a-workbook');
  });
  it('an empty file', async () => {
    expect(await errorCode(new Uint8Array(0))).toBe('not-a-workbook');
  });
  it('a legacy .xls (OLE) file', async () => {
    const r = await readWorkbook(oleFile(false));
    expect(!r.ok && r.error.code).toBe('xls-format');
    expect(!r.ok && r.error.message).toMatch(/\.xlsx/);
  });
  it('an encrypted workbook (OLE with EncryptionInfo)', async () => {
    expect(await errorCode(oleFile(true))).toBe('encrypted');
  });
  it('a zip without xl/workbook.xml', async () => {
    const zip = makeZip([{ name: 'word/document.xml', data: '<w:document/>', deflate: true }]);
    expect(await errorCode(zip)).toBe('not-a-workbook');
  });
  it('a truncated workbook', async () => {
    const full = await seed000Workbook();
    expect(await errorCode(full.subarray(0, Math.floor(full.length / 2)))).toBe('corrupt');
    expect(await errorCode(full.subarray(0, full.length - 10))).toBe('corrupt');
  });
  it('a workbook whose compressed sheet data is damaged', async () => {
    const bytes = Buffer.from(await seed000Workbook());
    const s = sniffWorkbook(bytes);
    if (!s.ok) throw new Error(s.error.message);
    const sheet = s.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
    const start = sheet ? entryDataOffset(bytes, sheet) : null;
    if (!sheet || start === null) throw new Error('no sheet1.xml in the test workbook');
    bytes.fill(0xff, start + 4, start + Math.min(sheet.compressedSize - 4, 200));
    expect(await errorCode(bytes)).toBe('corrupt');
  });
  it('a workbook whose parts are not XML', async () => {
    const zip = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: Buffer.from('this is not deflate data at all, really'), deflate: false },
    ]);
    // Stored garbage where XML should be: exceljs's parser fails; we say corrupt, not a stack trace.
    expect(await errorCode(zip)).toBe('corrupt');
  });
  it('a zip bomb by declared size, refused before inflating', async () => {
    const bomb = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>', deflate: true },
      { name: 'xl/worksheets/sheet1.xml', data: 'x'.repeat(1000), deflate: true, declaredSize: 0xfffffff0 },
    ]);
    const s = sniffWorkbook(bomb);
    expect(!s.ok && s.error.code).toBe('too-large');
  });
  it('a big entry compressed beyond the allowed ratio', async () => {
    const size = LIMITS.RATIO_CHECK_FROM + 1;
    const zip = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>', deflate: true },
      { name: 'xl/worksheets/sheet1.xml', data: 'x'.repeat(1000), deflate: true, declaredSize: size },
    ]);
    const s = sniffWorkbook(zip);
    expect(!s.ok && s.error.code).toBe('too-large');
    expect(!s.ok && s.error.message).toMatch(/sheet1\.xml/);
  });
  it('accepts an ordinary workbook in the sniffer', async () => {
    const s = sniffWorkbook(await seed000Workbook());
    expect(s.ok && s.entries.some((e) => e.name === 'xl/workbook.xml')).toBe(true);
  });
});

describe('node helpers', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ic-read-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('refuses a zip whose entry inflates past its declared size (a lying bomb), without inflating it all', async () => {
    // 16 MiB of zeros deflates to ~16 KiB but declares 2 KiB; 1.1 MiB of stored noise makes the total large enough
    // that deflate could exceed the limit, which is when the bounded check runs.
    const noise = Buffer.alloc(1100 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const zeros = deflateRawSync(Buffer.alloc(16 * 1024 * 1024));
    expect(zeros.length * 1032).toBeLessThan(LIMITS.MAX_TOTAL_UNCOMPRESSED);
    const bomb = makeZip([
      { name: 'xl/media/image1.bin', data: noise },
      { name: 'xl/workbook.xml', data: Buffer.alloc(16 * 1024 * 1024), deflate: true, declaredSize: 2048 },
    ]);
    expect(sniffWorkbook(bomb).ok).toBe(true);
    const file = path.join(dir, 'bomb.xlsx');
    await fs.writeFile(file, bomb);
    const r = await readWorkbookFile(file);
    expect(!r.ok && r.error.code).toBe('too-large');
    expect(!r.ok && r.error.message).toMatch(/xl\/workbook\.xml: larger than declared/);
    // The reader does not inflate the file beforehand: its own inflate of the part, bounded by the declared size,
    // catches the lie. `clear`'s read of the bytes still checks every part's true size first.
    expect((await readWorkbookBytes(file, { trueSizes: false })).ok).toBe(true);
    const checked = await readWorkbookBytes(file);
    expect(!checked.ok && checked.error.message).toMatch(/xl\/workbook\.xml: larger than declared/);
  });

  it('inflates a part on the thread pool in pieces, in order, and stops at what the reader throws', async () => {
    const text = Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(200000));
    const data = deflateRawSync(text);
    const pieces: Uint8Array[] = [];
    await NATIVE_CODEC.inflateChunks?.(data, (b) => pieces.push(Buffer.from(b)));
    expect(pieces.length).toBeGreaterThan(4);
    expect(Buffer.concat(pieces).equals(text)).toBe(true);
    let seen = 0;
    const stop = NATIVE_CODEC.inflateChunks?.(data, () => {
      if (++seen === 2) throw new Error('enough');
    });
    await expect(stop).rejects.toThrow('enough');
    expect(seen).toBe(2);
    await expect(NATIVE_CODEC.inflateChunks?.(data.subarray(0, 1000).fill(255), () => {})).rejects.toThrow();
  });

  it('a part streamed over the thread pool has its size and CRC checked as when inflated here', async () => {
    const xml = `<worksheet>${'<row/>'.repeat(300000)}</worksheet>`;
    const zip = makeZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: xml, deflate: true },
    ]);
    const read = async (bytes: Buffer) => {
      let text = '';
      const decoder = new TextDecoder();
      await Package.open(bytes, { codec: NATIVE_CODEC }).streamBytesAsync('xl/worksheets/sheet1.xml', (b, final) => {
        text += decoder.decode(b, { stream: !final });
      });
      return text;
    };
    expect(await read(zip)).toBe(xml);
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const badCrc = Buffer.from(zip);
    badCrc.writeUInt32LE((badCrc.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
    await expect(read(badCrc)).rejects.toThrow(/sheet1\.xml: CRC/);
    const smaller = Buffer.from(zip);
    smaller.writeUInt32LE(xml.length - 10, central + 24);
    await expect(read(smaller)).rejects.toThrow(/sheet1\.xml: larger than declared/);
  });

  it('native inflate stops one byte past the declared size and says the part is larger than declared', () => {
    const data = deflateRawSync(Buffer.alloc(1024 * 1024));
    expect(() => NATIVE_CODEC.inflate?.(data, 4096)).toThrow(PartTooLarge);
    expect(NATIVE_CODEC.inflate?.(data, 1024 * 1024)?.length).toBe(1024 * 1024);
  });

  it('reads a file and reports a missing one', async () => {
    const file = path.join(dir, '劳动能力鉴定费用.xlsx');
    await fs.writeFile(file, await seed000Workbook());
    const r = await readWorkbookFile(file);
    expect(r.ok && r.grids[0].sheet).toBe('Sheet1');
    expect(r.ok && r.bytes.length).toBeGreaterThan(1000);
    const missing = await readWorkbookFile(path.join(dir, 'nope.xlsx'));
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });

  it('walks folders recursively, sorted, for .xlsx/.xlsm (and .xls/.et, reported as not checkable), skipping ~$ lock files', async () => {
    const root = path.join(dir, 'walk');
    await fs.mkdir(path.join(root, 'b', 'c'), { recursive: true });
    await fs.mkdir(path.join(root, '.git'), { recursive: true });
    for (const f of ['z.xlsx', 'a.XLSM', '~$a.xlsx', 'notes.txt', 'old.xls', 'b/c/d.xlsx', 'b/a.xlsx', '.git/x.xlsx']) {
      await fs.writeFile(path.join(root, f), 'x');
    }
    const single = path.join(root, 'notes.txt');
    const found = await walkInputs([root, single, path.join(dir, 'missing')]);
    expect(found.map((f) => f.path)).toEqual([
      path.join(root, 'a.XLSM'),
      path.join(root, 'b/a.xlsx'),
      path.join(root, 'b/c/d.xlsx'),
      path.join(root, 'old.xls'),
      path.join(root, 'z.xlsx'),
      single,
      path.join(dir, 'missing'),
    ]);
    expect(found[1].relative).toBe(path.join('b', 'a.xlsx'));
    expect(found[6].error?.code).toBe('not-found');
  });
});
