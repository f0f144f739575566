// Parses an indicator's target cell (指标值) into operator, number, unit, kind and date/period.

import type { Operator, Period, Target } from '../model';
import { findDateMentions, type DateMention } from './dates';
import { compact } from './normalise';
import { cleanProduct, NUMBER_SOURCE, parseNumber } from './numbers';
import { MONEY_FACTORS, moneyFactor, normaliseUnit, SCALE_FACTORS, SENTENCE_UNITS, unitScale } from './units';

const OPERATOR_SYMBOLS: Readonly<Record<string, Operator>> = {
  '>=': '≥',
  '=>': '≥',
  '≥=': '≥',
  '≥': '≥',
  '≧': '≥',
  '≮': '≥',
  '<=': '≤',
  '=<': '≤',
  '≤=': '≤',
  '≤': '≤',
  '≦': '≤',
  '≯': '≤',
  '==': '=',
  '=': '=',
  '>': '>',
  '<': '<',
};
const OPERATOR_SOURCE = '>=|=>|≥=|≥|≧|≮|<=|=<|≤=|≤|≦|≯|==|=|>|<';

/** Words before a number that state a bound, longest first within each group. */
const OPERATOR_WORDS: readonly (readonly [string, Operator])[] = [
  ['大于或等于', '≥'],
  ['大于等于', '≥'],
  ['不得低于', '≥'],
  ['不得少于', '≥'],
  ['达到或超过', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['至少', '≥'],
  ['最少', '≥'],
  ['最低', '≥'],
  ['小于或等于', '≤'],
  ['小于等于', '≤'],
  ['不得超过', '≤'],
  ['不得高于', '≤'],
  ['不高于', '≤'],
  ['不多于', '≤'],
  ['不超过', '≤'],
  ['不大于', '≤'],
  ['最多', '≤'],
  ['至多', '≤'],
  ['最高', '≤'],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['超出', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
];
/** Filler before a number that changes nothing (约47万元, 达到90%以上, 共704人). */
const NEUTRAL_WORDS = [
  '大约',
  '约为',
  '约',
  '达到',
  '达',
  '保持在',
  '维持在',
  '控制在',
  '保持',
  '共计',
  '合计',
  '总计',
  '累计',
  '共',
  '完成',
  '实现',
  '确保',
  '力争',
  '预计',
  '计划',
  '为',
  '在',
];
const PREFIX_SOURCE = [...OPERATOR_WORDS.map(([w]) => w), ...NEUTRAL_WORDS]
  .sort((a, b) => b.length - a.length)
  .join('|');
const OPERATOR_WORD_SOURCE = OPERATOR_WORDS.map(([w]) => w).join('|');

const POSTFIX_OPERATORS: Readonly<Record<string, Operator>> = {
  以上: '≥',
  及以上: '≥',
  或以上: '≥',
  以下: '≤',
  及以下: '≤',
  或以下: '≤',
  以内: '≤',
  之内: '≤',
  内: '≤',
};
const POSTFIX_SOURCE = '及以上|或以上|以上|及以下|或以下|以下|以内|之内|内|左右|上下';
const SCALE_SOURCE = '十万|百万|千万|万|亿|千';
const RANGE_SOURCE = '~|-|至|到|—{1,2}|–';

/** A cell that is essentially one (bounded) number with an optional unit. */
const QUANTITY = new RegExp(
  `^(?<pre>(?:${PREFIX_SOURCE})*)(?<op>${OPERATOR_SOURCE})?(?<pre2>(?:${PREFIX_SOURCE})*)` +
    `(?<num>${NUMBER_SOURCE})(?:(?:${RANGE_SOURCE})(?<num2>${NUMBER_SOURCE}))?(?<scale>${SCALE_SOURCE})?` +
    // A rate unit (元/亩, 人/次, 万元/个, 元/人*月, 元/人.每天) is one unit; otherwise a short word or symbol.
    `(?<unit>%|‰|[\\u4e00-\\u9fff]{1,3}/[\\u4e00-\\u9fff㎡]{1,3}?(?:[*·×./][\\u4e00-\\u9fff]{1,2}?)?|[\\u4e00-\\u9fff]{1,4}?|[A-Za-z²³㎡㎞㎏/·]{1,6}?)??` +
    `(?:\\(含\\))?(?<post>${POSTFIX_SOURCE})?(?:\\(含\\))?(?:完成|达标|覆盖|到位)?$`,
);

/** A number with an optional bound and a known unit inside a sentence. */
const EMBEDDED = new RegExp(
  `(?<op>${OPERATOR_SOURCE})?(?<word>${OPERATOR_WORD_SOURCE})?(?<num>${NUMBER_SOURCE})` +
    `(?:(?:~|-|至|到)(?<num2>${NUMBER_SOURCE}))?(?<scale>${SCALE_SOURCE})?(?<unit>${SENTENCE_UNITS.join('|')})?` +
    `(?<post>及以上|以上|及以下|以下|以内)?`,
  'g',
);

const QUANTITY_MAX_LENGTH = 60;
const EMPTY_MARKS = /^(?:-+|—+|\/|\\)$/;
const PERCENT_WORDS = /百分之(百|\d+(?:\.\d+)?)/g;
const TRAILING_PUNCTUATION = /[。.;；,，!！]+$/;
const SENTENCE_PUNCTUATION = /[,，。;；!！?？]/;
const YEAR_NUMBER = /^(?:19|20)\d{2}$/;
const LIST_MARK_AFTER = /[.、):]/y;
const DIGIT = /\d/;
const LIST_MARK_BEFORE = /[,，。;；:(、]/;
/** After a number followed by 年: 53年前, 90年代, 2021年度 are points in time, not quantities. */
const YEAR_POINT_AFTER = /(?:前|后|以前|以后|代|度)/y;

/** Labels that may lead a date target (计划完成时间每月10日前) or trail it (2023年底前完成). */
const DATE_LEAD =
  /^(?:计划完成时间|完成时间|活动计划完成时间|培训计划完成时间|计划|截至|截止|截止到|截止于|达到|确保|力争|于|在|从)?/;
const DATE_TAIL =
  /^(?:完成|前完成|之前完成|完成支付|支付|内完成|全部完成|按时完成|到位|前到位|拨付|前拨付|拨付到位|发放|前发放|发放到位)?$/;

const QUALITATIVE_WORDS = new Set([
  '是',
  '否',
  '有',
  '无',
  '优',
  '良',
  '中',
  '差',
  '优秀',
  '优良',
  '良好',
  '合格',
  '不合格',
  '好',
  '较好',
  '很好',
  '一般',
  '较差',
  '高',
  '较高',
  '很高',
  '低',
  '较低',
  '显著',
  '较显著',
  '明显',
  '较明显',
  '效果明显',
  '效果显著',
  '有效',
  '提升',
  '提高',
  '有所提升',
  '有所提高',
  '显著提升',
  '明显提升',
  '逐步提升',
  '进一步提升',
  '积极',
  '达标',
  '达到',
  '按时',
  '及时',
  '准时',
  '按期',
  '按时完成',
  '及时完成',
  '按期完成',
  '全部完成',
  '完成',
  '相关',
  '科学',
  '合理',
  '完整',
  '规范',
  '合规',
  '健全',
  '满意',
  '基本满意',
  '稳定',
  '改善',
  '得到改善',
  '增强',
  '持续',
  '长期',
  '正常',
  '安全',
  '准确',
  '达到预期',
  '基本达到',
  '未达到',
  '达成预期指标',
  '达成年度指标',
  '部分达成年度指标并具有一定效果',
  '未达成年度指标且效果较差',
  '符合',
  '符合要求',
  '符合标准',
  '符合规定',
  '符合相关规定',
  '定性',
]);
/** A short label before a graded word (影响程度 较高). */
const QUALITATIVE_LEAD = /^(?:影响程度|提升程度|持续影响程度|程度|效果|质量|结果|情况|等级|评价|定性)[:]?/;

/** One number found in a target: bound, value (range upper end), unit and money factor, with its offsets. */
export interface Quantity {
  operator: Operator | null;
  value: number;
  valueMax: number | null;
  unit: string | null;
  factorToWanyuan: number | null;
  start: number;
  end: number;
}

function matchesAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

function operatorInWords(words: string | undefined): Operator | null {
  if (!words) return null;
  for (const [w, op] of OPERATOR_WORDS) if (words.includes(w)) return op;
  return null;
}

/**
 * Settles the unit of a number: a scale word (万, 亿) joins a money unit (47万元 → 万元) or multiplies a count
 * (3.1万封 → 31000 封); the unit column fills in when the cell has none.
 */
function settleUnit(
  value: number,
  valueMax: number | null,
  scale: string | undefined,
  cellUnit: string | undefined,
  unitColumn: string | null,
): { value: number; valueMax: number | null; unit: string | null } {
  let unit = normaliseUnit(cellUnit);
  let factor = 1;
  if (scale) {
    const combined = scale + (unit ?? unitColumn ?? '');
    const per = combined.indexOf('/');
    if (MONEY_FACTORS[combined] !== undefined || (per > 0 && MONEY_FACTORS[combined.slice(0, per)] !== undefined)) {
      // 47万元, and a money rate: 23万元/个 stays 23 in 万元/个.
      unit = combined;
    } else if (unit !== null && SENTENCE_UNITS.includes(combined)) {
      unit = combined; // 千米, 千克: a unit of its own, not a scale.
    } else {
      factor = SCALE_FACTORS[scale] ?? 1;
      if (unit === null) unit = unitColumn;
    }
  } else if (unit === null && unitColumn !== null) {
    const split = unitScale(unitColumn);
    unit = split.base;
    factor = split.factor;
  }
  if (factor === 1) return { value, valueMax, unit };
  return {
    value: cleanProduct(value, factor),
    valueMax: valueMax === null ? null : cleanProduct(valueMax, factor),
    unit,
  };
}

function readQuantity(s: string, unitColumn: string | null): Quantity | null {
  // A number-and-unit cell is short; the cap also bounds the prefix-word backtracking on hostile input.
  if (s.length > QUANTITY_MAX_LENGTH) return null;
  const m = QUANTITY.exec(s);
  if (!m?.groups) return null;
  const g = m.groups;
  const n = parseNumber(g.num ?? '');
  if (n === null) return null;
  const n2 = g.num2 === undefined ? null : parseNumber(g.num2);
  if (g.num2 !== undefined && n2 === null) return null;
  const operator =
    (g.op ? OPERATOR_SYMBOLS[g.op] : undefined) ??
    operatorInWords(g.pre) ??
    operatorInWords(g.pre2) ??
    (g.post ? POSTFIX_OPERATORS[g.post] : undefined) ??
    null;
  const settled = settleUnit(n, n2, g.scale, g.unit, unitColumn);
  return {
    operator,
    value: settled.value,
    valueMax: settled.valueMax,
    unit: settled.unit,
    factorToWanyuan: moneyFactor(settled.unit),
    start: 0,
    end: s.length,
  };
}

/**
 * Every number with a unit (or a lone plain number) in a sentence, skipping dates, years (53年前), ordinals (第1)
 * and list marks (1. 2、). Cost rules use it to pick the money amount out of a sentence with several numbers.
 */
export function extractQuantities(text: string, unitColumn?: string | null): Quantity[] {
  const s = compact(String(text ?? '')).replace(PERCENT_WORDS, percentWord);
  return quantitiesIn(s, findDateMentions(s), normaliseUnit(unitColumn));
}

function quantitiesIn(s: string, dates: readonly DateMention[], unitColumn: string | null): Quantity[] {
  const out: Quantity[] = [];
  let nextDate = 0;
  EMBEDDED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMBEDDED.exec(s)) !== null) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      EMBEDDED.lastIndex++;
      continue;
    }
    const numStart = start + (g.op?.length ?? 0) + (g.word?.length ?? 0);
    // Dates are sorted and matches move right, so one pointer walks past the dates already behind.
    while (nextDate < dates.length && (dates[nextDate]?.end ?? 0) <= numStart) nextDate++;
    const date = dates[nextDate];
    if (date && date.start < end) continue;
    const before = numStart > 0 ? s.charAt(numStart - 1) : '';
    if (before === '第' || DIGIT.test(before)) continue;
    if (g.unit === '年' && matchesAt(YEAR_POINT_AFTER, s, end)) continue;
    if (!g.unit && !g.scale) {
      if (YEAR_NUMBER.test(g.num ?? '')) continue;
      if (matchesAt(LIST_MARK_AFTER, s, end) && (numStart === 0 || LIST_MARK_BEFORE.test(before))) continue;
    }
    const n = parseNumber(g.num ?? '');
    if (n === null) continue;
    const n2 = g.num2 === undefined ? null : parseNumber(g.num2);
    const settled = settleUnit(n, n2, g.scale, g.unit, g.unit || g.scale ? null : unitColumn);
    const unit = settled.unit ?? (g.scale ? null : unitColumn);
    out.push({
      operator:
        (g.op ? OPERATOR_SYMBOLS[g.op] : undefined) ??
        operatorInWords(g.word) ??
        (g.post ? POSTFIX_OPERATORS[g.post] : undefined) ??
        null,
      value: settled.value,
      valueMax: settled.valueMax,
      unit,
      factorToWanyuan: moneyFactor(unit),
      start,
      end,
    });
  }
  return out;
}

