// The Excel host against the real Office.js library: every Excel API member the host uses (found by the type
// checker, scripts/excel-api-inventory.ts) exists in the library we test against, or sits behind a capability whose
// guard asks the loaded library — the 2022 @microsoft/office-js build has no notes API although Microsoft 365 reports
// ExcelApi 1.18, and calling `worksheet.notes` there throws.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { excelCapabilities, GUARDED, loadedLibraryHas } from '../../../src/hosts/excel/capabilities';
import { inventory, INVENTORY_FILE, type Inventory } from '../../../scripts/excel-api-inventory';
import { CONTRACT_FINDINGS, contractWorkbook, SHEET } from '../contract';
import { docFromContract, excelUnderTest } from './helpers';

const { loadExcelLibraries, missingMembers } = require('../../../scripts/office-js-library.js') as {
  loadExcelLibraries(dir: string): { script: string; has(member: string): boolean; window: { Excel: unknown } }[];
  missingMembers(dir: string, members: readonly string[]): string[];
};

/** The library development and the tests use: @microsoft/office-js 1.1.110 (2022). */
const NPM_LIBRARY = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const STORED = JSON.parse(fs.readFileSync(INVENTORY_FILE, 'utf8')) as Inventory;
const USED = STORED.used;
const GUARDED_MEMBERS = new Set(Object.values(GUARDED).flatMap((g) => g.members));
const ALL_SETS = () => true;

const libraries = loadExcelLibraries(NPM_LIBRARY);

test('the inventory of Excel members the host uses is current (npx tsx scripts/excel-api-inventory.ts --write)', () => {
  expect(inventory()).toEqual(STORED);
  // The inventory is not trivially small: the host's reads, writes, comments and notes are all in it.
  expect(USED).toEqual(
    expect.arrayContaining(['Excel.run', 'Range.formulas', 'Worksheet.comments', 'Worksheet.notes', 'RangeFill.color']),
  );
});

test('every guarded member is one the host really uses (no stale guard entries)', () => {
  for (const m of GUARDED_MEMBERS) expect([m, USED.includes(m)]).toEqual([m, true]);
});

describe.each(libraries.map((l) => [l.script, l] as const))('%s (@microsoft/office-js 1.1.110)', (_script, lib) => {
  test('every member used without a guard exists in the library', () => {
    const unguarded = USED.filter((m) => !GUARDED_MEMBERS.has(m));
    expect(unguarded.filter((m) => !lib.has(m))).toEqual([]);
  });

  test('the library lacks the notes API, and the capabilities say so although Excel reports every requirement set', () => {
    expect(lib.has('Worksheet.notes')).toBe(false);
    const caps = excelCapabilities(ALL_SETS, lib.has);
    expect(caps.notes).toBe(false);
    // What it has stays on: comments, merges, tint, protection, the live Workbook.settings for the record.
    expect([caps.comments, caps.merges, caps.fillTint, caps.protection, caps.autofit, caps.workbookSettings]).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    // Every member the host would call with these capabilities is in the library.
    const off = new Set(
      (Object.keys(GUARDED) as (keyof typeof GUARDED)[]).filter((c) => !caps[c]).flatMap((c) => GUARDED[c].members),
    );
    expect(USED.filter((m) => !off.has(m) && !lib.has(m))).toEqual([]);
  });

  test('the page-global probe reads the loaded namespace itself', () => {
    const has = loadedLibraryHas(lib.window.Excel);
    expect([has('Worksheet.comments'), has('Worksheet.notes'), has('Excel.run'), has('Nothing.here')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    // A stand-in namespace without the library's classes (a test's Excel.run) leaves the decision to isSetSupported.
    expect(loadedLibraryHas({ run: () => undefined })('Worksheet.notes')).toBe(true);
  });
});

test('a guard is exercised: an Excel reporting 1.18 under the 2022 library annotates and clears with comments', async () => {
  const lib = libraries[0];
  const doc = docFromContract(contractWorkbook(), '1.18');
  doc.library = lib.has;
  const ut = excelUnderTest(doc, { libraryHas: lib.has });
  expect((await ut.host.capabilities()).notes).toBe(false);
  await ut.host.annotate(CONTRACT_FINDINGS, { preferNotes: true });
  const s = doc.sheet(SHEET);
  expect(s.threadAt('E17')).toBeDefined();
  expect(s.notes.size).toBe(0);
  await ut.host.clear();
  expect(s.threadAt('E17')).toBeUndefined();
});

test('without the library probe (isSetSupported alone) the same Excel fails every apply on the missing notes API: the bug this guards', async () => {
  const lib = libraries[0];
  const doc = docFromContract(contractWorkbook(), '1.18');
  doc.library = lib.has;
  const ut = excelUnderTest(doc, { libraryHas: () => true });
  await expect(ut.host.annotate(CONTRACT_FINDINGS, { preferNotes: true })).rejects.toThrow(
    /reading 'getItemOrNullObject'/,
  );
});

test('a library folder without Excel scripts is refused, and missing members are listed per script', () => {
  expect(() => loadExcelLibraries(path.join(NPM_LIBRARY, 'zh-cn'))).toThrow(/Excel/);
  expect(missingMembers(NPM_LIBRARY, ['Worksheet.notes', 'Range.formulas'])).toEqual(
    libraries.map((l) => `${l.script}: Worksheet.notes`),
  );
});
