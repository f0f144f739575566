// What a copy written through exceljs lacks: macros, charts, pivot tables… found from the two zips' part names.

import { macroWorkbook, makeZip, seed000Workbook, unzipEntries } from '../../cli/helpers';
import { annotateWorkbook, clearWorkbook } from '../../../src/hosts/file/annotate';
import { copyName, droppedFeatures, droppedWarning, featureNames } from '../../../src/hosts/file/preserve';
import { readWorkbook } from '../../../src/hosts/file/read';
import type { Finding } from '../../../src/core/model';

type Part = { name: string; data: Buffer };

/** Seed 000 with parts of other features exceljs does not carry: a chart, a pivot cache and custom properties. */
async function workbookWithExtras(): Promise<Buffer> {
  const parts: Part[] = unzipEntries(await macroWorkbook());
  parts.push({ name: 'xl/charts/chart1.xml', data: Buffer.from('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>') });
  parts.push({
    name: 'xl/pivotCache/pivotCacheDefinition1.xml',
    data: Buffer.from('<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
  });
  parts.push({
    name: 'docProps/custom.xml',
    data: Buffer.from('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>'),
  });
  return makeZip(parts.map((p) => ({ name: p.name, data: p.data, deflate: true })));
}

const finding: Finding = {
  ruleId: 'vague-target',
  severity: 'warning',
  sheet: 'Sheet1',
  cell: 'E12',
  related: [],
  message: '指标值含糊',
  messageId: 'vague',
  data: {},
  table: 0,
};

describe('droppedFeatures', () => {
  test('an annotated copy of an .xlsm lacks its macros, and says so in both languages', async () => {
    const original = await macroWorkbook();
    expect(unzipEntries(original).find((p) => p.name === '[Content_Types].xml')?.data.toString('utf8')).toContain('macroEnabled');
    const copy = await annotateWorkbook(original, [finding], { lang: 'zh-CN' });
    expect(droppedFeatures(original, copy)).toEqual(['macros']);
    const warning = droppedWarning(droppedFeatures(original, copy));
    expect(warning?.code).toBe('features-dropped');
    expect(warning?.message).toContain('宏（VBA）');
    expect(warning?.message).toContain('macros (VBA)');
    // The copy is a valid macro-free workbook: it must be named .xlsx to open in Excel.
    const types = unzipEntries(copy).find((p) => p.name === '[Content_Types].xml')?.data.toString('utf8') ?? '';
    expect(types).not.toContain('macroEnabled');
    expect((await readWorkbook(copy)).ok).toBe(true);
  });

  test('every dropped feature is named once, in catalogue order', async () => {
    const original = await workbookWithExtras();
    const copy = await clearWorkbook(await annotateWorkbook(original, [finding], { lang: 'en-US' }));
    expect(droppedFeatures(original, copy)).toEqual(['macros', 'charts', 'pivot-tables', 'custom-properties']);
    expect(featureNames(['charts', 'pivot-tables'], 'zh')).toBe('图表、数据透视表');
    expect(featureNames(['charts', 'pivot-tables'], 'en')).toBe('charts, pivot tables');
  });

  test('a plain workbook loses nothing, and a copy that kept a feature is not reported for it', async () => {
    const plain = await seed000Workbook();
    const copy = await annotateWorkbook(plain, [finding], { lang: 'zh-CN' });
    expect(droppedFeatures(plain, copy)).toEqual([]);
    expect(droppedWarning([])).toBeNull();
    const extras = await workbookWithExtras();
    expect(droppedFeatures(extras, extras)).toEqual([]);
  });

  test('bytes that are not a zip give no features rather than an error', () => {
    expect(droppedFeatures(new Uint8Array([1, 2, 3]), new Uint8Array([4, 5]))).toEqual([]);
  });
});

describe('copyName', () => {
  test.each([
    ['项目支出绩效目标表.xlsm', '项目支出绩效目标表.xlsx'],
    ['Budget.XLSM', 'Budget.xlsx'],
    ['dir/a.xlsx', 'dir/a.xlsx'],
    ['a.xlsm.bak', 'a.xlsm.bak'],
  ])('%s → %s', (name, expected) => {
    expect(copyName(name)).toBe(expected);
  });
});
