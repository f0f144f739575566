// Finds indicator header rows by their words (one row, or two with merged cells) and maps columns to roles,
// splitting a header with two 二级/三级/指标值 groups (中期 | 年度) into two column groups.

import {
  chooseOperatorColumn,
  chooseWeightColumn,
  levelColumnByContent,
  performanceForm,
  scoreColumnAbove,
  valueColumnByContent,
  weightColumnByContent,
} from './evidence';
import type { ColumnGroup, IndicatorRole } from './roles';
import type { SheetView } from './sheet';
import { headerWord, type HeaderWord, type ProjectColumn } from './vocabulary';

interface HeaderCell {
  row: number;
  col: number;
  text: string;
  word: HeaderWord;
}

export interface Header {
  /** The last header row: indicators start below it. */
  row: number;
  /** Every header row, top to bottom (two when the header is split over two rows). */
  rows: number[];
  groups: ColumnGroup[];
  /** Flat exports: the project block's columns. */
  project: Partial<Record<ProjectColumn, { col: number; moneyUnit: string | null }>>;
  left: number;
  right: number;
  /** Made or moved by a user's mapping override: kept even when it would not pass detection. */
  forced: boolean;
}

const LEVELS: ReadonlySet<IndicatorRole> = new Set(['level1', 'level2', 'level3', 'level4']);
const GROUP_KEYS: ReadonlySet<IndicatorRole> = new Set(['level1', 'level2', 'level3', 'level4', 'value']);

/**
 * Header words on one row. A merged cell counts at its left column; a merge reaching below the row is a side
 * label (绩效指标 down the table's left edge), not a header cell; a merge from the row above counts (two-row header).
 */
function rowWords(view: SheetView, row: number, hasMerges: boolean): HeaderCell[] {
  const out: HeaderCell[] = [];
  let tall: (HeaderCell & { bottom: number })[] | undefined;
  // Own values first: most rows hold no header word, and then no merge needs looking up.
  // Every row of the sheet passes here: its values are read straight from the grid's row.
  const values = view.values(row);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'string') continue;
    const word = headerWord(v);
    if (!word) continue;
    const c = view.left + i;
    const m = hasMerges ? view.merge(row, c) : undefined;
    if (m && m.bottom > row) {
      // A merge running down the table is a side label (绩效指标); header cells merged down over a sub-header row
      // (一级指标 … beside 区域目标值 over the regions) come several to the same short depth.
      if (m.top === row && m.bottom - row <= 2)
        (tall ??= []).push({ row, col: c, text: v.trim(), word, bottom: m.bottom });
      continue;
    }
    out.push({ row, col: c, text: v.trim(), word });
  }
  if (tall) {
    for (const t of tall) {
      if (tall.filter((x) => x.bottom === t.bottom).length >= 2)
        out.push({ row: t.row, col: t.col, text: t.text, word: t.word });
    }
    if (out.length > 1) out.sort((a, b) => a.col - b.col);
  }
  if (out.length === 0 || !hasMerges) return out;
  // A header split over two rows: cells merged down from the row above count on this row.
  const end = view.lastCol(row);
  for (let c = view.left; c <= end; c++) {
    if (view.raw(row, c) !== null) continue;
    const m = view.merge(row, c);
    if (!m || m.left !== c || m.top === row || m.bottom > row) continue;
    const text = view.text(m.top, m.left);
    const word = text === '' ? null : headerWord(text);
    if (word) out.push({ row: m.top, col: c, text, word });
  }
  if (out.length > 1) out.sort((a, b) => a.col - b.col);
  return out;
}

function hasIndicatorWord(cells: readonly HeaderCell[]): boolean {
  for (const c of cells) if (c.word.kind === 'indicator') return true;
  return false;
}

