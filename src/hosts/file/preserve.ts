// What an annotated or cleared copy written through exceljs lacks that its original had: macros, charts, pivot tables…
// exceljs keeps cells, styles, merges, notes, images, tables and themes, and silently drops every other part of the
// package. The input is never touched, but a person must be told before they replace their file with the copy.
// Browser-safe: works on the zip central directories alone, nothing is inflated.

import type { FileError } from '../../core/model';
import { sniffWorkbook } from './read';

/** A feature of a workbook that a copy written through exceljs does not carry. */
export type DroppedFeature =
  | 'macros'
  | 'charts'
  | 'pivot-tables'
  | 'slicers'
  | 'external-links'
  | 'embedded-objects'
  | 'form-controls'
  | 'threaded-comments'
  | 'custom-properties'
  | 'data-connections'
  | 'custom-xml';

/**
 * Package parts by feature, as Office names them (ECMA-376 part 1 and the MS-XLSX extensions). Parts exceljs may
 * rename but keeps (worksheets, drawings of pictures, media, comments) are not listed: their names differ between
 * the original and the copy without anything being lost. Parts nobody misses (calcChain.xml, which Excel rebuilds,
 * a thumbnail, printer driver settings) are not listed either.
 */
const PARTS: ReadonlyArray<readonly [DroppedFeature, RegExp]> = [
  ['macros', /^xl\/vbaProject(?:Signature\w*)?\.bin$/i],
  ['charts', /^xl\/(?:charts|chartsheets)\//i],
  ['pivot-tables', /^xl\/(?:pivotTables|pivotCache)\//i],
  ['slicers', /^xl\/(?:slicers|slicerCaches|timelines|timelineCaches)\//i],
  ['external-links', /^xl\/externalLinks\//i],
  ['embedded-objects', /^xl\/(?:embeddings|activeX)\//i],
  ['form-controls', /^xl\/ctrlProps\//i],
  ['threaded-comments', /^xl\/(?:threadedComments|persons)\//i],
  ['custom-properties', /^docProps\/custom\.xml$/i],
  ['data-connections', /^xl\/(?:connections\.xml$|queryTables\/|model\/)/i],
  ['custom-xml', /^customXml\//i],
];

const NAMES: Record<DroppedFeature, { zh: string; en: string }> = {
  macros: { zh: '宏（VBA）', en: 'macros (VBA)' },
  charts: { zh: '图表', en: 'charts' },
  'pivot-tables': { zh: '数据透视表', en: 'pivot tables' },
  slicers: { zh: '切片器和日程表', en: 'slicers and timelines' },
  'external-links': { zh: '外部工作簿链接', en: 'links to other workbooks' },
  'embedded-objects': { zh: '嵌入对象和 ActiveX 控件', en: 'embedded objects and ActiveX controls' },
  'form-controls': { zh: '表单控件', en: 'form controls' },
  'threaded-comments': { zh: '批注的回复线程（文字保留为注释）', en: 'comment threads (their text is kept as notes)' },
  'custom-properties': { zh: '自定义文档属性', en: 'custom document properties' },
  'data-connections': { zh: '数据连接和查询', en: 'data connections and queries' },
  'custom-xml': { zh: '自定义 XML 数据', en: 'custom XML data' },
};

function featuresOf(names: Iterable<string>): Set<DroppedFeature> {
  const found = new Set<DroppedFeature>();
  for (const raw of names) {
    const name = raw.replace(/^\//, '');
    for (const [feature, pattern] of PARTS) if (pattern.test(name)) found.add(feature);
  }
  return found;
}

function entryNames(bytes: Uint8Array): string[] {
  const sniff = sniffWorkbook(bytes);
  return sniff.ok ? sniff.entries.map((e) => e.name) : [];
}

/** The features the original has and the copy lacks, in the order of PARTS. */
export function droppedFeatures(original: Uint8Array, copy: Uint8Array): DroppedFeature[] {
  const before = featuresOf(entryNames(original));
  if (before.size === 0) return [];
  const after = featuresOf(entryNames(copy));
  return PARTS.map(([f]) => f).filter((f, i, all) => all.indexOf(f) === i && before.has(f) && !after.has(f));
}

/** Names of the features for a message, in one language. */
export function featureNames(features: readonly DroppedFeature[], lang: 'zh' | 'en'): string {
  return features.map((f) => NAMES[f][lang]).join(lang === 'zh' ? '、' : ', ');
}

/** What to tell the user about a copy that lacks `features`, in each language (the CLI and the standalone page). */
export function droppedText(features: readonly DroppedFeature[]): { zh: string; en: string } {
  return {
    zh: `副本中没有原文件的${featureNames(features, 'zh')}（原文件未改动；请在原文件中按标注修改，或确认后再用副本替换原文件）`,
    en:
      `The copy does not contain the original's ${featureNames(features, 'en')} (the original is unchanged; make the ` +
      `corrections in the original, or check before replacing it with the copy)`,
  };
}

/**
 * The warning for a copy that lacks some of its original's features, "中文 / English" like every file message;
 * null when nothing was dropped.
 */
export function droppedWarning(features: readonly DroppedFeature[]): FileError | null {
  if (features.length === 0) return null;
  const text = droppedText(features);
  return { code: 'features-dropped', message: `${text.zh} / ${text.en}` };
}

/**
 * The name of a copy of `name`: an .xlsm becomes .xlsx, because the copy carries no macros and Excel refuses to open
 * a macro-free workbook under the .xlsm extension ("the file format or file extension is not valid").
 */
export function copyName(name: string): string {
  return /\.xlsm$/i.test(name) ? `${name.slice(0, -5)}.xlsx` : name;
}
