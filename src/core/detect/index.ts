// Finds every indicator table on a sheet and reads it into the canonical model.

import { a1, areaA1, columnLetters, columnNumber } from '../a1';
import { normaliseLabel } from '../categories';
import type { Grid } from '../grid';
import type { IndicatorSet, IndicatorTable, MappingOverride, ProjectBlock, TableForm } from '../model';
import { parseAmount } from '../parse/amount';
import { parsePeriod } from '../parse/dates';
import { readBlock, readNoteBelow, yearFromPeriod, type BlockInfo } from './block';
import { columnMap } from './columns';
import { findHeaders, headerAt, type Header } from './header';
import { scanRows, type Segment } from './rows';
import { SheetView } from './sheet';
import type { ColumnGroup, IndicatorRole } from './roles';

export interface DetectOptions {
  overrides?: readonly MappingOverride[];
}

/** Sheet-wide context a table without its own title takes from the table above it (seed 004's second project). */
interface Inherited {
  title: string | null;
  titleCell: string | undefined;
  year: number | null;
  yearCell: string | undefined;
  department: boolean;
  moneyUnit: string | null;
}

export function detectTables(grid: Grid, options: DetectOptions = {}): IndicatorTable[] {
  const view = new SheetView(grid);
  if (grid.cells.length === 0) return [];
  const hasMerges = grid.merges.length > 0;
  const overrides = (options.overrides ?? []).filter((o) => o.sheet === grid.sheet);
  const headers = applyOverrides(view, findHeaders(view, hasMerges), overrides, hasMerges);
  const tables: IndicatorTable[] = [];
  let zoneTop = view.top;
  let inherited: Inherited = {
    title: null,
    titleCell: undefined,
    year: null,
    yearCell: undefined,
    department: false,
    moneyUnit: null,
  };

  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    const headerTop = h.rows[0] as number;
    if (headerTop < zoneTop) continue;
    const next = headers[i + 1];
    const block = readBlock(view, zoneTop, headerTop - 1, hasMerges);
    inherit(block, inherited);
    yearFromPeriod(block);
    assignSets(view, h, block);
    // The user's mapping of a table, and for the other tables of the sheet the mapping of one with the same header
    // (stacked forms repeat their header: mapping one maps them all).
    const override =
      overrides.find((o) => (o.newHeaderRow ?? o.headerRow) === h.row) ??
      sameHeaderOverride(view, h, headers, overrides);
    if (override?.columns) applyColumns(h, override.columns);
    const end = next ? (next.rows[0] as number) - 1 : view.bottom;
    const { segments, levels } = scanRows(view, h, { start: h.row + 1, end, hasMerges });
    if (segments.length === 0 && !h.forced) {
      zoneTop = h.row + 1;
      continue;
    }
    if (h.project.name === undefined) {
      const lastSegment = segments[segments.length - 1];
      readNoteBelow(view, block, lastSegment ? lastSegment.lastRow : h.row, end, hasMerges);
    }
    const made =
      h.project.name !== undefined
        ? flatTables(view, h, block, segments, levels)
        : [blockTable(view, h, block, segments, levels)];
    // A flat export makes thousands of tables: push one by one (a spread would overflow the argument limit).
    for (let k = 0; k < made.length; k++) tables.push(made[k] as IndicatorTable);
    const last = segments[segments.length - 1];
    zoneTop = (last ? last.lastRow : h.row) + 1;
    inherited = {
      title: block.title,
      titleCell: block.cells.title,
      year: block.year,
      yearCell: block.cells.year,
      department: made.some((t) => t.kind === 'department'),
      moneyUnit: block.moneyUnit,
    };
  }
  return tables;
}

/** The header's rows as text, cell by cell: what makes two headers the same form's. */
function headerText(view: SheetView, h: Header): string {
  return h.rows.map((r) => rowText(view, r)).join('/');
}

/** A mapping with columns made on another header of the sheet whose rows read exactly like this one's. */
function sameHeaderOverride(
  view: SheetView,
  h: Header,
  headers: readonly Header[],
  overrides: readonly MappingOverride[],
): MappingOverride | undefined {
  const withColumns = overrides.filter((o) => o.columns && Object.keys(o.columns).length > 0);
  if (withColumns.length === 0) return undefined;
  const mine = headerText(view, h);
  for (const o of withColumns) {
    const row = o.newHeaderRow ?? o.headerRow;
    const other = headers.find((x) => x.row === row);
    if (other && other !== h && headerText(view, other) === mine) return o;
  }
  return undefined;
}

