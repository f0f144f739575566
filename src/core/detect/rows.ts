// Reads the rows under a header into canonical indicators: fill-down of blank or merged hierarchy cells, the
// four-level reading, the end of the table, and for flat exports the split into one run of rows per project.

import { columnLetters } from '../a1';
import { canonicalLevel1, canonicalLevel2, isGroupingLevel, L1, L2 } from '../categories';
import { laidOutClass, type LaidOutClass, type PartColumns } from '../indicator-cells';
import type { Indicator, IndicatorSet, Target } from '../model';
import { compact } from '../parse/normalise';
import { parsePoints } from '../parse/numbers';
import { parseTarget } from '../parse/target';
import { moneyFactor, normaliseUnit } from '../parse/units';
import { Memo } from '../memo';
import type { Header } from './header';
import type { ColumnGroup } from './roles';
import type { SheetView } from './sheet';
import { blockLabel, isStopText, isTitleText, isYearLine, operatorColumnValue, unitLine } from './vocabulary';

/**
 * A cell's text with where it came from (the merge's top-left, or the row a filled-down value was written on).
 * Each group keeps one per role and overwrites it row after row: a row allocates only what its indicator keeps.
 */
class Reading {
  has = false;
  text = '';
  row = 0;
  col = 0;

  set(text: string, row: number, col: number): true {
    this.has = true;
    this.text = text;
    this.row = row;
    this.col = col;
    return true;
  }
}

export interface Segment {
  /** First row of the segment and its last indicator row (flat export: one project's rows). */
  firstRow: number;
  lastRow: number;
  indicators: Indicator[];
  /** Some indicator's 一级 is 投入管理, which only a department-wide form has. */
  inputLevel: boolean;
  /** A self-evaluation's 总分 row below the indicators: its weight and score cells (null when blank). */
  total?: SegmentTotal;
}

export interface SegmentTotal {
  weight: number | null;
  score: number | null;
  weightCell?: string;
  scoreCell?: string;
}

/**
 * How a four-level sheet's 二级/三级 columns read: 项目产出 / 数量指标 (`grouping`: the 二级 column is the extra
 * middle level) or 数量指标 / a sub-level (`plain`). Null on a three-level table.
 */
type FourLevelMode = 'grouping' | 'plain' | null;

type Hierarchy = 'level1' | 'level2' | 'level3';

interface GroupPlan {
  set: IndicatorSet;
  cols: ColumnGroup['cols'];
  /** Hierarchy columns read with fill-down (the name column excluded), 一级 first. */
  hierarchy: { role: Hierarchy; col: number }[];
  /** Filled-down value per hierarchy entry. */
  state: Reading[];
  /** The hierarchy entry of each level, or -1 when the group has no such column (or it is the name column). */
  level1At: number;
  level2At: number;
  level3At: number;
  nameCol: number | undefined;
  mode: FourLevelMode;
  /** The columns of the 二级 and of a four-level sheet's extra level (see indicatorCells). */
  level2Col: number | undefined;
  groupingCol: number | undefined;
  /**
   * The class of this group's indicators read wholly on their own row (their cells made when read); null on a
   * self-evaluation table, whose indicators get their cells record as they are read.
   */
  laidOut: LaidOutClass | null;
  /** This row's readings of the other columns (overwritten row after row). */
  name: Reading;
  value: Reading;
  unit: Reading;
  operator: Reading;
  valueType: Reading;
  description: Reading;
  standard: Reading;
  actual: Reading;
  deviation: Reading;
  level1Of: Recent<string | null>;
  level2Of: Recent<string | null>;
  unitOf: Recent<string | null>;
}

// Canonical lookups and unit normalisation repeat the same few words on every row.
const level1s = new Memo<string | null>(5000);
const level2s = new Memo<string | null>(5000);
const units = new Memo<string | null>(5000);
const groupings = new Memo<boolean>(5000);

// A row's cells are addressed one after another: its number is turned into text once.
let addressedRow = 0;
let addressedRowText = '';
function a1(row: number, col: number): string {
  if (row !== addressedRow) {
    addressedRow = row;
    addressedRowText = String(row);
  }
  return columnLetters(col) + addressedRowText;
}

/** A memo's answer for the last key asked: an export repeats the same 一级, 二级 and unit down consecutive rows. */
class Recent<V> {
  private key: string | null = null;
  private value: V | undefined;

