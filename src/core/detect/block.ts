// Reads the project block above an indicator header: title, year, 单位 line and label/value pairs
// (项目名称 | 劳动能力鉴定费用; 主管部门 | … | 预算执行单位 | …), values to the right of their label or below it.

import { a1 } from '../a1';
import { normaliseLabel } from '../categories';
import type { Period, ProjectField } from '../model';
import { parseAmount } from '../parse/amount';
import { parsePeriod, parseYear } from '../parse/dates';
import { parsePoints } from '../parse/numbers';
import type { SheetView } from './sheet';
import {
  amountColumn,
  blockLabel,
  isDepartmentTitle,
  isTitleText,
  isYearLine,
  unitLine,
  type AmountColumn,
  type BlockLabel,
} from './vocabulary';

export interface BlockInfo {
  /** The block's first row (title or first label), or null when the zone holds no block. */
  start: number | null;
  title: string | null;
  year: number | null;
  /** The money unit the block's bare amounts are in (单位：万元), or null when nothing says. */
  moneyUnit: string | null;
  name: string | null;
  department: string | null;
  implementer: string | null;
  type: string | null;
  period: Period | null;
  budget: number | null;
  fiscal: number | null;
  other: number | null;
  /** Every part of the year's money besides the fiscal one, by row (自有资金小计 and 其他收入 both): for a blank total. */
  otherParts: Map<number, number>;
  midtermBudget: number | null;
  midtermFiscal: number | null;
  midtermOther: number | null;
  annualGoal: string | null;
  midtermGoal: string | null;
  /** 其他说明 / 测算依据 text (the cell right of its label). */
  note: string | null;
  /** A self-evaluation's money table: the amount spent (万元), the execution rate (%), its weight and score. */
  executed: number | null;
  executionRate: number | null;
  executionWeight: number | null;
  executionScore: number | null;
  cells: Partial<Record<ProjectField, string>>;
  /** Title or labels of a department-wide (整体支出) form. */
  departmentForm: boolean;
  /** The goal label nearest the header (年度目标 / 中期目标), telling a single indicator set's kind. */
  lastGoal: 'annual' | 'midterm' | null;
  /** Columns of the 中期目标 and 年度目标 labels, telling which of two column groups is which. */
  midtermGoalCol: number | null;
  annualGoalCol: number | null;
}

function emptyBlock(): BlockInfo {
  return {
    start: null,
    title: null,
    year: null,
    moneyUnit: null,
    name: null,
    department: null,
    implementer: null,
    type: null,
    period: null,
    budget: null,
    fiscal: null,
    other: null,
    otherParts: new Map(),
    midtermBudget: null,
    midtermFiscal: null,
    midtermOther: null,
    annualGoal: null,
    midtermGoal: null,
    note: null,
    executed: null,
    executionRate: null,
    executionWeight: null,
    executionScore: null,
    cells: {},
    departmentForm: false,
    lastGoal: null,
    midtermGoalCol: null,
    annualGoalCol: null,
  };
}

type AmountField = 'budget' | 'fiscal' | 'other' | 'midtermBudget' | 'midtermFiscal' | 'midtermOther' | 'executed';
type TextField = 'name' | 'department' | 'implementer' | 'type' | 'annualGoal' | 'midtermGoal' | 'note';
type PointsField = 'executionRate' | 'executionWeight' | 'executionScore';

const AMOUNT_FIELDS: ReadonlySet<ProjectField> = new Set([
  'budget',
  'fiscal',
  'other',
  'midtermBudget',
  'midtermFiscal',
  'midtermOther',
  'executed',
]);
const POINTS_FIELDS: ReadonlySet<ProjectField> = new Set(['executionRate', 'executionWeight', 'executionScore']);
/** A cross-table's total row may be labelled just 总额 (大英: 年度预算数(万元) | 年初预算 | 调整后预算数 …). */
const CROSS_TOTAL = /^总额[:]?$/;
const GOAL_FIELDS: ReadonlySet<ProjectField> = new Set(['annualGoal', 'midtermGoal']);
const NUMBER_LIKE = /^[¥￥]?\s*-?[\d０-９][\d０-９,，.．\s]*(?:万元|千元|亿元|元|万|亿)?$/;

/** Does a row open a block: a title, a year line, a 单位 line or a label naming a project field? */
function opensBlock(text: string, alone: boolean): boolean {
  if (unitLine(text) !== null) return true;
  if (alone && (isTitleText(text) || isYearLine(text))) return true;
  const l = blockLabel(text);
  return l !== null && l.field !== null;
}

