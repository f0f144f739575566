// The column map of a table: role → column letter, with the mid-term group's roles prefixed.

import { columnLetters } from '../a1';
import type { Header } from './header';

/** Role → column letter; the mid-term group's roles carry the `midterm.` prefix, a shared 一级 does not. */
export function columnMap(header: Header): Record<string, string> {
  const out: Record<string, string> = {};
  const sharedLevel1 = header.groups.filter((g) => g.cols.level1 !== undefined).length === 1;
  for (const g of header.groups) {
    for (const [role, col] of Object.entries(g.cols) as [string, number][]) {
      const shared = role === 'level1' && sharedLevel1;
      const key = g.set === 'midterm' && !shared ? `midterm.${role}` : role;
      if (out[key] === undefined) out[key] = columnLetters(col);
    }
  }
  return out;
}
