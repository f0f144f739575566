// Shared helpers for the self-evaluation rules: the scoring method of 财预〔2020〕10号 (target vs actual, weight ×
// ratio), template rows and fill hints, and how the figures are quoted in messages.

import type { Indicator, IndicatorTable, Target } from '../../model';
import { formatNumber } from '../i18n';
import type { Location } from '../types';
import { findPlaceholder, isFillerOnly, shown } from './structure';
import { hasPartCell } from '../../indicator-cells';

/** A score more than this many points from the method's is inconsistent (rules-self-evaluation.md). */
export const SCORE_TOLERANCE = 0.5;
/** An execution rate more than this many percentage points from 全年执行数 ÷ 全年预算数 is wrong. */
export const RATE_TOLERANCE = 0.1;
/** Weights are whole or half points: sums are compared to this precision. */
export const WEIGHT_TOLERANCE = 0.01;
/** Scores are written to two decimals: a sum of them may drift this far from a 总分 computed once. */
export const TOTAL_TOLERANCE = 0.1;

/** The weights 财预〔2020〕10号 sets in principle for a project's self-evaluation. */
export const STANDARD_WEIGHTS = { output: 50, benefit: 30, satisfaction: 10, execution: 10 } as const;

/** True when the table was read as a self-evaluation (its form, not its profile). */
export function isSelfEvaluation(table: IndicatorTable): boolean {
  return table.form === 'self-evaluation';
}

/** The weight and score of a row, when both are numbers. */
export function pointsOf(ind: Indicator): { weight: number; score: number } | null {
  if (typeof ind.weight !== 'number' || typeof ind.score !== 'number') return null;
  return { weight: ind.weight, score: ind.score };
}

/** An actual value cell with nothing in it: blank, only filler (……, ——, /), or absent from a table with the column. */
export function isEmptyActual(actual: Target | undefined): boolean {
  if (!actual) return true;
  const raw = actual.raw.trim();
  return actual.kind === 'empty' || raw === '' || isFillerOnly(raw) || raw === '/' || raw === '／';
}

// What people write in the 偏差原因 column when they give none.
const NO_REASON = /^(?:无|没有|暂无|\/|／|-|—|－|——|……|…|\.+|无偏差|不适用|\\)$/;

/** A 偏差原因 cell that gives a reason (not blank, not 无 or a dash). */
export function hasReason(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return false;
  const t = text.replace(/[\s\u3000]+/g, '');
  return t !== '' && !NO_REASON.test(t);
}

// Unfilled template rows: a name that is only …… or 指标1 / 指标2：.
const TEMPLATE_NAME = /^(?:指标[0-9一二三四五六七八九十]{1,2}[:：]?)$/;

/** An unfilled template row: a …… or 指标1 name, and neither a target, an actual value nor points. */
export function isTemplateRow(ind: Indicator): boolean {
  const name = ind.name.replace(/[\s\u3000]+/g, '');
  if (name === '' || !(isFillerOnly(name) || TEMPLATE_NAME.test(name))) return false;
  const t = ind.target.raw.trim();
  if (t !== '' && !isFillerOnly(t)) return false;
  if (ind.actual && !isEmptyActual(ind.actual)) return false;
  return typeof ind.score !== 'number' && typeof ind.weight !== 'number';
}

// A template's fill hint in a name: 公猪舍(≥**平方米), 培训人数（≥ ** 人）, 受益人口数≥**人.
const HINT_IN_BRACKETS = /[(（][^()（）]*[*＊]{2,}[^()（）]*[)）]/g;
const HINT_AT_END = /(?:≥|≤|>=|<=|>|<|=|不低于|不少于|不高于|不超过)\s*[*＊]{2,}\s*[^\s\d()（）*＊]{0,6}\s*$/;

/** The name without a template's fill hints: 公猪舍(≥**平方米) → 公猪舍. */
export function withoutHints(name: string): string {
  return name.replace(HINT_IN_BRACKETS, '').replace(HINT_AT_END, '');
}

