// The WPS host's self-test probes over the fake WPS: the version, the settings round trip through the hidden sheet,
// fills and comments on a scratch sheet, strings over 255 characters; on a WPS that cuts strings at 255 and labels
// comments with the author; a probe that fails while the others run; the workbook exactly as it was afterwards.

import { FILLS } from '../../../src/core/annotate/types';
import { LONG_TEXT, SCRATCH_SHEET } from '../../../src/hosts/wps/selftest';
import { SETTINGS_SHEET_NAME, STATE_SHEET_NAME } from '../../../src/hosts/wps/store';
import { reportText, runSelfTest } from '../../../src/app/selftest';
import { SETTING_KEYS } from '../../../src/app/session';
import { line, lineOf, probe } from '../selftest-report';
import { CONTRACT_FINDINGS, contractWorkbook } from '../contract';
import { fakeFromContract, wpsUnderTest } from './helpers';

/** WPS's General format in a Chinese build, the fake's default. */
const DEFAULT_FORMAT = 'G/通用格式';

/** The contract workbook annotated once and with a saved configuration: both hidden sheets are there. */
/**
 * The workbook as WPS shows it: the fake's snapshot, with empty cells that hold only the default number format
 * dropped (in the fake's model a cell whose format was set back to the default still exists; in WPS it is a blank cell).
 */
function workbook(ut: ReturnType<typeof wpsUnderTest>): unknown {
  const snap = ut.inspect.snapshot() as { sheets: Array<{ cells: Record<string, Record<string, unknown>> }> };
  for (const sheet of snap.sheets) {
    for (const [ref, cell] of Object.entries(sheet.cells)) {
      const keys = Object.keys(cell);
      if (keys.length === 0 || (keys.length === 1 && cell.numberFormat === DEFAULT_FORMAT)) delete sheet.cells[ref];
    }
  }
  return snap;
}

async function inUse(options: Parameters<typeof wpsUnderTest>[1] = {}) {
  const ut = wpsUnderTest(fakeFromContract(contractWorkbook()), options);
  await ut.host.annotate(CONTRACT_FINDINGS);
  await ut.host.saveSetting(SETTING_KEYS.config, { profile: 'project-2021' });
  return ut;
}

test('a WPS that keeps strings whole: every probe passes, and the workbook (hidden sheets, active sheet) is as it was', async () => {
  const ut = await inUse();
  Object.defineProperty(ut.wps.app, 'Version', { value: '12.1.0.17147' });
  const sheetsBefore = ut.wps.workbook?.sheets.map((s) => s.name);
  expect(sheetsBefore).toEqual(expect.arrayContaining([STATE_SHEET_NAME, SETTINGS_SHEET_NAME]));
  const before = workbook(ut);
  const report = await runSelfTest(ut.host);

  expect(report.probes.map((p) => [p.id, p.status, p.error])).toEqual([
    ['pane.environment', 'ok', undefined],
    ['wps.application', 'ok', undefined],
    ['wps.settings', 'ok', undefined],
    ['wps.annotate', 'ok', undefined],
    ['wps.strings', 'ok', undefined],
  ]);
  const app = probe(report, 'wps.application');
  expect([line(app, 'version'), line(app, 'build'), line(app, 'UI language')]).toEqual(['12.1.0.17147', '?', '2052']);
  const settings = probe(report, 'wps.settings');
  expect(line(settings, 'settings sheet')).toBe('present');
  expect(line(settings, 'write and read back')).toMatch(/^same \(\d+ characters, in chunks of 255\)$/);
  expect(line(settings, 'annotation record')).toMatch(/^\d+ cells, \d+ characters$/);
  expect(line(settings, 'pane settings')).toMatch(/^[1-9]\d* characters$/);
  const annotate = probe(report, 'wps.annotate');
  expect(line(annotate, 'scratch sheet')).toBe(`"${SCRATCH_SHEET}" added`);
  expect(line(annotate, 'fill written')).toBe(FILLS.error);
  expect(line(annotate, 'fill restored')).toMatch(/^exactly/);
  expect(line(annotate, 'author label before AddComment text')).toBe('none');
  expect(line(annotate, 'long comment in one AddComment')).toBe(`kept whole (${LONG_TEXT.length} characters)`);
  expect(line(annotate, 'comments removed')).toBe('yes');
  expect(line(probe(report, 'wps.strings'), 'cell value (Value2)')).toBe(`kept whole (${LONG_TEXT.length} characters)`);

  expect(workbook(ut)).toEqual(before);
  // Screen updating and alerts are back as they were.
  expect([ut.wps.screenUpdating, ut.wps.displayAlerts]).toEqual([true, true]);
});

