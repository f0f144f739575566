// Pure parts of the pane: the string table, language choice, host choice, mapping edits, settings form, CSV export.

import { checkGrids } from '../../src/core/check';
import type { Finding, IndicatorTable } from '../../src/core/model';
import { placeholders } from '../../src/core/rules/i18n';
import { editMapping, headerGroups, normaliseColumn, overrideFor } from '../../src/taskpane/mapping';
import { configFromForm } from '../../src/taskpane/settings-form';
import { findingsCsv, neutraliseCsvText, safeFileName } from '../../src/app/export';
import { chooseHost } from '../../src/app/host-choice';
import { langFromDisplayLanguage, STRINGS, t } from '../../src/app/i18n';
import { errorToMessage, validateConfig } from '../../src/app/session';
import { HostError } from '../../src/hosts/host';
import { MockHost, SEED000_SHEET, seed000Grid } from './fixtures';

describe('i18n', () => {
  test('zh-CN and en-US have the same keys and the same placeholders, and differ in text', () => {
    const zh = STRINGS['zh-CN'];
    const en = STRINGS['en-US'];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect([key, placeholders(en[key]).sort()]).toEqual([key, placeholders(zh[key]).sort()]);
      expect(en[key].trim()).not.toBe('');
    }
    expect(zh.check).toBe('审核');
    expect(zh.annotate).toBe('写入标注');
    expect(zh.clear).toBe('清除标注');
    expect(zh.exportReport).toBe('导出报告');
  });

  test('t fills placeholders and leaves a missing one visible', () => {
    expect(t('zh-CN', 'annotated', { count: 3 })).toBe('已在 3 个单元格写入标注。');
    expect(t('en-US', 'annotated', {})).toBe('Annotations written to {count} cells.');
  });

  test('the display language picks zh-CN for Chinese and unknown, en-US for the rest', () => {
    expect(langFromDisplayLanguage('zh-CN')).toBe('zh-CN');
    expect(langFromDisplayLanguage('zh-TW')).toBe('zh-CN');
    expect(langFromDisplayLanguage(undefined)).toBe('zh-CN');
    expect(langFromDisplayLanguage('')).toBe('zh-CN');
    expect(langFromDisplayLanguage('en-US')).toBe('en-US');
    expect(langFromDisplayLanguage('en-GB')).toBe('en-US');
    expect(langFromDisplayLanguage('de-DE')).toBe('en-US');
  });
});

describe('host choice', () => {
  test('an injected host wins; otherwise Excel; otherwise none', () => {
    const injected = new MockHost([]);
    expect(chooseHost(injected, 'Excel')).toEqual({ kind: 'injected', host: injected });
    expect(chooseHost(undefined, 'Excel')).toEqual({ kind: 'excel' });
    expect(chooseHost({ read: 1 }, 'Excel')).toEqual({ kind: 'excel' });
    expect(chooseHost(undefined, 'Word').kind).toBe('none');
    expect(chooseHost(undefined, undefined).kind).toBe('none');
  });
});

describe('errors to messages', () => {
  test('a HostError keeps its code, intent and both texts; a HostError-shaped error from another bundle too', () => {
    const msg = {
      code: 'sheet-protected',
      intent: 'error' as const,
      'zh-CN': '工作表受保护',
      'en-US': 'The sheet is protected',
    };
    expect(errorToMessage(new HostError(msg))).toEqual(msg);
    expect(errorToMessage({ hostMessage: msg })).toEqual(msg);
    const other = errorToMessage(new TypeError('boom'));
    expect(other.code).toBe('unexpected');
    expect(other['zh-CN']).toBe('发生意外错误：boom');
  });
});