  constructor(
    private readonly memo: Memo<V>,
    private readonly make: (key: string) => V,
  ) {}

  get(key: string): V {
    if (key !== this.key) {
      this.key = key;
      this.value = this.memo.get(key, this.make);
    }
    return this.value as V;
  }
}

/** Effective columns of a group: its own, with the 一级 column it shares with the other group when it has none. */
export function groupColumns(header: Header, g: ColumnGroup): ColumnGroup['cols'] {
  const cols = { ...g.cols };
  const shared = header.groups.find((x) => x.cols.level1 !== undefined);
  if (cols.level1 === undefined && shared) cols.level1 = shared.cols.level1;
  return cols;
}

function planGroup(view: SheetView, header: Header, g: ColumnGroup, start: number, end: number): GroupPlan {
  const cols = groupColumns(header, g);
  const nameCol = cols.level4 ?? cols.level3;
  const hierarchy: { role: Hierarchy; col: number }[] = [];
  for (const role of ['level1', 'level2', 'level3'] as const) {
    const col = cols[role];
    if (col !== undefined && col !== nameCol) hierarchy.push({ role, col });
  }
  const mode = cols.level4 !== undefined ? fourLevelMode(view, cols, start, end) : null;
  const at = (role: Hierarchy): number => hierarchy.findIndex((h) => h.role === role);
  const level2Col = mode === 'grouping' ? cols.level3 : cols.level2;
  const groupingCol = mode === null ? undefined : mode === 'grouping' ? cols.level2 : cols.level3;
  const selfEvaluation =
    cols.actual !== undefined || cols.weight !== undefined || cols.score !== undefined || cols.deviation !== undefined;
  const columns: PartColumns = [
    ['level1', cols.level1],
    ['level2', level2Col],
    ['grouping', groupingCol],
    ['name', nameCol],
    ['description', cols.description],
    ['operator', cols.operator],
    ['target', cols.value],
    ['unit', cols.unit],
    ['standard', cols.standard],
  ];
  return {
    set: g.set,
    cols,
    hierarchy,
    state: hierarchy.map(() => new Reading()),
    level1At: at('level1'),
    level2At: at('level2'),
    level3At: at('level3'),
    nameCol,
    mode,
    level2Col,
    groupingCol,
    laidOut: selfEvaluation ? null : laidOutClass(columns),
    name: new Reading(),
    value: new Reading(),
    unit: new Reading(),
    operator: new Reading(),
    valueType: new Reading(),
    description: new Reading(),
    standard: new Reading(),
    actual: new Reading(),
    deviation: new Reading(),
    level1Of: new Recent(level1s, canonicalLevel1),
    level2Of: new Recent(level2s, canonicalLevel2),
    unitOf: new Recent(units, normaliseUnit),
  };
}

const PRESCAN_ROWS = 60;

/** Decides the four-level reading from the first rows: which of the 二级/三级 columns holds 数量指标-like words. */
function fourLevelMode(view: SheetView, cols: ColumnGroup['cols'], start: number, end: number): FourLevelMode {
  let inThird = 0;
  let inSecond = 0;
  let grouping = 0;
  const last = Math.min(end, start + PRESCAN_ROWS);
  for (let r = start; r <= last; r++) {
    const second = cols.level2 === undefined ? '' : view.shown(r, cols.level2);
    const third = cols.level3 === undefined ? '' : view.shown(r, cols.level3);
    if (third !== '' && level2s.get(third, canonicalLevel2) !== null) inThird++;
    if (second !== '' && level2s.get(second, canonicalLevel2) !== null) inSecond++;
    if (second !== '' && groupings.get(second, isGroupingLevel)) grouping++;
  }
  return inThird > inSecond || (inThird === inSecond && grouping > 0) ? 'grouping' : 'plain';
}

export interface ScanOptions {
  start: number;
  end: number;
  hasMerges: boolean;
}

export interface ScanResult {
  segments: Segment[];
  levels: 3 | 4;
}

/**
 * Reads indicator rows from `start` until the table ends: a row opening another block (其他说明, 项目名称, a title),
 * two blank rows in a row, or `end`. One segment, or one per project for a flat export.
 */
