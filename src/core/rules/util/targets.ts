// Shared helpers for the target-value and time rules: what kind of indicator a row is (by meaning) and how to quote its target.

import { L2 } from '../../categories';
import { Memo } from '../../memo';
import { formatNumber } from '../i18n';
import { isCostIndicator } from './money';
import type { Indicator, Period, ProjectBlock, Target } from '../../model';
import type { Location } from '../types';
import { hasPartCell } from '../../indicator-cells';

const SPACE = /[\s\u3000]+/g;
/** Trailing decorations that do not change what an indicator measures: （%）, (单位：人), 指标, 1/2/…, ①. */
const TRAILING_NOISE = /(?:[（(][^（()）]*[)）]|指标|[0-9０-９]+|[①②③④⑤⑥⑦⑧⑨⑩]|[:：。；;，,])+$/u;

/** An indicator name reduced to what it measures: no spaces or line breaks, no trailing (%)/指标/numbering. */
export function coreName(name: string): string {
  // Half a dozen rules ask what each row measures; work it out once per name.
  return CORE_NAMES.get(name, makeCoreName);
}

const CORE_NAMES = new Memo<string>();

function makeCoreName(name: string): string {
  let s = name.replace(SPACE, '');
  let prev = '';
  while (s !== prev) {
    prev = s;
    s = s.replace(TRAILING_NOISE, '');
  }
  return s;
}

/**
 * What the row measures: its name, or, on a row whose name cell is empty (seed 003's 满意度 | — | ≤ | 95), the 二级
 * text that then names it.
 */
export function subjectOf(ind: Indicator): string {
  return ind.name.trim() !== '' ? ind.name : (ind.level2Raw ?? '');
}

/** The row's subject for quoting in a message: line breaks a cell wraps with (满意度\n指标, <br>) removed. */
export function displayName(ind: Indicator): string {
  // Every finding about a row quotes it; exports repeat the same names on thousands of rows.
  return DISPLAY_NAMES.get(subjectOf(ind), makeDisplayName);
}

const DISPLAY_NAMES = new Memo<string>();

function makeDisplayName(subject: string): string {
  return subject
    .replace(/<br\s*\/?>/giu, '')
    .replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/gu, '')
    .trim();
}

// A satisfaction indicator is named for the satisfaction itself (…满意度, …满意率, …满意程度), not a count or a fee
// about it (满意度调查次数, 满意度调查费用); 不满意率 measures the opposite, lower is better.
// 满意度调查 alone names the survey's result (市民满意度调查 | 290%); 满意度调查次数 still counts surveys.
const SATISFACTION_NAME = /满意(?:度|率|程度)(?:调查)?$/u;
const DISSATISFACTION = /不满意/u;
// Rates by name. 频率/功率/效率/速率 are not shares of a whole and may carry other units (次/年, 个工作日).
const RATE_NAME = /(?:率|比例|占比|比重)$/u;
const NOT_A_SHARE = /(?:频率|功率|效率|速率|利用效率)$/u;
// A change can exceed 100 % (增长率 150 %), and a return or deviation has no natural ceiling either.
const UNBOUNDED = /(?:增长|增幅|增速|增加|增量|提高|提升|上升|回报|收益|变化|变动|偏差|偏离|溢价|超额)/u;
const TIMELINESS_NAME = /(?:时效|及时性|完成时间|时限)/u;
const COST_RATIO_NAME = /(?:率|比例|节约|节支|降低|下降)/u;

// What a name says the row measures, one bit each. Half the rules ask of every row and exports repeat the same
// names on thousands of rows: the core name's answers are worked out once per distinct name.
const SATISFACTION_KIND = 1;
const RATE_KIND = 2;
const BOUNDED_RATE_KIND = 4;
const TIMELINESS_KIND = 8;
const COST_RATIO_KIND = 16;

const NAME_KINDS = new Memo<number>();

function nameKinds(name: string): number {
  return NAME_KINDS.get(name, makeNameKinds);
}

function makeNameKinds(name: string): number {
  const n = coreName(name);
  const satisfaction = SATISFACTION_NAME.test(n) && !DISSATISFACTION.test(n);
  const rate = satisfaction || (RATE_NAME.test(n) && !NOT_A_SHARE.test(n));
  const boundedRate = satisfaction || (rate && !UNBOUNDED.test(n));
  return (
    (satisfaction ? SATISFACTION_KIND : 0) |
    (rate ? RATE_KIND : 0) |
    (boundedRate ? BOUNDED_RATE_KIND : 0) |
    (TIMELINESS_NAME.test(n) ? TIMELINESS_KIND : 0) |
    (COST_RATIO_NAME.test(n) ? COST_RATIO_KIND : 0)
  );
}

export function isSatisfactionName(name: string): boolean {
  return (nameKinds(name) & SATISFACTION_KIND) !== 0;
}

export function isSatisfaction(ind: Indicator): boolean {
  return isSatisfactionName(subjectOf(ind));
}

/** A name that denotes a rate, share or satisfaction, which should be written in %. */
export function isRateName(name: string): boolean {
  return (nameKinds(name) & RATE_KIND) !== 0;
}

/** A rate that cannot exceed 100 % or drop below 0 (合格率, 完成率, 覆盖率, 满意度, 发放率…; not 增长率/增幅). */
export function isBoundedRate(name: string): boolean {
  return (nameKinds(name) & BOUNDED_RATE_KIND) !== 0;
}

