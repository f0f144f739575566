// The roles a column can play in an indicator table, and a header's column group (role → column): what header words
// map to (vocabulary.ts, header-parts.ts) and content confirms (evidence.ts). Types only, below every detection module.

import type { IndicatorSet } from '../model';

export type IndicatorRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'level4'
  | 'description'
  | 'operator'
  | 'value'
  | 'unit'
  | 'standard'
  | 'note'
  | 'valueType'
  // Self-evaluation columns (绩效自评表): what was achieved, the points, and why a target was missed.
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation';

export interface ColumnGroup {
  /** Filled in once the table's context is known (assignSets). */
  set: IndicatorSet;
  /** The set the header's own words name (中期指标值), if any. */
  namedSet: IndicatorSet | null;
  cols: Partial<Record<IndicatorRole, number>>;
  /** Further columns whose header names a role already taken (指标性质 and 指标方向): content decides (evidence.ts). */
  alternatives?: Partial<Record<IndicatorRole, number[]>>;
}
