/** @jest-environment jsdom */
// The self-test in the pane: the runner (guarded, timed, cleanup always), the plain-text report, and the 诊断 tab over
// the real Excel host on the fake Excel — run, read, copy — with the workbook unchanged afterwards.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LAST_COMMAND_KEY } from '../../src/app/summary';
import type { Host, SelfTestProbe } from '../../src/hosts/host';
import { t } from '../../src/app/i18n';
import {
  errorDetail,
  probesFor,
  reportText,
  runProbe,
  runSelfTest,
  SELF_TEST_KEY,
  selfTestOptions,
  type SelfTestReport,
} from '../../src/app/selftest';
import { SETTING_KEYS } from '../../src/app/session';
import { contractWorkbook } from '../hosts/contract';
import { docFromContract, excelHostOver, snapshot } from '../hosts/excel/helpers';
import { MockHost, seed000Grid } from './fixtures';
import { renderApp } from './render';

/** A clock that moves 5 ms each time it is read. */
function steppingClock(): () => number {
  let now = 100;
  return () => (now += 5);
}

async function click(el: Element): Promise<void> {
  await act(async () => {
    fireEvent.click(el);
  });
}

/** MockHost, with saveSetting(key, undefined) removing the key as the real hosts do. */
class RemovingMockHost extends MockHost {
  override async saveSetting(key: string, value: unknown): Promise<void> {
    if (value !== undefined) return super.saveSetting(key, value);
    this.calls.push({ method: 'saveSetting', args: [key, undefined] });
    this.settings.delete(key);
  }
}

describe('runner', () => {
  test('a probe that throws keeps the lines it reported, gets its error, and its cleanup still runs', async () => {
    const events: string[] = [];
    const probe: SelfTestProbe = {
      id: 'x.throws',
      title: { 'zh-CN': '会失败', 'en-US': 'Fails' },
      async run(report) {
        report({ label: 'before', value: 'seen' });
        events.push('run');
        throw Object.assign(new Error('The requested operation is not implemented.'), {
          code: 'NotImplemented',
          debugInfo: { errorLocation: 'CommentCollection.add' },
        });
      },
      async cleanup() {
        events.push('cleanup');
      },
    };
    const outcome = await runProbe(probe, steppingClock());
    expect(events).toEqual(['run', 'cleanup']);
    expect(outcome).toEqual({
      id: 'x.throws',
      title: probe.title,
      status: 'failed',
      lines: [{ label: 'before', value: 'seen' }],
      error: {
        'zh-CN': 'NotImplemented: The requested operation is not implemented.（位置：CommentCollection.add）',
        'en-US': 'NotImplemented: The requested operation is not implemented. (at CommentCollection.add)',
      },
      ms: 5,
    });
  });

  test('a cleanup that throws fails the probe and says so; flags set the status', async () => {
    const cleanupFails: SelfTestProbe = {
      id: 'x.cleanup',
      title: { 'zh-CN': '清理失败', 'en-US': 'Cleanup fails' },
      run: async (report) => report({ label: 'a', value: '1' }),
      cleanup: () => Promise.reject(new Error('sheet left behind')),
    };
    const warned: SelfTestProbe = {
      id: 'x.warn',
      title: { 'zh-CN': '警告', 'en-US': 'Warns' },
      run: async (report) => report({ label: 'a', value: 'cut', flag: 'warn' }),
    };
    const failedLine: SelfTestProbe = {
      id: 'x.fail',
      title: { 'zh-CN': '失败行', 'en-US': 'Failing line' },
      run: async (report) => report({ label: 'a', value: 'different', flag: 'fail' }),
    };
    const outcomes = await Promise.all([cleanupFails, warned, failedLine].map((p) => runProbe(p)));
    expect(outcomes.map((o) => [o.status, o.error, o.cleanupError])).toEqual([
      ['failed', undefined, 'sheet left behind'],
      ['warn', undefined, undefined],
      ['failed', undefined, undefined],
    ]);
  });

  test('a host whose probe list throws: reported as a failed probe after the environment', async () => {
    const host = new MockHost([]) as MockHost & Host;
    host.selfTest = () => {
      throw new Error('no workbook');
    };
    const report = await runSelfTest(host);
    expect(report.probes.map((p) => [p.id, p.status, p.error])).toEqual([
      ['pane.environment', 'ok', undefined],
      ['host.selfTest', 'failed', 'no workbook'],
    ]);
  });

  test('a host without probes of its own gets the capabilities and a settings round trip through the Host interface', async () => {
    const host = new RemovingMockHost([seed000Grid()]);
    host.settings.set(SETTING_KEYS.config, { profile: 'department' });
    const report = await runSelfTest(host, { userAgent: 'jsdom' });
    expect(report.probes.map((p) => [p.id, p.status])).toEqual([
      ['pane.environment', 'ok'],
      ['pane.capabilities', 'ok'],
      ['pane.settings', 'ok'],
    ]);
    expect(host.callsOf('saveSetting').map((c) => c.args[0])).toEqual([SELF_TEST_KEY, SELF_TEST_KEY]);
    expect([...host.settings.keys()]).toEqual([SETTING_KEYS.config]);
  });

  test('the settings probe is told every key the pane and the ribbon keep', () => {
    expect(selfTestOptions()).toEqual({
      settingKeys: [SETTING_KEYS.config, SETTING_KEYS.mapping, SETTING_KEYS.pane, LAST_COMMAND_KEY],
      testKey: SELF_TEST_KEY,
    });
    expect(probesFor(new MockHost([])).map((p) => p.id)).toEqual([
      'pane.environment',
      'pane.capabilities',
      'pane.settings',
    ]);
  });

  test('errorDetail: a host message in both languages with its code; anything else as text', () => {
    const hostError = Object.assign(new Error('The workbook is read-only.'), {
      hostMessage: { code: 'read-only', 'zh-CN': '工作簿为只读。', 'en-US': 'The workbook is read-only.' },
    });
    expect(errorDetail(hostError)).toBe('read-only: 工作簿为只读。 / The workbook is read-only.');
    expect(errorDetail('plain')).toBe('plain');
  });
});

