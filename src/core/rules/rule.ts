// The contract between the rule engine and rule modules: a rule module, and the context its check receives.

import type { IndicatorTable, ProfileName } from '../model';
import type { Report, RuleMeta, Thresholds } from './types';
import type { TableAnalysis } from './util/analysis';

export interface RuleContext {
  table: IndicatorTable;
  /** Every table of the same file, for rules that compare across tables. */
  tables: readonly IndicatorTable[];
  profile: ProfileName;
  thresholds: Thresholds;
  report(r: Report): void;
  /**
   * What several rules ask of every row, worked out once per table on first use (util/analysis.ts). The engine makes
   * one per table and every rule of that table shares it.
   */
  analysis: TableAnalysis;
}

export interface RuleModule {
  meta: RuleMeta;
  /** Runs once per table. Must not throw on any table detection can produce. */
  check(ctx: RuleContext): void;
}
