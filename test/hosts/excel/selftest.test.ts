// The Excel host's self-test probes over the fake Excel: what they report on a current Excel, an Excel 2016 (1.1 only)
// and a current Excel under an old Office.js; a failing probe reports its error while the others run; and the
// workbook (sheets, cells, fills, comments, notes, settings) is exactly as it was afterwards, failure or not.

import { FILLS } from '../../../src/core/annotate/types';
import { PAYLOAD_BUDGET, REQUEST_BYTES } from '../../../src/hosts/excel/payload';
import { EXCEL_API_VERSIONS, PROBE_TEXT, SCRATCH_SHEET } from '../../../src/hosts/excel/selftest';
import type { Host } from '../../../src/hosts/host';
import { lineText, reportText, runProbe, runSelfTest, SELF_TEST_KEY } from '../../../src/app/selftest';
import { SETTING_KEYS } from '../../../src/app/session';
import { line, lineOf, probe } from '../selftest-report';
import { CONTRACT_FINDINGS, contractWorkbook, SHEET } from '../contract';
import type { FakeWorkbookDoc } from './fake-excel';
import { docFromContract, excelHostOver, NO_WORKBOOK_SETTINGS, snapshot } from './helpers';

const OFFICE = {
  host: 'Excel',
  platform: 'PC',
  version: '16.0.18025.20000',
  displayLanguage: 'zh-CN',
  library: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
};

/** The workbook as a person and the add-in would see it: sheets, cells, fills, comments, notes and the settings. */
function state(doc: FakeWorkbookDoc): unknown {
  return { sheets: snapshot(doc), active: doc.active, selection: doc.selection, settings: { ...doc.savedSettings } };
}

/** A workbook in use: annotated once, with a saved configuration, so the size line has something to add up. */
async function annotatedDoc(api = '1.18'): Promise<{ doc: FakeWorkbookDoc; host: Host }> {
  const doc = docFromContract(contractWorkbook(), api);
  const { host } = excelHostOver(doc, { office: () => OFFICE });
  await host.annotate(CONTRACT_FINDINGS);
  await host.saveSetting(SETTING_KEYS.config, { profile: 'project-2021' });
  return { doc, host };
}

test('a current Excel: every probe passes, each line says what was seen, and the workbook is as it was', async () => {
  const { doc, host } = await annotatedDoc();
  const before = state(doc);
  const report = await runSelfTest(host, { userAgent: 'test', displayLanguage: 'zh-CN' });

  expect(report.probes.map((p) => [p.id, p.status, p.error])).toEqual([
    ['pane.environment', 'ok', undefined],
    ['excel.office', 'ok', undefined],
    ['excel.capabilities', 'ok', undefined],
    ['excel.settings', 'ok', undefined],
    ['excel.requests', 'ok', undefined],
    ['excel.annotate', 'ok', undefined],
  ]);
  // What one annotation costs here: fills set per colour (1.9), notes (1.18), and the syncs that takes.
  const requests = probe(report, 'excel.requests');
  expect(line(requests, 'request limit')).toBe('5120.0 KB');
  expect(line(requests, 'budget per sync')).toBe('4096.0 KB');
  expect(line(requests, 'fills')).toMatch(/^one request per colour/);
  const perCell = Number(/^about (\d+) bytes$/.exec(line(requests, 'one annotated cell'))?.[1]);
  expect(perCell).toBe(REQUEST_BYTES.inspectFill + REQUEST_BYTES.fill + REQUEST_BYTES.noteAdd + 360);
  expect(line(requests, '6000 cells')).toBe(`about ${Math.ceil((6000 * perCell) / PAYLOAD_BUDGET)} syncs`);
  const office = probe(report, 'excel.office');
  expect([line(office, 'platform'), line(office, 'version'), line(office, 'Office.js')]).toEqual([
    OFFICE.platform,
    OFFICE.version,
    OFFICE.library,
  ]);
  expect(EXCEL_API_VERSIONS.map((v) => line(office, `ExcelApi ${v}`))).toEqual(EXCEL_API_VERSIONS.map(() => 'yes'));

  const caps = probe(report, 'excel.capabilities');
  for (const c of ['comments', 'notes', 'merges', 'fillTint', 'workbookSettings', 'protection'])
    expect(line(caps, c)).toBe('yes');

  const settings = probe(report, 'excel.settings');
  expect(line(settings, 'store')).toMatch(/^Workbook\.settings/);
  expect(line(settings, 'write and read back')).toMatch(/^same/);
  expect(line(settings, 'remove')).toBe('removed');
  expect(line(settings, 'annotation record')).toMatch(
    new RegExp(`^${new Set(CONTRACT_FINDINGS.map((f) => f.cell)).size} cells, \\d+ bytes$`),
  );
  // The sizes add up to what the fake's settings hold (JSON of every name and value).
  const paneBytes = Number(/^(\d+) bytes$/.exec(line(settings, 'pane settings'))?.[1]);
  const recordBytes = Number(/, (\d+) bytes$/.exec(line(settings, 'annotation record'))?.[1]);
  expect(recordBytes + paneBytes).toBe(doc.settingsBytes(doc.savedSettings));
  expect(line(settings, 'size')).toMatch(/ KB of about 2048\.0 KB \(\d+\.\d %\)$/);

  const annotate = probe(report, 'excel.annotate');
  expect(line(annotate, 'scratch sheet')).toBe(`"${SCRATCH_SHEET}" added`);
  expect(line(annotate, 'fill written')).toBe(FILLS.error);
  expect(line(annotate, 'fill restored')).toMatch(/^exactly/);
  expect(line(annotate, 'comment text')).toBe(`kept whole (${PROBE_TEXT.length} characters)`);
  expect(PROBE_TEXT.length).toBeGreaterThan(255);
  expect([line(annotate, 'comment removed'), line(annotate, 'note removed')]).toEqual(['yes', 'yes']);
  for (const p of report.probes) expect(p.ms).toBeGreaterThanOrEqual(0);

  expect(state(doc)).toEqual(before);
  expect(doc.savedSettings[`indicatorChecker.setting.${SELF_TEST_KEY}`]).toBeUndefined();
});