export function scanRows(view: SheetView, header: Header, opts: ScanOptions): ScanResult {
  const plans = header.groups.map((g) => planGroup(view, header, g, opts.start, opts.end));
  const levels: 3 | 4 = plans.some((p) => p.mode !== null) ? 4 : 3;
  const flat = header.project.name !== undefined;
  const nameCol = header.project.name?.col;
  const implCol = header.project.implementer?.col;
  const ends = new TableEnd(view, header.left);
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let lastName = '';
  let lastImpl = '';
  let projectName: string | null = null;
  let projectImpl: string | null = null;
  let blanks = 0;

  for (let r = opts.start; r <= opts.end; r++) {
    const first = view.firstFilledCol(r);
    if (first === 0) {
      blanks++;
      if (blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (ends.at(r, first)) {
      // A 合计 row closing a self-evaluation reads like a block's label (大英): it ends the table, and its total is the table's.
      if (current && !flat) totalRow(view, r, first, plans[0], current);
      break;
    }

    if (flat && nameCol !== undefined) {
      const nameText = fillText(view, r, nameCol, lastName, opts.hasMerges);
      const implText = implCol !== undefined ? fillText(view, r, implCol, lastImpl, opts.hasMerges) : '';
      if (nameText !== projectName || implText !== projectImpl) {
        projectName = nameText;
        projectImpl = implText;
        current = null;
        for (const p of plans) forgetLevels(p);
      }
      lastName = nameText;
      lastImpl = implText;
    }
    if (!current) {
      current = { firstRow: r, lastRow: r, indicators: [], inputLevel: false };
      segments.push(current);
    }
    // Indexed loops in this function and the flat-table one: they run once per sheet, mostly before the engine
    // optimises them, when each for-of step allocates an iterator result.
    let read = false;
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i] as GroupPlan;
      const ind = readIndicator(view, r, plan, opts.hasMerges, header.forced, levels === 4);
      if (ind) {
        current.indicators.push(ind);
        current.lastRow = r;
        if (ind.level1 === L1.input) current.inputLevel = true;
        read = true;
      }
    }
    if (!read && !flat) totalRow(view, r, first, plans[0], current);
  }
  const out = segments.filter((s) => s.indicators.length > 0);
  for (const s of out) {
    // Most tables name a 一级 on their first row: nothing to back-fill, no per-set copies made.
    if (!s.indicators.some((i) => i.level1Raw === null)) continue;
    for (const set of ['annual', 'midterm'] as const) backfillLevel1(s.indicators.filter((i) => i.set === set));
  }
  return { segments: out, levels };
}

/** The 一级 each standard 二级 belongs under (成本 under 产出 on the older forms, under 成本 on the 2021 one). */
const LEVEL1_OF: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  [L2.quantity, [L1.output]],
  [L2.quality, [L1.output]],
  [L2.timeliness, [L1.output]],
  [L2.cost, [L1.output, L1.cost]],
  [L2.economic, [L1.benefit]],
  [L2.social, [L1.benefit]],
  [L2.ecological, [L1.benefit]],
  [L2.sustainable, [L1.benefit]],
  [L2.satisfaction, [L1.satisfaction]],
  [L2.economicCost, [L1.cost]],
  [L2.socialCost, [L1.cost]],
  [L2.ecoCost, [L1.cost]],
]);

/**
 * A 一级 label written part-way down its rows in an unmerged column (a merged cell flattened with its text centred:
 * 产出指标 on the fifth of twelve rows) also names the rows above it that have no 一级 — when each of them has a
 * 二级 that belongs under that 一级 (数量指标 under 产出指标). Without that evidence the rows keep no 一级.
 */
function backfillLevel1(indicators: Indicator[]): void {
  const firstAt = indicators.findIndex((i) => i.level1Raw !== null);
  if (firstAt <= 0) return;
  const first = indicators[firstAt] as Indicator;
  const level1 = first.level1;
  if (!level1) return;
  const lead = indicators.slice(0, firstAt);
  const fits = (i: Indicator) => i.level2 != null && (LEVEL1_OF.get(i.level2)?.includes(level1) ?? false);
  if (!lead.every(fits)) return;
  for (const i of lead) {
    i.level1 = level1;
    i.level1Raw = first.level1Raw;
    if (first.cells.level1) i.cells.level1 = first.cells.level1;
  }
}

const opensOrStops = new Memo<boolean>();
const aloneOpens = new Memo<boolean>();
const LONG_TEXT = 60;
const MAX_UNIT_MEMOS = 2000;
const MAX_TARGETS = 20000;
// unit column text → operator column text → value text → target: no key strings built per row.
const targets = new Map<string, Map<string, Map<string, Target>>>();