test('a workbook without a settings sheet: the one the round trip needs is deleted again', async () => {
  const ut = wpsUnderTest(fakeFromContract(contractWorkbook()));
  const before = workbook(ut);
  const report = await runSelfTest(ut.host);
  expect(line(probe(report, 'wps.settings'), 'settings sheet')).toBe('none yet');
  expect(probe(report, 'wps.settings').status).toBe('ok');
  expect(ut.wps.workbook?.sheets.map((s) => s.name)).not.toContain(SETTINGS_SHEET_NAME);
  expect(workbook(ut)).toEqual(before);
});

test('a WPS that cuts strings at 255 and labels comments with the author: reported, and the host’s ways around it hold', async () => {
  const ut = await inUse({ cutStringsAt: 255, authorPrefix: '审核员:\n' });
  const before = workbook(ut);
  const report = await runSelfTest(ut.host);

  const annotate = probe(report, 'wps.annotate');
  expect(line(annotate, 'author label before AddComment text')).toBe(JSON.stringify('审核员:\n'));
  expect(line(annotate, 'comment recognised as ours')).toBe('yes');
  expect(line(annotate, 'long comment in one AddComment')).toBe(`cut to 255 of ${LONG_TEXT.length} characters`);
  expect(line(annotate, 'long comment in pieces of 255')).toBe(`kept whole (${LONG_TEXT.length} characters)`);
  expect(annotate.status).toBe('warn');
  const strings = probe(report, 'wps.strings');
  expect(line(strings, 'cell value (Value2)')).toBe(`cut to 255 of ${LONG_TEXT.length} characters`);
  expect(strings.status).toBe('warn');
  // The settings go in chunks of 255 and come back whole.
  expect(probe(report, 'wps.settings').status).toBe('ok');

  expect(workbook(ut)).toEqual(before);
  expect(reportText(report, 'en-US')).toContain(`! cell value (Value2): cut to 255 of ${LONG_TEXT.length} characters`);
  expect(reportText(report, 'zh-CN')).toContain(
    `! 单元格的值（Value2）: 被截断为 255 个字符（共 ${LONG_TEXT.length} 个）`,
  );
});

test('AddComment fails: that probe reports the error, the others run, the scratch sheet goes and the active sheet is back', async () => {
  const ut = await inUse();
  const before = workbook(ut);
  ut.wps.fault = (op) => {
    if (op === 'AddComment') throw new Error('批注写入失败 (AddComment failed)');
  };
  const report = await runSelfTest(ut.host);
  const annotate = probe(report, 'wps.annotate');
  expect(annotate.status).toBe('failed');
  expect(annotate.error).toBe('批注写入失败 (AddComment failed)');
  expect(annotate.cleanupError).toBeUndefined();
  expect(line(annotate, 'fill restored')).toMatch(/^exactly/);
  expect(probe(report, 'wps.strings').status).toBe('ok');
  expect(probe(report, 'wps.settings').status).toBe('ok');
  expect(workbook(ut)).toEqual(before);
});

test('a protected workbook structure: the scratch-sheet probes fail with the reason and nothing changes', async () => {
  const ut = await inUse();
  if (ut.wps.workbook) ut.wps.workbook.protectStructure = true;
  const before = workbook(ut);
  const report = await runSelfTest(ut.host);
  expect(line(probe(report, 'wps.application'), 'workbook structure protected')).toBe('yes');
  expect(probe(report, 'wps.application').status).toBe('warn');
  expect(probe(report, 'wps.annotate').error).toMatch(/工作簿结构受保护/);
  expect(probe(report, 'wps.strings').error).toMatch(/工作簿结构受保护/);
  // The settings sheet exists already: the round trip works without adding a sheet.
  expect(probe(report, 'wps.settings').status).toBe('ok');
  expect(workbook(ut)).toEqual(before);
});

test('a read-only workbook: the writing probes fail with the reason and no cleanup error (nothing was written)', async () => {
  const ut = await inUse();
  if (ut.wps.workbook) ut.wps.workbook.readOnly = true;
  const before = workbook(ut);
  const report = await runSelfTest(ut.host);
  const settings = probe(report, 'wps.settings');
  expect(settings.status).toBe('failed');
  expect(settings.error).toMatch(/^workbook-read-only: /);
  expect(settings.cleanupError).toBeUndefined();
  expect(lineOf(probe(report, 'wps.application'), 'workbook read-only')?.flag).toBe('warn');
  expect(workbook(ut)).toEqual(before);
});
