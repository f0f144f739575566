// The browser-file host opens on the sheet the workbook was saved with in front (<workbookView activeTab>, an index
// into every <sheet>, hidden ones included, as Excel counts them), and on the first sheet read when it says nothing.

import { createBrowserFileHost } from '../../../src/hosts/browser-file';
import { contractWorkbook, OTHER_SHEET, SHEET, type ContractWorkbook } from '../contract';
import { contractParts } from '../file/contract-workbook';
import { excelWorkbook } from '../file/excel-parts';

const PARAMS = '参数';

/** The contract's workbook with `active` in front; `edit` changes its workbook.xml. */
function workbook(active: string, edit: (xml: string) => string = (x) => x, withParams = false): Uint8Array {
  const wb: ContractWorkbook = contractWorkbook();
  wb.active = active;
  if (withParams) wb.sheets.unshift({ name: PARAMS, rows: [['口径']], merges: [], fills: {}, comments: {} });
  const parts = contractParts(wb);
  parts['xl/workbook.xml'] = edit(parts['xl/workbook.xml']);
  return excelWorkbook(parts);
}

async function opened(bytes: Uint8Array) {
  const host = createBrowserFileHost();
  await host.open('绩效目标表.xlsx', bytes);
  return host;
}

test('the saved active tab (not the first) is the active sheet, and read("active") reads it', async () => {
  const host = await opened(workbook(OTHER_SHEET));
  expect(host.grids().map((g) => g.sheet)).toEqual([SHEET, OTHER_SHEET]);
  expect(host.activeSheet()).toBe(OTHER_SHEET);
  const { grids } = await host.read('active');
  expect(grids.map((g) => g.sheet)).toEqual([OTHER_SHEET]);
  expect((await host.read('selection')).grids.map((g) => g.sheet)).toEqual([OTHER_SHEET]);
});

test('activeTab counts every sheet: a very hidden sheet before it (not read) still takes an index', async () => {
  // <sheets>: 参数 (very hidden, not read), 批复表, 说明; activeTab 1 is 批复表, the first sheet read, not 说明.
  const host = await opened(
    workbook(SHEET, (x) => x.replace(`<sheet name="${PARAMS}"`, `<sheet name="${PARAMS}" state="veryHidden"`), true),
  );
  expect(host.grids().map((g) => g.sheet)).toEqual([SHEET, OTHER_SHEET]);
  expect(host.activeSheet()).toBe(SHEET);
  const host2 = await opened(
    workbook(
      OTHER_SHEET,
      (x) => x.replace(`<sheet name="${PARAMS}"`, `<sheet name="${PARAMS}" state="veryHidden"`),
      true,
    ),
  );
  expect(host2.activeSheet()).toBe(OTHER_SHEET);
});

test('a hidden sheet is read and counted: the active tab after it is found', async () => {
  const hidden = (x: string) => x.replace(`<sheet name="${PARAMS}"`, `<sheet name="${PARAMS}" state="hidden"`);
  const host = await opened(workbook(OTHER_SHEET, hidden, true));
  expect(host.grids().map((g) => g.sheet)).toEqual([PARAMS, SHEET, OTHER_SHEET]);
  expect(host.activeSheet()).toBe(OTHER_SHEET);
  expect((await opened(workbook(PARAMS, hidden, true))).activeSheet()).toBe(PARAMS);
});

test('no <bookViews>: the first sheet read is active', async () => {
  const host = await opened(workbook(OTHER_SHEET, (x) => x.replace(/<bookViews>.*<\/bookViews>/, '')));
  expect(host.activeSheet()).toBe(SHEET);
});

test('a workbookView without activeTab means the first tab', async () => {
  const host = await opened(workbook(OTHER_SHEET, (x) => x.replace(/ activeTab="\d+"/, '')));
  expect(host.activeSheet()).toBe(SHEET);
});

test('an activeTab past the last sheet, or on a sheet that was not read: the first sheet read', async () => {
  const past = await opened(workbook(OTHER_SHEET, (x) => x.replace(/activeTab="\d+"/, 'activeTab="7"')));
  expect(past.activeSheet()).toBe(SHEET);
  const veryHidden = await opened(
    workbook(PARAMS, (x) => x.replace(`<sheet name="${PARAMS}"`, `<sheet name="${PARAMS}" state="veryHidden"`), true),
  );
  expect(veryHidden.activeSheet()).toBe(SHEET);
});

test('opening another file takes that file’s active tab', async () => {
  const host = await opened(workbook(OTHER_SHEET));
  host.setActiveSheet(SHEET);
  await host.open('另一个.xlsx', workbook(OTHER_SHEET));
  expect(host.activeSheet()).toBe(OTHER_SHEET);
});
