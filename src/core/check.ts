// The core pipeline: grids in, tables and findings out. Pure: no I/O.

import { detectTables } from './detect';
import { noTableReason, sheetEvidence, type SheetEvidence } from './detect/missing';
import type { Grid } from './grid';
import type { Finding, IndicatorTable, Lang, MappingOverride } from './model';
import { formatConfigErrors, parseConfig as parseConfigAgainst, type ConfigResult } from './rules/config';
import { runRules } from './rules/engine';
import type { RuleProblem } from './rules/engine';
import { ruleIds } from './rules/index';

interface CheckOptions {
  lang?: Lang;
  /**
   * Configuration (profile, rules on/off, severities, thresholds). Either a value parseConfig returned, or raw
   * configuration that is validated here; callers that take it from a user should call parseConfig first and
   * show its errors, since invalid configuration here is treated as a bug and throws.
   */
  config?: unknown;
  overrides?: readonly MappingOverride[];
}

export interface CheckResult {
  tables: IndicatorTable[];
  findings: Finding[];
  /** Rules that failed on some table (a bug to report); the other rules' findings are complete. */
  problems: RuleProblem[];
  /**
   * Sheets that look like they hold an indicator table (category words, header words) where none was read, with the
   * reason in the report's language. Such a sheet was not checked: it must never be reported as clean.
   */
  unread: { evidence: SheetEvidence; reason: string }[];
}

/**
 * The user's configuration validated against every rule of the index: rules/config.ts parseConfig with the index's
 * ids (that module knows no rules, so the index can import what the rules need without a circle).
 */
export function parseConfig(input: unknown): ConfigResult {
  return parseConfigAgainst(input, ruleIds());
}

export function checkGrids(grids: readonly Grid[], options: CheckOptions = {}): CheckResult {
  // A ResolvedConfig is itself valid configuration, so parsing again is cheap and always safe.
  const parsed = parseConfig(options.config);
  if (!parsed.ok) throw new Error(formatConfigErrors(parsed.errors));
  const config = parsed.config;
  const tables: IndicatorTable[] = [];
  const unread: CheckResult['unread'] = [];
  for (const grid of grids) {
    const found = detectTables(grid, { overrides: options.overrides });
    // One at a time: a flat export gives thousands of tables, too many to spread into one call's arguments cheaply.
    for (const t of found) tables.push(t);
    if (found.length === 0) {
      const evidence = sheetEvidence(grid);
      if (evidence) unread.push({ evidence, reason: noTableReason(evidence, options.lang ?? 'zh-CN') });
    }
  }
  const { findings, problems } = runRules(tables, { config, lang: options.lang });
  return { tables, findings, problems, unread };
}