/** The column groups and project columns of a header's cells, or null when no group has a value and a level. */
function buildGroups(cells: readonly HeaderCell[], requireComplete = true): Pick<Header, 'groups' | 'project'> | null {
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  let strongLevel3: number | null = null;
  let firstLevel1: number | null = null;
  let hasLevel4 = false;
  let strongValue = false;
  for (const c of sorted) {
    if (c.word.kind !== 'indicator') continue;
    if (c.word.role === 'level3' && !c.word.weak && strongLevel3 === null) strongLevel3 = c.col;
    if (c.word.role === 'value' && !c.word.weak) strongValue = true;
    if (c.word.role === 'level1' && firstLevel1 === null) firstLevel1 = c.col;
    if (c.word.role === 'level4') hasLevel4 = true;
  }
  const groups: ColumnGroup[] = [{ set: 'annual', namedSet: null, cols: {} }];
  const project: Header['project'] = {};
  for (const c of sorted) {
    const w = c.word;
    if (w.kind === 'project') {
      if (!project[w.field]) project[w.field] = { col: c.col, moneyUnit: w.moneyUnit };
      continue;
    }
    let role = w.role;
    if (w.weak && role === 'value') {
      // 指标值 | 指标值内容: the second says what the first means.
      if (strongValue) role = 'description';
    } else if (w.weak && strongLevel3 !== null) {
      // 三级指标 | 指标名称: the named column right of 三级 is the indicator itself, a fourth level.
      if (hasLevel4 || c.col < strongLevel3) continue;
      role = 'level4';
      hasLevel4 = true;
    }
    // Words left of 一级指标 are side labels of the form, not columns of this table.
    if (firstLevel1 !== null && c.col < firstLevel1) continue;
    let g = groups[groups.length - 1] as ColumnGroup;
    if (GROUP_KEYS.has(role) && g.cols[role] !== undefined) {
      g = { set: 'annual', namedSet: null, cols: {} };
      groups.push(g);
    }
    if (g.cols[role] === undefined) g.cols[role] = c.col;
    else if (g.cols[role] !== c.col) ((g.alternatives ??= {})[role] ??= []).push(c.col);
    if (w.set) g.namedSet = w.set;
  }
  // 三级指标 | 中期指标值 | 年度指标值: a second value column without levels of its own shares the first group's.
  const first = groups[0] as ColumnGroup;
  for (const g of groups.slice(1)) {
    if (
      g.cols.value === undefined ||
      g.cols.level2 !== undefined ||
      g.cols.level3 !== undefined ||
      g.cols.level4 !== undefined
    )
      continue;
    for (const role of ['level2', 'level3', 'level4', 'description'] as const) {
      const col = first.cols[role];
      if (col !== undefined && g.cols[role] === undefined) g.cols[role] = col;
    }
  }
  // A header the user points at keeps the roles its words give, complete or not; their override adds the rest.
  const valid = requireComplete ? groups.filter(isCompleteGroup) : groups.filter((g) => Object.keys(g.cols).length > 0);
  if (valid.length === 0) return null;
  return { groups: valid.slice(0, 2), project };
}

/**
 * A 指标值 header merged over two columns with no unit header (seed 003: *指标值 over 90 | %): the second column
 * holds the unit.
 */
function unitUnderValue(view: SheetView, header: Header, hasMerges: boolean): void {
  if (!hasMerges) return;
  for (const g of header.groups) {
    const v = g.cols.value;
    if (v === undefined || g.cols.unit !== undefined) continue;
    const m = view.merge(header.row, v) ?? view.merge(header.rows[0] as number, v);
    if (!m || m.right <= v) continue;
    const next = v + 1;
    const taken = Object.values(g.cols).includes(next);
    if (!taken) g.cols.unit = next;
  }
}

/**
 * A group that makes a table: a name column and targets, or, on a self-evaluation scoring form without targets
 * (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分), a weight and a score.
 */
function isCompleteGroup(g: ColumnGroup): boolean {
  const named = g.cols.level2 !== undefined || g.cols.level3 !== undefined || g.cols.level4 !== undefined;
  return named && (g.cols.value !== undefined || isScoring(g.cols));
}

function isScoring(cols: ColumnGroup['cols']): boolean {
  return cols.weight !== undefined && cols.score !== undefined;
}

/** Does the header name both a weight and a score column (分值 | 得分)? */
function namesScoring(cells: readonly HeaderCell[]): boolean {
  let weight = false;
  let score = false;
  for (const c of cells) {
    if (c.word.kind !== 'indicator') continue;
    if (c.word.role === 'weight') weight = true;
    else if (c.word.role === 'score') score = true;
  }
  return weight && score;
}

