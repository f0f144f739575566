// The annotated copy is the original package patched: on a workbook with everything Excel writes (macros, chart,
// pivot table, slicer, external link, threaded comments…), every part but the few listed ones stays byte for byte,
// the listed ones change only where a finding is, and clear gives the parts back.

import { FILLS, LINE_PREFIX } from '../../../src/core/annotate/types';
import type { Finding, Severity } from '../../../src/core/model';
import {
  annotateWorkbook,
  clearWorkbook,
  readAnnotationState,
  STATE_SHEET_NAME,
} from '../../../src/hosts/file/annotate';
import { excelParts, excelWorkbook, partsOf, PERSON_NOTE, textOf, THREADED_TEXT } from './excel-parts';

const SHEET = '绩效目标表';

function finding(cell: string, severity: Severity, message: string, sheet = SHEET): Finding {
  return {
    ruleId: `rule-${cell.toLowerCase()}`,
    severity,
    sheet,
    cell,
    related: [],
    message,
    messageId: 'm',
    data: {},
  };
}

const FINDINGS: Finding[] = [
  finding('B1', 'warning', '标题行在合并区域中'), // inside A1:D1: annotated on A1
  finding('B3', 'error', '指标名称含糊'),
  finding('C3', 'info', '已有讨论'), // a threaded comment's cell: fill only
  finding('B4', 'warning', '缺少单位'), // a person's note: our line goes below it
  finding('C4', 'error', '百分比超过100%'),
  finding('D5', 'info', '隐藏行中的空单元格'), // a hidden row, no <c> element
  finding('A7', 'warning', '表格下方'), // no <row> element
];

/** Every part whose bytes differ between two packages (added and removed ones included). */
function changedParts(a: Map<string, Uint8Array>, b: Map<string, Uint8Array>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names]
    .filter((n) => !a.has(n) || !b.has(n) || Buffer.compare(Buffer.from(a.get(n)!), Buffer.from(b.get(n)!)) !== 0)
    .sort();
}