/**
 * Parses rows `from..to` (the zone between the previous table and this header). The block starts at the zone's
 * first row that opens one; rows before it (the previous table's 其他说明) are not part of it.
 */
export function readBlock(view: SheetView, from: number, to: number, hasMerges: boolean): BlockInfo {
  const b = emptyBlock();
  const consumed = new Set<string>();
  // Which total (年度 or 中期) a column's 其中：财政拨款 / 其他资金 belongs to.
  const totalKind = new Map<number, 'annual' | 'midterm'>();
  const deferred: { field: ProjectField; value: Value; unit: string | null; listing: boolean }[] = [];
  const columnKind = new Map<number, 'annual' | 'midterm'>();
  const amountColumns = new Map<number, AmountColumn>();
  const scoreHeaderWeights = new Map<number, Value>();
  for (let r = from; r <= to; r++) {
    const items = view.rowTexts(r);
    if (items.length === 0) continue;
    // A title or year line may share its row with a 单位：万元 or 填报日期：… note.
    const alone = items.length === 1 || items.slice(1).every((it) => isSideNote(it.text));
    if (b.start === null) {
      if (!items.some((it) => opensBlock(it.text, alone))) continue;
      b.start = r;
    }
    const from0 = alone && readTitleLine(b, r, items[0] as { col: number; text: string }) ? 1 : 0;
    for (let i = from0; i < items.length; i++) {
      const it = items[i] as { col: number; text: string };
      if (consumed.has(`${r},${it.col}`)) continue;
      const unit = unitLine(it.text);
      if (unit !== null) {
        b.moneyUnit = unit;
        continue;
      }
      if (readAmountHeading(b, r, it, amountColumns, scoreHeaderWeights)) continue;
      const label =
        blockLabel(it.text) ??
        (amountColumns.size > 0 && CROSS_TOTAL.test(normaliseLabel(it.text)) ? CROSS_TOTAL_LABEL : null);
      if (!label) {
        if (NOTE_LABEL.test(normaliseLabel(it.text))) readNote(b, view, r, items, i, hasMerges, consumed);
        continue;
      }
      if (label.department) b.departmentForm = true;
      // 项目资金(元) heading a money table: its figures are in 元.
      if (label.moneyUnit !== null && b.moneyUnit === null) b.moneyUnit = label.moneyUnit;
      noteGoal(b, label.field, it.col);
      if (label.field === null) {
        const note = label.inline === null && NOTE_LABEL.test(normaliseLabel(it.text));
        if (note) readNote(b, view, r, items, i, hasMerges, consumed);
        continue;
      }
      if (label.inline === null) {
        const at: LabelAt = { b, view, row: r, items, index: i, label, consumed };
        if (matrixValues(at, columnKind) || crossValue(at, amountColumns)) continue;
      }
      const field = partField(label.field, it.col, totalKind);
      if (field === 'budget') totalKind.set(it.col, 'annual');
      if (field === 'midtermBudget') totalKind.set(it.col, 'midterm');
      let value: Value | null = null;
      let listing = false;
      if (label.inline !== null) {
        value = { text: label.inline, row: r, col: it.col, raw: label.inline };
      } else {
        value = valueRight(view, r, it.col, items, i, hasMerges);
        if (!value) {
          value = valueBelow(view, r, it.col, to, hasMerges, AMOUNT_FIELDS.has(field));
          // A row of labels with values beneath is a listing (项目支出情况: 项目名称 | 项目类型 | 项目总预算 …).
          listing = value !== null && !GOAL_FIELDS.has(field) && items.filter((x) => isLabelCell(x.text)).length >= 3;
        }
        if (value) consumed.add(`${value.row},${value.col}`);
        // 中期资金总额 | 年度资金总额 over their figures: the columns below say which total a row's figure is.
        if (value && value.row !== r && (field === 'budget' || field === 'midtermBudget')) {
          columnKind.set(value.col, field === 'budget' ? 'annual' : 'midterm');
        }
      }
      if (!value) continue;
      if (listing || label.departmentOnly) deferred.push({ field, value, unit: label.moneyUnit, listing });
      else setField(b, field, value, label.moneyUnit);
    }
  }
  // A department-wide form lists its projects and totals its income (合计); a project form's block may be a listing.
  for (const d of deferred) {
    if (d.listing !== b.departmentForm) setField(b, d.field, d.value, d.unit);
  }
  executionWeightInHeader(b, scoreHeaderWeights);
  return b;
}

