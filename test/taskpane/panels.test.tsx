/** @jest-environment jsdom */
// The mapping and settings panels: what they save with the workbook and how that changes the next check.

import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { checkGrids, type CheckResult } from '../../src/core/check';
import { ruleTitle } from '../../src/core/rules/titles';
import { t } from '../../src/app/i18n';
import { MockHost, SEED000_SHEET, seed000Grid } from './fixtures';
import { ready, renderApp } from './render';

async function click(el: Element): Promise<void> {
  await act(async () => {
    fireEvent.click(el);
  });
}

/** Clicks 审核 and waits until the check is over (the button is enabled again and the summary is shown). */
async function check(): Promise<void> {
  const button = await ready();
  await click(button);
  await waitFor(() => {
    expect(screen.getByTestId('summary')).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });
}

function lastResult(ref: { value: CheckResult | null }): CheckResult {
  if (!ref.value) throw new Error('no result yet');
  return ref.value;
}

async function openTab(name: string): Promise<void> {
  await click(screen.getByRole('tab', { name }));
}

describe('mapping panel', () => {
  test('a changed column is saved as an override and changes the next check’s tables and findings', async () => {
    const host = new MockHost([seed000Grid()]);
    const result = { value: null as CheckResult | null };
    renderApp({ host, displayLanguage: 'zh-CN', onResult: (r) => (result.value = r) });
    await check();
    await waitFor(() => expect(result.value).not.toBeNull());
    const before = lastResult(result);
    expect(before.tables[0].columns.unit).toBe('F');

    await openTab('列映射');
    const unit = screen.getByRole('textbox', { name: '“计量单位”所在列' }) as HTMLInputElement;
    expect(unit.value).toBe('F');
    expect((screen.getByRole('spinbutton', { name: '表头行' }) as HTMLInputElement).value).toBe('12');
    fireEvent.change(unit, { target: { value: '' } });
    await click(screen.getByRole('button', { name: '保存映射' }));

    const saved = host.callsOf('saveSetting').filter((c) => c.args[0] === 'mapping');
    expect(saved.map((c) => c.args[1])).toEqual([[{ sheet: SEED000_SHEET, headerRow: 12, columns: { unit: '' } }]]);
    await waitFor(() => expect(screen.getByText(t('zh-CN', 'mappingSaved'))).toBeTruthy());

    await check();
    await waitFor(() => expect(result.value).not.toBe(before));
    const after = lastResult(result);
    expect(after.tables[0].columns.unit).toBeUndefined();
    // The same pipeline in node, with the same override, gives the same tables and findings.
    const expected = checkGrids([seed000Grid()], {
      lang: 'zh-CN',
      overrides: [{ sheet: SEED000_SHEET, headerRow: 12, columns: { unit: '' } }],
    });
    expect(after.tables).toEqual(expected.tables);
    expect(after.findings.map((f) => `${f.ruleId}@${f.cell}`)).toEqual(
      expected.findings.map((f) => `${f.ruleId}@${f.cell}`),
    );
    expect(after.findings.length).not.toBe(before.findings.length);
  });

  test('an override stored in the workbook is used by the first check; 恢复自动识别 removes it', async () => {
    const host = new MockHost([seed000Grid()]);
    host.settings.set('mapping', [{ sheet: SEED000_SHEET, headerRow: 12, columns: { unit: '' } }]);
    const result = { value: null as CheckResult | null };
    renderApp({ host, displayLanguage: 'zh-CN', onResult: (r) => (result.value = r) });
    await check();
    await waitFor(() => expect(result.value).not.toBeNull());
    expect(lastResult(result).tables[0].columns.unit).toBeUndefined();

    await openTab('列映射');
    await click(screen.getByRole('button', { name: '恢复自动识别' }));
    expect(host.settings.get('mapping')).toEqual([]);
    const first = result.value;
    await check();
    await waitFor(() => expect(result.value).not.toBe(first));
    expect(lastResult(result).tables[0].columns.unit).toBe('F');
  });

  test('an invalid column letter is refused with a message and nothing is saved', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await check();
    await openTab('列映射');
    const value = await screen.findByRole('textbox', { name: '“指标值”所在列' });
    fireEvent.change(value, { target: { value: 'E1' } });
    await click(screen.getByRole('button', { name: '保存映射' }));
    expect(screen.getByRole('alert').textContent).toBe(
      t('zh-CN', 'mappingInvalidColumn', { value: 'E1', role: '指标值' }),
    );
    expect(host.callsOf('saveSetting')).toEqual([]);
  });
});