/** `patched` is `original` with text inserted just before each of `closes` (in order), counts aside: the insertions. */
function insertionsBefore(original: string, patched: string, closes: readonly string[]): string[] {
  const norm = (s: string) => s.replace(/(<(?:fills|cellXfs) count=")\d+"/g, '$1N"');
  const o = norm(original);
  const p = norm(patched);
  const added: string[] = [];
  let oi = 0;
  let pi = 0;
  for (const close of closes) {
    const oEnd = o.indexOf(close, oi);
    const len = oEnd - oi;
    expect(p.slice(pi, pi + len)).toBe(o.slice(oi, oEnd));
    const pEnd = p.indexOf(close, pi + len);
    added.push(p.slice(pi + len, pEnd));
    oi = oEnd;
    pi = pEnd;
  }
  expect(p.slice(pi)).toBe(o.slice(oi));
  return added;
}

/** The sheet XML with the `s` of the given cells dropped, and elements that then say nothing removed. */
function withoutStyles(xml: string, cells: readonly string[]): string {
  let out = xml;
  for (const c of cells) out = out.replace(new RegExp(`(<c r="${c}"[^>]*?) s="\\d+"`), '$1');
  return out
    .replace(/<c r="[A-Z]+\d+"\/>(?=<\/row>|<c )/g, (m) => (xml.includes(m) ? m : ''))
    .replace(/<row r="\d+"><\/row>/g, '');
}

describe('annotating a workbook with every Excel feature', () => {
  const original = excelWorkbook();
  const before = partsOf(original);
  let annotated: Uint8Array;
  let after: Map<string, Uint8Array>;

  beforeAll(async () => {
    annotated = await annotateWorkbook(original, FINDINGS, { lang: 'zh-CN' });
    after = partsOf(annotated);
  });

  it('changes only the listed parts and adds only the state sheet', () => {
    expect(changedParts(before, after)).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet3.xml',
      ].sort(),
    );
    // Among the parts kept byte for byte: the macros, chart, pivot table and cache, slicer, external link, threaded
    // comments and persons, custom properties and custom XML, table, image.
    for (const kept of [
      'xl/vbaProject.bin',
      'xl/charts/chart1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/slicers/slicer1.xml',
      'xl/persons/person.xml',
      'customXml/item1.xml',
      'docProps/custom.xml',
      'xl/media/image1.png',
    ]) {
      expect(after.get(kept)).toEqual(before.get(kept));
    }
  });

  it('keeps untouched parts with their original compressed bytes', () => {
    // The stored (uncompressed) macro project and picture appear in the copy as the very same bytes.
    const raw = Buffer.from(annotated);
    expect(raw.includes(Buffer.from(excelParts()['xl/vbaProject.bin'] as Uint8Array))).toBe(true);
  });

  it("changes the sheet only in the s= of the findings' cells (and the cells and row it had to add)", () => {
    const sheetBefore = textOf(before, 'xl/worksheets/sheet1.xml');
    const sheetAfter = textOf(after, 'xl/worksheets/sheet1.xml');
    const cells = ['A1', 'B3', 'C3', 'B4', 'C4', 'D5', 'A7'];
    expect(withoutStyles(sheetAfter, cells)).toBe(withoutStyles(sheetBefore, cells));
    // B1 is inside the merged A1:D1: A1 carries it; B1 keeps its format.
    expect(sheetAfter).toContain('<c r="B1" s="3"/>');
    expect(/<c r="A1" s="(\d+)"/.exec(sheetAfter)![1]).not.toBe('3');
    expect(sheetAfter).toMatch(/<c r="B5" t="s"><v>8<\/v><\/c><c r="D5" s="\d+"\/><\/row>/);
    expect(sheetAfter).toMatch(/<\/row><row r="7"><c r="A7" s="\d+"\/><\/row><\/sheetData>/);
    expect(sheetAfter).toContain('<row r="5" spans="1:4" hidden="1" x14ac:dyDescent="0.2">');
  });

  it("appends fills and cell formats that differ from the cell's own only by the fill", () => {
    const stylesBefore = textOf(before, 'xl/styles.xml');
    const stylesAfter = textOf(after, 'xl/styles.xml');
    const [fills, xfs] = insertionsBefore(stylesBefore, stylesAfter, ['</fills>', '</cellXfs>']);
    expect(fills).toBe(
      [FILLS.warning, FILLS.error, FILLS.info]
        .map((hex) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.slice(1)}"/></patternFill></fill>`)
        .join(''),
    );
    const sheetAfter = textOf(after, 'xl/worksheets/sheet1.xml');
    const allXfs = [...stylesAfter.matchAll(/<xf [^>]*(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]).slice(1); // cellStyleXfs' first
    const formatOf = (cell: string) =>
      allXfs[Number(new RegExp(`<c r="${cell}"[^>]* s="(\\d+)"`).exec(sheetAfter)![1])];
    // C4 was format 2 (0.0 %, thin border): only its fill changed.
    expect(formatOf('C4')).toBe(
      '<xf numFmtId="164" fontId="0" fillId="4" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyFill="1"><alignment vertical="center"/></xf>',
    );
    expect(formatOf('B3')).toBe(
      '<xf numFmtId="0" fontId="0" fillId="4" borderId="1" xfId="0" applyFill="1" applyBorder="1"><alignment vertical="center" wrapText="1"/></xf>',
    );
    expect(xfs.length).toBeGreaterThan(0);
  });

  it("puts our line below a person's note, keeps the threaded comment's placeholder and adds our own notes", () => {
    const comments = textOf(after, 'xl/comments1.xml');
    const original = textOf(before, 'xl/comments1.xml');
    const personRuns = /<comment ref="B4"[^>]*><text>(.*?)<\/text>/s.exec(original)![1];
    expect(comments).toContain(
      `${personRuns}<r><t xml:space="preserve">\n${LINE_PREFIX}警告】缺少单位（rule-b4）</t></r>`,
    );
    expect(comments).toContain(/<comment ref="C3".*?<\/comment>/s.exec(original)![0]);
    expect(comments).toContain(THREADED_TEXT);
    expect(comments).not.toMatch(/ref="C3"[^]*?已有讨论/);
    expect(comments).toContain(
      '<author>王会计</author><author>tc={6A2E1C41-0000-4000-8000-000000000001}</author><author>指标审核 Indicator Checker</author>',
    );
    for (const cell of ['A1', 'B3', 'C4', 'D5', 'A7'])
      expect(comments).toMatch(new RegExp(`<comment ref="${cell}" authorId="2">`));
    expect(comments).not.toContain('ref="B1"');
    // The person's note box (visible, its own size) and the placeholder's box are untouched; ours are added.
    const vmlBefore = textOf(before, 'xl/drawings/vmlDrawing1.vml');
    const vmlAfter = textOf(after, 'xl/drawings/vmlDrawing1.vml');
    expect(vmlAfter.startsWith(vmlBefore.slice(0, -'</xml>'.length))).toBe(true);
    expect(vmlAfter.match(/ObjectType="Note"/g)).toHaveLength(7);
    expect(vmlAfter).toContain('_x0000_s1027');
  });

  it('records the state in a very hidden sheet, with the exact original formats', async () => {
    const state = await readAnnotationState(annotated);
    expect(state!.cells.map((c) => c.cell)).toEqual(['A1', 'B3', 'C3', 'B4', 'C4', 'D5', 'A7']);
    expect(textOf(after, 'xl/workbook.xml')).toMatch(
      new RegExp(`<sheet name="${STATE_SHEET_NAME}" sheetId="3" state="veryHidden"`),
    );
    // The print area keeps its sheet index: the state sheet goes last.
    expect(textOf(after, 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">绩效目标表!$A$1:$D$6</definedName>',
    );
  });

  it('annotating the copy again gives the same parts', async () => {
    const twice = partsOf(await annotateWorkbook(annotated, FINDINGS, { lang: 'zh-CN' }));
    expect(changedParts(after, twice)).toEqual([]);
  });

  it('clear gives back every part, styles aside (their added members are unused)', async () => {
    const cleared = partsOf(await clearWorkbook(annotated));
    expect(changedParts(before, cleared)).toEqual(['xl/styles.xml']);
    insertionsBefore(textOf(before, 'xl/styles.xml'), textOf(cleared, 'xl/styles.xml'), ['</fills>', '</cellXfs>']);
    expect(await readAnnotationState(await clearWorkbook(annotated))).toBeNull();
  });

  it('a later annotation with fewer findings restores the others exactly', async () => {
    const fewer = partsOf(await annotateWorkbook(annotated, [FINDINGS[1]], { lang: 'zh-CN' }));
    const sheet = textOf(fewer, 'xl/worksheets/sheet1.xml');
    expect(withoutStyles(sheet, ['B3'])).toBe(withoutStyles(textOf(before, 'xl/worksheets/sheet1.xml'), ['B3']));
    const comments = textOf(fewer, 'xl/comments1.xml');
    expect(comments).toContain(/<comment ref="B4".*?<\/comment>/s.exec(textOf(before, 'xl/comments1.xml'))![0]);
    expect(comments.match(/<comment /g)).toHaveLength(3);
  });

  it("keeps a person's note text and box when the product's lines are removed", async () => {
    const cleared = partsOf(await clearWorkbook(annotated));
    expect(textOf(cleared, 'xl/comments1.xml')).toContain(PERSON_NOTE.split('\n')[1]);
  });
});

describe('packages written differently', () => {
  it('patches SpreadsheetML written with an x: prefix, keeping the prefix', async () => {
    const parts = excelParts();
    const sheet = (parts['xl/worksheets/sheet2.xml'] as string)
      .replace(/<(\/?)(worksheet|dimension|sheetData|row|c|v|pageMargins)\b/g, '<$1x:$2')
      .replace(
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      );
    parts['xl/worksheets/sheet2.xml'] = sheet;
    const bytes = excelWorkbook(parts);
    const out = partsOf(
      await annotateWorkbook(bytes, [finding('B3', 'error', '错', '透视'), finding('C9', 'warning', '警', '透视')], {
        lang: 'zh-CN',
      }),
    );
    const patched = textOf(out, 'xl/worksheets/sheet2.xml');
    expect(patched).toMatch(
      /<x:c r="B3" t="s" s="\d+"><x:v>11<\/x:v><\/x:c><\/x:row><x:row r="9"><x:c r="C9" s="\d+"\/><\/x:row><\/x:sheetData>/,
    );
    // A sheet without notes gets a comments part, a VML drawing, their relationships and a <legacyDrawing>.
    expect(patched).toMatch(/<x:legacyDrawing xmlns:r="[^"]+" r:id="rId3"\/><\/x:worksheet>$/);
    expect(textOf(out, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain('Target="../comments2.xml"');
    expect(textOf(out, 'xl/comments2.xml')).toContain('<comment ref="C9" authorId="0">');
    expect(textOf(out, 'xl/drawings/vmlDrawing2.vml')).toContain('<o:idmap v:ext="edit" data="2"/>');
    expect(textOf(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/comments2.xml"');
    // Clear takes all of it away again.
    const cleared = partsOf(await clearWorkbook(excelWorkbookFrom(out)));
    expect(changedParts(partsOf(bytes), cleared)).toEqual(['xl/styles.xml']);
  });

  it('refuses damaged input with a bilingual message, never a crash', async () => {
    const parts = excelParts();
    parts['xl/worksheets/sheet1.xml'] = (parts['xl/worksheets/sheet1.xml'] as string).replace(
      '</sheetData>',
      '</sheetDat>',
    );
    await expect(annotateWorkbook(excelWorkbook(parts), FINDINGS, { lang: 'zh-CN' })).rejects.toThrow(
      /文件已损坏.*\/ The file is damaged.*sheet1\.xml/,
    );
    await expect(clearWorkbook(new Uint8Array([1, 2, 3]))).rejects.toThrow(
      /不是 Excel 工作簿.* \/ Not an Excel workbook/,
    );
  });
});

/** A package from parts (for feeding a patched copy back in). */
function excelWorkbookFrom(parts: Map<string, Uint8Array>): Uint8Array {
  return excelWorkbook(Object.fromEntries(parts));
}