// Rows in a run share their unit and operator (%, ≥): the last pair's memo is at hand without two lookups.
let lastUnit: string | null = null;
let lastOperator: string | null = null;
let lastMemo = new Map<string, Target>();

function memoFor(unit: string, operator: string): Map<string, Target> {
  if (unit === lastUnit && operator === lastOperator) return lastMemo;
  let byOperator = targets.get(unit);
  if (!byOperator) {
    if (targets.size >= MAX_UNIT_MEMOS) targets.clear();
    byOperator = new Map();
    targets.set(unit, byOperator);
  }
  let memo = byOperator.get(operator);
  if (!memo) {
    memo = new Map();
    byOperator.set(operator, memo);
  }
  lastUnit = unit;
  lastOperator = operator;
  lastMemo = memo;
  return memo;
}

/**
 * The target of a value cell with its row's unit and operator columns, remembered for the short texts that repeat
 * down an export (100%, ≥95%, 是). A remembered target is frozen and shared by every indicator that has it (a
 * target is read, never changed, once read: nameHint makes a copy); a long text's target is its own.
 */
function targetOf(text: string, unit: string | null, operator: string | null): Target {
  if (text.length > LONG_TEXT) return withOperator(parseTarget(text, unit), operator);
  const memo = memoFor(unit ?? '', operator ?? '');
  let known = memo.get(text);
  if (known === undefined) {
    known = frozen(withOperator(parseTarget(text, unit), operator));
    // Clearing when full keeps the memo O(1) per row, as Memo does; a miss only costs a recomputation.
    if (memo.size >= MAX_TARGETS) memo.clear();
    memo.set(text, known);
  }
  return known;
}

/** A target and the objects in it (its period), frozen. */
function frozen(target: Target): Target {
  for (const k in target) {
    const v = (target as unknown as Record<string, unknown>)[k];
    if (typeof v === 'object' && v !== null) frozen(v as Target);
  }
  return Object.freeze(target);
}

/** A new project starts: no 一级/二级 fills down into it. */
function forgetLevels(plan: GroupPlan): void {
  for (let i = 0; i < plan.state.length; i++) (plan.state[i] as Reading).has = false;
}

/**
 * A row whose first text opens another block or closes this one. Only a text at the table's left edge counts: a
 * lone indicator name further right (年度绩效目标完成率 under filled-down levels) is not a title.
 */
class TableEnd {
  // An export repeats the same first cell (its 单位名称) down thousands of rows: its verdict is kept.
  private lastText: string | null = null;
  private lastStops = false;

  constructor(
    private readonly view: SheetView,
    private readonly left: number,
  ) {}

  /** Does the row, whose first non-empty cell is in column `first`, end the table? */
  at(row: number, first: number): boolean {
    if (first > this.left) return false;
    const text = this.view.text(row, first);
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastStops = opensOrStops.get(text, (t) => {
        if (isStopText(t)) return true;
        const label = blockLabel(t);
        return label !== null && label.field !== null;
      });
    }
    if (this.lastStops) {
      // A label merged down the indicator rows (宁晋's 项目年度绩效目标(定量指标) beside them) is a side label of this
      // table, not the next block's first label; a 其他说明 or 备注 still ends the table.
      const m = this.view.merge(row, first);
      return !(m && m.top === row && m.bottom > row && !isStopText(text));
    }
    if (this.view.hasTextAfter(row, first)) return this.unitLineAtRight(row);
    return aloneOpens.get(text, (t) => isTitleText(t) || isYearLine(t) || unitLine(t) !== null);
  }

  /** A next block's unit line: its owner at the left and 单位:万元 at the right, nothing else (天津's stacked blocks). */
  private unitLineAtRight(row: number): boolean {
    let lastText = '';
    for (let c = this.view.rowEnd(row); c > this.left && lastText === ''; c--) lastText = this.view.text(row, c);
    if (lastText === '' || lastText.length > 12 || unitLine(lastText) === null) return false;
    return this.view.rowTexts(row).length === 2;
  }
}

/** A project column cell's text: its own, a vertical merge's, or the row above's when blank (same project). */
function fillText(view: SheetView, row: number, col: number, last: string, hasMerges: boolean): string {
  const t = view.text(row, col);
  if (t !== '') return t;
  const m = hasMerges ? view.merge(row, col) : undefined;
  if (m && m.left === col && m.top < row) return view.text(m.top, m.left);
  return last;
}

