// Fills in WPS. A solid fill is exactly its '#RRGGBB'; a patterned fill also needs its pattern and pattern colour,
// kept in `hostFill` as {"wps":{…}} (the file host ignores a hostFill that is not its own and uses originalFill).

import type { FillSnapshot } from '../../core/annotate/plan';
import type { AnnotatedCell } from '../../core/annotate/types';
import { hexToWps, wpsToHex } from './color';
import { XL_NONE, XL_PATTERN_SOLID, type WpsRange } from './et';

interface WpsFill {
  pattern: number;
  color: number;
  patternColor: number;
}

/** A fill to put on a cell, as the state records it. */
export type FillSpec = Pick<AnnotatedCell, 'originalFill' | 'hostFill'>;

function asNumber(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The cell's fill now: null for none, '#RRGGBB' for the colour, hostFill for anything beyond a solid colour. */
export function fillOf(range: WpsRange): FillSnapshot {
  const interior = range.Interior;
  const pattern = asNumber(interior.Pattern);
  if (pattern === null || pattern === XL_NONE) return { fill: null };
  const color = asNumber(interior.Color);
  const hex = color !== null && color >= 0 && color <= 0xffffff ? wpsToHex(color) : null;
  if (pattern === XL_PATTERN_SOLID && hex !== null) return { fill: hex };
  const exact: WpsFill = { pattern, color: color ?? 0xffffff, patternColor: asNumber(interior.PatternColor) ?? 0 };
  return { fill: hex, hostFill: JSON.stringify({ wps: exact }) };
}

function wpsFillOf(rec: FillSpec): WpsFill | null {
  if (rec.hostFill === undefined) return null;
  try {
    const parsed = JSON.parse(rec.hostFill) as { wps?: Partial<WpsFill> };
    const w = parsed?.wps;
    if (w && typeof w.pattern === 'number' && typeof w.color === 'number' && typeof w.patternColor === 'number') {
      return { pattern: w.pattern, color: w.color, patternColor: w.patternColor };
    }
  } catch {
    // Another host's exact form (the file host's cell format and fill XML): the '#RRGGBB' beside it is the colour to
    // restore.
  }
  return null;
}

function setSolid(range: WpsRange, hex: string): void {
  const interior = range.Interior;
  interior.Pattern = XL_PATTERN_SOLID;
  interior.Color = hexToWps(hex);
}

export function setFill(range: WpsRange, rec: FillSpec): void {
  const exact = wpsFillOf(rec);
  if (exact) {
    const interior = range.Interior;
    interior.Pattern = exact.pattern;
    interior.Color = exact.color;
    interior.PatternColor = exact.patternColor;
  } else if (rec.originalFill) {
    setSolid(range, rec.originalFill);
  } else {
    range.Interior.Pattern = XL_NONE;
  }
}

export function sameFill(now: FillSnapshot, want: FillSpec): boolean {
  const exact = wpsFillOf(want);
  if (exact) return now.hostFill === JSON.stringify({ wps: exact });
  return now.hostFill === undefined && now.fill === want.originalFill;
}

/** The cell's fill now, as a record of it. */
export function snapshotFill(range: WpsRange): FillSpec {
  const snap = fillOf(range);
  return snap.hostFill === undefined
    ? { originalFill: snap.fill }
    : { originalFill: snap.fill, hostFill: snap.hostFill };
}
