// RuleTester: runs one rule over inline grids (through detection) and checks exactly which findings appear where.

import { parseA1, parseAreaA1 } from '../../src/core/a1';
import { detectTables } from '../../src/core/detect';
import type { Cell, Grid } from '../../src/core/grid';
import type { Finding, IndicatorTable, Lang, ProfileName, Severity } from '../../src/core/model';
import { parseConfig } from '../../src/core/check';
import { formatConfigErrors } from '../../src/core/rules/config';
import { runRules } from '../../src/core/rules/engine';
import { placeholders } from '../../src/core/rules/i18n';
import { getRule } from '../../src/core/rules/index';
import type { RuleModule } from '../../src/core/rules/rule';

export interface GridSpec {
  /** The sheet as a reader sees it: row 1 first; null for an empty cell (and for a merge's hidden cells). */
  grid: Cell[][];
  /** Merged areas as A1 ranges, e.g. 'A1:F1'. */
  merges?: string[];
  sheet?: string;
  /** Sheet row and column of grid[0][0] (default 1, 1). */
  top?: number;
  left?: number;
}

export interface TestCase extends GridSpec {
  /** Says what the case shows; appears in the test name. */
  name: string;
  /** Forces a profile (as --profile does); default: the engine's auto choice. */
  profile?: ProfileName;
  /** Raw configuration, validated like a user's. */
  config?: Record<string, unknown>;
  /** Number of tables detection must find (default: at least one, so a valid case is never vacuous). */
  tables?: number;
  lang?: Lang;
}

export interface ExpectedFinding {
  messageId: string;
  cell: string;
  severity?: Severity;
  /** Text or pattern the formatted message must contain (in the case's language, zh-CN by default). */
  message?: string | RegExp;
  related?: string[];
}

export interface InvalidCase extends TestCase {
  errors: ExpectedFinding[];
}

export interface RuleTests {
  valid: TestCase[];
  invalid: InvalidCase[];
}

/** A copy of an inline sheet with some cells changed (A1 → new value): the one defect, or fix, a variant makes. */
export function edit(grid: Cell[][], changes: Record<string, Cell>): Cell[][] {
  const out = grid.map((r) => [...r]);
  for (const [ref, v] of Object.entries(changes)) {
    const { row, col } = parseA1(ref);
    if (!out[row - 1]) throw new Error(`edit: row ${row} is outside the sheet`);
    out[row - 1][col - 1] = v;
  }
  return out;
}

/** A copy of an inline sheet without the given 1-based rows (for sheets without merges below the first one removed). */
export function dropRows(grid: Cell[][], ...rows: number[]): Cell[][] {
  return grid.filter((_, i) => !rows.includes(i + 1));
}

/** Builds a core Grid from an inline sheet. A merge's hidden cells must be written as null. */
export function buildGrid(spec: GridSpec): Grid {
  const top = spec.top ?? 1;
  const left = spec.left ?? 1;
  const merges = (spec.merges ?? []).map((m) => parseAreaA1(m));
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const v = spec.grid[r - top]?.[c - left];
        // A host never delivers text in a merge's hidden cells; a case that has some would test nothing real.
        if (v !== null && v !== undefined)
          throw new Error(`merge ${JSON.stringify(m)}: hidden cell R${r}C${c} holds ${String(v)}`);
      }
    }
  }
  return { sheet: spec.sheet ?? 'Sheet1', top, left, cells: spec.grid, merges };
}

export interface CaseResult {
  tables: IndicatorTable[];
  findings: Finding[];
}

/** Detects the case's tables and runs the given rules in strict mode (message bugs throw). */
export function runCase(c: TestCase, rules: readonly RuleModule[]): CaseResult {
  const raw: Record<string, unknown> = { ...(c.config ?? {}) };
  if (c.profile) raw.profile = c.profile;
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(`bad test configuration: ${formatConfigErrors(parsed.errors)}`);
  const tables = detectTables(buildGrid(c));
  const { findings, problems } = runRules(tables, { config: parsed.config, lang: c.lang, rules, strict: true });
  if (problems.length > 0) throw new Error(`rule problems: ${JSON.stringify(problems)}`);
  return { tables, findings };
}

