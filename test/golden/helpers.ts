// Shared machinery of the golden tests: build a fixture to .xlsx, read it back with the file host, detect, and compare
// with expectations written by hand from the seeds.

import { columnNumber } from '../../src/core/a1';
import { detectTables } from '../../src/core/detect';
import type { Grid } from '../../src/core/grid';
import type { Indicator, IndicatorSet, IndicatorTable, Operator, Period, TargetKind } from '../../src/core/model';
import { readWorkbook } from '../../src/hosts/file/read';
import { workbookBytes } from '../fixtures/build';
import { shownValue, sheetOf } from '../fixtures/layouts';
import type { FixtureWorkbook } from '../fixtures/layouts/types';

/** What a test asserts about a parsed target; a key left out is not asserted. */
export interface TargetExpectation {
  kind: TargetKind;
  operator?: Operator | null;
  value?: number | null;
  unit?: string | null;
  period?: Period | null;
}

/** A number target: operator (or null), value, unit (normalised: 百分比 → %). */
export function q(operator: Operator | null, value: number, unit: string | null): TargetExpectation {
  return { kind: 'quantitative', operator, value, unit };
}

/** A graded word (是, 按时, 较高, 影响程度较高, 定性 相关…). */
export function qual(): TargetExpectation {
  return { kind: 'qualitative', operator: null, value: null };
}

/**
 * A free sentence. `value`/`unit` are its one embedded quantity, or null when it has none or several; the operator
 * of a sentence is not asserted (the model leaves it open).
 */
export function text(value: number | null = null, unit: string | null = null): TargetExpectation {
  return { kind: 'text', value, unit };
}

/** A date, deadline, period or recurrence; `period` asserted only when given. */
export function date(period?: Period | null): TargetExpectation {
  const t: TargetExpectation = { kind: 'date', operator: null };
  if (period !== undefined) t.period = period;
  return t;
}

export function empty(): TargetExpectation {
  return { kind: 'empty', operator: null, value: null };
}

/** [sheet row, canonical 一级, canonical 二级, name, target] */
export type IndicatorExpectation = [number, string | null, string | null, string, TargetExpectation];

export interface TableExpectation {
  sheet: string;
  range: string;
  headerRow: number;
  headerRows?: number[];
  kind: 'project' | 'department';
  name: string | null;
  /** The year's budget in 万元. */
  budget: number | null;
  period: Period | null;
  year?: number | null;
  fiscal?: number | null;
  other?: number | null;
  midtermBudget?: number | null;
  implementer?: string | null;
  title?: string | null;
  levels?: 3 | 4;
  /** Canonical 一级 → the grouping level written between 一级 and 二级 on a four-level sheet. */
  grouping?: Record<string, string>;
  columns?: Record<string, string>;
  /** Column letter of the name (三级/四级/指标名称) per set, used to check these expectations against the fixture. */
  nameColumn: string;
  midtermNameColumn?: string;
  annual: IndicatorExpectation[];
  midterm?: IndicatorExpectation[];
}

