// Columns confirmed by their content, where the header's words leave a doubt: which of two operator columns holds
// the operators (指标性质 正向 | 指标方向 ≥), and which column holds the targets when no header word names one (a
// transfer-payment table whose target columns are headed by the regions' names).

import { canonicalLevel1, canonicalLevel2, normaliseLabel } from '../categories';
import type { ColumnGroup } from './roles';
import type { SheetView } from './sheet';
import { operatorColumnValue } from './vocabulary';

/** How many data rows below a header are looked at. */
const SAMPLE_ROWS = 30;

/** Header words of columns that hold scores, weights, actuals or reasons: never the target. */
const NOT_TARGET_HEADER = /实际|完成|得分|分值|权重|偏差|原因|执行|自评|评分|说明|解释|描述|备注|依据|标准|公式|定义/;

const OPERATOR_SYMBOL = /^(?:[≥≤=<>]|>=|<=|[＞＜＝﹦﹤﹥≧≦])$/;

/** Non-empty texts of a column under the header, up to SAMPLE_ROWS rows, stopping at a fully blank row. */
function sample(view: SheetView, headerRow: number, col: number): string[] {
  const out: string[] = [];
  for (let r = headerRow + 1; r <= view.bottom && r <= headerRow + SAMPLE_ROWS; r++) {
    if (view.lastCol(r) < view.left) break;
    const t = view.shown(r, col);
    if (t !== '') out.push(t);
  }
  return out;
}

/** Of a group's operator column and its alternatives, the one whose cells state a comparison most often (symbols). */
export function chooseOperatorColumn(view: SheetView, headerRow: number, g: ColumnGroup): void {
  const alts = g.alternatives?.operator;
  if (!alts || alts.length === 0 || g.cols.operator === undefined) return;
  let best = g.cols.operator;
  let bestScore = symbols(view, headerRow, best);
  for (const c of alts) {
    const n = symbols(view, headerRow, c);
    if (n > bestScore) [best, bestScore] = [c, n];
  }
  g.cols.operator = best;
}

/**
 * Of a group's weight columns, the indicators': the first right of the name column whose cells are mostly numbers.
 * A scoring form writes 分值 after 一级, 二级 and 三级 alike (the name's is the one right of it); 成安's 指标分值 holds
 * explanations where 权重占比(%) holds the points.
 */
export function chooseWeightColumn(view: SheetView, headerRow: number, g: ColumnGroup): void {
  const alts = g.alternatives?.weight;
  if (!alts || alts.length === 0 || g.cols.weight === undefined) return;
  const name = g.cols.level4 ?? g.cols.level3 ?? g.cols.level2 ?? -1;
  const all = [g.cols.weight, ...alts].sort((a, b) => a - b);
  const numeric = all.filter((c) => mostlyNumbers(view, headerRow, c));
  g.cols.weight = numeric.find((c) => c > name) ?? numeric[0] ?? all.find((c) => c > name) ?? g.cols.weight;
}

const POINTS = /^-?\d+(?:\.\d+)?(?:分|%)?$/;

const SCORE_WORD = /得分|评分/;

/**
 * A self-evaluation's score column that the indicator header leaves unnamed (安居's 区域绩效目标自评表: 自评得分 heads
 * the form's last column at its top, and the indicator header's cell in that column holds the section's points): the
 * first free column right of the actual column whose header cell is blank or a number, whose cells are mostly numbers,
 * and above which a short score label stands in the same column.
 */
export function scoreColumnAbove(view: SheetView, headerRow: number, g: ColumnGroup, right: number): void {
  if (g.cols.actual === undefined || g.cols.score !== undefined) return;
  const taken = new Set(Object.values(g.cols));
  for (let c = g.cols.actual + 1; c <= right; c++) {
    if (taken.has(c)) continue;
    const head = normaliseLabel(view.shown(headerRow, c));
    if ((head !== '' && !POINTS.test(head)) || !mostlyNumbers(view, headerRow, c)) return;
    for (let r = headerRow - 1; r >= Math.max(view.top, headerRow - 15); r--) {
      const t = normaliseLabel(view.shown(r, c));
      if (t.length <= 8 && SCORE_WORD.test(t)) {
        g.cols.score = c;
        return;
      }
    }
    return;
  }
}

function mostlyNumbers(view: SheetView, headerRow: number, col: number): boolean {
  const cells = sample(view, headerRow, col);
  if (cells.length === 0) return false;
  let n = 0;
  for (const t of cells) if (POINTS.test(normaliseLabel(t))) n++;
  return n * 2 >= cells.length;
}

// 正向 / 反向 say which way is better (read as ≥ / ≤ when nothing else says); 扎赉特旗's 指标方向 beside them says 等于.
const MERIT_DIRECTION = /^(?:正向|反向)(?:指标)?$/;

/** How many of a column's cells state a comparison: a symbol (≥) or its words (大于等于, 等于), not 正向 / 反向. */
function symbols(view: SheetView, headerRow: number, col: number): number {
  let n = 0;
  for (const t of sample(view, headerRow, col)) {
    const key = normaliseLabel(t);
    if (OPERATOR_SYMBOL.test(key)) n++;
    else if (!MERIT_DIRECTION.test(key) && (operatorColumnValue(key) ?? 'qualitative') !== 'qualitative') n++;
  }
  return n;
}

