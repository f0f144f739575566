// The contract's workbook (test/hosts/contract.ts) as an .xlsx built part by part the way Excel writes one: shared
// strings, one cell format per fill colour, merged areas, and a person's notes (legacy comments with their VML boxes,
// a carriage return written as Excel writes it, `_x000D_`).

import { a1, parseA1 } from '../../../src/core/a1';
import type { ContractSheet, ContractWorkbook } from '../contract';
import { excelWorkbook } from './excel-parts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const T = (kind: string) => `${R}/${kind}`;
const CT = 'application/vnd.openxmlformats-officedocument';

function rels(list: Array<[string, string, string]>): string {
  const items = list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  return `${DECL}<Relationships xmlns="${PKG}">${items.join('')}</Relationships>`;
}

/** Text as Excel writes it into XML: markup escaped, a carriage return as `_x000D_` (ST_Xstring). */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '_x000D_');
}

function space(text: string): string {
  return /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
}

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t${space(s)}>${xmlText(s)}</t></si>`).join('');
    return `${DECL}<sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

/** The cell formats: 0 is the default; one more a fill colour, in order of first use. */
class Styles {
  readonly colours: string[] = [];
  of(hex: string | undefined): number {
    if (!hex) return 0;
    let i = this.colours.indexOf(hex);
    if (i < 0) i = this.colours.push(hex) - 1;
    return i + 1;
  }
  xml(): string {
    const fills = this.colours
      .map(
        (h) =>
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${h.slice(1)}"/><bgColor indexed="64"/></patternFill></fill>`,
      )
      .join('');
    const xfs = this.colours
      .map(
        (_, i) =>
          `<xf numFmtId="0" fontId="0" fillId="${i + 2}" borderId="0" xfId="0" applyFill="1"><alignment vertical="center"/></xf>`,
      )
      .join('');
    return (
      `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font></fonts>` +
      `<fills count="${this.colours.length + 2}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>' +
      `<cellXfs count="${this.colours.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

function sheetXml(s: ContractSheet, strings: Strings, styles: Styles, selected: boolean): string {
  const rows = new Map<number, Map<number, string>>();
  const put = (ref: string, xml: string) => {
    const { row, col } = parseA1(ref);
    if (!rows.has(row)) rows.set(row, new Map());
    (rows.get(row) as Map<number, string>).set(col, xml);
  };
  s.rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      const ref = a1(r + 1, c + 1);
      const st = styles.of(s.fills[ref]);
      const sAttr = st ? ` s="${st}"` : '';
      if (typeof v === 'number') put(ref, `<c r="${ref}"${sAttr}><v>${v}</v></c>`);
      else if (typeof v === 'string') put(ref, `<c r="${ref}"${sAttr} t="s"><v>${strings.of(v)}</v></c>`);
    }),
  );
  // Filled cells without a value.
  for (const [ref, hex] of Object.entries(s.fills)) {
    const { row, col } = parseA1(ref);
    if (!rows.get(row)?.has(col)) put(ref, `<c r="${ref}" s="${styles.of(hex)}"/>`);
  }
  const data = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cells = rows.get(r) as Map<number, string>;
      return `<row r="${r}">${[...cells.keys()]
        .sort((a, b) => a - b)
        .map((c) => cells.get(c))
        .join('')}</row>`;
    })
    .join('');
  const merges = s.merges.length
    ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const legacy = Object.keys(s.comments).length ? '<legacyDrawing r:id="rId2"/>' : '';
  return (
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="14.25"/><sheetData>${data}</sheetData>${merges}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${legacy}</worksheet>`
  );
}

function commentsXml(s: ContractSheet): string {
  const authors = [...new Set(Object.values(s.comments).map((c) => c.author))];
  const rPr = '<rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr>';
  const list = Object.entries(s.comments)
    .map(
      ([ref, c]) =>
        `<comment ref="${ref}" authorId="${authors.indexOf(c.author)}" shapeId="0"><text><r>${rPr}<t${space(c.text)}>${xmlText(c.text)}</t></r></text></comment>`,
    )
    .join('');
  return `${DECL}<comments xmlns="${MAIN}"><authors>${authors.map((a) => `<author>${a}</author>`).join('')}</authors><commentList>${list}</commentList></comments>`;
}

function vmlXml(s: ContractSheet, block: number): string {
  const shapes = Object.keys(s.comments)
    .map((ref, i) => {
      const { row, col } = parseA1(ref);
      return (
        `<v:shape id="_x0000_s${block * 1024 + 1 + i}" type="#_x0000_t202" style='position:absolute;margin-left:100pt;margin-top:10pt;width:108pt;height:59.25pt;z-index:${i + 1};visibility:hidden' fillcolor="#ffffe1" o:insetmode="auto">\r\n` +
        `  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    ${col}, 15, ${row - 1}, 10, ${col + 2}, 15, ${row + 3}, 4</x:Anchor>\r\n` +
        `   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>${row - 1}</x:Row>\r\n   <x:Column>${col - 1}</x:Column>\r\n  </x:ClientData>\r\n </v:shape>`
      );
    })
    .join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
    ` <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="${block}"/>\r\n </o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
    `${shapes}</xml>`
  );
}

/** The parts of the contract's workbook, by name. */
export function contractParts(wb: ContractWorkbook): Record<string, string> {
  const strings = new Strings();
  const styles = new Styles();
  const parts: Record<string, string> = {};
  const overrides: string[] = [];
  const sheetRels: Array<[string, string, string]> = [];
  wb.sheets.forEach((s, i) => {
    const n = i + 1;
    parts[`xl/worksheets/sheet${n}.xml`] = sheetXml(s, strings, styles, s.name === wb.active);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    );
    sheetRels.push([`rId${n}`, T('worksheet'), `worksheets/sheet${n}.xml`]);
    if (Object.keys(s.comments).length === 0) return;
    parts[`xl/comments${n}.xml`] = commentsXml(s);
    parts[`xl/drawings/vmlDrawing${n}.vml`] = vmlXml(s, n);
    parts[`xl/worksheets/_rels/sheet${n}.xml.rels`] = rels([
      ['rId1', T('comments'), `../comments${n}.xml`],
      ['rId2', T('vmlDrawing'), `../drawings/vmlDrawing${n}.vml`],
    ]);
    overrides.push(`<Override PartName="/xl/comments${n}.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>`);
  });
  const count = wb.sheets.length;
  const active = Math.max(
    0,
    wb.sheets.findIndex((s) => s.name === wb.active),
  );
  const sheets = wb.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return {
    ...parts,
    '[Content_Types].xml':
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      `${overrides.join('')}<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': rels([['rId1', T('officeDocument'), 'xl/workbook.xml']]),
    'xl/workbook.xml':
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr defaultThemeVersion="166925"/>` +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="${active}"/></bookViews>` +
      `<sheets>${sheets}</sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([
      ...sheetRels,
      [`rId${count + 1}`, T('styles'), 'styles.xml'],
      [`rId${count + 2}`, T('sharedStrings'), 'sharedStrings.xml'],
    ]),
    'xl/styles.xml': styles.xml(),
    'xl/sharedStrings.xml': strings.xml(),
  };
}

/** The contract's workbook as .xlsx bytes. */
export function contractXlsx(wb: ContractWorkbook): Uint8Array {
  return excelWorkbook(contractParts(wb));
}