/** True when the name's only placeholders sit in a template fill hint ((≥**平方米)), which the value column fills. */
export function onlyHintPlaceholders(name: string): boolean {
  if (name.indexOf('*') < 0 && name.indexOf('＊') < 0) return false;
  const rest = withoutHints(name);
  return rest !== name && findPlaceholder(rest) === null;
}

/** A target or actual as the reader sees it: its text as written, with the unit column's unit when the text lacks one. */
export function quoted(t: Target): string {
  const raw = shown(t.raw);
  if (t.unit && t.kind === 'quantitative' && /\d$/.test(raw)) return `${raw}${t.unit}`;
  return raw;
}

/** Points and shares as a reader writes them: at most two decimals, no trailing zeros. */
export function points(n: number): string {
  return formatNumber(Math.round(n * 100) / 100);
}

/** A score worked out by the method, to one decimal (6.0, 9.1), as the method's result is quoted. */
export function oneDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

/** Target against actual, in the target's unit, for a quantitative row whose actual is a number in a comparable unit. */
interface Comparison {
  target: number;
  actual: number;
  /** A ceiling (≤ cost): met at or below the target, scored target ÷ actual when above. */
  ceiling: boolean;
  met: boolean;
  /** The actual converted to the target's money unit (元 → 万元), when it was. */
  converted: boolean;
}

/**
 * The factor that turns the actual's figure into the target's unit: 1 for the same unit or one side without a unit,
 * the ratio of their 万元 factors for two money units (元 vs 万元), null for units that do not compare (次 vs %).
 */
export function unitFactor(target: Target, actual: Target): number | null {
  const tu = target.unit;
  const au = actual.unit;
  if (tu === null || au === null || tu === au) return 1;
  const tf = target.factorToWanyuan;
  const af = actual.factorToWanyuan;
  if (typeof tf === 'number' && typeof af === 'number' && tf > 0) return af / tf;
  return null;
}

/**
 * Compares a row's actual with its target by the method's reading: ≤/< targets (and cost rows without an operator)
 * are ceilings, every other quantitative target a floor. Null when either side is not a single number, the units do
 * not compare, or a floor target is not positive (no ratio to take).
 */
export function compareActual(ind: Indicator, cost: boolean): Comparison | null {
  const t = ind.target;
  const a = ind.actual;
  if (!a || t.kind !== 'quantitative' || a.kind !== 'quantitative') return null;
  if (t.value === null || a.value === null) return null;
  if (typeof t.valueMax === 'number' || typeof a.valueMax === 'number') return null;
  const factor = unitFactor(t, a);
  if (factor === null) return null;
  const actual = a.value * factor;
  const target = t.value;
  const ceiling = t.operator === '≤' || t.operator === '<' || (t.operator !== '≥' && t.operator !== '>' && cost);
  if (!ceiling && target <= 0) return null;
  if (actual < 0 || target < 0) return null;
  const eps = 1e-9 * Math.max(1, Math.abs(target));
  const met = ceiling ? actual <= target + eps : actual >= target - eps;
  return { target, actual, ceiling, met, converted: factor !== 1 };
}

/** The score the method gives: the whole weight when met, else weight × actual ÷ target (target ÷ actual for a ceiling). */
export function methodScore(c: Comparison, weight: number): number {
  if (c.met) return weight;
  const ratio = c.ceiling ? c.target / c.actual : c.actual / c.target;
  return Math.max(0, Math.min(weight, weight * ratio));
}

/** The method's arithmetic as quoted: 10×3000÷5000 (a floor) or 10×20÷25 (a ceiling). */
export function methodFormula(c: Comparison, weight: number): string {
  const w = points(weight);
  return c.ceiling
    ? `${w}×${formatNumber(c.target)}÷${formatNumber(c.actual)}`
    : `${w}×${formatNumber(c.actual)}÷${formatNumber(c.target)}`;
}

/** The locations whose cell the sheet has: a project field read without a cell would point at the table's corner. */
export function withCells(locations: readonly Location[]): Location[] {
  return locations.filter((l) =>
    'indicator' in l ? hasPartCell(l.indicator, l.part) : l.table.project.cells[l.field] !== undefined,
  );
}
