/** @jest-environment jsdom */
// The pane over a mock Host: check, grouping, select, annotate, clear, messages, language, and safe rendering.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LAST_COMMAND_KEY, type CommandSummary } from '../../src/app/summary';
import { checkGrids, type CheckResult } from '../../src/core/check';
import type { Finding } from '../../src/core/model';
import { HostError } from '../../src/hosts/host';
import { ruleTitle } from '../../src/core/rules/titles';
import { copyText } from '../../src/taskpane/components/CopyExport';
import { groupFindings } from '../../src/taskpane/components/FindingsList';
import { t } from '../../src/app/i18n';
import { MockHost, SEED000_SHEET, seed000Grid, seed000Rows } from './fixtures';
import { blobText, captureDownloads, ready, renderApp } from './render';

async function runCheck(label = '审核'): Promise<void> {
  const button = await ready(label);
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(screen.getByTestId('summary')).toBeTruthy());
}

describe('task pane', () => {
  test('审核 reads the active sheet and shows the findings grouped by severity, then rule, with the counts', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await runCheck();
    expect(host.callsOf('read')).toEqual([{ method: 'read', args: ['active'] }]);

    const expected = checkGrids([seed000Grid()], { lang: 'zh-CN' });
    expect(expected.findings.length).toBeGreaterThan(0);
    const warnings = expected.findings.filter((f) => f.severity === 'warning').length;
    const infos = expected.findings.filter((f) => f.severity === 'info').length;
    const indicators = expected.tables.reduce((n, x) => n + x.indicators.length, 0);
    expect(screen.getByTestId('summary').textContent).toBe(
      t('zh-CN', 'summary', { tables: expected.tables.length, indicators, errors: 0, warnings, infos }),
    );

    for (const { severity, rules } of groupFindings(expected.findings)) {
      const section = document.querySelector(`section[data-severity="${severity}"]`) as HTMLElement;
      expect(section).not.toBeNull();
      const count = rules.reduce((n, r) => n + r.findings.length, 0);
      expect(within(section).getByRole('heading', { level: 3 }).textContent).toContain(`（${count}）`);
      for (const rule of rules) {
        const title = ruleTitle(rule.ruleId, 'zh-CN');
        const list = within(section).getByRole('list', { name: `${t('zh-CN', `severity_${severity}`)}：${title}` });
        const items = within(list).getAllByRole('listitem');
        expect(items.map((li) => li.querySelector('button')?.getAttribute('data-finding-cell'))).toEqual(
          rule.findings.slice(0, 5).map((f) => `${f.sheet}!${f.cell}`),
        );
      }
    }
    // Rarest rule first within a severity.
    for (const { rules } of groupFindings(expected.findings)) {
      const sizes = rules.map((r) => r.findings.length);
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    }
    // No severity without findings gets a section.
    expect(document.querySelector('section[data-severity="error"]')).toBeNull();
  });

  test('clicking a finding selects its cell through the host', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await runCheck();
    const row = document.querySelector(`button[data-finding-cell="${SEED000_SHEET}!E15"]`) as HTMLButtonElement;
    expect(row.getAttribute('aria-label')).toContain('管理任务按时完成');
    await act(async () => {
      fireEvent.click(row);
    });
    expect(host.callsOf('select').map((c) => c.args)).toEqual([[SEED000_SHEET, 'E15']]);
    expect(row.getAttribute('aria-current')).toBe('true');
  });

  test('the 指标表 tab lists each table with sheet, range, project, profile and counts; 定位 selects its first cell', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await runCheck();
    const expected = checkGrids([seed000Grid()], { lang: 'zh-CN' });
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '指标表' }));
    });
    const list = screen.getByRole('list', { name: '找到的指标表' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(expected.tables.length);
    const table = expected.tables[0];
    const text = items[0].textContent ?? '';
    for (const part of [
      table.sheet,
      table.range,
      table.project.name ?? '',
      t('zh-CN', `profile_${table.profile ?? 'auto'}`),
      String(table.indicators.length),
    ]) {
      expect(text).toContain(part);
    }
    const count = (s: string) => expected.findings.filter((f) => f.severity === s).length;
    expect(text).toContain(t('zh-CN', 'tableCounts', { errors: 0, warnings: count('warning'), infos: count('info') }));
    await act(async () => {
      fireEvent.click(within(items[0]).getByRole('button', { name: `定位到 ${table.sheet}!A1` }));
    });
    expect(host.callsOf('select').map((c) => c.args)).toEqual([[table.sheet, 'A1']]);
  });

  test('写入标注 hands the findings to the host, which plans them; 清除标注 calls clear', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await runCheck();
    const findings = checkGrids([seed000Grid()], { lang: 'zh-CN' }).findings;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '写入标注' }));
    });
    await waitFor(() => expect(host.callsOf('annotate')).toHaveLength(1));
    const [given, options] = host.callsOf('annotate')[0].args as [Finding[], { preferNotes: boolean }];
    expect(given).toEqual(findings);
    expect(options.preferNotes).toBe(false);
    const cells = new Set(findings.map((f) => f.cell)).size;
    await waitFor(() => expect(screen.getByText(t('zh-CN', 'annotated', { count: cells }))).toBeTruthy());
    // The success bar has the success intent.
    expect(document.querySelector('[data-code="annotated"]')?.getAttribute('data-intent')).toBe('success');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '清除标注' }));
    });
    await waitFor(() => expect(host.callsOf('clear')).toHaveLength(1));
    await waitFor(() => expect(screen.getByText(t('zh-CN', 'cleared', { count: cells }))).toBeTruthy());
    expect(host.state).toBeNull();
  });

  test('a HostError (protected sheet) is shown in an error MessageBar in the pane language, and can be dismissed', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await runCheck();
    host.failNext = {
      method: 'annotate',
      error: new HostError({
        code: 'sheet-protected',
        intent: 'error',
        'zh-CN': '工作表“绩效目标批复表”受保护，无法写入标注。',
        'en-US': 'The sheet “绩效目标批复表” is protected; annotations cannot be written.',
      }),
    };
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '写入标注' }));
    });
    const bar = await waitFor(() => {
      const el = document.querySelector('[data-code="sheet-protected"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(bar.getAttribute('data-intent')).toBe('error');
    expect(bar.textContent).toContain('受保护');
    await act(async () => {
      fireEvent.click(within(bar).getByRole('button', { name: '关闭' }));
    });
    expect(document.querySelector('[data-code="sheet-protected"]')).toBeNull();
  });

  test("a host's read messages (merged cells unknown) are shown with their intent", async () => {
    const host = new MockHost([{ ...seed000Grid(), merges: [], mergesUnknown: true }]);
    host.readMessages = [
      {
        code: 'merges-unknown',
        intent: 'warning',
        'zh-CN': '此版本的 Excel 无法读取合并单元格（需要 ExcelApi 1.13）。',
        'en-US': 'This Excel cannot read merged cells (needs ExcelApi 1.13).',
      },
    ];
    renderApp({ host, displayLanguage: 'en-US' });
    await runCheck('Check');
    const bars = document.querySelectorAll('[data-code="merges-unknown"]');
    expect(bars).toHaveLength(1);
    expect(bars[0].getAttribute('data-intent')).toBe('warning');
    expect(bars[0].textContent).toContain('ExcelApi 1.13');
  });

  test('the summary a ribbon command (审核本表) stored with the workbook is shown when the pane opens', async () => {
    const host = new MockHost([seed000Grid()]);
    const summary: CommandSummary = {
      version: 1,
      command: 'check',
      at: '2026-11-22T03:00:00.000Z',
      ok: true,
      sheets: [SEED000_SHEET],
      tables: 1,
      errors: 0,
      warnings: 3,
      infos: 0,
      cells: 3,
      selected: { sheet: SEED000_SHEET, cell: 'E15' },
      messages: [],
    };
    await host.saveSetting(LAST_COMMAND_KEY, summary);
    renderApp({ host, displayLanguage: 'zh-CN' });
    await waitFor(() => expect(document.querySelectorAll('[data-code="command-check-done"]')).toHaveLength(1));
    const bar = document.querySelector('[data-code="command-check-done"]') as HTMLElement;
    expect(bar.textContent).toContain(`审核本表：${SEED000_SHEET} 上找到 1 张表；错误 0 条、警告 3 条`);
    expect(host.callsOf('read')).toEqual([]);
  });

  test('English follows the display language; findings are written in it', async () => {
    const host = new MockHost([seed000Grid()]);
    renderApp({ host, displayLanguage: 'en-US' });
    await runCheck('Check');
    expect(screen.getByRole('button', { name: 'Write annotations' })).toBeTruthy();
    const expected = checkGrids([seed000Grid()], { lang: 'en-US' });
    const row = document.querySelector(`button[data-finding-cell="${SEED000_SHEET}!E15"]`) as HTMLButtonElement;
    expect(row.textContent).toContain(expected.findings.find((f) => f.cell === 'E15')?.message);
    expect(document.documentElement.lang).toBe('en-US');
  });

  test('cell text that looks like markup is shown as text, never as an element', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const rows = seed000Rows();
    rows[17][3] = hostile;
    const host = new MockHost([seed000Grid(`<b>${SEED000_SHEET}</b>`, rows)]);
    const result: { value: CheckResult | null } = { value: null };
    renderApp({ host, displayLanguage: 'zh-CN', onResult: (r) => (result.value = r) });
    await runCheck();
    expect(result.value?.findings.some((f) => f.message.includes(hostile))).toBe(true);
    const shown = screen.getAllByText((_, el) => el?.tagName === 'SPAN' && (el.textContent ?? '').includes(hostile));
    expect(shown.length).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main b')).toBeNull();
    expect(screen.getAllByText(`<b>${SEED000_SHEET}</b>!E18`).length).toBeGreaterThan(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('导出报告: the CSV neutralises formula-looking text; the JSON is the CLI report shape', async () => {
    const downloads = captureDownloads();
    const rows = seed000Rows();
    rows[3][1] = '=HYPERLINK("http://example.invalid","劳动能力鉴定费用")';
    const host = new MockHost([seed000Grid('@绩效目标批复表', rows)]);
    renderApp({ host, displayLanguage: 'zh-CN', sourceName: '枣庄批复表.xlsx' });
    await runCheck();
    for (const item of ['导出 CSV（表格）', '导出 JSON（报告）']) {
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: '导出报告' }));
      });
      const menuItem = await screen.findByRole('menuitem', { name: item });
      await act(async () => {
        fireEvent.click(menuItem);
      });
    }
    expect(downloads.names).toEqual(['枣庄批复表-findings.csv', '枣庄批复表-report.json']);
    const csv = await blobText(downloads.blobs[0]);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('严重程度,规则,工作表,单元格,项目,说明');
    // Every field starts with something other than = + - @ (a quoted field: after its opening quote).
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^(警告|提示),/);
      expect(line).toContain(",'@绩效目标批复表,");
      expect(line).toContain(',"\'=HYPERLINK(""http://example.invalid"",""劳动能力鉴定费用"")",');
    }
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
    const report = JSON.parse(await blobText(downloads.blobs[1])) as {
      tool: { name: string };
      files: Array<{ file: string; findings: unknown[] }>;
      summary: { warnings: number };
    };
    const expected = checkGrids([seed000Grid('@绩效目标批复表', rows)], { lang: 'zh-CN' });
    expect(report.tool.name).toBe('indicator-checker');
    expect(report.files[0].file).toBe('枣庄批复表.xlsx');
    expect(report.files[0].findings).toHaveLength(expected.findings.length);
    expect(report.summary.warnings).toBe(expected.findings.filter((f) => f.severity === 'warning').length);
  });

  test('导出报告 where the web view cannot download (Excel for Mac): the report is shown to copy, nothing downloaded', async () => {
    const downloads = captureDownloads();
    const host = new MockHost([seed000Grid()]);
    host.caps = { ...host.caps, downloads: false };
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      renderApp({ host, displayLanguage: 'zh-CN', sourceName: '枣庄批复表.xlsx' });
      await runCheck();
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: '导出报告' }));
      });
      const menuItem = await screen.findByRole('menuitem', { name: '导出 CSV（表格）' });
      await act(async () => {
        fireEvent.click(menuItem);
      });
      expect(downloads.names).toEqual([]);
      const box = screen.getByTestId('copy-export');
      expect(box.textContent).toContain('枣庄批复表-findings.csv');
      const area = within(box).getByRole('textbox') as HTMLTextAreaElement;
      const expected = checkGrids([seed000Grid()], { lang: 'zh-CN' });
      // Tab-separated: pasted into a workbook, each field lands in its own column.
      const lines = area.value.trim().split('\n');
      expect(lines[0]).toBe('严重程度\t规则\t工作表\t单元格\t项目\t说明');
      expect(lines).toHaveLength(expected.findings.length + 1);
      expect(lines.slice(1).map((l) => l.split('\t')[3])).toEqual(expected.findings.map((f) => f.cell));
      await act(async () => {
        fireEvent.click(within(box).getByRole('button', { name: '复制' }));
      });
      await waitFor(() => expect(within(box).getByRole('status').textContent).toBe('已复制到剪贴板。'));
      expect(written).toEqual([area.value]);
      await act(async () => {
        fireEvent.click(within(box).getByRole('button', { name: '关闭' }));
      });
      expect(screen.queryByTestId('copy-export')).toBeNull();
    } finally {
      delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    }
  });

  test('copy fallback: a refused clipboard selects the text for ⌘C / Ctrl+C', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error('NotAllowedError')) },
    });
    try {
      const area = document.createElement('textarea');
      area.value = 'a,b';
      document.body.appendChild(area);
      const execCommand = jest.fn(() => false);
      const ok = await copyText('a,b', area, { execCommand } as unknown as Document);
      expect([ok, execCommand.mock.calls]).toEqual([false, [['copy']]]);
      expect([area.selectionStart, area.selectionEnd]).toEqual([0, 3]);
      area.remove();
    } finally {
      delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    }
  });
});
