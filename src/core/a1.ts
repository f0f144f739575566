// A1 addressing: column letters, cell and range strings. Rows and columns are 1-based sheet coordinates.

import type { Area } from './grid';

// Every cell address written goes through here (six per indicator row): the usual columns' letters are kept.
const CACHED_COLUMNS = 1024;
const letterCache: string[] = [];

export function columnLetters(col: number): string {
  if (col >= 1 && col <= CACHED_COLUMNS) {
    const cached = letterCache[col];
    if (cached !== undefined) return cached;
  }
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`bad column number ${col}`);
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col <= CACHED_COLUMNS) letterCache[col] = s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new RangeError(`bad column letters ${letters}`);
    n = n * 26 + (c - 64);
  }
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseA1(ref: string): { row: number; col: number } {
  const m = A1_RE.exec(ref.trim());
  if (!m) throw new RangeError(`bad A1 reference ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function areaA1(area: Area): string {
  const tl = a1(area.top, area.left);
  const br = a1(area.bottom, area.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function parseAreaA1(ref: string): Area {
  const bang = ref.lastIndexOf('!');
  const body = bang >= 0 ? ref.slice(bang + 1) : ref;
  const [from, to] = body.split(':');
  const a = parseA1(from);
  const b = to ? parseA1(to) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