describe('mapping edits', () => {
  const table = (): IndicatorTable => checkGrids([seed000Grid()]).tables[0];

  test('only what differs from detection is stored', () => {
    const t0 = table();
    const columns = { level1: 'A', level2: 'B', level3: 'C', level4: 'D', value: 'e', unit: '' };
    const edit = editMapping([], t0, '12', columns);
    expect(edit).toEqual({ ok: true, overrides: [{ sheet: SEED000_SHEET, headerRow: 12, columns: { unit: '' } }] });
  });

  test('a moved header row is stored as newHeaderRow against the row detection found, and edited again there', () => {
    const t0 = table();
    const first = editMapping([], t0, '11', {});
    expect(first).toEqual({ ok: true, overrides: [{ sheet: SEED000_SHEET, headerRow: 12, newHeaderRow: 11 }] });
    if (!first.ok) throw new Error('unreachable');
    // After the override, detection reports header row 11: the same override is found and updated.
    const moved = { ...t0, headerRow: 11 };
    expect(overrideFor(first.overrides, SEED000_SHEET, 11)).toBe(first.overrides[0]);
    const second = editMapping(first.overrides, moved, '12', { unit: '' });
    expect(second).toEqual({ ok: true, overrides: [{ sheet: SEED000_SHEET, headerRow: 12, columns: { unit: '' } }] });
    // Back to detection: nothing to keep.
    const third = editMapping([], t0, '12', { unit: 'F' });
    expect(third).toEqual({ ok: true, overrides: [] });
  });

  test('bad rows and columns are refused with the field named', () => {
    const t0 = table();
    expect(editMapping([], t0, '0', {})).toEqual({
      ok: false,
      error: { key: 'mappingInvalidRow', data: { value: '0' } },
    });
    expect(editMapping([], t0, '12a', {}).ok).toBe(false);
    expect(editMapping([], t0, '12', { value: 'E5' })).toEqual({
      ok: false,
      error: { key: 'mappingInvalidColumn', data: { value: 'E5', role: 'value' } },
    });
    expect(normaliseColumn(' xfd ')).toBe('XFD');
    expect(normaliseColumn('XFE')).toBeNull();
    expect(normaliseColumn('')).toBe('');
  });

  test('tables of one flat-export header form one group', () => {
    const t0 = table();
    const groups = headerGroups([t0, { ...t0, range: 'A21:F30' }, { ...t0, sheet: '说明' }]);
    expect(groups.map((g) => [g.sheet, g.headerRow, g.tables.length])).toEqual([
      [SEED000_SHEET, 12, 2],
      ['说明', 12, 1],
    ]);
  });
});

describe('settings form', () => {
  test('keeps only what the user set, keeps a rule severity, and validates with parseConfig', () => {
    const base = {
      rules: { 'vague-target': 'error' as const, 'timeliness-vague': 'off' as const },
      thresholds: { costTolerance: 0.01 },
    };
    const config = configFromForm(base, {
      profile: 'project-2021',
      rulesOff: new Set(['missing-unit']),
      floor: '85',
      lang: 'auto',
    });
    expect(config).toEqual({
      profile: 'project-2021',
      rules: { 'vague-target': 'error', 'missing-unit': 'off' },
      thresholds: { costTolerance: 0.01, satisfactionFloor: 85 },
    });
    expect(validateConfig(config)).toEqual({ ok: true, config });
    expect(configFromForm({}, { profile: 'auto', rulesOff: new Set(), floor: '', lang: 'en-US' })).toEqual({
      lang: 'en-US',
    });
    const bad = validateConfig(
      configFromForm({}, { profile: 'auto', rulesOff: new Set(), floor: 'abc', lang: 'auto' }),
    );
    expect(bad.ok).toBe(false);
  });
});

describe('CSV export', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: 'vague-target',
    severity: 'warning',
    sheet: SEED000_SHEET,
    cell: 'E18',
    related: [],
    message: '“保障职工权益”的指标值“是”是笼统的评价词',
    messageId: 'vague',
    data: {},
    ...over,
  });

  test.each(['=SUM(A1:A2)', '+86 0632', '-1500', '@劳动能力鉴定费', '\t=1', '\r=1'])('%j is neutralised', (text) => {
    expect(neutraliseCsvText(text)).toBe(`'${text}`);
  });

  test('ordinary text, numbers in text and inner formula characters are kept', () => {
    for (const text of ['劳动能力鉴定人数', '1500', '≥95%', 'a=b', '项目-费用'])
      expect(neutraliseCsvText(text)).toBe(text);
  });

  test('rows quote commas, quotes and line breaks, and no field starts with a formula character', () => {
    const csv = findingsCsv(
      [
        finding({ message: '=HYPERLINK("http://example.invalid","点击")' }),
        finding({ sheet: '-表', message: '多行\n说明, 含逗号' }),
      ],
      [],
      'en-US',
    );
    expect(csv.startsWith('\uFEFFSeverity,Rule,Sheet,Cell,Project,Message\r\n')).toBe(true);
    const body = csv.slice(1).split('\r\n').slice(1, -1);
    expect(body).toEqual([
      `Warning,vague-target,${SEED000_SHEET},E18,,"'=HYPERLINK(""http://example.invalid"",""点击"")"`,
      `Warning,vague-target,'-表,E18,,"多行\n说明, 含逗号"`,
    ]);
  });

  test('download names lose characters a file system refuses', () => {
    expect(safeFileName('a/b\\c:d*?"<>|.csv')).toBe('a_b_c_d______.csv');
    expect(safeFileName('  ')).toBe('workbook');
  });
});
