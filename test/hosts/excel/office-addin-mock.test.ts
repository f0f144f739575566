// The Excel host's read and navigate paths on Microsoft's office-addin-mock (OfficeMockObject), as the unit-testing
// docs describe: a seed object model, load() + sync(), unloaded properties reading as an error string.
//
// OfficeMockObject has no null objects (isNullObject stays "not loaded"), so it runs the Office 2016 path (ExcelApi
// 1.1: getUsedRange, no merged areas, no comments); the richer paths run on our fake in the other test files.

import { OfficeMockObject } from 'office-addin-mock';
import { excelCapabilities } from '../../../src/hosts/excel/capabilities';
import { readSheets } from '../../../src/hosts/excel/read';
import { selectCell } from '../../../src/hosts/excel/select';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose index also loads an ES-module-only
// dependency that jest (CommonJS) cannot require; hand it the real enum module alone.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

const office2016 = excelCapabilities((_name, version) => version === undefined || version === '1.1');

/** Seed 000's header row and first two indicator rows, sitting at A12:F14. */
function seed(calls: string[]) {
  return {
    workbook: {
      worksheets: {
        active: {
          name: '批复表',
          used: { rowIndex: 11, columnIndex: 0, rowCount: 3, columnCount: 6 },
          block: {
            values: [
              ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
              ['产出', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
              ['', '', '质量指标', '工伤鉴定合格率', 1, ''],
            ],
            valueTypes: [
              ['String', 'String', 'String', 'String', 'String', 'String'],
              ['String', 'String', 'String', 'String', 'Double', 'String'],
              ['Empty', 'Empty', 'String', 'String', 'Double', 'Empty'],
            ],
            numberFormat: [
              ['General', 'General', 'General', 'General', 'General', 'General'],
              ['General', 'General', 'General', 'General', '#,##0', 'General'],
              ['General', 'General', 'General', 'General', '0%', 'General'],
            ],
          },
          cell: { select: () => calls.push('select') },
          getUsedRange: function (this: { used: unknown }) {
            calls.push('getUsedRange');
            return this.used;
          },
          getRange: function (this: { block: unknown; cell: unknown }, address: string) {
            calls.push(`getRange ${address}`);
            return address === 'A12:F14' ? this.block : this.cell;
          },
          activate: () => calls.push('activate'),
        },
        getActiveWorksheet: function (this: { active: unknown }) {
          return this.active;
        },
        getItem: function (this: { active: unknown }, name: string) {
          calls.push(`getItem ${name}`);
          return this.active;
        },
      },
    },
  };
}

/** OfficeMockObject's sync settles nested properties over a few microtasks; count syncs and let them settle. */
function countSyncs(ctx: OfficeMockObject): { count: () => number } {
  let n = 0;
  const sync = ctx.sync.bind(ctx);
  (ctx as unknown as { sync: () => Promise<void> }).sync = async () => {
    n++;
    await sync();
    await new Promise((r) => setImmediate(r));
  };
  return { count: () => n };
}

test('reads the used range in two syncs into a Grid, with the percent shown as Excel shows it', async () => {
  const calls: string[] = [];
  const ctx = new OfficeMockObject(seed(calls));
  const syncs = countSyncs(ctx);
  const result = await readSheets(ctx as unknown as Excel.RequestContext, 'active', { caps: office2016 });
  expect(syncs.count()).toBe(2);
  expect(calls).toEqual(['getUsedRange', 'getRange A12:F14']);
  expect(result.grids).toEqual([
    {
      sheet: '批复表',
      top: 12,
      left: 1,
      cells: [
        ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
        ['产出', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
        [null, null, '质量指标', '工伤鉴定合格率', '100%', null],
      ],
      merges: [],
      mergesUnknown: true,
    },
  ]);
  expect(result.messages.map((m) => m.code)).toEqual(['merges-unknown']);
});

test('every property the read uses is loaded before it is read (the mock would hand back an error string)', async () => {
  const calls: string[] = [];
  const ctx = new OfficeMockObject(seed(calls));
  countSyncs(ctx);
  const { grids } = await readSheets(ctx as unknown as Excel.RequestContext, 'active', { caps: office2016 });
  const texts = JSON.stringify(grids);
  expect(texts).not.toContain('Error, property was not loaded');
  expect(texts).not.toContain('Error, context.sync() was not called');
});

test('navigates: activates the sheet and selects the cell in one sync', async () => {
  const calls: string[] = [];
  const ctx = new OfficeMockObject(seed(calls));
  const syncs = countSyncs(ctx);
  await selectCell(ctx as unknown as Excel.RequestContext, '批复表', 'E15');
  expect(calls).toEqual(['getItem 批复表', 'activate', 'getRange E15', 'select']);
  expect(syncs.count()).toBe(1);
});