/** The one clear quantity of a sentence: the only one with a unit, or the only number at all. */
function soleQuantity(found: readonly Quantity[]): Quantity | null {
  const withUnit = found.filter((q) => q.unit !== null);
  if (withUnit.length === 1) return withUnit[0] ?? null;
  if (withUnit.length === 0 && found.length === 1) return found[0] ?? null;
  return null;
}

function percentWord(_: string, n: string): string {
  return `${n === '百' ? '100' : n}%`;
}

/** A short subject before a graded word (支出内容合规, 卡片质量合格): no digits or punctuation, at most 8 characters. */
const SHORT_SUBJECT_PHRASE = /^[\u4e00-\u9fff]{3,8}$/;

function isQualitative(s: string): boolean {
  if (QUALITATIVE_WORDS.has(s)) return true;
  const rest = s.replace(QUALITATIVE_LEAD, '');
  if (rest !== s && QUALITATIVE_WORDS.has(rest)) return true;
  if (!SHORT_SUBJECT_PHRASE.test(s)) return false;
  // The phrase ends in a graded word of two or more characters, after a subject of at least one.
  for (let k = 2; k <= 4 && k < s.length; k++) if (QUALITATIVE_WORDS.has(s.slice(-k))) return true;
  return false;
}

/** True when the date mention is the whole text, give or take a leading label and a trailing 完成. */
function isWholeDate(s: string, d: DateMention): boolean {
  const lead = DATE_LEAD.exec(s.slice(0, d.start));
  if (!lead || lead[0].length !== d.start) return false;
  return DATE_TAIL.test(s.slice(d.end));
}

