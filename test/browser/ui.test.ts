// Issue 17's UI in Chromium: the pane at 380 px (and the mapping panel at 320 px) and the standalone page at 1280 px
// in zh-CN and en-US — screenshots under test/artifacts/, nothing wider than its box, rule titles in Chinese first,
// the note text of a finding in the preview, the page speaking of the page and not of Office, an axe-core scan with no
// serious or critical violation, and the WPS package's pane linking to its own standalone page.

import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { formatLine } from '../../src/core/annotate/comments';
import { checkGrids } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import type { Lang } from '../../src/core/model';
import { ruleTitle } from '../../src/core/rules/titles';
import { readWorkbook } from '../../src/hosts/file/read';
import { t } from '../../src/app/i18n';
import { wpsPackage } from '../build-cache';
import { seed000Grid } from '../taskpane/fixtures';
import {
  artifact,
  chromiumAvailable,
  ensureBuilt,
  guardNetwork,
  launch,
  ROOT,
  serve,
  type Launched,
  type StaticServer,
} from './helpers';

const SAMPLE_PATH = path.join(ROOT, 'samples', 'zaozhuang-2021-project-approval.xlsx');
const LANGS: Lang[] = ['zh-CN', 'en-US'];
const run = chromiumAvailable() ? describe : describe.skip;

/** axe-core's script, or null (and said) when the package is not installed; in CI it must be. */
function axeSource(): string | null {
  try {
    return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    const text = 'axe-core is not installed (npm i -D axe-core): the accessibility scan is skipped';
    if (process.env.CI) throw new Error(`${text}; it must run in CI`);
    console.warn(`\n⚠⚠⚠ ${text} ⚠⚠⚠\n`);
    return null;
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/**
 * Runs axe-core in the page (through the DevTools protocol, which the page's CSP does not govern) and returns the
 * serious and critical violations, each with the elements it names; [] when axe-core is not installed.
 */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  const source = axeSource();
  if (!source) return [];
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe;
    // Fluent UI's focus manager (tabster) puts <i tabindex="0" aria-hidden="true" data-tabster-dummy> focus guards at
    // the edges of menus and panels: they hand focus on and are never read out; axe flags them as aria-hidden-focus.
    return axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
  });
  const violations = result.violations as AxeViolation[];
  writeFileSync(artifact(`axe-${name}.json`), JSON.stringify(violations, null, 2));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** Form controls, labels and legends of the visible tab panel that stick out of it, and whether the page scrolls sideways. */
async function overflow(page: Page): Promise<{ outside: string[]; pageScrolls: boolean }> {
  return page.evaluate(() => {
    const panel = document.querySelector('[role="tabpanel"]') as HTMLElement;
    const box = panel.getBoundingClientRect();
    const outside: string[] = [];
    for (const el of Array.from(panel.querySelectorAll('input, select, button, label, legend, fieldset'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
        outside.push(el.outerHTML.slice(0, 100));
    }
    return { outside, pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth };
  });
}

/** The pane over a mock host holding `grid`, Office stubbed to say Excel in `lang`. */
async function openPane(
  server: StaticServer,
  lang: Lang,
  width: number,
  grid: Grid,
): Promise<{ browser: Launched; page: Page }> {
  const browser = await launch({ locale: lang, viewport: { width, height: 900 } });
  await guardNetwork(browser.context);
  const page = await browser.context.newPage();
  await page.route('**/office-js/office.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office stub installed by the test */' }),
  );
  await page.addInitScript(
    (args: { grids: unknown[]; lang: string }) => {
      const w = window as unknown as Record<string, unknown>;
      const settings = new Map<string, string>();
      w.__indicatorCheckerHost = {
        kind: 'excel',
        capabilities: async () => ({ comments: true, notes: true, merges: true, settings: true }),
        read: async () => ({ grids: args.grids, messages: [] }),
        annotate: async () => ({ written: [], messages: [] }),
        clear: async () => ({ written: [], messages: [] }),
        select: async () => undefined,
        loadSetting: async (key: string) => (settings.has(key) ? JSON.parse(settings.get(key) as string) : null),
        saveSetting: async (key: string, value: unknown) => void settings.set(key, JSON.stringify(value)),
      };
      w.Office = {
        HostType: { Excel: 'Excel' },
        context: { displayLanguage: args.lang },
        onReady(cb?: (info: { host: string; platform: string }) => void) {
          const info = { host: 'Excel', platform: 'PC' };
          return Promise.resolve().then(() => {
            cb?.(info);
            return info;
          });
        },
      };
    },
    { grids: [grid], lang },
  );
  await page.goto(`${server.origin}/taskpane.html`);
  const check = t(lang, 'check');
  await page.waitForFunction(
    (label) => !Array.from(document.querySelectorAll('button')).find((b) => b.textContent === label)?.disabled,
    check,
  );
  return { browser, page };
}

