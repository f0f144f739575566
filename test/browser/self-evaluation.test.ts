// Browser test (issue 13): the bundled self-evaluation sample (绩效自评表) opened in the standalone page shows what was
// read of it — the 总分 and 分值合计 as the form states them beside the sums recomputed from its rows, the findings
// that do that arithmetic, each indicator's actual value, weight and score in the sheet preview, and a JSON report
// carrying every self-evaluation field; the per-indicator view of the tables section (target, actual, weight, score,
// deviation reason, the money block) as read, its rows selecting their cells, with no serious axe violation, in the
// page and at a 360-px-wide window (a 328-px pane).

import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { checkGrids } from '../../src/core/check';
import type { Indicator, IndicatorTable, Lang, Report, Severity } from '../../src/core/model';
import { readWorkbook } from '../../src/hosts/file/read';
import { t } from '../../src/app/i18n';
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

const SAMPLE = 'zhongjiang-2022-self-evaluation.xlsx';
const SAMPLE_PATH = path.join(ROOT, 'samples', SAMPLE);
const LANG: Lang = 'zh-CN';

const run = chromiumAvailable() ? describe : describe.skip;

/** A sum of the points written, rounded to hundredths as a reviewer's calculator shows them; null when none. */
function sum(values: Array<number | null | undefined>): number | null {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  return numbers.length === 0 ? null : Math.round(numbers.reduce((a, b) => a + b, 0) * 100) / 100;
}

/** The weights and scores recomputed from the rows: every indicator's, and the execution rate's. */
function recomputed(table: IndicatorTable): { weights: number | null; scores: number | null } {
  const p = table.project;
  return {
    weights: sum([...table.indicators.map((i) => i.weight), p.executionWeight]),
    scores: sum([...table.indicators.map((i) => i.score), p.executionScore]),
  };
}