/** The label of a form's free note on its budget: 其他说明, 测算依据, 资金测算(依据), 预算测算依据. */
const NOTE_LABEL = /^(?:其他说明|(?:项目|预算|资金)?测算依据|资金测算(?:说明)?|测算说明)$/;

/** The text right of a 其他说明 / 测算依据 label at `items[index]` of row `r`, kept as the block's note. */
function readNote(
  b: BlockInfo,
  view: SheetView,
  r: number,
  items: readonly { col: number; text: string }[],
  index: number,
  hasMerges: boolean,
  consumed?: Set<string>,
): void {
  const value = valueRight(view, r, (items[index] as { col: number }).col, items, index, hasMerges);
  if (!value) return;
  consumed?.add(`${value.row},${value.col}`);
  setField(b, 'note', value, null);
}

/**
 * A 其他说明 / 测算依据 row right below a table's last indicator row (`after`, up to `end`): its text becomes the block's
 * note unless the block above already had one.
 */
export function readNoteBelow(view: SheetView, b: BlockInfo, after: number, end: number, hasMerges: boolean): void {
  if (b.cells.note !== undefined) return;
  for (let r = after + 1; r <= Math.min(end, after + 2); r++) {
    const items = view.rowTexts(r);
    if (items.length === 0) continue;
    const first = items[0] as { col: number; text: string };
    if (NOTE_LABEL.test(normaliseLabel(first.text))) readNote(b, view, r, items, 0, hasMerges);
    return;
  }
}

/** A title line (its year, a department-wide form) or a year line standing alone on its row; false for neither. */
function readTitleLine(b: BlockInfo, r: number, only: { col: number; text: string }): boolean {
  if (b.title === null && isTitleText(only.text)) {
    b.title = only.text;
    b.cells.title = a1(r, only.col);
    const y = parseYear(only.text);
    if (y !== null && b.year === null) {
      b.year = y;
      b.cells.year = a1(r, only.col);
    }
    if (isDepartmentTitle(only.text)) b.departmentForm = true;
    return true;
  }
  if (isYearLine(only.text)) {
    if (b.year === null) {
      b.year = parseYear(only.text);
      b.cells.year = a1(r, only.col);
    }
    return true;
  }
  return false;
}

/**
 * A money cross-table's column heading (年初预算数 | 全年预算数 | 全年执行数, 分值 | 执行率 | 得分), noted with the weight a
 * score heading states; false when the cell is none, or an executed-amount heading once the budget has been read.
 */
function readAmountHeading(
  b: BlockInfo,
  r: number,
  it: { col: number; text: string },
  amountColumns: Map<number, AmountColumn>,
  scoreHeaderWeights: Map<number, Value>,
): boolean {
  const amountKind = amountColumn(it.text);
  if (amountKind === null || (b.cells.budget !== undefined && amountKind === 'executed')) return false;
  amountColumns.set(it.col, amountKind);
  const points = amountKind === 'score' ? WEIGHT_IN_SCORE_HEADER.exec(normaliseLabel(it.text)) : null;
  if (points) scoreHeaderWeights.set(it.col, { text: points[1] as string, row: r, col: it.col, raw: null });
  return true;
}

/** The goal label nearest the header so far (年度目标 / 中期目标), and its column. */
function noteGoal(b: BlockInfo, field: ProjectField | null, col: number): void {
  if (field === 'annualGoal') {
    b.lastGoal = 'annual';
    b.annualGoalCol = col;
  } else if (field === 'midtermGoal') {
    b.lastGoal = 'midterm';
    b.midtermGoalCol = col;
  }
}