/** Builds the workbook with exceljs, reads it back with the file host's reader. */
export async function readBack(fixture: FixtureWorkbook): Promise<Grid[]> {
  const outcome = await readWorkbook(await workbookBytes(fixture));
  if (!outcome.ok) throw new Error(`${fixture.file}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.grids;
}

/** Tables detected per sheet, in sheet order, each sheet's tables sorted top to bottom. */
export async function detectFixture(fixture: FixtureWorkbook): Promise<Map<string, IndicatorTable[]>> {
  const bySheet = new Map<string, IndicatorTable[]>();
  for (const layout of fixture.sheets) bySheet.set(layout.sheet, []);
  for (const grid of await readBack(fixture)) {
    const tables = detectTables(grid).sort((a, b) => a.headerRow - b.headerRow);
    bySheet.set(grid.sheet, tables);
  }
  return bySheet;
}

/** A table's fields as asserted, taking from `t` only the keys the expectation names. */
export function projectTable(t: IndicatorTable, exp: TableExpectation): Record<string, unknown> {
  const got: Record<string, unknown> = {
    sheet: t.sheet,
    range: t.range,
    headerRow: t.headerRow,
    kind: t.kind,
    name: t.project.name,
    budget: t.project.budget,
    period: t.project.period,
  };
  if ('headerRows' in exp) got.headerRows = t.headerRows;
  if ('year' in exp) got.year = t.project.year ?? null;
  if ('fiscal' in exp) got.fiscal = t.project.fiscal ?? null;
  if ('other' in exp) got.other = t.project.other ?? null;
  if ('midtermBudget' in exp) got.midtermBudget = t.project.midtermBudget ?? null;
  if ('implementer' in exp) got.implementer = t.project.implementer ?? null;
  if ('title' in exp) got.title = t.title ?? null;
  if ('levels' in exp) got.levels = t.levels;
  if ('columns' in exp) got.columns = t.columns;
  return got;
}

export function expectedTable(exp: TableExpectation): Record<string, unknown> {
  const want: Record<string, unknown> = {
    sheet: exp.sheet,
    range: exp.range,
    headerRow: exp.headerRow,
    kind: exp.kind,
    name: exp.name,
    budget: exp.budget,
    period: exp.period,
  };
  for (const key of [
    'headerRows',
    'year',
    'fiscal',
    'other',
    'midtermBudget',
    'implementer',
    'title',
    'levels',
    'columns',
  ] as const) {
    if (key in exp) want[key] = exp[key];
  }
  return want;
}

interface IndicatorView {
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  target: Record<string, unknown>;
  grouping?: string | null;
}

function viewOf(
  ind: Indicator,
  want: IndicatorExpectation | undefined,
  grouping: Record<string, string> | undefined,
): IndicatorView {
  const target: Record<string, unknown> = { kind: ind.target.kind };
  const keys = want ? Object.keys(want[4]) : ['operator', 'value', 'unit'];
  for (const key of keys) {
    if (key === 'kind') continue;
    if (key === 'period') target.period = ind.target.period ?? null;
    else target[key] = ind.target[key as 'operator' | 'value' | 'unit'];
  }
  const view: IndicatorView = { row: ind.row, level1: ind.level1, level2: ind.level2, name: ind.name, target };
  if (grouping) view.grouping = ind.grouping ?? null;
  return view;
}

function wantedView(exp: IndicatorExpectation, grouping: Record<string, string> | undefined): IndicatorView {
  const [row, level1, level2, name, target] = exp;
  const view: IndicatorView = { row, level1, level2, name, target: { ...target } };
  if (grouping) view.grouping = level1 === null ? null : (grouping[level1] ?? null);
  return view;
}

/** The detected indicators of one set as asserted (sorted by row), next to the expected ones. */
export function compareSet(
  t: IndicatorTable,
  set: IndicatorSet,
  expected: readonly IndicatorExpectation[],
  grouping?: Record<string, string>,
): { got: IndicatorView[]; want: IndicatorView[] } {
  const byRow = new Map(expected.map((e) => [e[0], e]));
  const got = t.indicators
    .filter((i) => i.set === set)
    .sort((a, b) => a.row - b.row)
    .map((i) => viewOf(i, byRow.get(i.row), grouping));
  const want = [...expected].sort((a, b) => a[0] - b[0]).map((e) => wantedView(e, grouping));
  return { got, want };
}

/**
 * Checks the hand-written expectations against the fixture itself (not against detection): each expected name is
 * what the sheet shows at that row in the name column. Returns the mismatches.
 */
export function expectationSlips(fixture: FixtureWorkbook, exp: TableExpectation): string[] {
  const layout = sheetOf(fixture, exp.sheet);
  const slips: string[] = [];
  const check = (list: readonly IndicatorExpectation[], column: string) => {
    for (const [row, , , name] of list) {
      const shown = shownValue(layout, row, columnNumber(column));
      const text = typeof shown === 'string' ? shown.trim() : shown === null ? '' : String(shown);
      if (text !== name) slips.push(`${exp.sheet}!${column}${row}: sheet shows "${text}", expectation says "${name}"`);
    }
  };
  check(exp.annual, exp.nameColumn);
  if (exp.midterm) check(exp.midterm, exp.midtermNameColumn ?? exp.nameColumn);
  return slips;
}

/** Registers the standard golden assertions for one fixture workbook. */
export function describeGolden(
  fixture: FixtureWorkbook,
  tables: readonly TableExpectation[],
  /** Sheets that must yield no table at all. */
  emptySheets: readonly string[] = [],
): void {
  describe(`golden: ${fixture.file}`, () => {
    let detected: Map<string, IndicatorTable[]>;
    beforeAll(async () => {
      detected = await detectFixture(fixture);
    });

    it('expectations point at the rows the fixture really has', () => {
      expect(tables.flatMap((t) => expectationSlips(fixture, t))).toEqual([]);
    });

    const sheets = [...new Set(tables.map((t) => t.sheet))];
    it.each(sheets)('finds exactly the expected tables on %s', (sheet) => {
      const want = tables.filter((t) => t.sheet === sheet).map((t) => `${t.range} (header ${t.headerRow})`);
      const got = (detected.get(sheet) ?? []).map((t) => `${t.range} (header ${t.headerRow})`);
      expect(got).toEqual(want);
    });

    if (emptySheets.length > 0) {
      it.each(emptySheets)('invents no table on %s', (sheet) => {
        expect((detected.get(sheet) ?? []).map((t) => t.range)).toEqual([]);
      });
    }

    describe.each(tables.map((t) => [`${t.sheet} header ${t.headerRow} ${t.name ?? t.range}`, t] as const))(
      '%s',
      (_label, exp) => {
        const table = () => {
          // Tables of a flat export share one header row: pair by range first, else by order under that header.
          const sameHeader = (detected.get(exp.sheet) ?? []).filter((t) => t.headerRow === exp.headerRow);
          const peers = tables.filter((t) => t.sheet === exp.sheet && t.headerRow === exp.headerRow);
          const found = sameHeader.find((t) => t.range === exp.range) ?? sameHeader[peers.indexOf(exp)];
          if (!found) {
            const rows = (detected.get(exp.sheet) ?? []).map((t) => t.headerRow).join(', ') || 'none';
            throw new Error(
              `no table with header row ${exp.headerRow} on ${exp.sheet} (detected header rows: ${rows})`,
            );
          }
          return found;
        };

        it('table and project block', () => {
          expect(projectTable(table(), exp)).toEqual(expectedTable(exp));
        });

        it('annual indicators', () => {
          const { got, want } = compareSet(table(), 'annual', exp.annual, exp.grouping);
          expect(got).toEqual(want);
        });

        it('mid-term indicators', () => {
          const { got, want } = compareSet(table(), 'midterm', exp.midterm ?? [], exp.grouping);
          expect(got).toEqual(want);
        });
      },
    );
  });
}
