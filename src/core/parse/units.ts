// Units of target values: notation clean-up (百分比 → %), money factors to 万元, and 万/亿 scales on counts.

import { compact } from './normalise';

/** Money units and the factor that converts a value in that unit to 万元. */
export const MONEY_FACTORS: Readonly<Record<string, number>> = {
  元: 0.0001,
  千元: 0.1,
  万元: 1,
  十万元: 10,
  百万元: 100,
  千万元: 1000,
  亿元: 10000,
};

/** Scale words written before a unit (3.1万封, 50万人) and what they multiply by. */
export const SCALE_FACTORS: Readonly<Record<string, number>> = {
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};

// Longest first so 十万 wins over 万 would-be matches (十万人 → 人 × 1e5).
const SCALE_PREFIXES: readonly string[] = Object.keys(SCALE_FACTORS).sort((a, b) => b.length - a.length);

const PERCENT_FORMS = new Set(['%', '百分比', '百分率', '百分数', '百分号', 'percent', '(%)']);
const BRACKETED = /^[(\[【〔]([^()\[\]【】〔〕]*)[)\]】〕]$/;
const UNIT_LABEL = /^(?:计量单位|度量单位|单位)[:]?/;
const YUAN_SIGN = /^[¥￥]$/;
const GLOSSED = /^([^()]{1,6})\([^()]{1,8}\)$/;

/**
 * A unit as written, normalised: half-width, no spaces, brackets and a `单位:` label dropped, 百分比/百分率/％ → %,
 * ¥ → 元. Other units stay as written (人, 人次, 万元, 万人…). Empty → null.
 */
export function normaliseUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined) return null;
  let u = compact(String(unit));
  u = u.replace(UNIT_LABEL, '');
  const b = BRACKETED.exec(u);
  if (b) u = b[1] ?? '';
  // A unit glossed in brackets: %(百分比), 个(项目数) — the unit is what stands before them.
  const glossed = GLOSSED.exec(u);
  if (glossed && glossed[1]) u = glossed[1];
  if (u === '' || u === '-' || u === '—' || u === '/') return null;
  if (PERCENT_FORMS.has(u.toLowerCase())) return '%';
  if (YUAN_SIGN.test(u)) return '元';
  return u;
}

/** The factor to 万元 for a money unit, or null when the unit is not money. */
export function moneyFactor(unit: string | null | undefined): number | null {
  if (!unit) return null;
  const f = MONEY_FACTORS[unit];
  return f === undefined ? null : f;
}

/**
 * Splits a count unit with a scale word into the base unit and the factor (万人 → 人 × 10000). Money units are
 * never split (万元 stays 万元, factorToWanyuan handles it); a unit with no scale word returns factor 1.
 */
export function unitScale(unit: string): { base: string; factor: number } {
  if (MONEY_FACTORS[unit] !== undefined) return { base: unit, factor: 1 };
  for (const prefix of SCALE_PREFIXES) {
    if (unit.length > prefix.length && unit.startsWith(prefix)) {
      const base = unit.slice(prefix.length);
      // 万元-like bases were handled above; a base that is itself a scale word (万亿) is not a unit.
      if (SCALE_FACTORS[base] !== undefined) break;
      return { base, factor: SCALE_FACTORS[prefix] ?? 1 };
    }
  }
  return { base: unit, factor: 1 };
}

/**
 * Units recognised inside a sentence (5场退休人员文体活动, 共704人), longest first. In a cell that is only a
 * number and a unit, any short unit is accepted as written; inside a sentence only these are, because the
 * words after a number there are usually not a unit.
 */
export const SENTENCE_UNITS: readonly string[] = [
  '个百分点',
  '百分点',
  '百分比',
  '百分率',
  '%',
  '‰',
  '十万元',
  '百万元',
  '千万元',
  '万元',
  '亿元',
  '千元',
  '元',
  '平方米',
  '立方米',
  '平方公里',
  '公里',
  '千米',
  '米',
  '厘米',
  '千克',
  '公斤',
  '吨',
  '亩',
  '公顷',
  '人次',
  '人天',
  '人',
  '户次',
  '户',
  '家',
  '次',
  '张',
  '条',
  '笔',
  '封',
  '篇次',
  '篇',
  '套',
  '册',
  '份',
  '本',
  '个工作日',
  '工作日',
  '小时',
  '分钟',
  '天',
  '周',
  '个月',
  '年',
  '个',
  '场',
  '件',
  '台',
  '项',
  '期',
  '批',
  '所',
  '座',
  '辆',
  '部',
  '页',
  '卷',
  '盒',
  '箱',
  '处',
  '名',
  '位',
  '类',
  '支',
  '起',
  '宗',
  '单',
  '间',
  '棵',
  '株',
  '班',
  '轮',
  '课时',
  '学时',
  '门',
]
  .slice()
  .sort((a, b) => b.length - a.length);