/**
 * Reads a cell in place, or the text of a merge that reaches down into it from above in the same column, into
 * `into`; false when empty (the cell's address then comes from its column).
 */
function readCell(view: SheetView, row: number, col: number | undefined, into: Reading, hasMerges: boolean): boolean {
  into.has = false;
  if (col === undefined) return false;
  const t = view.text(row, col);
  if (t !== '') return into.set(t, row, col);
  if (!hasMerges) return false;
  const m = view.merge(row, col);
  if (m && m.left === col && m.top < row) {
    const above = view.text(m.top, m.left);
    return above === '' ? false : into.set(above, m.top, col);
  }
  return false;
}

/**
 * The name cell; when a 二级 cell is merged across the name column (seed 003: 年度履职目标相关性 over 二级 and
 * 三级), the indicator is named by that merged cell, as a reader sees it.
 */
function readName(view: SheetView, row: number, col: number | undefined, into: Reading, hasMerges: boolean): boolean {
  if (readCell(view, row, col, into, hasMerges) || col === undefined || !hasMerges) return into.has;
  const m = view.merge(row, col);
  if (m && m.left < col && m.top === row) {
    const text = view.text(m.top, m.left);
    return text === '' ? false : into.set(text, m.top, m.left);
  }
  return false;
}

/** Updates hierarchy entry `i` of the group's fill-down state with the row's cell. */
function readHierarchy(
  view: SheetView,
  row: number,
  col: number,
  state: Reading[],
  i: number,
  hasMerges: boolean,
  level2: boolean,
): void {
  const held = state[i] as Reading;
  const t = view.text(row, col);
  if (t !== '') {
    // A new 一级 (or grouping) starts: the deeper levels of the previous one do not carry over.
    if (i + 1 < state.length && held.has && !sameLabel(held.text, t)) {
      for (let j = i + 1; j < state.length; j++) (state[j] as Reading).has = false;
    }
    held.set(t, row, col);
    return;
  }
  const m = hasMerges ? view.merge(row, col) : undefined;
  // A blank cell outside merges: the value above fills down.
  if (!m) return;
  // Covered by a merge starting in a column to the left (一级 spanning 一级 and 二级), or the empty top-left of
  // a merge: no level of its own — unless the 二级 column is covered by a label that names a 二级 itself
  // (社会公众或服务对象满意度指标 across both columns is the 二级 as well as its 一级).
  if (m.left < col || m.top === row) {
    const spanning = level2 && m.left < col ? view.text(m.top, m.left) : '';
    if (spanning !== '' && canonicalLevel2(spanning) !== null) held.set(spanning, m.top, m.left);
    else held.has = false;
    return;
  }
  // Inside a vertical merge: its text, already held when the rows above were inside it too.
  if (held.has && held.row === m.top && held.col === col) return;
  const text = view.text(m.top, m.left);
  if (text === '') held.has = false;
  else held.set(text, m.top, col);
}

const SPACES = /\s+/g;

function sameLabel(a: string, b: string): boolean {
  if (a === b) return true;
  if (!hasSpace(a) && !hasSpace(b)) return false;
  return a.replace(SPACES, '') === b.replace(SPACES, '');
}

/** Does the text hold a character `\s` matches? A loop: the 一级/二级 of an export change every few rows. */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a))
      return true;
    if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

/** The address a reading came from, else the cell of its column on this row; undefined without a column. */
function cellOf(p: Reading | null, row: number, col: number | undefined): string | undefined {
  if (p !== null && p.has) return a1(p.row, p.col);
  return col === undefined ? undefined : a1(row, col);
}

function heldAt(plan: GroupPlan, at: number): Reading | null {
  if (at < 0) return null;
  const r = plan.state[at] as Reading;
  return r.has ? r : null;
}

/** Reads the row's hierarchy columns into the group's fill-down state; true when a category is held after it. */
function readHierarchies(view: SheetView, row: number, plan: GroupPlan, hasMerges: boolean): boolean {
  let context = false;
  const state = plan.state;
  for (let i = 0; i < state.length; i++) {
    const h = plan.hierarchy[i] as { role: Hierarchy; col: number };
    readHierarchy(view, row, h.col, state, i, hasMerges, h.role === 'level2');
    if ((state[i] as Reading).has) context = true;
  }
  return context;
}

