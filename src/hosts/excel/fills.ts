// Fills through Office.js: RangeFill.color says '#FFFFFF' for "no fill" too; tintAndShade (1.9) is null only for "no
// fill". A patterned fill (1.9) draws a second colour over `color`: patternColor, lightened or darkened by
// patternTintAndShade.

import type { FillSnapshot } from '../../core/annotate/plan';
import type { AnnotatedCell } from '../../core/annotate/types';
import type { ExcelCapabilities } from './capabilities';

export interface ExcelFill {
  color: string;
  tintAndShade?: number | null;
  pattern?: string | null;
  patternColor?: string;
  patternTintAndShade?: number | null;
}

/** A pattern that draws the pattern colour (not "no fill", not a plain solid fill). */
export function patterned(pattern: string | null | undefined): pattern is string {
  return !!pattern && pattern !== 'Solid' && pattern !== 'None';
}

function normaliseColor(color: string): string | null {
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(color);
  return m ? `#${m[1].toUpperCase()}` : null;
}

/** Queues the read of a range's fill: what the record needs to restore it ("no fill" told from white from 1.9 on). */
export function loadFill(range: Excel.Range, caps: Pick<ExcelCapabilities, 'fillTint'>): Excel.Range {
  if (caps.fillTint) {
    range.load(
      'format/fill/color,format/fill/tintAndShade,format/fill/pattern,format/fill/patternColor,format/fill/patternTintAndShade',
    );
  } else range.load('format/fill/color');
  return range;
}

export function snapshotOf(fill: Excel.RangeFill, caps: ExcelCapabilities): FillSnapshot {
  const color = fill.color;
  if (caps.fillTint) {
    const tint = fill.tintAndShade;
    const pattern = fill.pattern as string | null;
    if (tint === null || pattern === 'None') return { fill: null };
    const hex = normaliseColor(color);
    const exact = hex !== null && tint === 0 && (pattern === 'Solid' || pattern === null);
    if (exact) return { fill: hex };
    const host: ExcelFill = { color, tintAndShade: tint, pattern };
    if (patterned(pattern)) {
      host.patternColor = fill.patternColor;
      host.patternTintAndShade = fill.patternTintAndShade;
    }
    return { fill: hex, hostFill: JSON.stringify(host) };
  }
  // Before 1.9 "no fill" and white read the same; white is far more often "no fill" on a form.
  const hex = normaliseColor(color);
  return { fill: hex === '#FFFFFF' ? null : hex };
}

export function hostFillOf(rec: { hostFill?: string }): ExcelFill | null {
  if (rec.hostFill === undefined) return null;
  try {
    const parsed = JSON.parse(rec.hostFill) as Partial<ExcelFill>;
    return typeof parsed.color === 'string' ? (parsed as ExcelFill) : null;
  } catch {
    // A damaged exact form falls back to the colour recorded beside it, which is still the original colour.
    return null;
  }
}

export function queueFill(fill: Excel.RangeFill, rec: AnnotatedCell, caps: ExcelCapabilities): void {
  const exact = hostFillOf(rec);
  if (exact) {
    fill.color = exact.color;
    if (caps.fillTint && typeof exact.tintAndShade === 'number') fill.tintAndShade = exact.tintAndShade;
    if (caps.fillTint && patterned(exact.pattern)) {
      // The pattern after the background colour, then the pattern's own colour and its tint (a record written before
      // they were kept has neither, and gets the pattern in Excel's default colour).
      fill.pattern = exact.pattern as Excel.FillPattern;
      if (typeof exact.patternColor === 'string') fill.patternColor = exact.patternColor;
      if (typeof exact.patternTintAndShade === 'number') fill.patternTintAndShade = exact.patternTintAndShade;
    }
  } else if (rec.originalFill === null) {
    fill.clear();
  } else {
    fill.color = rec.originalFill;
  }
}

/** How many fill properties queueFill sets for `rec` (a clear counts as one): what its request costs. */
export function fillPropertyCount(rec: AnnotatedCell, caps: ExcelCapabilities): number {
  const exact = hostFillOf(rec);
  if (!exact) return 1;
  let n = 1;
  if (caps.fillTint && typeof exact.tintAndShade === 'number') n++;
  if (caps.fillTint && patterned(exact.pattern)) {
    n++;
    if (typeof exact.patternColor === 'string') n++;
    if (typeof exact.patternTintAndShade === 'number') n++;
  }
  return n;
}

export function sameFill(now: FillSnapshot, rec: AnnotatedCell): boolean {
  return now.fill === rec.originalFill && (now.hostFill ?? null) === (rec.hostFill ?? null);
}