function checkTables(c: TestCase, tables: IndicatorTable[]): void {
  if (c.tables === undefined) {
    if (tables.length === 0) throw new Error('detection found no table in this case; the case would test nothing');
  } else {
    expect(tables).toHaveLength(c.tables);
  }
}

function byPosition(a: { cell: string; messageId: string }, b: { cell: string; messageId: string }): number {
  return a.cell.localeCompare(b.cell, 'en', { numeric: true }) || a.messageId.localeCompare(b.messageId);
}

/** Checks a rule's metadata: both languages everywhere, the same placeholders in zh-CN and en-US. */
export function checkMeta(rule: RuleModule): void {
  const { meta } = rule;
  expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(['error', 'warning', 'info']).toContain(meta.defaultSeverity);
  expect(meta.description['zh-CN'].trim()).not.toBe('');
  expect(meta.description['en-US'].trim()).not.toBe('');
  const ids = Object.keys(meta.messages);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const t = meta.messages[id];
    expect(t['zh-CN'].trim()).not.toBe('');
    expect(t['en-US'].trim()).not.toBe('');
    expect({ id, placeholders: placeholders(t['en-US']).sort() }).toEqual({
      id,
      placeholders: placeholders(t['zh-CN']).sort(),
    });
  }
}

export const ruleTester = {
  run(ruleId: string, tests: RuleTests): void {
    describe(ruleId, () => {
      const rule = getRule(ruleId);
      it('is in the rule index with complete metadata', () => {
        expect(rule).toBeDefined();
        if (rule) checkMeta(rule);
      });
      if (!rule) return;

      it('has valid and invalid cases', () => {
        expect(tests.valid.length).toBeGreaterThan(0);
        expect(tests.invalid.length).toBeGreaterThan(0);
      });

      for (const c of tests.valid) {
        it(`valid: ${c.name}`, () => {
          const { tables, findings } = runCase(c, [rule]);
          checkTables(c, tables);
          expect(findings.map((f) => ({ messageId: f.messageId, cell: f.cell, message: f.message }))).toEqual([]);
        });
      }

      for (const c of tests.invalid) {
        it(`invalid: ${c.name}`, () => {
          if (c.errors.length === 0) throw new Error('an invalid case must list the findings it expects');
          for (const e of c.errors) {
            if (!rule.meta.messages[e.messageId])
              throw new Error(`unknown messageId "${e.messageId}" in the expected findings`);
          }
          const { tables, findings } = runCase(c, [rule]);
          checkTables(c, tables);
          const actual = findings
            .map((f) => {
              const o: ExpectedFinding = { messageId: f.messageId, cell: f.cell };
              if (c.errors.some((e) => e.severity !== undefined)) o.severity = f.severity;
              if (c.errors.some((e) => e.related !== undefined)) o.related = f.related;
              return o;
            })
            .sort(byPosition);
          const expected = c.errors
            .map((e) => {
              const o: ExpectedFinding = { messageId: e.messageId, cell: e.cell };
              if (c.errors.some((x) => x.severity !== undefined)) o.severity = e.severity ?? rule.meta.defaultSeverity;
              if (c.errors.some((x) => x.related !== undefined)) o.related = e.related ?? [];
              return o;
            })
            .sort(byPosition);
          expect(actual).toEqual(expected);
          for (const e of c.errors) {
            if (e.message === undefined) continue;
            const f = findings.find((x) => x.cell === e.cell && x.messageId === e.messageId);
            if (typeof e.message === 'string') expect(f?.message).toContain(e.message);
            else expect(f?.message).toMatch(e.message);
          }
        });
      }
    });
  },
};
