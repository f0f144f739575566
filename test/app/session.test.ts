// The application session (src/app) the pane, the ribbon commands and the standalone page share: starting over a
// host, annotating, clearing and saving, each with the messages it returns; the report exports' names and content.

import { LAST_COMMAND_KEY, type CommandSummary } from '../../src/app/summary';
import { reportExport } from '../../src/app/export';
import {
  annotateChecked,
  clearMarks,
  DEFAULT_SETTINGS,
  runCheck,
  saveMapping,
  saveSettings,
  SETTING_KEYS,
  startSession,
} from '../../src/app/session';
import { MockHost, seed000Grid } from '../taskpane/fixtures';

const lastCheck: CommandSummary = {
  version: 1,
  command: 'check',
  at: '2024-01-01T00:00:00.000Z',
  ok: true,
  sheets: ['表1'],
  tables: 1,
  errors: 0,
  warnings: 2,
  infos: 0,
  cells: 2,
  selected: null,
  messages: [],
};

describe('startSession', () => {
  test('the stored settings, the capabilities, and the last ribbon command said before anything else', async () => {
    const host = new MockHost([seed000Grid()]);
    host.settings.set(SETTING_KEYS.config, { lang: 'en-US', rules: { 'vague-target': 'off' } });
    host.settings.set(SETTING_KEYS.mapping, 'not a mapping');
    host.settings.set(LAST_COMMAND_KEY, lastCheck);
    const start = await startSession(host);
    expect(start.settings.config).toEqual({ lang: 'en-US', rules: { 'vague-target': 'off' } });
    expect(start.settings.overrides).toEqual([]);
    expect(start.capabilities).toEqual(host.caps);
    expect(start.messages.map((m) => m.code)).toEqual(['command-check-done', 'stored-mapping-invalid']);
  });

  test('nothing stored: the defaults and nothing to say', async () => {
    const start = await startSession(new MockHost([seed000Grid()]));
    expect(start.settings).toEqual(DEFAULT_SETTINGS);
    expect(start.messages).toEqual([]);
  });
});

describe('annotate, clear, save', () => {
  test('annotating says how many cells were written; clearing says how many were cleared', async () => {
    const host = new MockHost([seed000Grid()]);
    const { result } = await runCheck(host, 'active', DEFAULT_SETTINGS, 'zh-CN');
    expect(result.findings.length).toBeGreaterThan(0);
    const written = await annotateChecked(host, result, DEFAULT_SETTINGS.prefs);
    const cells = host.state?.cells.length ?? 0;
    expect(cells).toBeGreaterThan(0);
    expect(written).toEqual([expect.objectContaining({ code: 'annotated', intent: 'success' })]);
    expect(written[0]?.['en-US']).toContain(String(cells));
    const cleared = await clearMarks(host);
    expect(cleared).toEqual([expect.objectContaining({ code: 'cleared', intent: 'success' })]);
    expect(cleared[0]?.['en-US']).toContain(String(cells));
    expect(host.state).toBeNull();
  });

  test('a check with no findings still annotates (marks of fixed findings go) and says there was nothing to mark', async () => {
    const host = new MockHost([seed000Grid()]);
    const { result } = await runCheck(host, 'active', DEFAULT_SETTINGS, 'zh-CN');
    const messages = await annotateChecked(host, { ...result, findings: [] }, DEFAULT_SETTINGS.prefs);
    expect(host.callsOf('annotate')).toHaveLength(1);
    expect(messages.map((m) => m.code)).toEqual(['annotated']);
  });

  test('the mapping and the settings are kept under their keys', async () => {
    const host = new MockHost([seed000Grid()]);
    const overrides = [{ sheet: '表1', headerRow: 3 }];
    expect((await saveMapping(host, overrides, 'reset')).map((m) => m.code)).toEqual(['mapping-saved']);
    expect(host.settings.get(SETTING_KEYS.mapping)).toEqual(overrides);
    const saved = await saveSettings(host, { lang: 'en-US' }, { preferNotes: true });
    expect(saved.map((m) => m.code)).toEqual(['settings-saved']);
    expect(host.settings.get(SETTING_KEYS.config)).toEqual({ lang: 'en-US' });
    expect(host.settings.get(SETTING_KEYS.pane)).toEqual({ preferNotes: true });
  });
});

describe('reportExport', () => {
  test('CSV named after the workbook, tab-separated text to paste into a workbook', async () => {
    const host = new MockHost([seed000Grid()]);
    const { result } = await runCheck(host, 'active', DEFAULT_SETTINGS, 'zh-CN');
    const csv = reportExport('csv', result, 'zh-CN', '预算.xlsx');
    expect(csv.name).toBe('预算-findings.csv');
    expect(csv.file().startsWith('\uFEFF严重程度,规则')).toBe(true);
    expect(csv.pasted()).toEqual({ text: expect.stringMatching(/^严重程度\t规则/), into: 'workbook' });
  });

  test('JSON without a workbook name: the product name, the same text to download or paste', async () => {
    const host = new MockHost([seed000Grid()]);
    const { result } = await runCheck(host, 'active', DEFAULT_SETTINGS, 'en-US');
    const json = reportExport('json', result, 'en-US');
    expect(json.name).toBe('indicator-checker-report.json');
    expect(JSON.parse(json.file()).files[0].file).toBe('indicator-checker-report.json');
    expect(json.pasted()).toEqual({ text: json.file(), into: 'text-file' });
  });
});
