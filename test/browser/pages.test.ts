// Browser tests: the standalone page and the task pane, built by webpack, in Debian's Chromium, with no network.

import { readFileSync } from 'fs';
import { compareSeverity, reviewGroups, splitGroup } from '../../src/core/order';
import path from 'path';
import { buildSync } from 'esbuild';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { formatLine } from '../../src/core/annotate/comments';
import { FILLS, LINE_PREFIX } from '../../src/core/annotate/types';
import { checkGrids, type CheckResult } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import type { Finding, Lang, Severity } from '../../src/core/model';
import { readWorkbook } from '../../src/hosts/file/read';
import { t } from '../../src/app/i18n';
import { macroWorkbook } from '../cli/helpers';
import { seed000Grid } from '../taskpane/fixtures';
import {
  artifact,
  chromiumAvailable,
  ensureBuilt,
  guardNetwork,
  launch,
  ROOT,
  serve,
  watchPage,
  type Launched,
  type StaticServer,
} from './helpers';

const SAMPLE = 'zaozhuang-2021-project-approval.xlsx';
const SAMPLE_PATH = path.join(ROOT, 'samples', SAMPLE);

const run = chromiumAvailable() ? describe : describe.skip;

function summaryText(lang: Lang, result: CheckResult): string {
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  return t(lang, 'summary', {
    tables: result.tables.length,
    indicators: result.tables.reduce((n, x) => n + x.indicators.length, 0),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  });
}

function expectLocalOnly(origin: string, net: { offsite: string[]; requests: string[] }): void {
  expect(net.offsite).toEqual([]);
  expect(net.requests.length).toBeGreaterThan(0);
  for (const url of net.requests)
    expect([url, /^(blob:|data:)/.test(url) || url.startsWith(`${origin}/`)]).toEqual([url, true]);
}

function argb(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const c = fill.fgColor?.argb;
  return c ? `#${c.slice(-6).toUpperCase()}` : null;
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | { texts?: Array<{ text: string }> } | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((x) => x.text).join('');
}