function inherit(block: BlockInfo, from: Inherited): void {
  if (block.title !== null) return;
  block.title = from.title;
  if (from.titleCell) block.cells.title = from.titleCell;
  if (block.year === null && from.year !== null) {
    block.year = from.year;
    if (from.yearCell) block.cells.year = from.yearCell;
  }
  if (from.department) block.departmentForm = true;
  if (block.moneyUnit === null) block.moneyUnit = from.moneyUnit;
}

/** Which column group is 中期 and which 年度: the header's words, else the labels above, else first = 中期. */
function assignSets(view: SheetView, h: Header, block: BlockInfo): void {
  const groups = h.groups;
  if (groups.length === 1) {
    const g = groups[0] as ColumnGroup;
    g.set = g.namedSet ?? sideLabelSet(view, h, g) ?? (block.lastGoal === 'midterm' ? 'midterm' : 'annual');
    return;
  }
  const [a, b] = groups as [ColumnGroup, ColumnGroup];
  let firstIsMidterm = true;
  if (a.namedSet) firstIsMidterm = a.namedSet === 'midterm';
  else if (b.namedSet) firstIsMidterm = b.namedSet !== 'midterm';
  else if (block.midtermGoalCol !== null && block.annualGoalCol !== null)
    firstIsMidterm = block.midtermGoalCol < block.annualGoalCol;
  a.set = firstIsMidterm ? 'midterm' : 'annual';
  b.set = firstIsMidterm ? 'annual' : 'midterm';
}

const MIDTERM_SIDE = /^(?:长期|中期|中长期)目标/;
const ANNUAL_SIDE = /^年度(?:目标|绩效)/;

/** A side label left of the header (长期目标绩效指标 / 年度目标绩效指标) names the set of a single-group table. */
function sideLabelSet(view: SheetView, h: Header, g: ColumnGroup): IndicatorSet | null {
  const cols = Object.values(g.cols);
  if (cols.length === 0) return null;
  const first = Math.min(...cols);
  for (const row of h.rows) {
    for (let c = view.left; c < first; c++) {
      const key = normaliseLabel(view.shown(row, c));
      if (MIDTERM_SIDE.test(key)) return 'midterm';
      if (ANNUAL_SIDE.test(key)) return 'annual';
    }
  }
  return null;
}

const ROLES: ReadonlySet<string> = new Set([
  'level1',
  'level2',
  'level3',
  'level4',
  'description',
  'operator',
  'value',
  'unit',
  'standard',
  'note',
  'valueType',
  'actual',
  'weight',
  'score',
  'deviation',
]);
const LETTERS = /^[A-Za-z]{1,3}$/;

/** A user's column roles: `midterm.` roles go to the 中期 group (made if missing); a plain 一级 is shared. */
function applyColumns(h: Header, columns: Readonly<Record<string, string>>): void {
  for (const [key, letter] of Object.entries(columns)) {
    const m = /^(midterm\.)?(.+)$/.exec(key);
    if (!m || !ROLES.has(m[2] ?? '')) continue;
    const role = m[2] as IndicatorRole;
    const set: IndicatorSet = m[1] ? 'midterm' : 'annual';
    if (letter !== '' && !LETTERS.test(letter)) continue;
    const col = letter === '' ? null : columnNumber(letter);
    const targets = role === 'level1' && set === 'annual' ? h.groups : [groupFor(h, set)];
    for (const g of targets) {
      // Reflect.deleteProperty: a column the user cleared is no column at all, not one set to undefined.
      if (col === null) Reflect.deleteProperty(g.cols, role);
      else g.cols[role] = col;
    }
  }
}

function groupFor(h: Header, set: IndicatorSet): ColumnGroup {
  const found = h.groups.find((g) => g.set === set);
  if (found) return found;
  const g: ColumnGroup = { set, namedSet: set, cols: {} };
  if (set === 'midterm') h.groups.unshift(g);
  else h.groups.push(g);
  return g;
}

/** Overrides move or create headers: the table whose header row matches is rebuilt at the user's row. */
function applyOverrides(
  view: SheetView,
  headers: Header[],
  overrides: readonly MappingOverride[],
  hasMerges: boolean,
): Header[] {
  if (overrides.length === 0) return headers;
  let out = [...headers];
  for (const o of overrides) {
    const target = o.newHeaderRow ?? o.headerRow;
    if (target < view.top || target > view.bottom) continue;
    const existing = out.find((h) => h.row === target);
    out = out.filter((h) => h.row !== o.headerRow && h.row !== target);
    const h = existing ?? (headerAt(view, target, hasMerges, false) as Header);
    h.forced = true;
    out.push(h);
    // A header detection missed, pointed at by the user: the same header further down the sheet (stacked copies of
    // the form) makes a table too, which the same columns then map (sameHeaderOverride).
    if (!existing) {
      const text = rowText(view, target);
      for (let r = view.top; r <= view.bottom; r++) {
        if (r === target || out.some((x) => x.row === r) || rowText(view, r) !== text) continue;
        const copy = headerAt(view, r, hasMerges, false) as Header;
        copy.forced = true;
        out.push(copy);
      }
    }
  }
  return out.sort((x, y) => x.row - y.row);
}

