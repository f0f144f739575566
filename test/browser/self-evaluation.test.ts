// Browser test (issue 13): the bundled self-evaluation sample (绩效自评表) opened in the standalone page shows what was
// read of it — the 总分 and 分值合计 as the form states them beside the sums recomputed from its rows, the findings
// that do that arithmetic, each indicator's actual value, weight and score in the sheet preview, and a JSON report
// carrying every self-evaluation field.

import { readFileSync } from 'fs';
import path from 'path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { checkGrids } from '../../src/core/check';
import type { IndicatorTable, Lang, Report, Severity } from '../../src/core/model';
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

function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  return problems;
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
      const net = await guardNetwork(browser.context);
      const page = await browser.context.newPage();
      const problems = watchPage(page);
      await page.goto(`${server.origin}/standalone.html`);
      await page.getByRole('heading', { name: t(LANG, 'standaloneTitle') }).waitFor();
      await page.setInputFiles('#workbook-file', SAMPLE_PATH);
      const summary = page.getByTestId('summary');
      await summary.waitFor({ timeout: 60_000 });
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
});
