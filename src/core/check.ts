// The core pipeline: grids in, tables and findings out. Pure: no I/O.

import { detectTables } from './detect';
import type { Grid } from './grid';
import type { Finding, IndicatorTable, Lang, MappingOverride } from './model';
import { formatConfigErrors, parseConfig } from './rules/config';
import { runRules } from './rules/engine';
import type { RuleProblem } from './rules/engine';

export interface CheckOptions {
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
}

export function checkGrids(grids: readonly Grid[], options: CheckOptions = {}): CheckResult {
  // A ResolvedConfig is itself valid configuration, so parsing again is cheap and always safe.
  const parsed = parseConfig(options.config);
  if (!parsed.ok) throw new Error(formatConfigErrors(parsed.errors));
  const config = parsed.config;
  const tables: IndicatorTable[] = [];
  for (const grid of grids) tables.push(...detectTables(grid, { overrides: options.overrides }));
  const { findings, problems } = runRules(tables, { config, lang: options.lang });
  return { tables, findings, problems };
}