function rowText(view: SheetView, row: number): string {
  return view
    .rowTexts(row)
    .map((c) => `${c.col}:${normaliseLabel(c.text)}`)
    .join('|');
}

const SELF_EVALUATION_TITLE = /自评|自我评价/;

/** A title that names a target form (绩效目标表, 申报表, 批复表) and no evaluation of results. */
const TARGET_TITLE = /目标(?:表|申报|批复|审核)|申报表|批复表/;
const RESULTS_TITLE = /完成情况|实现情况|评价/;

/**
 * A self-evaluation (绩效自评表) says so in its title, or has a score column, or an actual column under a title that
 * does not name a target form; any other table sets targets. A target form (目标批复表) may show last year's
 * achieved value beside this year's target (2021年实际实现值 | 预期2022年实现值): that column alone makes no
 * self-evaluation.
 */
function formOf(h: Header, block: BlockInfo): TableForm {
  const title = block.title ?? '';
  if (SELF_EVALUATION_TITLE.test(title)) return 'self-evaluation';
  if (h.groups.some((g) => g.cols.score !== undefined)) return 'self-evaluation';
  const targetTitle = TARGET_TITLE.test(title) && !RESULTS_TITLE.test(title);
  if (!targetTitle && h.groups.some((g) => g.cols.actual !== undefined)) return 'self-evaluation';
  return 'target';
}

/** A 年度资金总额 left blank above its parts (财政拨款 and other money, 四川's form): the year's budget is their sum. */
function budgetFromParts(block: BlockInfo): number | null {
  if (block.fiscal === null) return null;
  let sum = block.fiscal;
  for (const v of block.otherParts.values()) sum += v;
  return Math.round(sum * 1e6) / 1e6;
}

function project(block: BlockInfo): ProjectBlock {
  const p: ProjectBlock = {
    name: block.name,
    period: block.period,
    budget: block.budget ?? budgetFromParts(block),
    budgetUnit: '万元',
    cells: { ...block.cells },
  };
  if (block.department !== null) p.department = block.department;
  if (block.implementer !== null) p.implementer = block.implementer;
  if (block.type !== null) p.type = block.type;
  if (block.year !== null) p.year = block.year;
  if (block.fiscal !== null) p.fiscal = block.fiscal;
  if (block.other !== null) p.other = block.other;
  if (block.midtermBudget !== null) p.midtermBudget = block.midtermBudget;
  if (block.midtermFiscal !== null) p.midtermFiscal = block.midtermFiscal;
  if (block.midtermOther !== null) p.midtermOther = block.midtermOther;
  if (block.annualGoal !== null) p.annualGoal = block.annualGoal;
  if (block.midtermGoal !== null) p.midtermGoal = block.midtermGoal;
  if (block.note !== null) p.note = block.note;
  if (block.executed !== null) p.executed = block.executed;
  if (block.executionRate !== null) p.executionRate = block.executionRate;
  if (block.executionWeight !== null) p.executionWeight = block.executionWeight;
  if (block.executionScore !== null) p.executionScore = block.executionScore;
  return p;
}

function blockTable(view: SheetView, h: Header, block: BlockInfo, segments: Segment[], levels: 3 | 4): IndicatorTable {
  const indicators =
    segments.length === 1 ? (segments[0] as Segment).indicators : segments.flatMap((s) => s.indicators);
  const top = Math.min(block.start ?? (h.rows[0] as number), h.rows[0] as number);
  const last = segments[segments.length - 1];
  const bottom = last ? last.lastRow : h.row;
  const { left, right } = boundingColumns(view, top, bottom, h);
  const department = block.departmentForm || segments.some((s) => s.inputLevel);
  const table: IndicatorTable = {
    sheet: view.sheet,
    range: areaA1({ top, left, bottom, right }),
    headerRow: h.row,
    kind: department ? 'department' : 'project',
    form: formOf(h, block),
    title: block.title,
    levels,
    project: project(block),
    columns: columnMap(h),
    indicators,
  };
  if (h.rows.length > 1) table.headerRows = [...h.rows];
  const total = segments.find((s) => s.total)?.total;
  if (total) {
    const p = table.project;
    p.totalWeight = total.weight;
    p.totalScore = total.score;
    if (total.weightCell) p.cells.totalWeight = total.weightCell;
    if (total.scoreCell) p.cells.totalScore = total.scoreCell;
  }
  return table;
}

