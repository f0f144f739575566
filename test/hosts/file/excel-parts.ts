// A macro-enabled workbook built part by part the way Excel 365 writes one: a chart, an image, a pivot table with its
// cache, a slicer, an external link, a table, threaded comments with their persons, a person's note, custom document
// properties, custom XML, data validation, conditional formatting, defined names, frozen panes and a hidden row.
// The annotator must carry every part it does not need to change byte for byte.

import { unzipSync, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

function rels(list: Array<[string, string, string, boolean?]>): string {
  const items = list.map(
    ([id, type, target, external]) =>
      `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`,
  );
  return `${DECL}<Relationships xmlns="${PKG}">${items.join('')}</Relationships>`;
}

const T = (kind: string) => `${R}/${kind}`;

/** The sheet's cells: A1 title over a merged A1:D1, a header row, three indicator rows (row 5 hidden). */
const SHEET1 =
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">' +
  '<sheetPr codeName="Sheet1"/><dimension ref="A1:D6"/>' +
  '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>' +
  '<cols><col min="1" max="1" width="9" customWidth="1"/><col min="2" max="2" width="30.5" customWidth="1"/></cols>' +
  '<sheetData>' +
  '<row r="1" spans="1:4" ht="24" customHeight="1" x14ac:dyDescent="0.2"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="3"/><c r="C1" s="3"/><c r="D1" s="3"/></row>' +
  '<row r="2" spans="1:4" x14ac:dyDescent="0.2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c></row>' +
  '<row r="3" spans="1:4" x14ac:dyDescent="0.2"><c r="A3" t="s"><v>5</v></c><c r="B3" s="1" t="s"><v>6</v></c><c r="C3" s="2"><v>0.98</v></c><c r="D3"><f>C3*100</f><v>98</v></c></row>' +
  '<row r="4" spans="1:4" x14ac:dyDescent="0.2"><c r="A4" t="s"><v>5</v></c><c r="B4" t="s"><v>7</v></c><c r="C4" s="2"><v>1.2</v></c></row>' +
  '<row r="5" spans="1:4" hidden="1" x14ac:dyDescent="0.2"><c r="A5" t="s"><v>5</v></c><c r="B5" t="s"><v>8</v></c></row>' +
  '<row r="6" spans="1:4" x14ac:dyDescent="0.2"><c r="B6" t="s"><v>9</v></c></row>' +
  '</sheetData>' +
  '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>' +
  '<conditionalFormatting sqref="C3:C6"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>1</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C3:C6"><formula1>0</formula1><formula2>1</formula2></dataValidation></dataValidations>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="portrait"/>' +
  '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId4"/></tableParts>' +
  '<extLst><ext uri="{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:slicerList xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicer r:id="rId6"/></x14:slicerList></ext></extLst>' +
  '</worksheet>';

const SHEET2 = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A3:B5"/><sheetData><row r="3"><c r="A3" t="s"><v>10</v></c><c r="B3" t="s"><v>11</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const STRINGS = [
  '项目支出绩效目标表',
  '一级指标',
  '三级指标',
  '指标值',
  '备注',
  '产出指标',
  '完成率',
  '满意度',
  '隐藏行',
  '合计',
  '行标签',
  '计数',
];

export const PERSON_NOTE = '王会计:\n按上年实际数测算';
export const THREADED_TEXT = '请核对这一行';

