// Case #33's workbook, made in the test run (the project's port of ../shared/repro/foreign-writers/scripts/
// bigsheet_short.py): min-openpyxl-plain.xlsx with its sheet grown, row after row, by rows of a number, an inline
// string and a decimal (`<row r="11"><c r="A11"><v>11</v></c><c r="B11" t="inlineStr"><is><t>备注行11</t></is></c>
// <c r="C11"><v>11.5</v></c></row>`) until the sheet holds `targetMiB` of XML or reaches row 1 048 576 — by default
// the row limit: 1 048 566 rows, 152 MiB of XML, about 16 MB zipped.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { deflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import { unzipSync } from 'fflate';

export const BIGSHEET_BASE = path.join(__dirname, 'min-openpyxl-plain.xlsx');

export interface BigSheetOptions {
  /** Stop once the sheet holds this many MiB of XML (default: no limit, the row limit ends it). */
  targetMiB?: number;
  /** The last row (default 1 048 576, Excel's last). */
  lastRow?: number;
}

/** The workbook's bytes. Stored entries but the sheet, deflated in 8 MiB pieces; zip32 (every size fits). */
export function bigSheetWorkbook(options: BigSheetOptions = {}): Buffer {
  const target = (options.targetMiB ?? Infinity) * 1024 * 1024;
  const lastRow = options.lastRow ?? 1_048_576;
  const parts = unzipSync(new Uint8Array(readFileSync(BIGSHEET_BASE)));
  const entries: Array<{ name: string; data: Buffer; crc: number; size: number; method: number }> = [];
  for (const [name, data] of Object.entries(parts)) {
    if (name === 'xl/worksheets/sheet1.xml') {
      const [head, tail] = new TextDecoder().decode(data).split('</sheetData>');
      const pieces: Buffer[] = [Buffer.from(head)];
      let written = pieces[0].length;
      let chunk: string[] = [];
      let chunkBytes = 0;
      for (let r = 11; r <= lastRow && written < target; r++) {
        const row = `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>备注行${r}</t></is></c><c r="C${r}"><v>${r}.5</v></c></row>`;
        const n = Buffer.byteLength(row);
        chunk.push(row);
        chunkBytes += n;
        written += n;
        if (chunkBytes > 8 * 1024 * 1024) {
          pieces.push(Buffer.from(chunk.join('')));
          chunk = [];
          chunkBytes = 0;
        }
      }
      pieces.push(Buffer.from(`${chunk.join('')}</sheetData>${tail}`));
      const xml = Buffer.concat(pieces);
      entries.push({ name, data: deflateRawSync(xml, { level: 1 }), crc: zlibCrc32(xml), size: xml.length, method: 8 });
    } else {
      const buf = Buffer.from(data);
      entries.push({ name, data: buf, crc: zlibCrc32(buf), size: buf.length, method: 0 });
    }
  }
  return zip(entries);
}

function zip(entries: Array<{ name: string; data: Buffer; crc: number; size: number; method: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(0x21, 12);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
