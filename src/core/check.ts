// The core pipeline: grids in, tables and findings out. Pure: no I/O.

import type { Grid } from './grid';
import type { Finding, IndicatorTable, Lang, MappingOverride } from './model';

export interface CheckOptions {
  lang?: Lang;
  /** Validated configuration (profile, rules on/off, severities, thresholds); see rules/config.ts. */
  config?: unknown;
  overrides?: readonly MappingOverride[];
}

export interface CheckResult {
  tables: IndicatorTable[];
  findings: Finding[];
}

export function checkGrids(grids: readonly Grid[], options: CheckOptions = {}): CheckResult {
  throw new Error(`checkGrids not implemented yet (${grids.length}, ${options.lang})`);
}