function build(raw: string, kind: Target['kind'], q: Quantity | null, d: DateMention | null): Target {
  const t: Target = {
    raw,
    operator: q?.operator ?? null,
    value: q?.value ?? null,
    unit: q?.unit ?? null,
    kind,
  };
  if (q && q.valueMax !== null) t.valueMax = q.valueMax;
  if (q && q.factorToWanyuan !== null) t.factorToWanyuan = q.factorToWanyuan;
  if (d) {
    const period: Period | null = d.period;
    if (period) t.period = period;
    else if (kind === 'date') t.period = null;
    if (d.recurrence !== null) t.recurrence = d.recurrence;
  }
  return t;
}

/**
 * Parses a target as written. `unitColumn` is the unit column's text for the same row, when the table has one;
 * the cell's own unit wins, the column's fills in. Never throws.
 */
export function parseTarget(text: string, unitColumn?: string | null): Target {
  const raw = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  const column = normaliseUnit(unitColumn ?? null);
  let s = compact(raw);
  if (s === '' || EMPTY_MARKS.test(s)) return build(raw, 'empty', null, null);
  s = s.replace(PERCENT_WORDS, percentWord).replace(TRAILING_PUNCTUATION, '');
  if (s === '') return build(raw, 'text', null, null);

  const dates = findDateMentions(s);
  const firstDate = dates[0] ?? null;
  if (firstDate && isWholeDate(s, firstDate)) return build(raw, 'date', null, firstDate);

  const q = readQuantity(s, column);
  if (q) return build(raw, 'quantitative', q, null);

  if (isQualitative(s)) return build(raw, 'qualitative', null, null);

  const found = quantitiesIn(s, dates, column);
  // A short deadline phrase without other figures (2023年6月底前支付工本费欠款, 当日完成信息编辑、发布工作).
  if (firstDate && found.length === 0 && !SENTENCE_PUNCTUATION.test(s) && s.length <= 40) {
    return build(raw, 'date', null, firstDate);
  }
  return build(raw, 'text', soleQuantity(found), firstDate);
}
