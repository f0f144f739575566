// Reads the rows under a header: fill-down of blank or merged hierarchy cells, the end of the table, and for
// flat exports the split into one run of rows per project.

import type { Target } from '../model';
import { Memo } from './memo';
import { parseTarget } from '../parse/target';
import type { ColumnGroup, Header } from './header';
import type { SheetView } from './sheet';
import { blockLabel, isStopText, isTitleText, isYearLine, operatorColumnValue, unitLine, type IndicatorRole } from './vocabulary';

/** A cell's text with where it came from (the merge's top-left, or the row a filled-down value was written on). */
export interface Part {
  text: string;
  row: number;
  col: number;
}

export interface RawIndicator {
  row: number;
  group: number;
  /** Hierarchy cells after fill-down, by header role (level1…level3; level4 is the name on a four-level sheet). */
  levels: Partial<Record<'level1' | 'level2' | 'level3', Part | null>>;
  name: Part | null;
  value: Part | null;
  target: Target;
  unit: Part | null;
  operator: Part | null;
  description: Part | null;
  standard: Part | null;
}

export interface Segment {
  /** First and last row the segment covers (flat export: its project's rows). */
  firstRow: number;
  lastRow: number;
  indicators: RawIndicator[];
}

type Hierarchy = 'level1' | 'level2' | 'level3';
const HIERARCHY_ORDER: readonly Hierarchy[] = ['level1', 'level2', 'level3'];

interface GroupPlan {
  cols: ColumnGroup['cols'];
  hierarchy: { role: Hierarchy; col: number }[];
  nameCol: number | undefined;
  state: Partial<Record<Hierarchy, Part | null>>;
}

function planGroup(g: ColumnGroup, shared: ColumnGroup): GroupPlan {
  const cols = { ...g.cols };
  if (cols.level1 === undefined && shared.cols.level1 !== undefined) cols.level1 = shared.cols.level1;
  const nameRole: IndicatorRole | null = cols.level4 !== undefined ? 'level4' : cols.level3 !== undefined ? 'level3' : null;
  const hierarchy: { role: Hierarchy; col: number }[] = [];
  for (const role of HIERARCHY_ORDER) {
    const col = cols[role];
    if (col !== undefined && role !== nameRole) hierarchy.push({ role, col });
  }
  return { cols, hierarchy, nameCol: nameRole ? cols[nameRole] : undefined, state: {} };
}

export interface ScanOptions {
  start: number;
  end: number;
  hasMerges: boolean;
}

/**
 * Reads indicator rows from `start` until the table ends: a row opening another block (其他说明, 项目名称, a title),
 * two blank rows in a row, or `end`. One segment, or one per project for a flat export.
 */
