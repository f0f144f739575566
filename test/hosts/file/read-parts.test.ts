// The reader on hand-written package parts: what writers other than exceljs put in a sheet (issue 15). Each workbook
// is the minimal package, its sheet XML given; the grids are what Excel shows.

import { cellAt, type Grid } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/hosts/file/read';
import { makeZip } from '../../cli/helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Parts {
  sheet: string;
  strings?: string;
  styles?: string;
  workbookPr?: string;
  /** Extra sheets' XML, after the first. */
  more?: Array<{ name: string; state?: string; xml: string }>;
}

function workbook(p: Parts): Buffer {
  const sheets = [{ name: 'Sheet1', state: undefined as string | undefined, xml: p.sheet }, ...(p.more ?? [])];
  const rels = sheets.map(
    (_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (p.strings) rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (p.styles) rels.push(`<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>`);
  const entries = [
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${p.workbookPr ?? ''}<sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
      deflate: true,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml, deflate: true })),
  ];
  if (p.strings) entries.push({ name: 'xl/sharedStrings.xml', data: p.strings, deflate: true });
  if (p.styles) entries.push({ name: 'xl/styles.xml', data: p.styles, deflate: true });
  return makeZip(entries);
}

const sheetXml = (rows: string, after = '') =>
  `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  const r = await readWorkbook(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.grids;
}

describe('the reader on parts as other writers write them', () => {
  it('shared strings: rich text runs joined, phonetic runs left out, _x000D_ escapes, an empty string empty', async () => {
    const [g] = await gridsOf(
      workbook({
        sheet: sheetXml(
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
        ),
        strings: `<sst xmlns="${MAIN}"><si><r><t>劳动</t></r><r><rPr><b/></rPr><t xml:space="preserve">能力 </t></r><rPh sb="0" eb="1"><t>ロウドウ</t></rPh></si><si><t>一_x000D_二</t></si><si><t/></si><si><t>&lt;指标&gt;</t></si></sst>`,
      }),
    );
    expect(g.cells[0]).toEqual(['劳动能力 ', '一\r二', null, '<指标>']);
  });

  it('inline strings (plain and rich), booleans, errors, ISO dates, formulas with and without a cached value', async () => {
    const [g] = await gridsOf(
      workbook({
        sheet: sheetXml(
          '<row r="2"><c r="A2" t="inlineStr"><is><t>指标值</t></is></c><c r="B2" t="inlineStr"><is><r><t>≥</t></r><r><t>95%</t></r></is></c>' +
            '<c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><f>1&gt;2</f><v>0</v></c><c r="E2" t="e"><v>#N/A</v></c>' +
            '<c r="F2" t="d"><v>2024-12-31</v></c><c r="G2" t="d"><v>2024-06-30T12:00:00Z</v></c>' +
            '<c r="H2"><f>SUM(1,2)</f></c><c r="I2" t="str"><f>"按"&amp;"时"</f><v>按时</v></c><c r="J2"><v>1.5E3</v></c></row>',
        ),
      }),
    );
    expect(g.cells[0].slice(0, 5)).toEqual(['指标值', '≥95%', true, false, { error: '#N/A' }]);
    expect((g.cells[0][5] as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect((g.cells[0][6] as Date).toISOString()).toBe('2024-06-30T12:00:00.000Z');
    expect(g.cells[0].slice(7)).toEqual([null, '按时', 1500]);
  });

  it('number formats: percent (escaped % is text), custom and built-in dates, the 1904 date system', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="0\\%"/><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="31"/><xf numFmtId="9"/></cellXfs></styleSheet>`;
    const rows =
      '<row r="1"><c r="A1" s="1"><v>98</v></c><c r="B1" s="2"><v>0.955</v></c><c r="C1" s="3"><v>45657</v></c><c r="D1" s="4"><v>45657</v></c><c r="E1" s="5"><v>1</v></c><c r="F1" s="9"><v>7</v></c><c r="G1" s="0"><v>45657</v></c></row>';
    const [g] = await gridsOf(workbook({ sheet: sheetXml(rows), styles }));
    expect(g.cells[0][0]).toBe(98);
    expect(g.cells[0][1]).toBe('95.5%');
    expect((g.cells[0][2] as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect((g.cells[0][3] as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(g.cells[0].slice(4)).toEqual(['100%', 7, 45657]);
    const [g1904] = await gridsOf(
      workbook({ sheet: sheetXml(rows), styles, workbookPr: '<workbookPr date1904="1"/>' }),
    );
    expect((g1904.cells[0][2] as Date).toISOString()).toBe('2029-01-01T00:00:00.000Z');
  });

  it('an x: prefix and an element of another namespace', async () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}" xmlns:o="urn:other"><x:sheetData><x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>项目名称</x:t></x:is></x:c><o:c r="C3"><o:v>7</o:v></o:c><x:c r="D3"><x:v>14</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="D3:E4"/></x:mergeCells></x:worksheet>`;
    const [g] = await gridsOf(workbook({ sheet: xml }));
    expect([g.top, g.left]).toEqual([3, 2]);
    expect(g.cells).toEqual([['项目名称', null, 14]]);
    expect(g.merges).toEqual([{ top: 3, left: 4, bottom: 4, right: 5 }]);
  });

  it('merged cells: only the top-left keeps its value; hidden rows with a cell or inside a merge are listed', async () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>被合并</t></is></c></row>' +
        '<row r="2" hidden="1"/><row r="3" hidden="1"><c r="A3"><v>1</v></c></row><row r="4" hidden="true" s="2" customFormat="1"/>' +
        '<row r="5"><c r="C5"><v>5</v></c></row>',
      '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A4:A5"/></mergeCells>',
    );
    const [g] = await gridsOf(workbook({ sheet: xml }));
    expect(cellAt(g, 1, 1)).toBe('标题');
    expect(cellAt(g, 1, 2)).toBeNull();
    expect(g.hiddenRows).toEqual([3]);
    expect(g.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 4, left: 1, bottom: 5, right: 1 },
    ]);
  });

  it('cells and rows without r, out of order, and a sheet holding only empty cells', async () => {
    const xml = sheetXml(
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c r="A4"><v>4</v></c></row><row r="2"><c r="B2"><v>5</v></c></row>',
    );
    const [g] = await gridsOf(
      workbook({ sheet: xml, more: [{ name: '空', xml: sheetXml('<row r="1"><c r="A1" s="1"/></row>') }] }),
    );
    expect(g.cells).toEqual([[1, 2], [null, 5], [], [4, null, 3]]);
  });

  it('very hidden sheets are skipped, hidden ones read; a malformed sheet is damaged, not a crash', async () => {
    const one = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');
    const grids = await gridsOf(
      workbook({
        sheet: one,
        more: [
          { name: '隐藏', state: 'hidden', xml: one },
          { name: '程序', state: 'veryHidden', xml: one },
        ],
      }),
    );
    expect(grids.map((g) => g.sheet)).toEqual(['Sheet1', '隐藏']);
    const bad = await readWorkbook(
      workbook({ sheet: `<worksheet xmlns="${MAIN}"><sheetData><row></sheetData></worksheet>` }),
    );
    expect(!bad.ok && bad.error.code).toBe('corrupt');
    expect(!bad.ok && bad.error.message).toMatch(/sheet1\.xml/);
  });

  it('more cells than the limit: refused as too large, with the sheet named', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const r = await readWorkbook(workbook({ sheet: sheetXml(rows) }), { maxCells: 60 });
    expect(!r.ok && r.error.code).toBe('too-large');
    expect(!r.ok && r.error.message).toMatch(/Sheet1: > 60/);
    expect((await readWorkbook(workbook({ sheet: sheetXml(rows) }), { maxCells: 100 })).ok).toBe(true);
  });
});
