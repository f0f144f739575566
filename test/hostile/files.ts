// Hostile and broken workbooks for the hostile-input tests, made in the test run: small on disk, cheap to build.

import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import ExcelJS from 'exceljs';
import { addSeed000Sheet, makeZip, oleFile, seed000Workbook, unzipEntries } from '../cli/helpers';

/** A CSV export renamed .xlsx, as a person might "save" one. */
export const CSV_AS_XLSX =
  '项目名称,劳动能力鉴定费用\n一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,劳动能力鉴定人数,1500\n';

export function pdfAsXlsx(): Buffer {
  return Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n劳动能力鉴定费用\n%%EOF\n', 'utf8');
}

/** An OpenDocument spreadsheet: a zip, but not an Office Open XML workbook. */
export function odsFile(): Buffer {
  return makeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
    { name: 'content.xml', data: '<office:document-content>劳动能力鉴定费用</office:document-content>', deflate: true },
  ]);
}

/** A Word document renamed .xlsx. */
export function docxAsXlsx(): Buffer {
  return makeZip([{ name: 'word/document.xml', data: '<w:document>劳动能力鉴定费用</w:document>', deflate: true }]);
}

export { oleFile };

/** Seed 000's workbook cut short: `keep` is the share of bytes left (the central directory goes first). */
export async function truncated(keep: number): Promise<Buffer> {
  const full = await seed000Workbook();
  return full.subarray(0, Math.floor(full.length * keep));
}

/** The seed workbook's parts with sheet1.xml replaced: for zips that are workbooks in every other respect. */
async function withSheet(
  entries: { name: string; data: Uint8Array | string; deflate?: boolean; declaredSize?: number }[],
) {
  const parts = unzipEntries(await seed000Workbook()).filter((p) => !entries.some((e) => e.name === p.name));
  return makeZip([...parts.map((p) => ({ name: p.name, data: p.data, deflate: true })), ...entries]);
}

/** Raw deflate data that inflates to `mib` MiB of zeros, built from one flushed block repeated (fast, ~1 KiB/MiB). */
export function zerosDeflated(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...new Array<Buffer>(mib).fill(block), end]);
}

/**
 * A zip bomb that lies: its sheet declares 4 KiB but inflates to `mib` MiB. Only inflating can tell, so the reader
 * must stop counting at the declared size instead of handing it to exceljs.
 */
export async function lyingBomb(mib: number): Promise<Buffer> {
  const zip = await withSheet([{ name: 'xl/worksheets/sheet1.xml', data: 'x', deflate: false, declaredSize: 4096 }]);
  // Put the real bomb data in place of the one-byte stored body: rebuild the entry by hand.
  return replaceEntryData(zip, 'xl/worksheets/sheet1.xml', zerosDeflated(mib), 4096);
}