test('a scratch sheet name already taken: the next free one is used, and the person’s sheet is left alone', async () => {
  const doc = docFromContract(contractWorkbook());
  doc.addSheet(SCRATCH_SHEET).set('A1', '别人的表');
  const { host } = excelHostOver(doc, { office: () => OFFICE });
  const before = state(doc);
  const report = await runSelfTest(host);
  expect(line(probe(report, 'excel.annotate'), 'scratch sheet')).toBe(`"${SCRATCH_SHEET} 2" added`);
  expect(state(doc)).toEqual(before);
});

test('a comments API that throws NotImplemented: that probe fails with the code, the others run, nothing is left behind', async () => {
  const { doc, host } = await annotatedDoc();
  doc.commentsNotImplemented = true;
  const before = state(doc);
  const report = await runSelfTest(host);

  const annotate = probe(report, 'excel.annotate');
  expect(annotate.status).toBe('failed');
  expect(annotate.error).toMatch(/^NotImplemented: /);
  expect(annotate.cleanupError).toBeUndefined();
  // The fill part had run and was reported before the comment failed.
  expect(line(annotate, 'fill restored')).toMatch(/^exactly/);
  expect(probe(report, 'excel.settings').status).toBe('ok');
  expect(probe(report, 'excel.capabilities').status).toBe('ok');

  expect(doc.sheets.map((s) => s.name)).not.toContain(SCRATCH_SHEET);
  expect(state(doc)).toEqual(before);
  expect(reportText(report, 'zh-CN')).toContain('X 错误 / Error: NotImplemented: ');
});

test('a write that fails half-way: the scratch sheet is still deleted', async () => {
  const doc = docFromContract(contractWorkbook());
  const { host } = excelHostOver(doc, { office: () => OFFICE });
  const before = state(doc);
  let armed = false;
  const probes = host.selfTest?.({ settingKeys: [], testKey: SELF_TEST_KEY }) ?? [];
  const annotate = probes.find((p) => p.id === 'excel.annotate');
  if (!annotate) throw new Error('no annotate probe');
  // Fail the batch that writes our fill over both cells (the sheet exists by then).
  const run = annotate.run.bind(annotate);
  annotate.run = async (report) =>
    run((l) => {
      report(l);
      if (lineText(l.label, 'en-US') === 'scratch sheet' && !armed) {
        armed = true;
        doc.failWriteAt = 1;
      }
    });
  const outcome = await runProbe(annotate);
  expect(outcome.status).toBe('failed');
  expect(outcome.error).toMatch(/^GeneralException/);
  expect(state(doc)).toEqual(before);
});