/** A cell that reads like a target: a number, a short text with a figure or an operator, a graded word, a date. */
function looksLikeTarget(text: string): boolean {
  const t = normaliseLabel(text);
  if (t === '') return false;
  if (/^[≥≤<>=＞＜]?\d/.test(t)) return true;
  if (t.length <= 16 && /\d|[≥≤<>=%]/.test(t)) return true;
  if (operatorColumnValue(t) !== null) return false;
  return (
    /^(?:是|否|无|有|合格|达标|优|良|好|高|较高|显著|提高|提升|明显|有效|按时|及时|完成|满意|基本满意)/.test(t) &&
    t.length <= 12
  );
}

/**
 * The column of targets for a header that names none: the first column right of the name column, not taken by
 * another role and not headed by a score/actual/description word, whose cells mostly read like targets.
 */
export function valueColumnByContent(
  view: SheetView,
  headerRows: readonly number[],
  nameCol: number,
  taken: ReadonlySet<number>,
  right: number,
): number | null {
  const headerRow = headerRows[headerRows.length - 1] as number;
  for (let c = nameCol + 1; c <= right; c++) {
    if (taken.has(c)) continue;
    const head = headerRows.map((r) => normaliseLabel(view.shown(r, c))).join('');
    if (NOT_TARGET_HEADER.test(head)) continue;
    const cells = sample(view, headerRow, c);
    if (cells.length === 0) continue;
    const like = cells.filter(looksLikeTarget).length;
    if (like >= Math.max(1, Math.ceil(cells.length * 0.6))) return c;
  }
  return null;
}

/**
 * A column whose cells hold the category vocabulary (产出指标, 数量指标…) is a level column whatever its header says
 * (评价内容, 指标类别…): 'level1' or 'level2' by which vocabulary most of its cells use, or null.
 */
export function levelColumnByContent(view: SheetView, headerRow: number, col: number): 'level1' | 'level2' | null {
  const cells = sample(view, headerRow, col);
  if (cells.length === 0) return null;
  let l1 = 0;
  let l2 = 0;
  for (const t of cells) {
    if (t.length > 20) continue;
    if (canonicalLevel1(t) !== null) l1++;
    else if (canonicalLevel2(t) !== null) l2++;
  }
  const need = Math.max(2, Math.ceil(cells.length * 0.5));
  if (l1 >= need && l1 >= l2) return 'level1';
  if (l2 >= need) return 'level2';
  return null;
}

const PERFORMANCE_WORDS = /绩效/;

/**
 * Does the form around a header say it is a performance-target form (a 绩效 title, a 绩效指标 side label, a 整体绩效目标
 * line) within the rows above it? The evidence that lets a header without level columns (重庆's 部门整体绩效目标表:
 * 指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值) make a table, where a statistics sheet's 指标名称 | 指标值 must not.
 */
export function performanceForm(view: SheetView, row: number): boolean {
  for (let r = Math.max(view.top, row - 20); r <= row; r++) {
    for (const { text } of view.rowTexts(r)) if (text.length <= 60 && PERFORMANCE_WORDS.test(text)) return true;
  }
  return false;
}

/**
 * A self-evaluation's weight column that no header word names (银川's OCR turned 参考分值 into 考值参分): between the
 * name column and the score column, the one free column whose cells are points that bound the score on every row
 * holding both (a weight is never below its score) and add up to no more than the form's 100. Without a score
 * column, or with a named weight column, nothing changes.
 */
export function weightColumnByContent(view: SheetView, headerRow: number, g: ColumnGroup): void {
  const score = g.cols.score;
  const name = g.cols.level4 ?? g.cols.level3;
  if (score === undefined || name === undefined || g.cols.weight !== undefined) return;
  const taken = new Set(Object.values(g.cols));
  for (let c = name + 1; c < score; c++) {
    if (taken.has(c) || !mostlyNumbers(view, headerRow, c)) continue;
    if (boundsScores(view, headerRow, c, score)) g.cols.weight = c;
    return;
  }
}

/** Do a column's points bound the score column's on every row with both, on at least three rows, adding up to ≤ 100? */
function boundsScores(view: SheetView, headerRow: number, col: number, score: number): boolean {
  let pairs = 0;
  let sum = 0;
  for (let r = headerRow + 1; r <= view.bottom && r <= headerRow + SAMPLE_ROWS; r++) {
    if (view.lastCol(r) < view.left) break;
    const w = normaliseLabel(view.shown(r, col));
    if (!POINTS.test(w)) continue;
    const weight = Number.parseFloat(w);
    sum += weight;
    const s = normaliseLabel(view.shown(r, score));
    if (!POINTS.test(s)) continue;
    if (Number.parseFloat(s) > weight) return false;
    pairs++;
  }
  return pairs >= 3 && sum <= 100 + 1e-9;
}
