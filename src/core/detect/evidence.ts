// Columns confirmed by their content, where the header's words leave a doubt: which of two operator columns holds
// the operators (指标性质 正向 | 指标方向 ≥), and which column holds the targets when no header word names one (a
// transfer-payment table whose target columns are headed by the regions' names).

import { normaliseLabel } from '../categories';
import type { ColumnGroup } from './header';
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

/** Of a group's operator column and its alternatives, the one whose cells are operator symbols most often. */
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

function symbols(view: SheetView, headerRow: number, col: number): number {
  let n = 0;
  for (const t of sample(view, headerRow, col)) if (OPERATOR_SYMBOL.test(normaliseLabel(t))) n++;
  return n;
}

/** A cell that reads like a target: a number, a short text with a figure or an operator, a graded word, a date. */
export function looksLikeTarget(text: string): boolean {
  const t = normaliseLabel(text);
  if (t === '') return false;
  if (/^[≥≤<>=＞＜]?\d/.test(t)) return true;
  if (t.length <= 16 && /\d|[≥≤<>=%]/.test(t)) return true;
  if (operatorColumnValue(t) !== null) return false;
  return /^(?:是|否|无|有|合格|达标|优|良|好|高|较高|显著|提高|提升|明显|有效|按时|及时|完成|满意|基本满意)/.test(t) && t.length <= 12;
}

/**
 * The column of targets for a header that names none: the first column right of the name column, not taken by
 * another role and not headed by a score/actual/description word, whose cells mostly read like targets.
 */
export function valueColumnByContent(view: SheetView, headerRows: readonly number[], nameCol: number, taken: ReadonlySet<number>, right: number): number | null {
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