describe('settings panel', () => {
  test('a higher satisfaction floor is saved (validated config) and the next check reports 社会公众满意度 99%', async () => {
    const host = new MockHost([seed000Grid()]);
    const result = { value: null as CheckResult | null };
    renderApp({ host, displayLanguage: 'zh-CN', onResult: (r) => (result.value = r) });
    await check();
    await waitFor(() => expect(result.value).not.toBeNull());
    const before = lastResult(result);
    expect(before.findings.some((f) => f.ruleId === 'satisfaction-range')).toBe(false);

    await openTab('设置');
    fireEvent.change(screen.getByRole('spinbutton', { name: /满意度下限/ }), { target: { value: '100' } });
    await click(screen.getByRole('button', { name: '保存设置' }));
    expect(host.settings.get('config')).toEqual({ thresholds: { satisfactionFloor: 100 } });
    expect(host.settings.get('pane')).toEqual({ preferNotes: false });

    await check();
    await waitFor(() => expect(result.value).not.toBe(before));
    const after = lastResult(result);
    const expected = checkGrids([seed000Grid()], { lang: 'zh-CN', config: { thresholds: { satisfactionFloor: 100 } } });
    const floorFindings = after.findings.filter((f) => f.ruleId === 'satisfaction-range');
    expect(floorFindings.map((f) => f.cell)).toEqual(['E20']);
    expect(after.findings).toEqual(expected.findings);
  });

  test('a rule switched off is saved as off and its findings disappear from the next check', async () => {
    const host = new MockHost([seed000Grid()]);
    const result = { value: null as CheckResult | null };
    renderApp({ host, displayLanguage: 'zh-CN', onResult: (r) => (result.value = r) });
    await check();
    await waitFor(() => expect(result.value).not.toBeNull());
    const before = lastResult(result);
    expect(before.findings.some((f) => f.ruleId === 'timeliness-vague')).toBe(true);

    await openTab('设置');
    // The Chinese title first, the id beside it (for searching the docs).
    const toggle = screen.getByRole('switch', {
      name: `${ruleTitle('timeliness-vague', 'zh-CN')} timeliness-vague`,
    }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await click(toggle);
    expect(toggle.checked).toBe(false);
    await click(screen.getByRole('button', { name: '保存设置' }));
    expect(host.settings.get('config')).toEqual({ rules: { 'timeliness-vague': 'off' } });

    await check();
    await waitFor(() => expect(result.value).not.toBe(before));
    const after = lastResult(result);
    expect(after.findings.some((f) => f.ruleId === 'timeliness-vague')).toBe(false);
    expect(after.findings).toHaveLength(before.findings.filter((f) => f.ruleId !== 'timeliness-vague').length);
  });

  test('a floor out of range is refused with parseConfig’s message; nothing is saved', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await ready();
    await openTab('设置');
    fireEvent.change(screen.getByRole('spinbutton', { name: /满意度下限/ }), { target: { value: '150' } });
    await click(screen.getByRole('button', { name: '保存设置' }));
    expect(screen.getByRole('alert').textContent).toContain('thresholds.satisfactionFloor');
    expect(host.callsOf('saveSetting')).toEqual([]);
  });

  test('notes and language: saved choices switch the pane to English and apply passes preferNotes', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await check();
    await openTab('设置');
    await click(screen.getByRole('radio', { name: '备注（Notes）' }));
    fireEvent.change(screen.getByRole('combobox', { name: '界面语言' }), { target: { value: 'en-US' } });
    await click(screen.getByRole('button', { name: '保存设置' }));
    expect(host.settings.get('config')).toEqual({ lang: 'en-US' });
    expect(host.settings.get('pane')).toEqual({ preferNotes: true });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Write annotations' })).toBeTruthy());
    await click(screen.getByRole('button', { name: 'Write annotations' }));
    await waitFor(() => expect(host.callsOf('annotate')).toHaveLength(1));
    expect((host.callsOf('annotate')[0].args[1] as { preferNotes: boolean }).preferNotes).toBe(true);
  });

  test('stored settings that fail parseConfig are reported and replaced by defaults', async () => {
    const host = new MockHost([seed000Grid()]);
    host.settings.set('config', { rules: { 'no-such-rule': 'off' } });
    renderApp({ host, displayLanguage: 'zh-CN' });
    await ready();
    const bar = await waitFor(() => {
      const el = document.querySelector('[data-code="stored-config-invalid"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(bar.getAttribute('data-intent')).toBe('warning');
    expect(bar.textContent).toContain('rules.no-such-rule');
  });

  test('a host with notes only offers notes', async () => {
    const host = new MockHost([seed000Grid()], { comments: false, notes: true, merges: true, settings: false });
    renderApp({ host, displayLanguage: 'zh-CN' });
    await ready();
    await openTab('设置');
    const comments = screen.getByRole('radio', { name: '批注（Comments）' }) as HTMLInputElement;
    const notes = screen.getByRole('radio', { name: '备注（Notes）' }) as HTMLInputElement;
    expect(comments.disabled).toBe(true);
    expect(notes.checked).toBe(true);
  });
});
