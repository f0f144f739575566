// Numbers as written in targets and amounts: thousands separators, decimals, signs (input already half-width), and
// the points of a self-evaluation's weight and score cells.

import { compact } from './normalise';

/** Regex source of one written number: 6,500,000 / 12.6 / -5 / .5 (no sign handling beyond a leading '-'). */
export const NUMBER_SOURCE = '-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|-?\\.\\d+';

const COMMAS = /,/g;

/** The value of a string matched by NUMBER_SOURCE, or null when it does not fit a finite double. */
export function parseNumber(written: string): number | null {
  const v = Number(written.replace(COMMAS, ''));
  return Number.isFinite(v) ? v : null;
}

/** Rounds away binary noise after multiplying by a scale (3.1 × 10000 = 31000.000000000004). */
export function cleanProduct(value: number, factor: number): number {
  const v = value * factor;
  // A whole number of at most 12 digits is exact already (the usual budget figure): no string round trip.
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v === 0 ? 0 : v;
  return Number.isFinite(v) ? Number.parseFloat(v.toPrecision(12)) : v;
}

const POINTS = /^(-?\d+(?:\.\d+)?)(?:分|%)?$/;

/**
 * Points written in a weight or score cell (10, 8.62, 10.00, 10分, 25%), or null for anything else (—, /, 未评, an
 * OCR slip such as IO): a score is never guessed.
 */
export function parsePoints(text: string): number | null {
  const m = POINTS.exec(compact(text));
  return m ? parseNumber(m[1] as string) : null;
}
