// Case #33's workbook, made in the test run (the project's port of ../shared/repro/foreign-writers/scripts/
// bigsheet_short.py): min-openpyxl-plain.xlsx with its sheet grown, row after row, by rows of a number, an inline
// string and a decimal (`<row r="11"><c r="A11"><v>11</v></c><c r="B11" t="inlineStr"><is><t>备注行11</t></is></c>
// <c r="C11"><v>11.5</v></c></row>`) until the sheet holds `targetMiB` of XML or reaches row 1 048 576 — by default
// the row limit: 1 048 566 rows, 152 MiB of XML, about 16 MB zipped.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { makeZip, type ZipSpec } from '../../cli/helpers';

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
  const entries: ZipSpec[] = [];
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
      entries.push({ name, data: xml, deflate: true, level: 1 });
    } else {
      entries.push({ name, data });
    }
  }
  return makeZip(entries);
}
