/** @jest-environment jsdom */
// Issue 17's rough edges in the pane and the standalone page's pane: rule switches titled in Chinese first, the
// satisfaction floor's hint, what "automatic language" means where the pane runs, no 宿主/Office on the page, English
// plural forms, and the no-host message's link to the standalone page.

import { act, fireEvent, screen } from '@testing-library/react';
import { allRules } from '../../src/core/rules/index';
import { ruleTitle } from '../../src/core/rules/titles';
import { langFromDisplayLanguage, STRINGS, t } from '../../src/app/i18n';
import { MockHost, seed000Grid } from './fixtures';
import { ready, renderApp } from './render';

async function openSettings(name = '设置'): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('tab', { name }));
  });
}

function wpsHost(): MockHost {
  const host = new MockHost([seed000Grid()]);
  (host as unknown as { kind: string }).kind = 'wps';
  return host;
}

describe('settings panel', () => {
  test('each rule switch shows its Chinese title first and its id beside it, for every rule', async () => {
    renderApp({ host: new MockHost([seed000Grid()]), displayLanguage: 'zh-CN' });
    await ready();
    await openSettings();
    for (const r of allRules()) {
      const toggle = screen.getByRole('switch', { name: `${ruleTitle(r.meta.id, 'zh-CN')} ${r.meta.id}` });
      expect(toggle).toBeTruthy();
    }
  });

  test('the satisfaction floor says what its 80 is; the language choice names Office in Excel and no host word', async () => {
    renderApp({ host: new MockHost([seed000Grid()]), displayLanguage: 'zh-CN' });
    await ready();
    await openSettings();
    expect(screen.getByText(t('zh-CN', 'settingsFloorHint', { value: 80 }))).toBeTruthy();
    expect(screen.queryByText('80')).toBeNull();
    expect(screen.getByRole('option', { name: '跟随 Office' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('宿主');
  });

  test('in WPS the automatic language is Chinese, said as such', async () => {
    renderApp({ host: wpsHost(), displayLanguage: 'zh-CN' });
    await ready();
    await openSettings();
    expect(screen.getByRole('option', { name: '默认（中文）' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: '跟随 Office' })).toBeNull();
  });

  test('the standalone page speaks of the page and the file: no Office, no 宿主, no 诊断 tab', async () => {
    const host = new MockHost([seed000Grid()], { comments: false, notes: true, merges: true, settings: false });
    renderApp({ host, displayLanguage: 'zh-CN', surface: 'page' });
    await ready();
    expect(screen.queryByRole('tab', { name: '诊断' })).toBeNull();
    await openSettings();
    expect(screen.getByRole('option', { name: '跟随浏览器' })).toBeTruthy();
    expect(screen.getByText(t('zh-CN', 'settingsNotesOnlyPage'))).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Office|宿主/);
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '列映射' }));
    });
    expect(screen.getByText(t('zh-CN', 'mappingIntroPage'))).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Office|宿主/);
  });
});

describe('English plural forms', () => {
  test('one of a thing is singular, other counts plural', () => {
    expect(t('en-US', 'summary', { tables: 1, indicators: 1, errors: 1, warnings: 1, infos: 1 })).toBe(
      '1 table, 1 indicator: 1 error, 1 warning, 1 info',
    );
    expect(t('en-US', 'summary', { tables: 2, indicators: 0, errors: 3, warnings: 0, infos: 0 })).toBe(
      '2 tables, 0 indicators: 3 errors, 0 warnings, 0 info',
    );
    expect(t('en-US', 'tableCounts', { errors: 1, warnings: 2, infos: 0 })).toBe('1 error / 2 warnings / 0 info');
    expect(t('en-US', 'annotated', { count: 1 })).toBe('Annotations written to 1 cell.');
    expect(t('en-US', 'cleared', { count: 2 })).toContain('from 2 cells;');
    expect(t('en-US', 'opened', { name: 'a.xlsx', sheets: 1 })).toBe('Opened a.xlsx (1 sheet).');
  });

  test('no English string puts a bare plural noun after a count', () => {
    const bare = /\{\w+\} (errors|warnings|cells|tables|indicators|rules|sheets|corrections|findings|items)\b/;
    const offenders = Object.entries(STRINGS['en-US']).filter(([, text]) => bare.test(text));
    expect(offenders).toEqual([]);
  });
});

describe('outside Office', () => {
  test('the no-host message links to the standalone page beside the pane', async () => {
    // The entry renders the message when neither Office nor an injected host is there.
    document.body.innerHTML = '<div id="container"></div>';
    await act(async () => {
      jest.isolateModules(() => {
        require('../../src/taskpane/index');
      });
      await new Promise((r) => setTimeout(r, 50));
    });
    // No Office: the browser's language (jsdom's is en-US).
    const lang = langFromDisplayLanguage(navigator.language);
    const link = document.querySelector('a[href="standalone.html"]');
    expect(link?.textContent).toBe(t(lang, 'noHostLink'));
    expect(document.querySelector('[data-code="no-host"]')?.textContent).toContain(t(lang, 'noHost'));
  });
});