function readIndicator(
  view: SheetView,
  row: number,
  plan: GroupPlan,
  hasMerges: boolean,
  forced: boolean,
  fourLevels: boolean,
): Indicator | null {
  const context = readHierarchies(view, row, plan, hasMerges);
  const state = plan.state;
  const c = plan.cols;
  const hasName = readName(view, row, plan.nameCol, plan.name, hasMerges);
  const hasValue = readCell(view, row, c.value, plan.value, hasMerges);
  if (!hasName && !hasValue) return null;
  // A row with neither category nor both a name and a target, before any category was written, is not an indicator
  // (a sub-header, a note); a named indicator with a target is read even when its form left the categories out.
  if (!context && state.length > 0 && !forced && !(hasName && hasValue)) return null;
  const hasUnit = readCell(view, row, c.unit, plan.unit, hasMerges);
  const hasOperator = readCell(view, row, c.operator, plan.operator, hasMerges);
  // Without an operator column, a 指标类型 column's 定性 still marks the value qualitative.
  let marker: string | null = hasOperator ? plan.operator.text : null;
  if (!hasOperator && c.valueType !== undefined && readCell(view, row, c.valueType, plan.valueType, hasMerges))
    marker = plan.valueType.text;
  let target = targetOf(hasValue ? plan.value.text : '', hasUnit ? plan.unit.text : null, marker);
  if (!hasName && target.kind === 'empty') return null;
  if (notAnIndicator(view, row, plan, hasName, target)) return null;
  if (hasName && target.kind === 'quantitative' && (target.operator === null || target.unit === null))
    target = nameHint(target, plan.name.text);

  // Four-level sheets: 项目产出 / 数量指标 (grouping mode) or 数量指标 / sub-level (plain mode).
  const l1 = heldAt(plan, plan.level1At);
  const l2 = heldAt(plan, plan.level2At);
  const l3 = heldAt(plan, plan.level3At);
  const level2Part = plan.mode === 'grouping' ? l3 : l2;
  const groupingPart = plan.mode === 'grouping' ? l2 : plan.mode === 'plain' ? l3 : null;
  const hasDescription = readCell(view, row, c.description, plan.description, hasMerges);
  const hasStandard = readCell(view, row, c.standard, plan.standard, hasMerges);
  const level1Raw = l1 ? l1.text : null;
  const level2Raw = level2Part ? level2Part.text : null;
  const level1 = level1Raw === null ? null : plan.level1Of.get(level1Raw);
  const level2 = level2Raw === null ? null : plan.level2Of.get(level2Raw);
  const name = hasName ? plan.name.text : '';
  const unit = hasUnit ? plan.unitOf.get(plan.unit.text) : null;
  const ind: Indicator =
    plan.laidOut !== null && onOwnRow(row, plan, l1, level2Part, groupingPart)
      ? new plan.laidOut(row, plan.set, level1, level1Raw, level2, level2Raw, name, target, unit)
      : {
          row,
          set: plan.set,
          level1,
          level1Raw,
          level2,
          level2Raw,
          name,
          target,
          unit,
          cells: indicatorCells(row, plan, l1, level2Part, groupingPart),
        };
  if (fourLevels) ind.grouping = groupingPart ? groupingPart.text : null;
  if (c.description !== undefined) ind.description = hasDescription ? plan.description.text : null;
  if (c.standard !== undefined) ind.standard = hasStandard ? plan.standard.text : null;
  // Self-evaluation columns: four column checks on a target table's rows, nothing more.
  if (c.actual !== undefined || c.weight !== undefined || c.score !== undefined || c.deviation !== undefined) {
    selfEvaluation(view, row, plan, ind, hasUnit ? plan.unit.text : null, hasMerges);
  }
  return ind;
}

/** Was the reading taken on this row in this column (or is there none)? */
function here(p: Reading | null, row: number, col: number | undefined): boolean {
  return p === null || !p.has || (p.row === row && p.col === col);
}

/** Is every part of the row's indicator read on the row itself, each in its plan's column (nothing merged down)? */
function onOwnRow(
  row: number,
  plan: GroupPlan,
  l1: Reading | null,
  level2Part: Reading | null,
  groupingPart: Reading | null,
): boolean {
  const c = plan.cols;
  return (
    here(l1, row, c.level1) &&
    here(level2Part, row, plan.level2Col) &&
    (plan.mode === null || here(groupingPart, row, plan.groupingCol)) &&
    here(plan.name, row, plan.nameCol) &&
    here(plan.description, row, c.description) &&
    here(plan.operator, row, c.operator) &&
    here(plan.value, row, c.value) &&
    here(plan.unit, row, c.unit) &&
    here(plan.standard, row, c.standard)
  );
}

