// Turns scanned rows into canonical indicators: canonical 一级/二级, the four-level reading, and source cells.

import { columnLetters } from '../a1';
import { canonicalLevel1, canonicalLevel2, isGroupingLevel } from '../categories';
import type { Indicator, IndicatorSet } from '../model';
import { normaliseUnit } from '../parse/units';
import type { ColumnGroup, Header } from './header';
import { Memo } from './memo';
import type { Part, RawIndicator } from './rows';

const units = new Memo<string | null>(5000);

// Column letters repeat on every row: compute each once.
const letters: string[] = [];
function a1(row: number, col: number): string {
  let l = letters[col];
  if (l === undefined) {
    l = columnLetters(col);
    letters[col] = l;
  }
  return l + row;
}

/** How a four-level sheet's 二级/三级 columns read: 项目产出 / 数量指标 (grouping first) or 数量指标 / sub-level. */
type FourLevelMode = 'grouping' | 'plain';

// Canonical lookups repeat the same few words on every row: remember them per call.
export class CategoryCache {
  private readonly l1 = new Map<string, string | null>();
  private readonly l2 = new Map<string, string | null>();
  level1(raw: string): string | null {
    let v = this.l1.get(raw);
    if (v === undefined) {
      v = canonicalLevel1(raw);
      this.l1.set(raw, v);
    }
    return v;
  }
  level2(raw: string): string | null {
    let v = this.l2.get(raw);
    if (v === undefined) {
      v = canonicalLevel2(raw);
      this.l2.set(raw, v);
    }
    return v;
  }
}

function fourLevelMode(raws: readonly RawIndicator[], group: number, cache: CategoryCache): FourLevelMode {
  let inThird = 0;
  let inSecond = 0;
  let grouping = 0;
  for (const r of raws) {
    if (r.group !== group) continue;
    const second = r.levels.level2?.text ?? '';
    const third = r.levels.level3?.text ?? '';
    if (third !== '' && cache.level2(third) !== null) inThird++;
    if (second !== '' && cache.level2(second) !== null) inSecond++;
    if (second !== '' && isGroupingLevel(second)) grouping++;
  }
  return inThird > inSecond || (inThird === inSecond && grouping > 0) ? 'grouping' : 'plain';
}

function nonEmpty(p: Part | null | undefined): string | null {
  return p && p.text !== '' ? p.text : null;
}

function cellOf(p: Part | null | undefined, row: number, col: number | undefined): string | undefined {
  if (p && p.text !== '') return a1(p.row, p.col);
  return col === undefined ? undefined : a1(row, col);
}

/** Effective columns of a group: its own, with the 一级 column it shares with the other group when it has none. */
export function groupColumns(header: Header, group: number): ColumnGroup['cols'] {
  const g = header.groups[group] as ColumnGroup;
  const cols = { ...g.cols };
  const shared = header.groups.find((x) => x.cols.level1 !== undefined);
  if (cols.level1 === undefined && shared) cols.level1 = shared.cols.level1;
  return cols;
}

/** The canonical indicators of one table (or one flat-export project), in sheet order. */
export function buildIndicators(header: Header, raws: readonly RawIndicator[], cache: CategoryCache): { indicators: Indicator[]; levels: 3 | 4 } {
  const modes = header.groups.map((g, i) => (g.cols.level4 !== undefined ? fourLevelMode(raws, i, cache) : null));
  const fourLevels = modes.some((m) => m !== null);
  const colsByGroup = header.groups.map((_, i) => groupColumns(header, i));
  const out: Indicator[] = new Array<Indicator>(raws.length);
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i] as RawIndicator;
    const g = header.groups[r.group] as ColumnGroup;
    const cols = colsByGroup[r.group] as ColumnGroup['cols'];
    const mode = modes[r.group];
    const set: IndicatorSet = g.set;
    let l2Part: Part | null | undefined;
    let l2Col: number | undefined;
    let groupingPart: Part | null | undefined;
    let groupingCol: number | undefined;
    if (mode === 'grouping') {
      l2Part = r.levels.level3;
      l2Col = cols.level3;
      groupingPart = r.levels.level2;
      groupingCol = cols.level2;
    } else if (mode === 'plain') {
      l2Part = r.levels.level2;
      l2Col = cols.level2;
      groupingPart = r.levels.level3;
      groupingCol = cols.level3;
    } else {
      l2Part = r.levels.level2;
      l2Col = cols.level2;
    }
    const level1Raw = nonEmpty(r.levels.level1);
    const level2Raw = nonEmpty(l2Part);
    const cells: Indicator['cells'] = {};
    const c1 = cellOf(r.levels.level1, r.row, cols.level1);
    if (c1) cells.level1 = c1;
    const c2 = cellOf(l2Part, r.row, l2Col);
    if (c2) cells.level2 = c2;
    if (mode !== null && mode !== undefined) {
      const cg = cellOf(groupingPart, r.row, groupingCol);
      if (cg) cells.grouping = cg;
    }
    const cn = cellOf(r.name, r.row, cols.level4 ?? cols.level3);
    if (cn) cells.name = cn;
    const cd = cellOf(r.description, r.row, cols.description);
    if (cd) cells.description = cd;
    const co = cellOf(r.operator, r.row, cols.operator);
    if (co) cells.operator = co;
    const ct = cellOf(r.value, r.row, cols.value);
    if (ct) cells.target = ct;
    const cu = cellOf(r.unit, r.row, cols.unit);
    if (cu) cells.unit = cu;
    const cs = cellOf(r.standard, r.row, cols.standard);
    if (cs) cells.standard = cs;
    const ind: Indicator = {
      row: r.row,
      set,
      level1: level1Raw === null ? null : cache.level1(level1Raw),
      level1Raw,
      level2: level2Raw === null ? null : cache.level2(level2Raw),
      level2Raw,
      name: r.name?.text ?? '',
      target: r.target,
      unit: r.unit ? units.get(r.unit.text, normaliseUnit) : null,
      cells,
    };
    if (fourLevels) ind.grouping = nonEmpty(groupingPart);
    if (cols.description !== undefined) ind.description = nonEmpty(r.description);
    if (cols.standard !== undefined) ind.standard = nonEmpty(r.standard);
    out[i] = ind;
  }
  return { indicators: out, levels: fourLevels ? 4 : 3 };
}

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
