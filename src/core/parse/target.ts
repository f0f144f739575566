// Parses an indicator's target cell (指标值) into operator, number, unit, kind and date/period.

import type { Target } from '../model';

/**
 * Parses a target as written. `unitColumn` is the unit column's text for the same row, when the table has one;
 * the cell's own unit wins, the column's fills in. Never throws.
 */
export function parseTarget(text: string, unitColumn?: string | null): Target {
  throw new Error(`parseTarget not implemented yet (${text}, ${unitColumn})`);
}