/** The A1 cells an indicator was read from, each where its column's reading was taken (a merge's top-left). */
function indicatorCells(
  row: number,
  plan: GroupPlan,
  l1: Reading | null,
  level2Part: Reading | null,
  groupingPart: Reading | null,
): Indicator['cells'] {
  const c = plan.cols;
  const cells: Indicator['cells'] = {};
  const c1 = cellOf(l1, row, c.level1);
  if (c1) cells.level1 = c1;
  const c2 = cellOf(level2Part, row, plan.level2Col);
  if (c2) cells.level2 = c2;
  if (plan.mode !== null) {
    const cg = cellOf(groupingPart, row, plan.groupingCol);
    if (cg) cells.grouping = cg;
  }
  const cn = cellOf(plan.name, row, plan.nameCol);
  if (cn) cells.name = cn;
  const cd = cellOf(plan.description, row, c.description);
  if (cd) cells.description = cd;
  const co = cellOf(plan.operator, row, c.operator);
  if (co) cells.operator = co;
  const ct = cellOf(plan.value, row, c.value);
  if (ct) cells.target = ct;
  const cu = cellOf(plan.unit, row, c.unit);
  if (cu) cells.unit = cu;
  const cs = cellOf(plan.standard, row, c.standard);
  if (cs) cells.standard = cs;
  return cells;
}

/**
 * The actual value (parsed like the target, with the row's unit column), the weight and score, and the deviation
 * reason. A weight or score is the row's own cell only: one merged down over a ★ indicator's sub-rows (萧县) belongs
 * to the ★ row, not to each item under it.
 */
function selfEvaluation(
  view: SheetView,
  row: number,
  plan: GroupPlan,
  ind: Indicator,
  unit: string | null,
  hasMerges: boolean,
): void {
  const c = plan.cols;
  const cells = ind.cells;
  if (c.actual !== undefined) {
    const has = readCell(view, row, c.actual, plan.actual, hasMerges);
    let actual = targetOf(has ? plan.actual.text : '', unit, null);
    // The name's template hint gives a bare actual its unit (公猪舍(≥**平方米) | 22.8), never a bound.
    if (ind.name !== '' && actual.kind === 'quantitative' && actual.unit === null)
      actual = nameHint(actual, ind.name, false);
    ind.actual = actual;
    cells.actual = cellOf(plan.actual, row, c.actual) as string;
  }
  if (c.weight !== undefined) {
    ind.weight = pointsAt(view, row, c.weight);
    cells.weight = a1(row, c.weight);
  }
  if (c.score !== undefined) {
    ind.score = pointsAt(view, row, c.score);
    cells.score = a1(row, c.score);
  }
  if (c.deviation !== undefined) {
    const has = readCell(view, row, c.deviation, plan.deviation, hasMerges);
    ind.deviation = has ? plan.deviation.text : null;
    cells.deviation = cellOf(plan.deviation, row, c.deviation) as string;
  }
}

/** A weight or score cell's points: a number, or text such as 10.00 / 10分; null when blank, — or unreadable. */
function pointsAt(view: SheetView, row: number, col: number): number | null {
  const raw = view.raw(row, col);
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = view.text(row, col);
  return text === '' ? null : parsePoints(text);
}

/** A self-evaluation's 总分 row (its first cell 总分 / 合计…): the weight and score written in its 分值 and 得分 columns. */
function totalRow(view: SheetView, row: number, first: number, plan: GroupPlan | undefined, segment: Segment): void {
  const c = plan?.cols;
  if (!c || c.score === undefined) return;
  const text = view.text(row, first);
  if (!MAY_BE_FURNITURE.has(text.charCodeAt(0)) || !TOTAL_ROW.test(compact(text))) return;
  const total: SegmentTotal = { weight: null, score: pointsAt(view, row, c.score), scoreCell: a1(row, c.score) };
  if (c.weight !== undefined) {
    total.weight = pointsAt(view, row, c.weight);
    total.weightCell = a1(row, c.weight);
  }
  segment.total = total;
}

