// Payload arithmetic: Excel on the web caps a request and a response at 5 MB, so reads and writes are sized to fit.

import { areaA1 } from '../../core/a1';
import type { Area } from '../../core/grid';

/** Excel on the web: 5 MB per request and per response (RequestPayloadSizeLimitExceeded beyond). */
export const PAYLOAD_CAP = 5 * 1024 * 1024;
/** What one sync may carry by our estimate: a fifth is kept back for Office.js's own envelope. */
export const PAYLOAD_BUDGET = Math.floor(PAYLOAD_CAP * 0.8);
/** Excel reads at most five million cells in one get; the product reads at most that many per sheet. */
export const MAX_READ_CELLS = 5_000_000;
/**
 * The first guess at what one cell costs in a read (values + valueTypes + numberFormat as JSON): an empty cell is
 * about 20 bytes, a short Chinese label about 45, a long target text a few hundred. Later blocks use what was measured.
 */
export const ESTIMATED_CELL_BYTES = 64;
/** getMergedAreasOrNullObject fails beyond 512 areas; a band this small cannot start more than 512 of them. */
export const MERGE_BAND_CELLS = 1000;
/** One run writes at most this many annotated cells (the pane lists far fewer in practice). */
export const MAX_ANNOTATED_CELLS = 250_000;

/** UTF-8 length of a string (what it costs on the wire), without needing TextEncoder. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The JSON size of a value in bytes. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits and '_'. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, ref: string): string {
  return `${quoteSheet(sheet)}!${ref}`;
}

/** Splits a multi-area address ("S!A1:B2,'a,b'!C3") at the commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = address.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** The A1 part of an address, without the sheet ("'批复表'!E15" → "E15"). */
export function localRef(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

export function areaAddress(area: Area): string {
  return areaA1(area);
}