describe('report text', () => {
  test('bilingual headings, one section per probe with its status and time, ! and X marks', () => {
    const report: SelfTestReport = {
      tool: 'indicator-checker',
      version: '0.1.0',
      at: '2026-12-07T08:00:00.000Z',
      host: 'excel',
      probes: [
        {
          id: 'excel.office',
          title: { 'zh-CN': 'Office 版本与要求集', 'en-US': 'Office version and requirement sets' },
          status: 'warn',
          lines: [
            { label: 'version', value: '16.0.1' },
            { label: 'notes', value: 'no', flag: 'warn' },
          ],
          ms: 12,
        },
        {
          id: 'excel.annotate',
          title: { 'zh-CN': '标注与清除（临时工作表）', 'en-US': 'Annotate and clear (scratch sheet)' },
          status: 'failed',
          lines: [{ label: 'fill restored', value: 'differently', flag: 'fail' }],
          error: 'NotImplemented: nope',
          cleanupError: 'ItemNotFound: gone',
          ms: 40,
        },
      ],
    };
    expect(reportText(report, 'zh-CN')).toBe(
      [
        '指标审核自检报告 / Indicator Checker self-test report',
        '版本 / Version: indicator-checker 0.1.0',
        '时间 / Time: 2026-12-07T08:00:00.000Z',
        '宿主 / Host: excel',
        '结果 / Result: 0 项通过，1 项有警告，1 项失败 / 0 passed, 1 with warnings, 1 failed',
        '行首 ! 为警告，X 为失败 / a line starting with ! is a warning, X a failure',
        '',
        '== 1. Office 版本与要求集 / Office version and requirement sets — 警告 / WARNING (12 ms) [excel.office] ==',
        '  version: 16.0.1',
        '! notes: no',
        '',
        '== 2. 标注与清除（临时工作表） / Annotate and clear (scratch sheet) — 失败 / FAILED (40 ms) [excel.annotate] ==',
        'X fill restored: differently',
        'X 错误 / Error: NotImplemented: nope',
        'X 清理失败，工作簿中可能留有临时内容 / Cleanup failed; something may be left in the workbook: ItemNotFound: gone',
        '',
      ].join('\n'),
    );
  });
});