/** Every part of the workbook, by name. */
export function excelParts(): Record<string, string | Uint8Array> {
  const sst = `${DECL}<sst xmlns="${MAIN}" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  return {
    '[Content_Types].xml':
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="png" ContentType="image/png"/>' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
      '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
      '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>' +
      '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>' +
      '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>' +
      '<Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/>' +
      '<Override PartName="/xl/slicerCaches/slicerCache1.xml" ContentType="application/vnd.ms-excel.slicerCache+xml"/>' +
      '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>' +
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
      '</Types>',
    '_rels/.rels': rels([
      ['rId1', T('officeDocument'), 'xl/workbook.xml'],
      [
        'rId2',
        'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        'docProps/core.xml',
      ],
      ['rId3', T('extended-properties'), 'docProps/app.xml'],
      ['rId4', T('custom-properties'), 'docProps/custom.xml'],
    ]),
    'docProps/core.xml': `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>财务科</dc:creator></cp:coreProperties>`,
    'docProps/app.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    'docProps/custom.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="预算年度"><vt:lpwstr>2024</vt:lpwstr></property></Properties>`,
    'customXml/item1.xml': `${DECL}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL"/>`,
    'customXml/itemProps1.xml': `${DECL}<ds:datastoreItem ds:itemID="{5B6A1C2D-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    'customXml/_rels/item1.xml.rels': rels([['rId1', T('customXmlProps'), 'itemProps1.xml']]),
    'xl/workbook.xml':
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>` +
      '<workbookPr codeName="ThisWorkbook" defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      '<sheets><sheet name="绩效目标表" sheetId="1" r:id="rId1"/><sheet name="透视" sheetId="2" r:id="rId2"/></sheets>' +
      '<externalReferences><externalReference r:id="rId7"/></externalReferences>' +
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">绩效目标表!$A$1:$D$6</definedName><definedName name="Slicer_三级指标">#N/A</definedName><definedName name="预算">[1]Sheet1!$A$1</definedName></definedNames>' +
      '<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId8"/></pivotCaches>' +
      '<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerCaches><x14:slicerCache r:id="rId9"/></x14:slicerCaches></ext></extLst></workbook>',
    'xl/_rels/workbook.xml.rels': rels([
      ['rId1', T('worksheet'), 'worksheets/sheet1.xml'],
      ['rId2', T('worksheet'), 'worksheets/sheet2.xml'],
      ['rId3', T('styles'), 'styles.xml'],
      ['rId4', T('sharedStrings'), 'sharedStrings.xml'],
      ['rId5', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin'],
      ['rId6', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml'],
      ['rId7', T('externalLink'), 'externalLinks/externalLink1.xml'],
      ['rId8', T('pivotCacheDefinition'), 'pivotCache/pivotCacheDefinition1.xml'],
      ['rId9', 'http://schemas.microsoft.com/office/2007/relationships/slicerCache', 'slicerCaches/slicerCache1.xml'],
    ]),
    'xl/styles.xml':
      `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
      '<fonts count="2"><font><sz val="12"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="16"/><name val="黑体"/><family val="3"/><charset val="134"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>' +
      '<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1"><alignment vertical="center" wrapText="1"/></xf>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"><alignment vertical="center"/></xf>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
    'xl/sharedStrings.xml': sst,
    'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4, 5, 6, 7, 8]),
    'xl/worksheets/sheet1.xml': SHEET1,
    'xl/worksheets/sheet2.xml': SHEET2,
    'xl/worksheets/_rels/sheet1.xml.rels': rels([
      ['rId1', T('drawing'), '../drawings/drawing1.xml'],
      ['rId2', T('vmlDrawing'), '../drawings/vmlDrawing1.vml'],
      ['rId3', T('comments'), '../comments1.xml'],
      ['rId4', T('table'), '../tables/table1.xml'],
      [
        'rId5',
        'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
        '../threadedComments/threadedComment1.xml',
      ],
      ['rId6', 'http://schemas.microsoft.com/office/2007/relationships/slicer', '../slicers/slicer1.xml'],
    ]),
    'xl/worksheets/_rels/sheet2.xml.rels': rels([['rId1', T('pivotTable'), '../pivotTables/pivotTable1.xml']]),
    'xl/comments1.xml':
      `${DECL}<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
      '<authors><author>王会计</author><author>tc={6A2E1C41-0000-4000-8000-000000000001}</author></authors><commentList>' +
      '<comment ref="B4" authorId="0" shapeId="0" xr:uid="{00000000-0006-0000-0000-000001000000}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t>王会计:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n按上年实际数测算</t></r></text></comment>' +
      `<comment ref="C3" authorId="1" shapeId="0" xr:uid="{6A2E1C41-0000-4000-8000-000000000001}"><text><t xml:space="preserve">[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ${THREADED_TEXT}</t></text></comment>` +
      '</commentList></comments>',
    'xl/threadedComments/threadedComment1.xml': `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="C3" dT="2024-03-01T08:00:00.00" personId="{11111111-2222-3333-4444-555555555555}" id="{6A2E1C41-0000-4000-8000-000000000001}"><text>${THREADED_TEXT}</text></threadedComment></ThreadedComments>`,
    'xl/persons/person.xml': `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="李处长" id="{11111111-2222-3333-4444-555555555555}" userId="li@example.com" providerId="None"/></personList>`,
    'xl/drawings/vmlDrawing1.vml':
      '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style=\'position:absolute;margin-left:200pt;margin-top:20pt;width:150pt;height:60pt;z-index:1;visibility:visible\' fillcolor="#ffffe1" o:insetmode="auto">\r\n  <v:fill color2="#ffffe1"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\'><div style=\'text-align:left\'></div></v:textbox>\r\n  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    2, 15, 2, 10, 4, 15, 6, 4</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Visible/>\r\n   <x:Row>3</x:Row>\r\n   <x:Column>1</x:Column>\r\n  </x:ClientData>\r\n </v:shape>' +
      '<v:shape id="_x0000_s1026" type="#_x0000_t202" style=\'position:absolute;margin-left:250pt;margin-top:10pt;width:108pt;height:59.25pt;z-index:2;visibility:hidden\' fillcolor="#ffffe1" o:insetmode="auto">\r\n  <x:ClientData ObjectType="Note">\r\n   <x:Anchor>\r\n    3, 15, 1, 10, 5, 15, 5, 4</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>2</x:Row>\r\n   <x:Column>2</x:Column>\r\n  </x:ClientData>\r\n </v:shape></xml>',
    'xl/drawings/drawing1.xml':
      `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      '<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
      `<xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
    'xl/drawings/_rels/drawing1.xml.rels': rels([
      ['rId1', T('chart'), '../charts/chart1.xml'],
      ['rId2', T('image'), '../media/image1.png'],
    ]),
    'xl/charts/chart1.xml':
      `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/>` +
      '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>绩效目标表!$C$3:$C$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>' +
      '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>',
    'xl/media/image1.png': new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
      0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
    ]),
    'xl/tables/table1.xml': `${DECL}<table xmlns="${MAIN}" id="1" name="指标" displayName="指标" ref="A2:D6" totalsRowShown="0"><autoFilter ref="A2:D6"/><tableColumns count="4"><tableColumn id="1" name="一级指标"/><tableColumn id="2" name="三级指标"/><tableColumn id="3" name="指标值"/><tableColumn id="4" name="备注"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    'xl/pivotTables/pivotTable1.xml': `${DECL}<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" dataCaption="值" createdVersion="6" updatedVersion="6" minRefreshableVersion="3"><location ref="A3:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField axis="axisRow" showAll="0"><items count="1"><item t="default"/></items></pivotField></pivotFields></pivotTableDefinition>`,
    'xl/pivotTables/_rels/pivotTable1.xml.rels': rels([
      ['rId1', T('pivotCacheDefinition'), '../pivotCache/pivotCacheDefinition1.xml'],
    ]),
    'xl/pivotCache/pivotCacheDefinition1.xml': `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedBy="财务科" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A2:D6" sheet="绩效目标表"/></cacheSource><cacheFields count="1"><cacheField name="三级指标" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': rels([
      ['rId1', T('pivotCacheRecords'), 'pivotCacheRecords1.xml'],
    ]),
    'xl/pivotCache/pivotCacheRecords1.xml': `${DECL}<pivotCacheRecords xmlns="${MAIN}" count="0"/>`,
    'xl/slicers/slicer1.xml': `${DECL}<slicers xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><slicer name="三级指标" cache="Slicer_三级指标" caption="三级指标" rowHeight="241300"/></slicers>`,
    'xl/slicerCaches/slicerCache1.xml': `${DECL}<slicerCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" name="Slicer_三级指标" sourceName="三级指标"><tableSlicerCache tableId="1" column="2"/></slicerCacheDefinition>`,
    'xl/externalLinks/externalLink1.xml': `${DECL}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>`,
    'xl/externalLinks/_rels/externalLink1.xml.rels': rels([['rId1', T('externalLinkPath'), '预算总表.xlsx', true]]),
  };
}

/** The parts zipped as Excel does (deflated; the picture and the macro project stored). */
export function excelWorkbook(parts: Record<string, string | Uint8Array> = excelParts()): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, data] of Object.entries(parts)) {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    files[name] = [bytes, { level: /\.(png|bin)$/.test(name) ? 0 : 6 }];
  }
  return zipSync(files, { mtime: new Date(2024, 2, 1, 9, 30) });
}

/** Every part of a package, inflated, by name. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function textOf(parts: Map<string, Uint8Array>, name: string): string {
  const data = parts.get(name);
  if (!data) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(data);
}