export function scanRows(view: SheetView, header: Header, opts: ScanOptions): Segment[] {
  const shared = header.groups.find((g) => g.cols.level1 !== undefined) ?? (header.groups[0] as ColumnGroup);
  const plans = header.groups.map((g) => planGroup(g, shared));
  const flat = header.project.name !== undefined;
  const nameCol = header.project.name?.col;
  const implCol = header.project.implementer?.col;
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let lastName: Part | null = null;
  let lastImpl: Part | null = null;
  let projectName: string | null = null;
  let projectImpl: string | null = null;
  let blanks = 0;

  for (let r = opts.start; r <= opts.end; r++) {
    if (view.isBlankRow(r)) {
      blanks++;
      if (blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (endsTable(view, r)) break;

    if (flat && nameCol !== undefined) {
      const name: Part | null = fillPart(view, r, nameCol, lastName, opts.hasMerges);
      const impl: Part | null = implCol !== undefined ? fillPart(view, r, implCol, lastImpl, opts.hasMerges) : null;
      const nameText = name?.text ?? '';
      const implText = impl?.text ?? '';
      if (nameText !== projectName || implText !== projectImpl) {
        projectName = nameText;
        projectImpl = implText;
        current = null;
        for (const p of plans) p.state = {};
      }
      lastName = name;
      lastImpl = impl;
    }
    if (!current) {
      current = { firstRow: r, lastRow: r, indicators: [] };
      segments.push(current);
    }
    for (let g = 0; g < plans.length; g++) {
      const ind = readIndicator(view, r, g, plans[g] as GroupPlan, opts.hasMerges, header.forced);
      if (ind) {
        current.indicators.push(ind);
        current.lastRow = r;
      }
    }
  }
  return segments.filter((s) => s.indicators.length > 0);
}

const opensOrStops = new Memo<boolean>();
const aloneOpens = new Memo<boolean>();
const targets = new Memo<Target>();
const LONG_TEXT = 60;

/** parseTarget, remembered for the short texts that repeat down an export (100%, ≥95%, 是); each caller gets its own copy. */
function targetOf(text: string, unit: string | null): Target {
  if (text.length > LONG_TEXT) return parseTarget(text, unit);
  const t = targets.get(unit === null ? text : `${text}\u0001${unit}`, () => parseTarget(text, unit));
  return { ...t };
}

/** A row whose first text opens another block or closes this one. */
function endsTable(view: SheetView, row: number): boolean {
  const first = view.firstText(row);
  if (!first) return false;
  const stops = opensOrStops.get(first.text, (t) => {
    if (isStopText(t)) return true;
    const label = blockLabel(t);
    return label !== null && label.field !== null;
  });
  if (stops) return true;
  if (!first.alone) return false;
  return aloneOpens.get(first.text, (t) => isTitleText(t) || isYearLine(t) || unitLine(t) !== null);
}

/** A project column cell: its text, a vertical merge's text, or the row above's when blank (same project). */
function fillPart(view: SheetView, row: number, col: number, last: Part | null, hasMerges: boolean): Part | null {
  const t = view.text(row, col);
  if (t !== '') return { text: t, row, col };
  const m = hasMerges ? view.merge(row, col) : undefined;
  if (m && m.left === col && m.top < row) return { text: view.text(m.top, m.left), row: m.top, col };
  return last;
}

/**
 * A cell read in place, or the text of a merge that reaches down into it from above in the same column; null when
 * empty (the cell's address then comes from its column).
 */
function cellPart(view: SheetView, row: number, col: number | undefined, hasMerges: boolean): Part | null {
  if (col === undefined) return null;
  const t = view.text(row, col);
  if (t !== '') return { text: t, row, col };
  if (!hasMerges) return null;
  const m = view.merge(row, col);
  if (m && m.left === col && m.top < row) {
    const above = view.text(m.top, m.left);
    return above === '' ? null : { text: above, row: m.top, col };
  }
  return null;
}

/**
 * The name cell; when a 二级 cell is merged across the name column (seed 003: 年度履职目标相关性 over 二级 and
 * 三级), the indicator is named by that merged cell, as a reader sees it.
 */
function namePart(view: SheetView, row: number, col: number | undefined, hasMerges: boolean): Part | null {
  const p = cellPart(view, row, col, hasMerges);
  if (p || col === undefined || !hasMerges) return p;
  const m = view.merge(row, col);
  if (m && m.left < col && m.top === row) {
    const text = view.text(m.top, m.left);
    return text === '' ? null : { text, row: m.top, col: m.left };
  }
  return null;
}

function readIndicator(view: SheetView, row: number, group: number, plan: GroupPlan, hasMerges: boolean, forced: boolean): RawIndicator | null {
  const levels: RawIndicator['levels'] = {};
  let context = false;
  for (let i = 0; i < plan.hierarchy.length; i++) {
    const { role, col } = plan.hierarchy[i] as { role: Hierarchy; col: number };
    const part = hierarchyPart(view, row, col, plan.state[role] ?? null, hasMerges);
    const before = plan.state[role];
    if (part && part.row === row && before && before.text !== part.text && normalised(before.text) !== normalised(part.text)) {
      // A new 一级 (or grouping) starts: the deeper levels of the previous one do not carry over.
      for (let j = i + 1; j < plan.hierarchy.length; j++) plan.state[(plan.hierarchy[j] as { role: Hierarchy }).role] = null;
    }
    plan.state[role] = part;
    levels[role] = part;
    if (part && part.text !== '') context = true;
  }
  const c = plan.cols;
  const name = namePart(view, row, plan.nameCol, hasMerges);
  const value = cellPart(view, row, c.value, hasMerges);
  const unit = cellPart(view, row, c.unit, hasMerges);
  const operator = cellPart(view, row, c.operator, hasMerges);
  const valueText = value?.text ?? '';
  if (name === null && valueText === '') return null;
  let target = targetOf(valueText, unit ? unit.text : null);
  if (name === null && target.kind === 'empty') return null;
  if (!context && plan.hierarchy.length > 0 && !forced) return null;
  if (operator) target = withOperator(target, operator.text);
  return {
    row,
    group,
    levels,
    name,
    value,
    target,
    unit,
    operator,
    description: cellPart(view, row, c.description, hasMerges),
    standard: cellPart(view, row, c.standard, hasMerges),
  };
}

function hierarchyPart(view: SheetView, row: number, col: number, above: Part | null, hasMerges: boolean): Part | null {
  const t = view.text(row, col);
  if (t !== '') return { text: t, row, col };
  const m = hasMerges ? view.merge(row, col) : undefined;
  if (m) {
    // Covered by a merge starting in a column to the left (一级 spanning 一级 and 二级): no level of its own.
    if (m.left < col) return null;
    if (m.top < row) return { text: view.text(m.top, m.left), row: m.top, col };
    return null;
  }
  return above;
}

function normalised(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Combines the operator column (≥ / ≤ / = / 定性) with the value parsed from the value column. 定性 marks a bare
 * number as a qualitative grade; a sentence or a date keeps the kind it was read as (a deadline stays a date).
 */
function withOperator(target: Target, text: string): Target {
  const op = operatorColumnValue(text);
  if (op === null || target.kind === 'empty') return target;
  if (op === 'qualitative') return target.kind === 'quantitative' ? { ...target, kind: 'qualitative' } : target;
  if (target.operator !== null) return target;
  return { ...target, operator: op };
}