describe('诊断 tab', () => {
  const OFFICE = { host: 'Excel', platform: 'OfficeOnline', version: '16.0.18025.41000', displayLanguage: 'zh-CN' };

  function excelPane(setup?: (doc: ReturnType<typeof docFromContract>) => void) {
    const doc = docFromContract(contractWorkbook());
    setup?.(doc);
    const { host } = excelHostOver(doc, { office: () => OFFICE });
    const before = { sheets: snapshot(doc), settings: { ...doc.savedSettings } };
    renderApp({ host, displayLanguage: 'zh-CN' });
    return { doc, host, before, after: () => ({ sheets: snapshot(doc), settings: { ...doc.savedSettings } }) };
  }

  async function runFromTab(): Promise<HTMLTextAreaElement> {
    await click(await screen.findByRole('tab', { name: '诊断' }));
    const run = screen.getByRole('button', { name: '运行自检' });
    await waitFor(() => expect((run as HTMLButtonElement).disabled).toBe(false));
    await click(run);
    return (await screen.findByTestId('selftest-report')) as HTMLTextAreaElement;
  }

  test('runs every probe in the Excel host, lists each with its status, shows the report and copies it', async () => {
    const pane = excelPane();
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (s: string) => void written.push(s) },
      configurable: true,
    });
    const copy = screen.queryByRole('button', { name: '复制报告' }) as HTMLButtonElement | null;
    expect(copy).toBeNull();

    const area = await runFromTab();
    await waitFor(() => expect(screen.getByRole('button', { name: '运行自检' })).toHaveProperty('disabled', false));
    const text = area.value;
    expect(text.split('\n')[0]).toBe('指标审核自检报告 / Indicator Checker self-test report');
    expect(text).toContain('宿主 / Host: excel');
    expect(text).toContain('  平台: OfficeOnline');
    expect(text).toContain('  ExcelApi 1.18: 是');
    expect(text).toContain('  删除: 已删除');
    expect(text).toContain('  备注已删除: 是');
    expect(text).toMatch(/== 5\. 请求大小 \/ Request sizes — 通过 \/ OK \(\d+ ms\) \[excel\.requests\] ==/);
    expect(text).toMatch(/  一个标注单元格: 约 \d+ 字节/);
    expect(text).toMatch(
      /== 6\. 标注与清除（临时工作表） \/ Annotate and clear \(scratch sheet\) — 通过 \/ OK \(\d+ ms\) \[excel\.annotate\] ==/,
    );

    const list = screen.getByRole('list', { name: '自检报告' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => [li.getAttribute('data-probe'), li.getAttribute('data-status')])).toEqual([
      ['pane.environment', 'ok'],
      ['excel.office', 'ok'],
      ['excel.capabilities', 'ok'],
      ['excel.settings', 'ok'],
      ['excel.requests', 'ok'],
      ['excel.annotate', 'ok'],
    ]);
    expect(screen.getByTestId('selftest-summary').textContent).toBe(
      t('zh-CN', 'selfTestSummary', { ok: 6, warn: 0, failed: 0 }),
    );
    expect(document.querySelector('[data-code="selftest-done"]')?.getAttribute('data-intent')).toBe('success');

    await click(screen.getByRole('button', { name: '复制报告' }));
    expect(written).toEqual([text]);
    expect(document.querySelector('[data-code="selftest-copied"]')?.textContent).toBe(t('zh-CN', 'selfTestCopied'));
    expect(pane.after()).toEqual(pane.before);
  });

  test('a failing probe shows as failed with an error message bar; the workbook is unchanged; without a clipboard the report is selected', async () => {
    const pane = excelPane((doc) => {
      doc.commentsNotImplemented = true;
    });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const area = await runFromTab();
    await waitFor(() => expect(document.querySelector('[data-code="selftest-done"]')).not.toBeNull());
    expect(document.querySelector('[data-code="selftest-done"]')?.getAttribute('data-intent')).toBe('error');
    expect(document.querySelector('li[data-probe="excel.annotate"]')?.getAttribute('data-status')).toBe('failed');
    expect(area.value).toContain('X 错误 / Error: NotImplemented: ');

    // jsdom has no execCommand: the copy falls back to a selected report and a message saying how to copy it.
    await click(screen.getByRole('button', { name: '复制报告' }));
    expect(document.querySelector('[data-code="selftest-copy-failed"]')?.textContent).toBe(
      t('zh-CN', 'selfTestCopyFailed'),
    );
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(pane.after()).toEqual(pane.before);
  });

  test('en-US: the tab, the buttons, the summary and the report’s lines follow the pane’s language; its headings stay bilingual', async () => {
    const host = new RemovingMockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'en-US' });
    await click(await screen.findByRole('tab', { name: 'Diagnostics' }));
    const run = screen.getByRole('button', { name: 'Run self-test' });
    await waitFor(() => expect((run as HTMLButtonElement).disabled).toBe(false));
    await click(run);
    const area = (await screen.findByTestId('selftest-report')) as HTMLTextAreaElement;
    expect(screen.getByTestId('selftest-summary').textContent).toBe('3 passed, 0 with warnings, 0 failed');
    expect(area.value).toContain('== 3. 设置读写 / Settings round trip — 通过 / OK');
    expect(area.value).toContain('\n  write and read back: same\n  remove: removed\n');
    expect(area.value).toContain('\n  host: file\n');
    expect(screen.getByRole('button', { name: 'Copy report' })).toBeTruthy();
  });
});
