// Test helpers for the file host and the CLI: seed-based workbooks written with exceljs, hand-made zips and OLE headers.

import ExcelJS from 'exceljs';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { entryDataOffset, sniffWorkbook } from '../../src/hosts/file/read';

/** Seed 000's 劳动能力鉴定费用 table (项目支出绩效目标批复表 2021), laid out as it sits in a worksheet. */
export const SEED000_ROWS: (string | number | null)[][] = [
  ['项目支出绩效目标批复表', null, null, null, null, null],
  ['(2021 年度)', null, null, null, null, null],
  ['申报单位：枣庄市社会保险服务中心', null, null, null, null, null],
  ['项目名称', '劳动能力鉴定费用', null, null, null, null],
  ['主管部门', '枣庄市人力资源和社会保障局', null, '预算执行单位', '枣庄市社会保险服务中心', null],
  ['项目类型', '新增', null, null, null, null],
  ['项目期限', '2021-01-01 至 2021-12-31', null, null, null, null],
  ['项目资金申请(万元)', 14, null, null, null, null],
  [
    '项目绩效年度目标',
    '市劳动能力鉴定委员会依法组织开展劳动能力鉴定，并将鉴定结论依法送达至单位及个人。',
    null,
    null,
    null,
    null,
  ],
  ['年度绩效指标', null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
  ['产出', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
  ['产出', '项目产出', '数量指标', '劳动能力鉴定次数', 4, '次'],
  ['产出', '项目产出', '时效指标', '管理任务按时完成', '按时', null],
  ['产出', '项目产出', '质量指标', '工伤鉴定合格率', 100, '%'],
  ['产出', '项目产出', '成本指标', '劳动能力鉴定费', 14, '万元'],
  ['效果', '项目效益', '社会效益', '保障职工权益', '是', null],
  ['效果', '项目效益', '可持续影响', '鉴定给群众带来的可持续影响显著提升', '是', null],
  ['效果', '项目效益', '社会公众或服务对象满意度', '社会公众满意度', 99, '%'],
  [
    '其他说明',
    '测算依据有变化，预算压减，专家劳务费 14 万元，异地鉴定交通费 1 万，报告邮寄费 2 万元。',
    null,
    null,
    null,
    null,
  ],
];

/** Merges of the seed layout: title and label/value rows spread over the table's width. */
export const SEED000_MERGES = [
  'A1:F1',
  'A2:F2',
  'A3:F3',
  'B4:F4',
  'B5:C5',
  'E5:F5',
  'B6:F6',
  'B7:F7',
  'B8:F8',
  'B9:F9',
  'A10:F10',
  'B20:F20',
];

export interface SeedOptions {
  sheet?: string;
  /** Replace cell values: `{ E19: '≤95' }`. */
  patch?: Record<string, string | number>;
}

export function addSeed000Sheet(wb: ExcelJS.Workbook, opts: SeedOptions = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(opts.sheet ?? 'Sheet1');
  SEED000_ROWS.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    });
  });
  for (const [addr, v] of Object.entries(opts.patch ?? {})) ws.getCell(addr).value = v;
  for (const m of SEED000_MERGES) ws.mergeCells(m);
  ws.getColumn(4).width = 30;
  return ws;
}

export async function seed000Workbook(opts: SeedOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addSeed000Sheet(wb, opts);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ZipSpec {
  name: string;
  data: Uint8Array | string;
  /** Deflate the data (default: store). */
  deflate?: boolean;
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
  /** Deflate level (default zlib's); 1 for large generated parts. */
  level?: number;
}

/** A minimal zip writer, so tests can make zips that lie or lack parts. */
export function makeZip(entries: readonly ZipSpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const body = e.deflate ? deflateRawSync(raw, e.level === undefined ? {} : { level: e.level }) : raw;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** The first bytes of an OLE compound file (legacy .xls, or an encrypted .xlsx when `encrypted`). */
export function oleFile(encrypted: boolean): Buffer {
  const header = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  // Directory entries hold stream names in UTF-16LE; an encrypted OOXML package has these two.
  const names = encrypted ? ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'] : ['Root Entry', 'Workbook'];
  names.forEach((n, i) => Buffer.from(n, 'utf16le').copy(header, 512 + i * 128));
  return header;
}

/** Unpacks a zip written by exceljs (stored or deflated entries), to edit parts and pack it again with makeZip. */
export function unzipEntries(bytes: Uint8Array): { name: string; data: Buffer }[] {
  const s = sniffWorkbook(bytes);
  if (!s.ok) throw new Error(s.error.message);
  return s.entries
    .filter((e) => !e.name.endsWith('/'))
    .map((e) => {
      const start = entryDataOffset(bytes, e);
      if (start === null) throw new Error(`bad entry ${e.name}`);
      const body = Buffer.from(bytes.subarray(start, start + e.compressedSize));
      return { name: e.name, data: e.method === 8 ? inflateRawSync(body) : body };
    });
}

/** Seed 000's workbook with a chart sheet (图表) added after Sheet1, as Excel writes one. */
export async function workbookWithChartSheet(): Promise<Buffer> {
  const parts = unzipEntries(await seed000Workbook());
  const edit = (name: string, f: (xml: string) => string) => {
    const p = parts.find((e) => e.name === name);
    if (!p) throw new Error(`no ${name}`);
    p.data = Buffer.from(f(p.data.toString('utf8')), 'utf8');
  };
  edit('xl/workbook.xml', (x) =>
    x.replace('</sheets>', '<sheet sheetId="2" name="图表" state="visible" r:id="rId99"/></sheets>'),
  );
  edit('xl/_rels/workbook.xml.rels', (x) =>
    x.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    ),
  );
  edit('[Content_Types].xml', (x) =>
    x.replace(
      '</Types>',
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
    ),
  );
  parts.push({
    name: 'xl/chartsheets/sheet1.xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
    ),
  });
  return makeZip(parts.map((p) => ({ name: p.name, data: p.data, deflate: true })));
}

type Part = { name: string; data: Buffer };

function editPart(parts: Part[], name: string, f: (xml: string) => string): void {
  const p = parts.find((e) => e.name === name);
  if (!p) throw new Error(`no ${name}`);
  p.data = Buffer.from(f(p.data.toString('utf8')), 'utf8');
}

/** Seed 000 as an .xlsm that Excel saved: macro-enabled workbook content type, a VBA project and its relationship. */
export async function macroWorkbook(): Promise<Buffer> {
  const parts: Part[] = unzipEntries(await seed000Workbook());
  editPart(parts, '[Content_Types].xml', (x) =>
    x
      .replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      )
      .replace(
        '<Default Extension="xml"',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"',
      ),
  );
  editPart(parts, 'xl/_rels/workbook.xml.rels', (x) =>
    x.replace(
      '</Relationships>',
      '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  // A VBA project is an OLE compound file; its content does not matter here, only that the part exists.
  parts.push({
    name: 'xl/vbaProject.bin',
    data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  });
  return makeZip(parts.map((p) => ({ name: p.name, data: p.data, deflate: true })));
}
