// The reader's cases of ../shared/repro/foreign-writers/README.md (issue 15), as a user meets them through
// `indicator-checker check --json`: #1 openpyxl workbooks with a person's comment or an image, #8 escaped number
// formats, #11 ISO date cells, #23 the `x:` prefix, #33 a 1 048 566-row sheet beside a normal file, #36 a wrong CRC.
// Each failed with the exceljs reader.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readFile } from 'node:fs/promises';
import { main } from '../../../src/cli/main';
import { cellAt } from '../../../src/core/grid';
import { ReportSchema, type FileReport, type Report } from '../../../src/core/model';
import { readWorkbook } from '../../../src/hosts/file/read';
import { bigSheetWorkbook } from './bigsheet';

const FILES = __dirname;
const SAMPLE = path.resolve(__dirname, '../../../samples/flat-export.xlsx');
/** "中文 / English". */
const BILINGUAL = /[\u4e00-\u9fff].* \/ [A-Z][a-z]/s;

async function check(
  files: string[],
  env: Record<string, string> = {},
): Promise<{ status: number; report: Report; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { INDICATOR_CHECKER_JOBS: '0', ...env },
  };
  const status = await main(['check', ...files, '--json'], io);
  return { status, report: ReportSchema.parse(JSON.parse(stdout)), stderr };
}

const fileOf = (report: Report, file: string): FileReport => {
  const f = report.files.find((x) => x.file === file);
  if (!f) throw new Error(`${file} not in the report`);
  return f;
};

async function grids(file: string) {
  const r = await readWorkbook(new Uint8Array(await readFile(path.join(FILES, file))));
  if (!r.ok) throw new Error(r.error.message);
  return r.grids;
}

describe('foreign writers through the reader and the CLI', () => {
  it('#1: openpyxl workbooks with a comment or an image are read and checked', async () => {
    const files = ['min-openpyxl-comment.xlsx', 'min-openpyxl-image.xlsx', 'openpyxl.xlsx'].map((f) =>
      path.join(FILES, f),
    );
    const { report } = await check(files);
    for (const f of files) {
      const r = fileOf(report, f);
      expect({ f, status: r.status, error: r.error }).toEqual({ f, status: 'checked', error: null });
      expect(r.tables.length).toBeGreaterThan(0);
    }
  });

  it('#8: `0\\%` and `\\≥0\\%` are literal text: 98 stays 98, never 9800%', async () => {
    const [g] = await grids('numfmt-escaped.xlsx');
    expect(cellAt(g, 7, 4)).toBe(98);
    expect(cellAt(g, 11, 4)).toBe(95);
    const { report } = await check([path.join(FILES, 'numfmt-escaped.xlsx')]);
    expect(JSON.stringify(report)).not.toMatch(/9[58]00%/);
  });

  it('#11: an ISO date cell (t="d") is the date 2024-12-31, not 1905-07-16', async () => {
    const [g] = await grids('sheetjs-date-target.xlsx');
    expect((cellAt(g, 10, 4) as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    const { report } = await check([path.join(FILES, 'sheetjs-date-target.xlsx')]);
    const r = fileOf(report, path.join(FILES, 'sheetjs-date-target.xlsx'));
    expect(r.status).toBe('checked');
    expect(JSON.stringify(r)).not.toMatch(/1905/);
  });

  it('#23: SpreadsheetML with an x: prefix is read like the unprefixed original', async () => {
    const prefixed = await grids('prefix-sheet.xlsx');
    expect(prefixed.length).toBeGreaterThan(0);
    expect(prefixed[0].cells.flat().filter((v) => v !== null).length).toBeGreaterThan(10);
    const { report } = await check([path.join(FILES, 'prefix-sheet.xlsx')]);
    expect(fileOf(report, path.join(FILES, 'prefix-sheet.xlsx')).status).not.toBe('unreadable');
  });

  it('#36: a part with a wrong CRC is refused as damaged (bilingual), the other file still checked', async () => {
    const bad = path.join(FILES, 'crc-mismatch.xlsx');
    const { report, stderr } = await check([bad, SAMPLE]);
    const r = fileOf(report, bad);
    expect(r.status).toBe('unreadable');
    expect(r.error?.code).toBe('corrupt');
    expect(r.error?.message).toMatch(BILINGUAL);
    expect(r.error?.message).toMatch(/sharedStrings\.xml: CRC/);
    expect(fileOf(report, SAMPLE).status).toBe('checked');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('#33: a 1 048 566-row sheet (152 MiB of XML) beside a normal file: refused with the reason, the normal file reported', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ic-big-'));
    try {
      const big = path.join(dir, 'big.xlsx');
      await writeFile(big, bigSheetWorkbook());
      // The default limits: 152 MiB of XML is under the XML limit, so the sheet is read, until it holds more cells
      // than memory allows for checking them (heap / 2 KiB: about 2 million with a 4 GiB heap).
      const { status, report } = await check([big, SAMPLE]);
      const r = fileOf(report, big);
      expect(r.status).toBe('unreadable');
      expect(r.error?.code).toBe('too-large');
      expect(r.error?.message).toMatch(BILINGUAL);
      expect(r.error?.message).toMatch(/cells/);
      expect(fileOf(report, SAMPLE).status).toBe('checked');
      expect(fileOf(report, SAMPLE).findings.length).toBeGreaterThan(0);
      expect(status).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
