// Finds every indicator table on a sheet and reads it into the canonical model.

import type { Grid } from '../grid';
import type { IndicatorTable, MappingOverride } from '../model';

export interface DetectOptions {
  overrides?: readonly MappingOverride[];
}

export function detectTables(grid: Grid, options: DetectOptions = {}): IndicatorTable[] {
  throw new Error(`detectTables not implemented yet (${grid.sheet}, ${options.overrides?.length})`);
}