/** 得分(20分*执行率): the execution rate's weight written in its score column's heading (昌宁's 自评表 has no 分值 column). */
const WEIGHT_IN_SCORE_HEADER = /^得分\((\d+(?:\.\d+)?)分/;

/** Without a 分值 column, the execution rate's weight is the one its score column's heading states, at that heading. */
function executionWeightInHeader(b: BlockInfo, headers: ReadonlyMap<number, Value>): void {
  const scoreCell = b.cells.executionScore;
  if (scoreCell === undefined || b.cells.executionWeight !== undefined) return;
  for (const v of headers.values()) {
    if (a1(v.row, v.col).replace(/\d+$/, '') === scoreCell.replace(/\d+$/, '')) setField(b, 'executionWeight', v, null);
  }
}

interface Value {
  text: string;
  row: number;
  col: number;
  raw: unknown;
}

/** Without a year in the title (its own or the sheet's), the period's first year is the budget year. */
export function yearFromPeriod(b: BlockInfo): void {
  if (b.year !== null || !b.period?.start) return;
  b.year = Number(b.period.start.slice(0, 4));
  if (b.cells.period) b.cells.year = b.cells.period;
}

const MIDTERM_PART: Partial<Record<ProjectField, ProjectField>> = {
  budget: 'midtermBudget',
  fiscal: 'midtermFiscal',
  other: 'midtermOther',
};

/** A label cell of the block being read, with what the column readers below need of its row. */
interface LabelAt {
  b: BlockInfo;
  view: SheetView;
  row: number;
  items: readonly { col: number; text: string }[];
  /** The label's index in `items`. */
  index: number;
  label: BlockLabel;
  /** Cells taken as a value already (`row,col`). */
  consumed: Set<string>;
}

/**
 * A 资金总额 / 其中：财政拨款 / 其他资金 row label with one figure per 中期/年度 column: each figure goes to the
 * total of its column. False when the row's figures are not under such columns.
 */
function matrixValues(at: LabelAt, columnKind: ReadonlyMap<number, 'annual' | 'midterm'>): boolean {
  const { b, view, row, items, label, consumed } = at;
  const field = label.field;
  if (columnKind.size === 0 || field === null || MIDTERM_PART[field] === undefined) return false;
  let assigned = false;
  for (let j = at.index + 1; j < items.length; j++) {
    const v = items[j] as { col: number; text: string };
    if (isLabelCell(v.text)) break;
    const kind = columnKind.get(v.col);
    if (!kind) continue;
    const target = kind === 'midterm' ? (MIDTERM_PART[field] as ProjectField) : field;
    setField(b, target, { text: v.text, row, col: v.col, raw: view.raw(row, v.col) }, label.moneyUnit);
    consumed.add(`${row},${v.col}`);
    assigned = true;
  }
  return assigned;
}

const CROSS_FIELDS: ReadonlySet<ProjectField> = new Set(['budget', 'fiscal', 'other']);
const CROSS_TOTAL_LABEL: BlockLabel = {
  field: 'budget',
  moneyUnit: null,
  inline: null,
  department: false,
  departmentOnly: false,
};
/** The total row's figures a self-evaluation adds beside the budget. */
const EXECUTION_FIELDS: Partial<Record<AmountColumn, ProjectField>> = {
  executed: 'executed',
  rate: 'executionRate',
  weight: 'executionWeight',
  score: 'executionScore',
};

/**
 * A 年度资金总额 / 其中：财政拨款 row under 年初预算数 | 全年预算数 | 全年执行数 columns: the year's budget is the
 * adjusted (全年) figure where there is one, else the initial one — never the amount spent. False when the row has no
 * figure under such columns.
 */
function crossValue(at: LabelAt, amountColumns: ReadonlyMap<number, AmountColumn>): boolean {
  const { b, view, row, items, label, consumed } = at;
  const field = label.field;
  if (amountColumns.size === 0 || field === null || !CROSS_FIELDS.has(field)) return false;
  let chosen: { col: number; text: string; kind: AmountColumn } | null = null;
  for (let j = at.index + 1; j < items.length; j++) {
    const v = items[j] as { col: number; text: string };
    const kind = amountColumns.get(v.col);
    if (kind !== 'initial' && kind !== 'adjusted') continue;
    if (!NUMBER_LIKE.test(v.text) && typeof view.raw(row, v.col) !== 'number') continue;
    if (!chosen || (kind === 'adjusted' && chosen.kind !== 'adjusted')) chosen = { ...v, kind };
  }
  if (chosen) {
    setField(b, field, { text: chosen.text, row, col: chosen.col, raw: view.raw(row, chosen.col) }, label.moneyUnit);
    consumed.add(`${row},${chosen.col}`);
  }
  // The total row of a self-evaluation: the amount spent, the execution rate, and the rate's weight and score — read
  // also when no budget column heading was legible (银川's OCR: 年初预匏数 | 调整预算将,A、 | 全年执行数(B) | 执行率(B/A))
  // or the budget stands beside its label (成安: 预算数 | 6.84 | … | 预算执行进度(%) above 100.00); the budget is
  // then the figure right of the label.
  if (field === 'budget') {
    for (let j = at.index + 1; j < items.length; j++) {
      const v = items[j] as { col: number; text: string };
      const kind = amountColumns.get(v.col);
      const target = kind === undefined ? undefined : EXECUTION_FIELDS[kind];
      if (target === undefined) continue;
      setField(b, target, { text: v.text, row, col: v.col, raw: view.raw(row, v.col) }, label.moneyUnit);
      consumed.add(`${row},${v.col}`);
    }
  }
  return chosen !== null;
}

function isSideNote(text: string): boolean {
  if (unitLine(text) !== null) return true;
  const l = blockLabel(text);
  return l !== null && (l.inline !== null || l.field === null);
}

function partField(
  field: ProjectField,
  col: number,
  totalKind: ReadonlyMap<number, 'annual' | 'midterm'>,
): ProjectField {
  if (field !== 'fiscal' && field !== 'other') return field;
  if (totalKind.get(col) !== 'midterm') return field;
  return field === 'fiscal' ? 'midtermFiscal' : 'midtermOther';
}

/** A label, a 单位 line, or a money table's column heading (全年预算数(A) beside 项目资金(万元)): never a value. */
function isLabelCell(text: string): boolean {
  return blockLabel(text) !== null || unitLine(text) !== null || amountColumn(text) !== null;
}

/** The first non-empty cell right of the label (past its merge), unless that cell is itself a label. */
function valueRight(
  view: SheetView,
  row: number,
  col: number,
  items: readonly { col: number; text: string }[],
  index: number,
  hasMerges: boolean,
): { text: string; row: number; col: number; raw: unknown } | null {
  const m = hasMerges ? view.merge(row, col) : undefined;
  const after = m ? m.right : col;
  for (let j = index + 1; j < items.length; j++) {
    const next = items[j] as { col: number; text: string };
    if (next.col <= after) continue;
    if (isLabelCell(next.text)) return null;
    return { text: next.text, row, col: next.col, raw: view.raw(row, next.col) };
  }
  return null;
}

/** The cell under the label (past its merge) in the same column, when it starts there and is not a label. */
function valueBelow(
  view: SheetView,
  row: number,
  col: number,
  lastRow: number,
  hasMerges: boolean,
  amount: boolean,
): { text: string; row: number; col: number; raw: unknown } | null {
  const m = hasMerges ? view.merge(row, col) : undefined;
  const below = (m ? m.bottom : row) + 1;
  if (below > lastRow) return null;
  const text = view.text(below, col);
  if (text === '' || isLabelCell(text)) return null;
  if (amount && typeof view.raw(below, col) !== 'number' && !NUMBER_LIKE.test(text)) return null;
  return { text, row: below, col, raw: view.raw(below, col) };
}

function setField(
  b: BlockInfo,
  field: ProjectField,
  value: { text: string; row: number; col: number; raw: unknown },
  labelUnit: string | null,
): void {
  if (field === 'other') {
    const part = parseAmount(
      typeof value.raw === 'number' ? value.raw : value.text,
      labelUnit ?? b.moneyUnit ?? '万元',
    );
    // One figure a row: a money table's 其他资金 row has one a column (年初预算数, 全年预算数, 执行数).
    if (part.value !== null && !b.otherParts.has(value.row)) b.otherParts.set(value.row, part.value);
  }
  if (b.cells[field] !== undefined) return;
  if (AMOUNT_FIELDS.has(field)) {
    const raw = typeof value.raw === 'number' ? value.raw : value.text;
    const amount = parseAmount(raw, labelUnit ?? b.moneyUnit ?? '万元');
    if (amount.value === null) return;
    b[field as AmountField] = amount.value;
  } else if (POINTS_FIELDS.has(field)) {
    // A rate in % as written (86.19%, 100.00, a bare 20), or points (10, 8.62); —, / and blanks are none.
    const points = typeof value.raw === 'number' ? value.raw : parsePoints(value.text);
    if (points === null) return;
    b[field as PointsField] = points;
  } else if (field === 'period') {
    const p = parsePeriod(value.text);
    if (p === null) return;
    b.period = p;
  } else if (field === 'year') {
    const y = parseYear(value.text);
    if (y === null) return;
    b.year = y;
  } else if (field === 'title') {
    b.title = value.text;
  } else {
    b[field as TextField] = value.text;
  }
  b.cells[field] = a1(value.row, value.col);
}