/** A zip bomb that says so: its central directory declares 3 GiB for one sheet. */
export async function declaredBomb(): Promise<Buffer> {
  return withSheet([
    { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', deflate: true, declaredSize: 3 * 1024 * 1024 * 1024 - 1 },
  ]);
}

/** Many central-directory entries sharing one local file (overlapping files): declared sizes add up past the limit. */
export async function overlappingBomb(copies: number): Promise<Buffer> {
  const base = await withSheet([
    { name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(32), declaredSize: 32 * 1024 * 1024 },
  ]);
  return duplicateCentralEntry(base, 'xl/worksheets/sheet1.xml', copies);
}

// --- byte surgery on zips written by makeZip (no data descriptors, no zip64) ---

function findCentral(zip: Buffer, name: string): { cd: number; eocd: number; entry: number } {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const cd = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  let p = cd;
  for (let i = 0; i < count; i++) {
    const nameLen = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    if (zip.toString('utf8', p + 46, p + 46 + nameLen) === name) return { cd, eocd, entry: p };
    p += 46 + nameLen + extra + comment;
  }
  throw new Error(`${name} not in zip`);
}

/** Rebuilds the zip with `name`'s data replaced by raw deflate `data` (method 8) declaring `declared` bytes. */
function replaceEntryData(zip: Buffer, name: string, data: Buffer, declared: number): Buffer {
  const { cd, eocd, entry } = findCentral(zip, name);
  const local = zip.readUInt32LE(entry + 42);
  const oldSize = zip.readUInt32LE(entry + 20);
  const localHeaderLen = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const header = Buffer.from(zip.subarray(local, local + localHeaderLen));
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(declared, 22);
  const before = zip.subarray(0, local);
  const after = zip.subarray(local + localHeaderLen + oldSize, cd);
  const delta = data.length - oldSize;
  const central = Buffer.from(zip.subarray(cd, eocd));
  // Fix every central entry: the replaced one's sizes, and the offsets of local files after it.
  let p = 0;
  while (p < central.length) {
    const off = central.readUInt32LE(p + 42);
    if (p === entry - cd) {
      central.writeUInt16LE(8, p + 10);
      central.writeUInt32LE(data.length, p + 20);
      central.writeUInt32LE(declared, p + 24);
    } else if (off > local) central.writeUInt32LE(off + delta, p + 42);
    p += 46 + central.readUInt16LE(p + 28) + central.readUInt16LE(p + 30) + central.readUInt16LE(p + 32);
  }
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt32LE(cd + delta, 16);
  return Buffer.concat([before, header, data, after, central, end]);
}

function duplicateCentralEntry(zip: Buffer, name: string, copies: number): Buffer {
  const { cd, eocd, entry } = findCentral(zip, name);
  const len = 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  const one = zip.subarray(entry, entry + len);
  const central = Buffer.concat([zip.subarray(cd, eocd), ...new Array<Buffer>(copies).fill(one)]);
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt16LE(end.readUInt16LE(8) + copies, 8);
  end.writeUInt16LE(end.readUInt16LE(10) + copies, 10);
  end.writeUInt32LE(central.length, 12);
  return Buffer.concat([zip.subarray(0, cd), central, end]);
}

// --- readable but extreme workbooks ---

export async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Seed 000's table at the top of a sheet whose used range reaches row 1 048 576 and column XFD (written sparsely). */
export function fullHeightSheet(): Promise<Buffer> {
  return bytesOf((wb) => {
    const ws = addSeed000Sheet(wb);
    for (let r = 65536; r <= 1048576; r += 65536) ws.getCell(r, 1).value = `备注：第 ${r} 行`;
    ws.getCell('XFD1048576').value = '表格结束';
  });
}

/** Seed 000 with 32 767-character cells (Excel's maximum) as a name and as a target. */
export function longCells(): Promise<Buffer> {
  return bytesOf((wb) => {
    addSeed000Sheet(wb, {
      patch: { D12: '劳动能力鉴定人数'.repeat(4096).slice(0, 32767), E13: '按时完成'.repeat(8192).slice(0, 32767) },
    });
  });
}

/** Seed 000 with targets that are formula errors: a failed lookup (#N/A) and a reference to deleted cells (#REF!). */
export function formulaErrors(): Promise<Buffer> {
  return bytesOf((wb) => {
    const ws = addSeed000Sheet(wb);
    ws.getCell('E12').value = {
      formula: 'VLOOKUP(D12,参数表!A:B,2,FALSE)',
      result: { error: '#N/A' },
    } as ExcelJS.CellFormulaValue;
    ws.getCell('E15').value = { formula: '#REF!*100', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('E19').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  });
}

/** Seed 000 with its figures stored as text: a text-formatted 1500, full-width digits, a thousands separator. */
export function numbersAsText(): Promise<Buffer> {
  return bytesOf((wb) => {
    const ws = addSeed000Sheet(wb, { patch: { E12: '1500', E13: '４', E15: '100', E16: '14', E19: ' 99 ', B8: '14' } });
    for (const a of ['E12', 'E13', 'E15', 'E16', 'E19', 'B8']) ws.getCell(a).numFmt = '@';
  });
}

/**
 * Seed 000 with dates as Excel serial numbers: 44561 (2021-12-31 in Excel's 1900 date system) as the deadline of
 * 管理任务按时完成, date-formatted (exceljs reads it as a date), and the same serial unformatted as the 人数 target,
 * where it is just a number.
 */
export function serialDates(): Promise<Buffer> {
  return bytesOf((wb) => {
    const ws = addSeed000Sheet(wb);
    ws.getCell('E14').value = 44561;
    ws.getCell('E14').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('E12').value = 44561;
  });
}

/** `count` sheets, each holding seed 000's table; every tenth has seed 003's 满意度 ≤95 error. */
export function manySheets(count: number): Promise<Buffer> {
  return bytesOf((wb) => {
    for (let i = 1; i <= count; i++)
      addSeed000Sheet(wb, { sheet: `项目${i}`, patch: i % 10 === 0 ? { E19: '≤95' } : {} });
  });
}