/** Serious and critical axe-core violations on the page (run through the DevTools protocol, past the page's CSP). */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe;
    // Fluent's focus guards (data-tabster-dummy) are never read out; see ui.test.ts.
    return (await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] })).violations;
  });
  writeFileSync(artifact(`axe-${name}.json`), JSON.stringify(violations, null, 2));
  return (violations as Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** What the per-indicator view shows of an indicator: the values as read, a dash for what is blank. */
function shownFields(i: Indicator): Record<string, string> {
  const dash = (text: string | null | undefined) => (text && text.trim() !== '' ? text.trim() : '—');
  const out: Record<string, string> = {
    name: i.name,
    target: dash(i.target.raw),
    actual: dash(i.actual?.raw),
    weight: dash(i.weight?.toString()),
    score: dash(i.score?.toString()),
  };
  if (i.deviation !== undefined) out.deviation = dash(i.deviation);
  return out;
}

/** The standalone page with the sample opened and checked: the page, its network record and its problems. */
async function openSample(
  browser: Launched,
  server: StaticServer,
): Promise<{ page: Page; net: { offsite: string[]; requests: string[] }; problems: string[] }> {
  const net = await guardNetwork(browser.context);
  const page = await browser.context.newPage();
  const problems = watchPage(page);
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByRole('heading', { name: t(LANG, 'standaloneTitle') }).waitFor();
  await page.setInputFiles('#workbook-file', SAMPLE_PATH);
  await page.getByTestId('summary').waitFor({ timeout: 60_000 });
  return { page, net, problems };
}

run('the self-evaluation sample in the standalone page', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await serve(ensureBuilt());
  }, 600_000);

  afterAll(async () => {
    await server?.close();
  });

  test('shows the stated total beside the recomputed one, the arithmetic findings, actual values and scores, and exports them', async () => {
    const read = await readWorkbook(new Uint8Array(readFileSync(SAMPLE_PATH)));
    if (!read.ok) throw new Error(read.error.message);
    const expected = checkGrids(read.grids, { lang: LANG });
    expect(expected.tables.map((x) => x.form)).toEqual(['self-evaluation']);
    const table = expected.tables[0] as IndicatorTable;
    const sums = recomputed(table);
    // The sample states 总分 100 and 分值 100 where its rows and the execution rate add up to 110: what the pane must
    // let a reviewer see at a glance.
    expect([table.project.totalScore, sums.scores, table.project.totalWeight, sums.weights]).toEqual([
      100, 110, 100, 110,
    ]);
    const scored = table.indicators.filter((i) => i.actual !== undefined && typeof i.score === 'number');
    expect(scored.length).toBeGreaterThanOrEqual(9);

    const browser = await launch({ locale: LANG, viewport: { width: 1280, height: 900 } });
    try {
      const { page, net, problems } = await openSample(browser, server);
      const summary = page.getByTestId('summary');
      const count = (s: Severity) => expected.findings.filter((f) => f.severity === s).length;
      expect(await summary.textContent()).toBe(
        t(LANG, 'summary', {
          tables: 1,
          indicators: table.indicators.length,
          errors: count('error'),
          warnings: count('warning'),
          infos: count('info'),
        }),
      );

      // The findings that do the self-evaluation's arithmetic, each at its cell with its message.
      for (const rule of ['weights-total', 'total-score-mismatch']) {
        const f = expected.findings.find((x) => x.ruleId === rule);
        expect([rule, f?.cell]).toEqual([
          rule,
          rule === 'weights-total' ? table.project.cells.totalWeight : table.project.cells.totalScore,
        ]);
        const row = page.locator(`button[data-finding-cell="${f?.sheet}!${f?.cell}"][data-rule="${rule}"]`);
        expect(await row.count()).toBe(1);
        expect(await row.textContent()).toContain(f?.message);
        // 分值合计为 110 分 / 得分合计 110: the message shows the recomputed sum.
        expect(f?.message).toContain('110');
      }

      // Each indicator's actual value, weight and score, in the preview of the sheet, at the cells they were read from.
      const cellText = async (ref: string | undefined) =>
        (await page.locator(`td[data-cell="${ref}"]`).first().textContent())?.trim();
      for (const i of scored) {
        expect([i.row, await cellText(i.cells.actual)]).toEqual([i.row, i.actual?.raw]);
        expect([i.row, await cellText(i.cells.weight)]).toEqual([i.row, String(i.weight)]);
        expect([i.row, await cellText(i.cells.score)]).toEqual([i.row, String(i.score)]);
      }
      await page.screenshot({ path: artifact('standalone-self-evaluation-zh-CN.png'), fullPage: true });

      // The tables section: 总分 and 分值合计 as stated, beside the sums recomputed from the rows.
      await page.getByRole('tab', { name: t(LANG, 'tabTables') }).click();
      const stated = (value: number | null | undefined, recomputedSum: number | null) =>
        t(LANG, 'tableStatedVsSum', { stated: value ?? '—', sum: recomputedSum ?? '—' });
      await page.getByTestId('total-score').waitFor();
      expect(await page.getByTestId('total-score').textContent()).toBe(stated(table.project.totalScore, sums.scores));
      expect(await page.getByTestId('total-weight').textContent()).toBe(
        stated(table.project.totalWeight, sums.weights),
      );
      expect(await page.getByTestId('total-score').textContent()).toBe('表中 100，复算 110');
      await page.screenshot({ path: artifact('standalone-self-evaluation-zh-CN-tables.png'), fullPage: true });

      // The JSON report the page exports carries the self-evaluation fields as the CLI's --json does.
      await page.getByRole('button', { name: t(LANG, 'exportReport') }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: t(LANG, 'exportJson') }).click(),
      ]);
      const report = JSON.parse(readFileSync(await download.path(), 'utf8')) as Report;
      const exported = report.files[0]?.tables[0] as IndicatorTable;
      expect(exported.form).toBe('self-evaluation');
      const pick = (x: IndicatorTable) => ({
        project: [
          x.project.executed,
          x.project.executionRate,
          x.project.executionWeight,
          x.project.executionScore,
          x.project.totalWeight,
          x.project.totalScore,
        ],
        indicators: x.indicators.map((i) => [
          i.row,
          i.target.raw,
          i.actual?.raw,
          i.weight,
          i.score,
          i.deviation,
          i.cells.actual,
          i.cells.score,
        ]),
      });
      expect(pick(exported)).toEqual(pick(table));
      expect(pick(exported).project).toEqual([20, 100, 10, 10, 100, 100]);

      expect(problems).toEqual([]);
      expect(net.offsite).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 300_000);

  test('the tables section opens each indicator as read — target, actual, weight, score, reason — and the money block', async () => {
    const read = await readWorkbook(new Uint8Array(readFileSync(SAMPLE_PATH)));
    if (!read.ok) throw new Error(read.error.message);
    const table = checkGrids(read.grids, { lang: LANG }).tables[0] as IndicatorTable;
    const browser = await launch({ locale: LANG, viewport: { width: 1280, height: 900 } });
    try {
      const { page, net, problems } = await openSample(browser, server);
      await page.getByRole('tab', { name: t(LANG, 'tabTables') }).click();
      await page.getByRole('button', { name: '指标明细（10）' }).click();
      await page.getByTestId('self-eval-details').waitFor();

      // The money block as the form states it: 全年预算数 20 万元, all spent, 执行率 100%, 分值 10, 得分 10.
      expect(await page.getByTestId('self-eval-money').textContent()).toBe(
        '资金预算 20 万元 · 执行 20 万元 · 执行率 100% · 分值 10 · 得分 10',
      );
      const fields = (row: number) =>
        page.locator(`button[data-indicator-row="${row}"]`).evaluate((b) => {
          const marked = Array.from(b.querySelectorAll('[data-field]'));
          return Object.fromEntries(marked.map((el) => [el.getAttribute('data-field'), el.textContent]));
        });
      // Rows of the sample, as a reviewer reads them on the form; it writes no deviation reason, so each shows a dash.
      expect(await fields(12)).toEqual({
        name: '安装坡面水标尺',
        target: '≥266米',
        actual: '≥266米',
        weight: '10',
        score: '10',
        deviation: '—',
      });
      expect(await fields(14)).toEqual({
        name: '项目(工程)验收合格率',
        target: '100%',
        actual: '100%',
        weight: '20',
        score: '20',
        deviation: '—',
      });
      expect(await fields(22)).toEqual({
        name: '……',
        target: '—',
        actual: '—',
        weight: '—',
        score: '—',
        deviation: '—',
      });
      for (const i of table.indicators) expect([i.row, await fields(i.row)]).toEqual([i.row, shownFields(i)]);

      // A row selects its actual cell, as a finding selects its own: the preview says so.
      await page.locator('button[data-indicator-row="14"]').click();
      expect(await page.getByTestId('preview-selection').textContent()).toBe(
        t(LANG, 'previewSelected', { sheet: table.sheet, cell: 'G14' }),
      );
      expect(await page.locator('button[data-indicator-row="14"]').getAttribute('aria-current')).toBe('true');
      expect(await seriousViolations(page, 'standalone-self-evaluation-indicators')).toEqual([]);
      await page.screenshot({ path: artifact('standalone-self-evaluation-zh-CN-indicators.png'), fullPage: true });

      // In a narrow window the pane is about 320 px wide: every row stays inside the section, nothing scrolls sideways.
      await page.setViewportSize({ width: 360, height: 900 });
      const panel = page.locator('[role="tabpanel"]');
      const box = await panel.boundingBox();
      expect(box && box.width).toBeLessThanOrEqual(340);
      const outside = await panel.evaluate((p) => {
        const edge = p.getBoundingClientRect();
        return Array.from(p.querySelectorAll('[data-testid="self-eval-details"] button, [data-field]'))
          .filter((el) => el.getBoundingClientRect().right > edge.right + 0.5)
          .map((el) => el.outerHTML.slice(0, 80));
      });
      expect(outside).toEqual([]);
      await page.getByTestId('self-eval-details').screenshot({
        path: artifact('standalone-self-evaluation-zh-CN-indicators-360.png'),
      });

      expect(problems).toEqual([]);
      expect(net.offsite).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 300_000);
});