run('web pages in Chromium', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serve(ensureBuilt());
  }, 600_000);

  afterAll(async () => {
    await server?.close();
  });

  describe('standalone page', () => {
    let browser: Launched;
    beforeEach(async () => {
      browser = await launch({ locale: 'zh-CN' });
    });
    afterEach(async () => {
      await browser.close();
    });

    test('opens a sample workbook, lists the findings, selects one, and downloads the annotated copy', async () => {
      const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
      const read = await readWorkbook(bytes);
      if (!read.ok) throw new Error(read.error.message);
      const expected = checkGrids(read.grids, { lang: 'zh-CN' });
      expect(expected.findings.length).toBeGreaterThan(1);

      const net = await guardNetwork(browser.context);
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${server.origin}/standalone.html`);
      await page.getByRole('heading', { name: t('zh-CN', 'standaloneTitle') }).waitFor();

      await page.setInputFiles('#workbook-file', SAMPLE_PATH);
      const summary = page.getByTestId('summary');
      await summary.waitFor({ timeout: 60_000 });
      expect(await summary.textContent()).toBe(summaryText('zh-CN', expected));

      // Each rule's group lists its first findings and names the other cells (core/order.ts).
      const visible = reviewGroups(expected.findings).flatMap((g) => splitGroup(g).first);
      const rows = page.locator('button[data-finding-cell]');
      expect(await rows.count()).toBe(visible.length);
      const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-cell')));
      expect([...shown].sort()).toEqual(visible.map((f) => `${f.sheet}!${f.cell}`).sort());
      for (const severity of ['error', 'warning', 'info'] as const) {
        const n = expected.findings.filter((f) => f.severity === severity).length;
        const heading = page.locator(`section[data-severity="${severity}"] h3`);
        if (n === 0) expect(await heading.count()).toBe(0);
        else
          expect(await heading.textContent()).toBe(
            t('zh-CN', 'severityGroup', { severity: t('zh-CN', `severity_${severity}`), count: n }),
          );
      }
      await page.screenshot({ path: artifact('standalone-zh-CN.png'), fullPage: true });

      // Click: the preview shows the finding's sheet with its cell marked.
      const first = expected.findings[0];
      await page.locator(`button[data-finding-cell="${first.sheet}!${first.cell}"]`).first().click();
      await page
        .getByTestId('preview-selection')
        .filter({ hasText: `${first.sheet}!${first.cell}` })
        .waitFor();
      expect(await page.locator(`td[data-cell="${first.cell}"][aria-current="true"]`).count()).toBe(1);

      // Keyboard: Tab focus and Enter select another finding.
      const other = expected.findings.find((f) => f.sheet !== first.sheet || f.cell !== first.cell) as Finding;
      await page.locator(`button[data-finding-cell="${other.sheet}!${other.cell}"]`).first().focus();
      await page.keyboard.press('Enter');
      await page
        .getByTestId('preview-selection')
        .filter({ hasText: `${other.sheet}!${other.cell}` })
        .waitFor();
      expect(await page.locator(`td[data-cell="${other.cell}"][aria-current="true"]`).count()).toBe(1);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t('zh-CN', 'downloadAnnotated') }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`zaozhuang-2021-project-approval${t('zh-CN', 'annotatedSuffix')}.xlsx`);
      const annotatedPath = await download.path();
      const annotated = new ExcelJS.Workbook();
      await annotated.xlsx.load(readFileSync(annotatedPath) as unknown as ArrayBuffer);
      const original = new ExcelJS.Workbook();
      await original.xlsx.load(bytes as unknown as ArrayBuffer);

      const byCell = new Map<string, Finding[]>();
      for (const f of expected.findings)
        byCell.set(`${f.sheet}!${f.cell}`, [...(byCell.get(`${f.sheet}!${f.cell}`) ?? []), f]);
      for (const [ref, list] of byCell) {
        const { sheet, cell } = list[0];
        const worst = [...list].sort(compareSeverity)[0].severity;
        const c = annotated.getWorksheet(sheet)!.getCell(cell);
        expect([ref, argb(c)]).toEqual([ref, FILLS[worst]]);
        const lines = noteText(c)
          .split(/\r?\n/)
          .filter((l) => l.startsWith(LINE_PREFIX));
        expect([ref, lines.sort()]).toEqual([ref, list.map((f) => formatLine(f)).sort()]);
        expect(c.value).toEqual(original.getWorksheet(sheet)!.getCell(cell).value);
      }
      // The preview shows the fills just written.
      expect(await page.locator(`td[data-cell="${other.cell}"][data-fill]`).count()).toBe(1);

      expect(problems).toEqual([]);
      expectLocalOnly(server.origin, net);
    }, 180_000);

    test('a workbook dropped on the page is opened and checked like a chosen one', async () => {
      const bytes = readFileSync(SAMPLE_PATH);
      const read = await readWorkbook(new Uint8Array(bytes));
      if (!read.ok) throw new Error(read.error.message);
      const expected = checkGrids(read.grids, { lang: 'zh-CN' });
      const net = await guardNetwork(browser.context);
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${server.origin}/standalone.html`);
      const drop = await page.evaluateHandle(
        ({ name, data }) => {
          const dt = new DataTransfer();
          dt.items.add(
            new File([new Uint8Array(data)], name, {
              type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            }),
          );
          return dt;
        },
        { name: SAMPLE, data: [...bytes] },
      );
      const zone = page.getByRole('group', { name: t('zh-CN', 'dropZoneLabel') });
      await zone.dispatchEvent('dragover', { dataTransfer: drop });
      await zone.dispatchEvent('drop', { dataTransfer: drop });
      await page.getByTestId('summary').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('summary').textContent()).toBe(summaryText('zh-CN', expected));
      expect(problems).toEqual([]);
      expectLocalOnly(server.origin, net);
    }, 120_000);

    test('the copy of an .xlsm is an .xlsm that keeps its macros, and no feature is reported dropped', async () => {
      const bytes = await macroWorkbook();
      const net = await guardNetwork(browser.context);
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${server.origin}/standalone.html`);
      await page.setInputFiles('#workbook-file', {
        name: '项目支出绩效目标表.xlsm',
        mimeType: 'application/vnd.ms-excel.sheet.macroEnabled.12',
        buffer: bytes,
      });
      await page.getByTestId('summary').waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t('zh-CN', 'downloadAnnotated') }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`项目支出绩效目标表${t('zh-CN', 'annotatedSuffix')}.xlsm`);
      expect(await page.locator('[data-code="features-dropped"]').count()).toBe(0);
      const copyBytes = readFileSync(await download.path());
      // The macro project is in the copy, byte for byte (stored names are compared through the zip directory).
      expect(copyBytes.includes(Buffer.from('xl/vbaProject.bin'))).toBe(true);
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load(copyBytes as unknown as ArrayBuffer);
      expect(copy.getWorksheet('Sheet1')).toBeDefined();
      expect(problems).toEqual([]);
      expectLocalOnly(server.origin, net);
    }, 120_000);

    test('a workbook where no table is read: not checked with the reason, mapped by hand at the seen header, then read', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('目标表');
      ws.addRow(['培训项目绩效目标表']);
      ws.addRow(['一级指标', '二级指标', '三级指标', '新罗区']);
      ws.addRow(['产出指标', '数量指标', '培训人数', '按全区实际参训人员情况据实统计后确定']);
      ws.addRow([null, '质量指标', '培训合格率', '经考核合格的学员占全部参训学员的比例']);
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      const net = await guardNetwork(browser.context);
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${server.origin}/standalone.html`);
      await page.setInputFiles('#workbook-file', {
        name: '培训.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: bytes,
      });
      const summary = page.getByTestId('summary');
      await summary.waitFor();
      expect(await summary.textContent()).toBe(t('zh-CN', 'notCheckedNoTable'));
      expect(await page.getByTestId('not-read').textContent()).toContain('但没有找到指标值列');
      // No copy that would look reviewed.
      expect(await page.getByRole('button', { name: t('zh-CN', 'downloadAnnotated') }).isDisabled()).toBe(true);
      await page.getByTestId('map-by-hand').click();
      expect(await page.getByLabel(t('zh-CN', 'mappingNewRow')).inputValue()).toBe('2');
      await page.getByRole('button', { name: t('zh-CN', 'mappingAdd') }).click();
      await page.getByText(t('zh-CN', 'mappingSaved')).waitFor();
      await page.getByRole('button', { name: t('zh-CN', 'check'), exact: true }).click();
      await page.waitForFunction(() =>
        /^1 张指标表/.test(document.querySelector('[data-testid="summary"]')?.textContent ?? ''),
      );
      expect(problems).toEqual([]);
      expectLocalOnly(server.origin, net);
    }, 120_000);

    test('a file that is not a workbook is refused with a message; nothing else happens', async () => {
      const net = await guardNetwork(browser.context);
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${server.origin}/standalone.html`);
      await page.setInputFiles('#workbook-file', {
        name: '绩效目标.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from('项目支出绩效目标批复表'),
      });
      const bar = page.locator('[data-code="not-a-workbook"]');
      await bar.waitFor();
      expect(await bar.textContent()).toContain('无法打开 绩效目标.xlsx');
      expect(await page.getByTestId('summary').count()).toBe(0);
      expect(problems).toEqual([]);
      expectLocalOnly(server.origin, net);
    }, 120_000);
  });

  describe('task pane with an injected mock host', () => {
    const grid: Grid = seed000Grid();

    /** The mock Host and a stub Office, installed before any script of the page runs. */
    async function openPane(
      lang: Lang,
      sheet: Grid = grid,
    ): Promise<{ browser: Launched; page: Page; problems: string[]; net: { offsite: string[]; requests: string[] } }> {
      // A task pane is narrow: the width Excel gives it by default.
      const browser = await launch({ locale: lang, viewport: { width: 380, height: 900 } });
      const net = await guardNetwork(browser.context);
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      // office.js itself is replaced by nothing: the stub below is the Office global the pane sees.
      await page.route('**/office-js/office.js', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office stub installed by the test */' }),
      );
      await page.addInitScript(
        (args: { grids: unknown[]; lang: string }) => {
          type Rec = { method: string; args: unknown };
          const calls: Rec[] = [];
          const w = window as unknown as Record<string, unknown>;
          w.__hostCalls = calls;
          const settings = new Map<string, string>();
          let state: { cells: Array<{ sheet: string; cell: string }> } | null = null;
          const rec = (method: string, a: unknown[]): void => {
            calls.push({ method, args: JSON.parse(JSON.stringify(a)) });
          };
          w.__indicatorCheckerHost = {
            kind: 'excel',
            capabilities: async () => (
              rec('capabilities', []),
              { comments: true, notes: true, merges: true, settings: true }
            ),
            read: async (scope: string) => (rec('read', [scope]), { grids: args.grids, messages: [] }),
            annotate: async (findings: Array<{ sheet: string; cell: string }>, o?: { preferNotes?: boolean }) => {
              rec('annotate', [findings, { preferNotes: o?.preferNotes }]);
              const cells = [...new Map(findings.map((f) => [`${f.sheet}!${f.cell}`, f])).values()];
              state = cells.length > 0 ? { cells } : null;
              return { written: cells.map((e) => `${e.sheet}!${e.cell}`), messages: [] };
            },
            clear: async () => {
              rec('clear', []);
              const written = (state?.cells ?? []).map((c) => `${c.sheet}!${c.cell}`);
              state = null;
              return { written, messages: [] };
            },
            select: async (sheet: string, cell: string) => rec('select', [sheet, cell]),
            loadSetting: async (key: string) => (
              rec('loadSetting', [key]),
              settings.has(key) ? JSON.parse(settings.get(key) as string) : null
            ),
            saveSetting: async (key: string, value: unknown) => {
              rec('saveSetting', [key, value]);
              settings.set(key, JSON.stringify(value));
            },
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
        { grids: [sheet], lang },
      );
      await page.goto(`${server.origin}/taskpane.html`);
      return { browser, page, problems, net };
    }

    async function calls(page: Page): Promise<Array<{ method: string; args: unknown[] }>> {
      return page.evaluate(
        () => (window as unknown as { __hostCalls: Array<{ method: string; args: unknown[] }> }).__hostCalls,
      );
    }

    test('zh-CN: 审核 reads and lists the findings, a click selects, 写入标注 applies the plan, 清除标注 clears', async () => {
      const expected = checkGrids([grid], { lang: 'zh-CN' });
      const { browser, page, problems, net } = await openPane('zh-CN');
      try {
        const check = page.getByRole('button', { name: '审核', exact: true });
        await check.waitFor();
        await page.waitForFunction(
          () => !Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '审核')?.disabled,
        );
        await check.click();
        const summary = page.getByTestId('summary');
        await summary.waitFor();
        expect(await summary.textContent()).toBe(summaryText('zh-CN', expected));
        expect(await page.locator('button[data-finding-cell]').count()).toBe(expected.findings.length);
        await page.screenshot({ path: artifact('pane-zh-CN.png'), fullPage: true });

        const target = expected.findings[expected.findings.length - 1];
        await page.locator(`button[data-finding-cell="${target.sheet}!${target.cell}"]`).first().click();

        await page.getByRole('button', { name: '写入标注' }).click();
        await page.locator('[data-code="annotated"]').waitFor();
        await page.getByRole('button', { name: '清除标注' }).click();
        await page.locator('[data-code="cleared"]').waitFor();
        await page.screenshot({ path: artifact('pane-zh-CN-after-clear.png'), fullPage: true });

        const received = await calls(page);
        const actions = received.filter((c) => ['read', 'select', 'annotate', 'clear'].includes(c.method));
        expect(actions.map((c) => c.method)).toEqual(['read', 'select', 'annotate', 'clear']);
        expect(actions[0].args).toEqual(['active']);
        expect(actions[1].args).toEqual([target.sheet, target.cell]);
        // The host gets the findings and plans them itself (core/annotate/port.ts).
        expect(actions[2].args).toEqual([JSON.parse(JSON.stringify(expected.findings)), { preferNotes: false }]);
        expect(await page.locator('[data-code="cleared"]').textContent()).toContain(
          t('zh-CN', 'cleared', { count: new Set(expected.findings.map((f) => f.cell)).size }),
        );
        expect(problems).toEqual([]);
        expectLocalOnly(server.origin, net);
      } finally {
        await browser.close();
      }
    }, 180_000);

    test('cell text that looks like markup is shown as text: no element is made, no handler runs', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const rows = grid.cells.map((r) => [...r]);
      rows[17][3] = hostile;
      const { browser, page, problems, net } = await openPane('zh-CN', { ...grid, cells: rows });
      try {
        const check = page.getByRole('button', { name: '审核', exact: true });
        await page.waitForFunction(
          () => !Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '审核')?.disabled,
        );
        await check.click();
        await page.getByTestId('summary').waitFor();
        expect(await page.locator('button[data-finding-cell]', { hasText: hostile }).count()).toBeGreaterThan(0);
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(problems).toEqual([]);
        expectLocalOnly(server.origin, net);
      } finally {
        await browser.close();
      }
    }, 180_000);

    test('en-US follows Office’s display language', async () => {
      const expected = checkGrids([grid], { lang: 'en-US' });
      const { browser, page, problems, net } = await openPane('en-US');
      try {
        const check = page.getByRole('button', { name: 'Check', exact: true });
        await check.waitFor();
        await page.waitForFunction(
          () => !Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Check')?.disabled,
        );
        await check.click();
        await page.getByTestId('summary').waitFor();
        expect(await page.getByTestId('summary').textContent()).toBe(summaryText('en-US', expected));
        for (const f of expected.findings) {
          expect(
            await page
              .locator(`button[data-finding-cell="${f.sheet}!${f.cell}"][data-rule="${f.ruleId}"]`, {
                hasText: f.message,
              })
              .count(),
          ).toBe(1);
        }
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
        await page.screenshot({ path: artifact('pane-en-US.png'), fullPage: true });
        expect(problems).toEqual([]);
        expectLocalOnly(server.origin, net);
      } finally {
        await browser.close();
      }
    }, 180_000);

    test('诊断: the self-test runs the Excel host over the fake Excel in the page, shows and copies the report, and leaves the workbook as it was', async () => {
      // The fake Excel (test/hosts/excel/fake-excel.ts) bundled for the page; the pane is given no host, so it makes
      // the real Excel host over the page's Excel.run and Office.context, as in Excel.
      const fake = buildSync({
        stdin: { contents: "export * from './test/hosts/excel/fake-excel';", resolveDir: ROOT, loader: 'ts' },
        bundle: true,
        format: 'iife',
        globalName: 'FakeExcel',
        platform: 'browser',
        write: false,
      }).outputFiles[0].text;
      const browser = await launch({ locale: 'zh-CN', viewport: { width: 380, height: 900 } });
      const net = await guardNetwork(browser.context);
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      try {
        await page.route('**/office-js/office.js', (route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/javascript',
            body: '/* Office stub installed by the test */',
          }),
        );
        // The fake measures payloads with Node's Buffer; the page has TextEncoder.
        await page.addInitScript({
          content: `window.Buffer = { byteLength: (s) => new TextEncoder().encode(s).length };\n${fake}\nwindow.FakeExcel = FakeExcel;`,
        });
        await page.addInitScript(() => {
          type Doc = {
            addSheet(name: string): { set(ref: string, v: string | number): void; fills: Map<string, unknown> };
            settings(): unknown;
            isSetSupported: (n: string, v?: string) => boolean;
            context(o: unknown): unknown;
            savedSettings: Record<string, string>;
            sheets: Array<{
              name: string;
              cells: Map<string, unknown>;
              fills: Map<string, unknown>;
              threads: unknown[];
              notes: Map<string, unknown>;
            }>;
          };
          const w = window as unknown as Record<string, unknown>;
          const { FakeWorkbookDoc } = w.FakeExcel as { FakeWorkbookDoc: new (api: string) => Doc };
          const doc = new FakeWorkbookDoc('1.18');
          const sheet = doc.addSheet('批复表');
          sheet.set('A1', '一级指标');
          sheet.set('E13', 1500);
          sheet.fills.set('13,5', { color: '#FFFF00', tintAndShade: 0, pattern: 'Solid' });
          doc.savedSettings['indicatorChecker.setting.config'] = JSON.stringify({ profile: 'project-2021' });
          w.__fakeDoc = doc;
          w.__workbook = () =>
            JSON.stringify({
              sheets: doc.sheets.map((s) => ({
                name: s.name,
                cells: [...s.cells],
                fills: [...s.fills],
                threads: s.threads,
                notes: [...s.notes],
              })),
              settings: doc.savedSettings,
            });
          w.Excel = {
            run: (options: unknown, batch: (context: unknown) => Promise<unknown>) => batch(doc.context(options)),
          };
          w.Office = {
            HostType: { Excel: 'Excel' },
            context: {
              displayLanguage: 'zh-CN',
              diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: '16.0.18025.41000' },
              requirements: { isSetSupported: doc.isSetSupported },
              document: { settings: doc.settings() },
            },
            onReady(cb?: (info: { host: string; platform: string }) => void) {
              const info = { host: 'Excel', platform: 'OfficeOnline' };
              return Promise.resolve().then(() => {
                cb?.(info);
                return info;
              });
            },
          };
        });
        await page.goto(`${server.origin}/taskpane.html`);
        const workbook = () => page.evaluate(() => (window as unknown as { __workbook: () => string }).__workbook());
        await page.waitForFunction(
          () => !Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '审核')?.disabled,
        );
        const before = await workbook();

        await page.getByRole('tab', { name: '诊断' }).click();
        await page.getByRole('button', { name: '运行自检' }).click();
        await page.locator('[data-code="selftest-done"]').waitFor();
        const report = await page.getByTestId('selftest-report').inputValue();
        await page.screenshot({ path: artifact('pane-zh-CN-selftest.png'), fullPage: true });

        expect(report.split('\n')[0]).toBe('指标审核自检报告 / Indicator Checker self-test report');
        const sections = [...report.matchAll(/^== \d+\. .+ — (\S+) \/ (\S+) \(\d+ ms\) \[([a-z.]+)\] ==$/gm)].map(
          (m) => [m[3], m[2]],
        );
        expect(sections).toEqual([
          ['pane.environment', 'OK'],
          ['excel.office', 'OK'],
          ['excel.capabilities', 'OK'],
          ['excel.settings', 'OK'],
          ['excel.requests', 'OK'],
          ['excel.annotate', 'OK'],
        ]);
        expect(report).toMatch(/^ {2}填充色: (每种颜色|每个单元格)一个请求/m);
        expect(report).toContain('  平台: OfficeOnline');
        expect(report).toContain(`  Office.js: ${server.origin}/office-js/office.js`);
        expect(report).toMatch(/^ {2}浏览器标识: .*Chrome\//m);
        expect(report).toContain('  批注已删除: 是');
        expect(report).toContain('  恢复填充色: 完全恢复');

        await page.getByRole('button', { name: '复制报告' }).click();
        await page.locator('[data-code="selftest-copied"]').waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);

        expect(await workbook()).toBe(before);
        expect(problems).toEqual([]);
        expectLocalOnly(server.origin, net);
      } finally {
        await browser.close();
      }
    }, 180_000);
  });
});