export function isTimeliness(ind: Indicator): boolean {
  if (ind.level2 === L2.timeliness) return true;
  // Without a recognised 二级 (a flat export with a free-text category), the name still tells.
  return ind.level2 === null && (nameKinds(subjectOf(ind)) & TIMELINESS_KIND) !== 0;
}

/**
 * A cost that should be stated as an amount: economic costs (成本指标 二级 of the older form, 经济成本 of the 2021
 * form). 社会成本 and 生态环境成本 are often described in words (对周边环境无影响).
 */
export function isAmountCost(ind: Indicator): boolean {
  return isCostIndicator(ind) && ind.level2 !== L2.socialCost && ind.level2 !== L2.ecoCost;
}

/** A cost figure stated as a ratio (节支率 5 %, 成本节约率) rather than an amount. */
export function isCostRatio(ind: Indicator): boolean {
  return ind.target.unit === '%' || (nameKinds(subjectOf(ind)) & COST_RATIO_KIND) !== 0;
}

const LEADING_OPERATOR = /^[≥≤=><＞＜＝≧≦]|^(?:不低于|不少于|不高于|不超过|大于|小于|高于|低于|达到)/u;
const BARE_NUMBER = /^[-+]?[0-9０-９][0-9０-９,，.．]*$/u;

/**
 * The target as the reader sees it on the row: the value cell's own text, completed with the operator column
 * (≥ | 95 → ≥95) and the unit column (95 | % → 95%) when the cell holds a bare number.
 */
export function shownTarget(ind: Indicator): string {
  const t = ind.target;
  // Most rules quote the target of the rows they flag, and exports repeat the same few targets (≥95, 100, 是).
  // Without an operator or unit column the text alone decides, and needs no combined key.
  if (!t.operator && !ind.unit) return SHOWN_TEXTS.get(t.raw, makePlainShownTarget);
  return SHOWN_TARGETS.get(`${t.raw}\u0000${t.operator ?? ''}\u0000${ind.unit ?? ''}`, () =>
    makeShownTarget(t.raw, t.operator, ind.unit),
  );
}

const SHOWN_TARGETS = new Memo<string>();
const SHOWN_TEXTS = new Memo<string>();

function makePlainShownTarget(raw: string): string {
  return makeShownTarget(raw, null, null);
}

function makeShownTarget(raw: string, operator: string | null, unit: string | null | undefined): string {
  let s = raw.replace(SPACE, ' ').trim();
  if (operator && s !== '' && !LEADING_OPERATOR.test(s)) s = operator + s;
  const bare = s.replace(/^[≥≤=><]/u, '');
  if (BARE_NUMBER.test(bare) && unit) s += unit;
  return s;
}

/** value + unit of a target, e.g. 95% or 753万元, for writing a corrected example. */
export function valueWithUnit(t: Target, value: number | null = t.value): string {
  return `${value === null ? '' : formatNumber(value)}${t.unit ?? ''}`;
}

/** A 4-digit year (1990–2099) written as a year or a month's year: `2023年6月底前`, `2023.07`, `2021-01-01`. */
const YEAR_IN_TEXT = /(?<![0-9])(199[0-9]|20[0-9]{2})(?=\s*(?:年|[-./]\s*[01]?[0-9](?![0-9])))/gu;
/** Both ends of a year range: `2021至2023`, `2020-2022`. */
const YEAR_RANGE = /(?<![0-9])(199[0-9]|20[0-9]{2})\s*(?:至|到|-|—|–|~|～)\s*(199[0-9]|20[0-9]{2})(?![0-9])/gu;

/** Years named in a target's text, for targets the parser did not read as a date. */
export function yearsInText(text: string): number[] {
  const out = new Set<number>();
  for (const m of text.matchAll(YEAR_IN_TEXT)) out.add(Number(m[1]));
  for (const m of text.matchAll(YEAR_RANGE)) {
    out.add(Number(m[1]));
    out.add(Number(m[2]));
  }
  return [...out].sort((a, b) => a - b);
}

/** The time span a table's targets must fall in: the project period, or else the budget year; null if neither. */
export function allowedSpan(project: ProjectBlock): { start: string; end: string; label: string } | null {
  const p = project.period;
  if (p && p.start && p.end) return { start: p.start, end: p.end, label: periodLabel(p) };
  if (typeof project.year === 'number') {
    return { start: `${project.year}-01-01`, end: `${project.year}-12-31`, label: `${project.year}年` };
  }
  return null;
}

function periodLabel(p: Period): string {
  const s = p.start ?? '';
  const e = p.end ?? '';
  // Whole calendar years read better as 2021年 or 2021—2023年.
  const sy = s.slice(0, 4);
  const ey = e.slice(0, 4);
  if (s.endsWith('-01-01') && e.endsWith('-12-31')) return sy === ey ? `${sy}年` : `${sy}—${ey}年`;
  return `${s} 至 ${e}`;
}

/** The last year of the span, for examples such as “2021年12月31日前”. */
export function spanEndYear(project: ProjectBlock): number | null {
  const span = allowedSpan(project);
  return span ? Number(span.end.slice(0, 4)) : null;
}

/** The operator cell of a form with a separate 指标值类型 column, as a related location so the reader sees both. */
export function operatorRelated(ind: Indicator): Location[] | undefined {
  return hasPartCell(ind, 'operator') ? [{ indicator: ind, part: 'operator' }] : undefined;
}