test('the test key cannot be removed at first: the probe fails, its cleanup removes it, the settings are as they were', async () => {
  const { doc, host } = await annotatedDoc();
  const before = state(doc);
  // The fake counts every settings write since the workbook was made (none failed so far): the probe's first write is
  // the test key, its second, the removal, fails.
  doc.failSettingsWriteNumber = doc.settingsWrites.length + 2;
  const report = await runSelfTest(host);
  const settings = probe(report, 'excel.settings');
  expect(settings.status).toBe('failed');
  expect(settings.error).toBeDefined();
  expect(line(settings, 'write and read back')).toMatch(/^same/);
  expect(settings.cleanupError).toBeUndefined();
  expect(probe(report, 'excel.annotate').status).toBe('ok');
  expect(state(doc)).toEqual(before);
});

test('Excel 2016 (ExcelApi 1.1): document settings, no comments or notes (warned), fills restored by colour only', async () => {
  const doc = docFromContract(contractWorkbook(), '1.1');
  const { host } = excelHostOver(doc, { office: () => ({ ...OFFICE, version: '16.0.4266.1001' }) });
  const before = state(doc);
  const report = await runSelfTest(host);
  expect(report.probes.map((p) => [p.id, p.status, p.error])).toEqual([
    ['pane.environment', 'ok', undefined],
    ['excel.office', 'ok', undefined],
    ['excel.capabilities', 'ok', undefined],
    ['excel.settings', 'ok', undefined],
    ['excel.requests', 'ok', undefined],
    ['excel.annotate', 'warn', undefined],
  ]);
  expect(line(probe(report, 'excel.requests'), 'fills')).toBe('one request per cell (before 1.9)');
  const office = probe(report, 'excel.office');
  expect(EXCEL_API_VERSIONS.map((v) => line(office, `ExcelApi ${v}`))).toEqual(
    EXCEL_API_VERSIONS.map((v) => (v === '1.1' ? 'yes' : 'no')),
  );
  expect(line(probe(report, 'excel.capabilities'), 'notes')).toBe('no (ExcelApi 1.18: no)');
  expect(line(probe(report, 'excel.settings'), 'store')).toMatch(/^Office\.context\.document\.settings/);
  const annotate = probe(report, 'excel.annotate');
  expect(line(annotate, 'comments')).toBe('not available');
  expect(lineOf(annotate, 'annotations')?.flag).toBe('warn');
  expect(state(doc)).toEqual(before);
});

test('a current Excel under an old Office.js: the missing library members are named and warned, notes are skipped', async () => {
  const doc = docFromContract(contractWorkbook(), '1.18');
  const lacks = (m: string) => m !== 'Worksheet.notes' && !m.startsWith('Note');
  doc.library = lacks;
  const { host } = excelHostOver(doc, { office: () => OFFICE, libraryHas: lacks });
  const before = state(doc);
  const report = await runSelfTest(host);
  const caps = probe(report, 'excel.capabilities');
  expect(caps.status).toBe('warn');
  expect(lineOf(caps, 'notes')?.flag).toBe('warn');
  expect(line(caps, 'notes')).toMatch(/^no \(the loaded Office\.js lacks Worksheet\.notes, NoteCollection\.add/);
  expect(line(caps, 'notes', 'zh-CN')).toMatch(/^否（已加载的 Office\.js 缺少 Worksheet\.notes、NoteCollection\.add/);
  const annotate = probe(report, 'excel.annotate');
  expect(annotate.status).toBe('ok');
  expect(line(annotate, 'notes')).toBe('not available');
  expect(line(annotate, 'comment removed')).toBe('yes');
  expect(state(doc)).toEqual(before);
});

test('with the live settings store before 1.4 unavailable in the library, the record’s copy store is reported', async () => {
  const doc = docFromContract(contractWorkbook(), '1.18');
  const { host } = excelHostOver(doc, { office: () => OFFICE, libraryHas: NO_WORKBOOK_SETTINGS });
  const report = await runSelfTest(host);
  expect(line(probe(report, 'excel.settings'), 'store')).toMatch(/^Office\.context\.document\.settings/);
  expect(probe(report, 'excel.capabilities').lines.find((l) => l.label === 'workbookSettings')?.flag).toBe('warn');
  expect(doc.sheet(SHEET)).toBeDefined();
});

test('outside Office (no Office global), the office probe fails with a reason and the rest still run', async () => {
  const doc = docFromContract(contractWorkbook());
  const { host } = excelHostOver(doc);
  const report = await runSelfTest(host);
  expect(probe(report, 'excel.office').status).toBe('failed');
  expect(probe(report, 'excel.office').error).toBe('Office.js is not loaded');
  expect(probe(report, 'excel.annotate').status).toBe('ok');
});