function levelCount(cells: readonly HeaderCell[]): { levels: number; value: boolean } {
  const seen = new Set<IndicatorRole>();
  let value = false;
  for (const c of cells) {
    if (c.word.kind !== 'indicator') continue;
    if (LEVELS.has(c.word.role)) seen.add(c.word.role);
    if (c.word.role === 'value') value = true;
  }
  return { levels: seen.size, value };
}

/**
 * The header a row makes, taking words from the row above for columns this row leaves empty (a two-row header
 * whose top row holds 指标值 unmerged). `require` false builds it whatever its words (a user's override).
 */
export function headerAt(
  view: SheetView,
  row: number,
  hasMerges: boolean,
  require = true,
  own?: HeaderCell[],
  above?: HeaderCell[],
): Header | null {
  const mine = own ?? rowWords(view, row, hasMerges);
  if (require && !hasIndicatorWord(mine)) return null;
  const prev = row > view.top ? (above ?? rowWords(view, row - 1, hasMerges)) : [];
  const combined = [...mine];
  let usesAbove = mine.some((c) => c.row < row);
  if (prev.length > 0 && (hasIndicatorWord(prev) || !require)) {
    const taken = new Set(mine.map((c) => c.col));
    for (const p of prev) {
      if (taken.has(p.col) || view.shown(row, p.col) !== '') continue;
      combined.push(p);
      usesAbove = true;
    }
  }
  if (require) {
    const counted = levelCount(combined);
    let levels = counted.levels;
    const value = counted.value;
    // Level columns by their content, whatever their headers say (评价内容 over 质量指标, 时效指标…).
    if (levels < 2 && levels >= 1) levels += levelColumnsByContent(view, row, combined);
    // A form without level columns (名称, 权重, 单位, 性质, 值) makes a table only on a 绩效 form.
    if (levels < 2 && !(levels === 1 && value && hasFormColumns(combined) && performanceForm(view, row))) return null;
    if (!value) {
      // No word names the targets' column: take the one whose cells read like targets (regions' names as headers).
      const byContent = targetColumnByContent(view, row, combined, hasMerges);
      if (byContent !== null) combined.push(byContent);
      // A self-evaluation scoring form has no targets at all: its weights and scores make the table.
      else if (!namesScoring(combined)) return null;
    }
  }
  const built = buildGroups(combined, require);
  if (!built && require) return null;
  const rows = usesAbove ? [row - 1, row] : [row];
  // Header cells merged down over a sub-header row (区域目标值 over the regions' names): indicators start below it.
  const bottom = headerBottom(view, row, combined, hasMerges);
  for (let r = row + 1; r <= bottom; r++) rows.push(r);
  const { left, right } = extent(view, rows, hasMerges);
  const header: Header = {
    row: bottom,
    rows,
    groups: built?.groups ?? [{ set: 'annual', namedSet: null, cols: {} }],
    project: built?.project ?? {},
    left,
    right,
    forced: !require,
  };
  unitUnderValue(view, header, hasMerges);
  for (const g of header.groups) {
    chooseOperatorColumn(view, header.row, g);
    chooseWeightColumn(view, header.row, g);
    scoreColumnAbove(view, header.row, g, Math.max(header.right, view.lastCol(header.row)));
    weightColumnByContent(view, header.row, g);
  }
  return header;
}

/**
 * Adds header cells for columns left of the name column whose cells are category words; returns how many levels
 * that added (0, 1 or 2).
 */
function levelColumnsByContent(view: SheetView, row: number, cells: HeaderCell[]): number {
  const { nameCol, taken } = nameColumn(cells);
  const roles = new Set<IndicatorRole>();
  for (const c of cells) if (c.word.kind === 'indicator') roles.add(c.word.role);
  let added = 0;
  for (let col = view.left; col < nameCol; col++) {
    if (taken.has(col)) continue;
    const role = levelColumnByContent(view, row, col);
    if (role === null || roles.has(role)) continue;
    roles.add(role);
    cells.push({ row, col, text: view.shown(row, col), word: { kind: 'indicator', role, weak: false, set: null } });
    added++;
  }
  return added;
}