run('issue 17 UI in Chromium', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serve(ensureBuilt());
  }, 600_000);

  afterAll(async () => {
    await server?.close();
  });

  for (const lang of LANGS) {
    test(`pane at 380 px, ${lang}: findings, mapping and settings fit; rules titled in Chinese first; axe`, async () => {
      const grid = seed000Grid();
      const expected = checkGrids([grid], { lang });
      const { browser, page } = await openPane(server, lang, 380, grid);
      try {
        await page.getByRole('button', { name: t(lang, 'check'), exact: true }).click();
        await page.getByTestId('summary').waitFor();
        expect(await page.locator('button[data-finding-cell]').count()).toBe(expected.findings.length);
        await page.screenshot({ path: artifact(`pane-380-${lang}.png`), fullPage: true });
        const violations = await seriousViolations(page, `pane-${lang}-findings`);

        await page.getByRole('tab', { name: t(lang, 'tabMapping') }).click();
        await page.locator('input[data-role="value"]').waitFor();
        expect(await overflow(page)).toEqual({ outside: [], pageScrolls: false });
        await page.screenshot({ path: artifact(`pane-380-${lang}-mapping.png`), fullPage: true });
        violations.push(...(await seriousViolations(page, `pane-${lang}-mapping`)));

        await page.getByRole('tab', { name: t(lang, 'tabSettings') }).click();
        const toggle = page.getByRole('switch', { name: `${ruleTitle('timeliness-vague', lang)} timeliness-vague` });
        await toggle.waitFor();
        expect(await overflow(page)).toEqual({ outside: [], pageScrolls: false });
        // The floor's default is said in words, not a bare number under the box.
        expect(await page.getByText(t(lang, 'settingsFloorHint', { value: 80 })).count()).toBe(1);
        await page.screenshot({ path: artifact(`pane-380-${lang}-settings.png`), fullPage: true });
        violations.push(...(await seriousViolations(page, `pane-${lang}-settings`)));
        expect(violations).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 240_000);
  }

  test('the mapping panel of a self-evaluation table fits a 320 px pane', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'samples', 'zhongjiang-2022-self-evaluation.xlsx')));
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error(read.error.message);
    const { browser, page } = await openPane(server, 'zh-CN', 320, read.grids[0]);
    try {
      await page.getByRole('button', { name: '审核', exact: true }).click();
      await page.getByTestId('summary').waitFor();
      await page.getByRole('tab', { name: '列映射' }).click();
      await page.locator('input[data-role="deviation"]').waitFor();
      expect(await overflow(page)).toEqual({ outside: [], pageScrolls: false });
      await page.screenshot({ path: artifact('pane-320-zh-CN-mapping.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 240_000);

  for (const lang of LANGS) {
    test(`standalone page at 1280 px, ${lang}: a finding's note text in the preview, no Office or 宿主; axe`, async () => {
      const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
      const read = await readWorkbook(bytes);
      if (!read.ok) throw new Error(read.error.message);
      const expected = checkGrids(read.grids, { lang });
      const browser = await launch({ locale: lang, viewport: { width: 1280, height: 900 } });
      try {
        await guardNetwork(browser.context);
        const page = await browser.context.newPage();
        await page.goto(`${server.origin}/standalone.html`);
        await page.getByRole('heading', { name: t(lang, 'standaloneTitle') }).waitFor();
        const before = await seriousViolations(page, `standalone-${lang}-empty`);

        await page.setInputFiles('#workbook-file', SAMPLE_PATH);
        await page.getByTestId('summary').waitFor({ timeout: 60_000 });
        const target = expected.findings[0];
        const lines = expected.findings
          .filter((f) => f.sheet === target.sheet && f.cell === target.cell)
          .map((f) => formatLine(f));
        await page.locator(`button[data-finding-cell="${target.sheet}!${target.cell}"]`).first().click();
        await page.getByTestId('preview-note-line').first().waitFor();
        expect((await page.getByTestId('preview-note-line').allTextContents()).sort()).toEqual([...lines].sort());
        // Hovering the cell shows the same text.
        const title = await page.locator(`td[data-cell="${target.cell}"]`).getAttribute('title');
        expect(title?.split('\n').sort()).toEqual([...lines].sort());
        await page.screenshot({ path: artifact(`standalone-1280-${lang}.png`), fullPage: true });

        // The page's own words (not the workbook's cells): no Office, no 宿主, no self-test of a host.
        const words = await page.evaluate(() => {
          const clone = document.body.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('table').forEach((x) => x.remove());
          return clone.innerText;
        });
        expect(words).not.toMatch(/Office|宿主/);
        expect(await page.getByRole('tab', { name: t(lang, 'tabDiagnostics') }).count()).toBe(0);
        await page.getByRole('tab', { name: t(lang, 'tabSettings') }).click();
        expect(await page.getByRole('option', { name: t(lang, 'settingsLanguageAutoPage') }).count()).toBe(1);
        const settingsWords = await page.locator('[role="tabpanel"]').innerText();
        expect(settingsWords).not.toMatch(/Office|宿主/);

        const after = await seriousViolations(page, `standalone-${lang}-checked`);
        expect([...before, ...after]).toEqual([]);
      } finally {
        await browser.close();
      }
    }, 240_000);
  }

  test('the WPS package: its pane opened outside WPS links to the standalone page inside the package, which works', async () => {
    const wps = await serve((await wpsPackage()).outDir);
    const browser = await launch({ locale: 'zh-CN', viewport: { width: 380, height: 900 } });
    try {
      const net = await guardNetwork(browser.context);
      const page = await browser.context.newPage();
      await page.goto(`${wps.origin}/taskpane.html`);
      const link = page.getByRole('link', { name: t('zh-CN', 'noHostLink') });
      await link.waitFor();
      await link.click();
      await page.getByRole('heading', { name: t('zh-CN', 'standaloneTitle') }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/standalone.html');
      await page.setInputFiles('#workbook-file', SAMPLE_PATH);
      await page.getByTestId('summary').waitFor({ timeout: 60_000 });
      expect(net.offsite).toEqual([]);
    } finally {
      await browser.close();
      await wps.close();
    }
  }, 600_000);
});