/** Rows of a total (合计, 总分): never indicators, whatever they hold. */
const TOTAL_ROW = /^(?:合计|总计|小计|总分|自评总分|综合得分|得分合计|分值合计)$/;
/** Names of unfilled template rows and form furniture (a dash for "none"): not indicators when they have no target. */
const TEMPLATE_NAME = /^(?:指标[0-9一二三四五六七八九十lLI]{1,2}[:：]?|无|\(盖章\)|盖章|[-－—–―]+)$/;

/**
 * A total row (合计 / 总分 in the name or the 一级 column) or an unfilled template row (指标1：, (盖章) with no
 * target): read as an indicator it would bring false findings (unknown 一级, empty target) on a row nobody filled.
 */
function notAnIndicator(view: SheetView, row: number, plan: GroupPlan, hasName: boolean, target: Target): boolean {
  // Every row passes here: most names start with none of these words' first characters, and cost one lookup.
  if (hasName && MAY_BE_FURNITURE.has(plan.name.text.charCodeAt(0))) {
    const name = compact(plan.name.text);
    if (TOTAL_ROW.test(name)) return true;
    if (target.kind === 'empty' && TEMPLATE_NAME.test(name)) return true;
  }
  // One merged line from the 一级 column across the name and the target (经办人及联系电话：…, 上报时间 under the
  // table): a note of the form. A name merged over the target, or from the 二级 column, is an indicator written across.
  const l1col = plan.cols.level1;
  if (target.kind === 'empty' && hasName && plan.nameCol !== undefined && plan.cols.value !== undefined) {
    const m = view.merge(row, plan.nameCol);
    if (m && l1col !== undefined && m.left <= l1col && m.right >= plan.cols.value) return true;
  }
  const l1 = plan.cols.level1;
  if (l1 === undefined) return false;
  const first = view.text(row, l1);
  return first !== '' && MAY_BE_FURNITURE.has(first.charCodeAt(0)) && TOTAL_ROW.test(compact(first));
}

/** First characters of the total and template words (合计, 总分, 指标1, 无, (盖章)…), and of white space before them. */
const MAY_BE_FURNITURE = new Set([...'合总小自综得分指无盖(（-－—–― \u3000\t\n'].map((c) => c.charCodeAt(0)));

/** A template's hint left in the name: 苗木成活率(≥**%), 公猪舍(≥**平方米), 培训人数（≥ ** 人）. */
const NAME_HINT =
  /[(（]\s*(≥|≤|>=|<=|>|<|=|﹦|不低于|不少于|不高于|不超过)?\s*[*＊]+\s*([^()（）*＊\d]{1,6})?\s*[)）]\s*$/;

/**
 * A bare number under a name whose template hint says its operator and unit: the hint fills what the cell left out
 * (the unit filled in the number and kept the name as the template wrote it).
 */
function nameHint(target: Target, name: string, bound = true): Target {
  if (name.indexOf('*') < 0 && name.indexOf('＊') < 0) return target;
  const m = NAME_HINT.exec(name);
  if (!m) return target;
  const op = bound && target.operator === null && m[1] ? operatorColumnValue(m[1]) : null;
  const unit = target.unit === null && m[2] ? normaliseUnit(m[2]) : null;
  if ((op === null || op === 'qualitative') && unit === null) return target;
  // A copy: the target read from the cell may be shared by other rows (targetOf).
  const hinted: Target = { ...target };
  if (op !== null && op !== 'qualitative') hinted.operator = op;
  if (unit !== null) {
    hinted.unit = unit;
    const factor = moneyFactor(unit);
    if (factor !== null) hinted.factorToWanyuan = factor;
  }
  return hinted;
}

/**
 * Combines the operator column (≥ / ≤ / = / 定性) with the value parsed from the value column. 定性 marks a bare
 * number as a qualitative grade; a sentence or a date keeps the kind it was read as (a deadline stays a date).
 */
function withOperator(target: Target, text: string | null): Target {
  if (text === null) return target;
  const op = operatorColumnValue(text);
  if (op === null || target.kind === 'empty') return target;
  // A number the cell itself bounds (95%以上, ≥95%) stays a quantity whatever the column says.
  if (op === 'qualitative')
    return target.kind === 'quantitative' && target.operator === null ? { ...target, kind: 'qualitative' } : target;
  if (target.operator !== null) return target;
  return { ...target, operator: op };
}