/** The rightmost level column (the indicators' names; -1 without one) and every column a header cell takes. */
function nameColumn(cells: readonly HeaderCell[]): { nameCol: number; taken: Set<number> } {
  let nameCol = -1;
  const taken = new Set<number>();
  for (const c of cells) {
    taken.add(c.col);
    if (c.word.kind === 'indicator' && LEVELS.has(c.word.role) && c.col > nameCol) nameCol = c.col;
  }
  return { nameCol, taken };
}

/** The header's last row: its own, or the lowest a header cell merged down over a sub-header row (≤ 2 rows) reaches. */
function headerBottom(view: SheetView, row: number, cells: readonly HeaderCell[], hasMerges: boolean): number {
  let bottom = row;
  if (!hasMerges) return bottom;
  for (const c of cells) {
    const m = view.merge(c.row, c.col);
    if (m && m.top === c.row && m.bottom > bottom && m.bottom - c.row <= 2) bottom = m.bottom;
  }
  return bottom;
}

/** Besides a name and a value, the columns a form's indicator header has: unit, operator, description. */
function hasFormColumns(cells: readonly HeaderCell[]): boolean {
  return cells.some(
    (c) =>
      c.word.kind === 'indicator' &&
      (c.word.role === 'unit' || c.word.role === 'operator' || c.word.role === 'description'),
  );
}

/** A header cell for the column whose content says it holds the targets, right of the name column; or null. */
function targetColumnByContent(
  view: SheetView,
  row: number,
  cells: readonly HeaderCell[],
  hasMerges: boolean,
): HeaderCell | null {
  const { nameCol, taken } = nameColumn(cells);
  if (nameCol < 0) return null;
  // Where the header's merged cells end, the data begins.
  const bottom = headerBottom(view, row, cells, hasMerges);
  const nameMerge = hasMerges ? view.merge(row, nameCol) : undefined;
  const from = nameMerge ? nameMerge.right : nameCol;
  const rows: number[] = [];
  for (let r = row; r <= bottom; r++) rows.push(r);
  const col = valueColumnByContent(view, rows, from, taken, view.lastCol(row));
  if (col === null) return null;
  return { row, col, text: view.shown(row, col), word: { kind: 'indicator', role: 'value', weak: false, set: null } };
}

function extent(view: SheetView, rows: readonly number[], hasMerges: boolean): { left: number; right: number } {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const r of rows) {
    for (const { col } of view.rowTexts(r)) {
      const m = hasMerges ? view.merge(r, col) : undefined;
      if (col < left) left = col;
      const end = m ? m.right : col;
      if (end > right) right = end;
    }
  }
  if (left > right) return { left: view.left, right: view.left };
  return { left, right };
}

/**
 * Does any of the row's own values hold a header word? Without one, rowWords finds nothing: the test every row of
 * the sheet goes through, answered without building a list.
 */
function holdsHeaderWord(view: SheetView, row: number): boolean {
  const values = view.values(row);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'string' && headerWord(v) !== null) return true;
  }
  return false;
}

/** Every header on the sheet, top to bottom; a header split over two rows is reported once, at its last row. */
export function findHeaders(view: SheetView, hasMerges: boolean): Header[] {
  const found: Header[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (!holdsHeaderWord(view, r)) continue;
    const own = rowWords(view, r, hasMerges);
    if (own.length > 0 && hasIndicatorWord(own)) {
      // The row above's words are read again here (headerAt does): header rows are few.
      const h = headerAt(view, r, hasMerges, true, own);
      if (h) {
        const last = found[found.length - 1];
        if (last && r > (last.rows[0] as number) && r <= last.row + 1) {
          // The next row of the same header (a two-row header, or a sub-header under cells merged down to it).
          const top = last.rows[0] as number;
          h.row = Math.max(h.row, last.row);
          h.rows = [];
          for (let k = top; k <= h.row; k++) h.rows.push(k);
          const ext = extent(view, h.rows, hasMerges);
          h.left = ext.left;
          h.right = ext.right;
          found[found.length - 1] = h;
        } else {
          found.push(h);
        }
      }
    }
  }
  return found;
}