/** The columns the table's rows hold anything in (merges included), at least the header's. */
function boundingColumns(view: SheetView, top: number, bottom: number, h: Header): { left: number; right: number } {
  let left = h.left;
  let right = h.right;
  for (let r = top; r <= bottom; r++) {
    const e = view.extentOf(r);
    if (!e) continue;
    if (e.first < left) left = e.first;
    if (e.last > right) right = e.last;
  }
  return { left, right };
}

/** A flat export: one table per project, its block read from the project columns of its first row. */
function flatTables(
  view: SheetView,
  h: Header,
  block: BlockInfo,
  segments: Segment[],
  levels: 3 | 4,
): IndicatorTable[] {
  const columns = columnMap(h);
  const out: IndicatorTable[] = [];
  const pc = h.project;
  const budgetUnit = pc.budget ? (pc.budget.moneyUnit ?? block.moneyUnit ?? '万元') : null;
  const headerRows = h.rows.length > 1 ? h.rows : null;
  const form = formOf(h, block);
  // Thousands of tables share their columns: their letters are worked out once.
  const left = columnLetters(h.left);
  const right = columnLetters(h.right);
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k] as Segment;
    const indicators = s.indicators;
    const row = s.firstRow;
    const p = flatProject(view, pc, block, row, budgetUnit);
    const isDepartment = block.departmentForm || s.inputLevel;
    const range =
      s.firstRow === s.lastRow && left === right ? `${left}${s.firstRow}` : `${left}${s.firstRow}:${right}${s.lastRow}`;
    const kind = isDepartment ? 'department' : 'project';
    // Two literals rather than a conditional spread: the keys keep the order the report has always had.
    out.push(
      headerRows
        ? {
            sheet: view.sheet,
            range,
            headerRow: h.row,
            headerRows: [...headerRows],
            kind,
            form,
            title: block.title,
            levels,
            project: p,
            columns: { ...columns },
            indicators,
          }
        : {
            sheet: view.sheet,
            range,
            headerRow: h.row,
            kind,
            form,
            title: block.title,
            levels,
            project: p,
            columns: { ...columns },
            indicators,
          },
    );
  }
  return out;
}

/** The project of one table of a flat export, read from the project columns of its first row. */
function flatProject(
  view: SheetView,
  pc: Header['project'],
  block: BlockInfo,
  row: number,
  budgetUnit: string | null,
): ProjectBlock {
  const cells: ProjectBlock['cells'] = {};
  if (block.cells.title) cells.title = block.cells.title;
  // Each present column records its cell even when blank, in the order the fields are read.
  if (pc.name) cells.name = a1(row, pc.name.col);
  const name = textAt(view, row, pc.name?.col);
  const p: ProjectBlock = { name, period: null, budget: null, budgetUnit: '万元', cells };
  if (pc.implementer) cells.implementer = a1(row, pc.implementer.col);
  const implementer = textAt(view, row, pc.implementer?.col);
  if (implementer !== null) p.implementer = implementer;
  if (pc.department) cells.department = a1(row, pc.department.col);
  const department = textAt(view, row, pc.department?.col);
  if (department !== null) p.department = department;
  if (pc.type) cells.type = a1(row, pc.type.col);
  const type = textAt(view, row, pc.type?.col);
  if (type !== null) p.type = type;
  if (pc.budget) {
    const raw = view.raw(row, pc.budget.col);
    const amount = parseAmount(typeof raw === 'number' ? raw : view.shown(row, pc.budget.col), budgetUnit);
    p.budget = amount.value;
    cells.budget = a1(row, pc.budget.col);
  }
  if (pc.period) cells.period = a1(row, pc.period.col);
  const periodText = textAt(view, row, pc.period?.col);
  if (periodText !== null) p.period = parsePeriod(periodText);
  const year = block.year ?? (p.period?.start ? Number(p.period.start.slice(0, 4)) : null);
  if (year !== null) {
    p.year = year;
    const yc = block.cells.year ?? cells.period;
    if (yc) cells.year = yc;
  }
  return p;
}

/** A project column's text on the row, or null when the column is missing or the cell blank. */
function textAt(view: SheetView, row: number, col: number | undefined): string | null {
  if (col === undefined) return null;
  const t = view.shown(row, col);
  return t === '' ? null : t;
}
