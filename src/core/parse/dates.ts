// Dates, deadlines and periods in targets and project blocks: 2021-01-01 至 2021-12-31, 2023年6月底前, 每月10日前.

import type { Period } from '../model';
import { compact } from './normalise';

/** A date, deadline or period found in a (compacted) text, with where it sits. */
export interface DateMention {
  /** Offsets in the compacted text. */
  start: number;
  end: number;
  /** Null for a recurrence or a deadline with no year (年底前, 每月10日前, 上半年). */
  period: Period | null;
  /** The recurring or year-less deadline as written, when there is no calendar date. */
  recurrence: string | null;
}

type Unit = 'day' | 'month' | 'year' | 'half1' | 'half2';

interface Anchor {
  y: number;
  m: number;
  d: number;
  unit: Unit;
  /** A bare 4-digit year with no 年 or separator: only a date inside a range (2021至2023). */
  bare: boolean;
  /** Month written as 2023.7 (one digit after a dot): only a date inside a range. */
  weak: boolean;
  end: number;
}

const YEAR_SCAN = /(?<![\d.])(?:19|20)\d{2}(?![\d])/g;
const YEAR_AT = /((?:19|20)\d{2})(?!\d)/y;
const YMD_SEP = /([-/.])(\d{1,2})\1(\d{1,2})(?:日|号)?(?![\d.])/y;
const YM_SEP = /([-/.])(\d{1,2})(月)?(?![\d.])/y;
const YMD_CN = /年(\d{1,2})月(?:(\d{1,2})[日号])?/y;
const Y_CN = /年(?:度)?/y;
const MOD = /(上半年|下半年|全年度?|年底|年末|底|末|初)?(之前|以前|前|以内|之内|内|为止|止)?/y;
const RANGE_SEP = /(?:至|到|—{1,2}|-|~|–)/y;
const PARTIAL_MD = /(\d{1,2})月(?:(\d{1,2})[日号])?/y;
const PARTIAL_M_SEP = /(\d{1,2})(?![\d.])/y;

const RECURRENCE =
  /每(?:年|季度?|月|周|日|天)(?:\d{1,2}月)?(?:\d{1,2}[日号]|底|末|初)(?:之前|以前|前)?|\d{1,2}月(?:\d{1,2}[日号])?(?:底|末|初)?(?:之前|以前|前)|\d{1,2}月(?:底|末)|年底之前|年底以前|年底前|年底|年末|年内|月底前|月底|季度末|上半年|下半年|第?[一二三四1-4]季度(?:末|底|前|内)?|当日|当天|当月|次日|次月/g;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function spanStart(a: Anchor): string {
  if (a.unit === 'day') return iso(a.y, a.m, a.d);
  if (a.unit === 'month') return iso(a.y, a.m, 1);
  if (a.unit === 'half2') return iso(a.y, 7, 1);
  return iso(a.y, 1, 1);
}

function spanEnd(a: Anchor): string {
  if (a.unit === 'day') return iso(a.y, a.m, a.d);
  if (a.unit === 'month') return iso(a.y, a.m, daysIn(a.y, a.m));
  if (a.unit === 'half1') return iso(a.y, 6, 30);
  return iso(a.y, 12, 31);
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** Reads a year-led date at `at` (where a 19xx/20xx year starts). */
function readAnchor(s: string, at: number): Anchor | null {
  const ym = execAt(YEAR_AT, s, at);
  if (!ym) return null;
  const y = Number(ym[1]);
  const p = at + 4;
  let m = execAt(YMD_SEP, s, p);
  if (m) {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!validDay(y, mo, d)) return null;
    return { y, m: mo, d, unit: 'day', bare: false, weak: false, end: p + m[0].length };
  }
  m = execAt(YMD_CN, s, p);
  if (m) {
    const mo = Number(m[1]);
    if (m[2] !== undefined) {
      const d = Number(m[2]);
      if (!validDay(y, mo, d)) return null;
      return { y, m: mo, d, unit: 'day', bare: false, weak: false, end: p + m[0].length };
    }
    if (mo < 1 || mo > 12) return null;
    return { y, m: mo, d: 1, unit: 'month', bare: false, weak: false, end: p + m[0].length };
  }
  m = execAt(YM_SEP, s, p);
  if (m) {
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) {
      // 2023.7 may be a decimal; 2023.07, 2023-7, 2023/7 and 2023.7月 are months.
      const weak = m[1] === '.' && (m[2] ?? '').length < 2 && m[3] === undefined;
      return { y, m: mo, d: 1, unit: 'month', bare: false, weak, end: p + m[0].length };
    }
  }
  m = execAt(Y_CN, s, p);
  if (m) return { y, m: 1, d: 1, unit: 'year', bare: false, weak: false, end: p + m[0].length };
  return { y, m: 1, d: 1, unit: 'year', bare: true, weak: false, end: p };
}

/** The second half of a range: a full date, or a month/day inheriting the first half's year. */
function readRangeEnd(s: string, at: number, first: Anchor): Anchor | null {
  if (execAt(YEAR_AT, s, at)) {
    const b = readAnchor(s, at);
    if (b && b.bare === first.bare) return b;
    if (b && !b.bare && !first.bare) return b;
    // 2021至2023年: a bare first half takes the second's form.
    if (b && first.bare && !b.bare && b.unit === 'year') return b;
    if (b && !first.bare && b.bare && first.unit === 'year') return b;
    return null;
  }
  if (first.bare) return null;
  const md = execAt(PARTIAL_MD, s, at);
  if (md) {
    const mo = Number(md[1]);
    if (md[2] !== undefined) {
      const d = Number(md[2]);
      if (!validDay(first.y, mo, d)) return null;
      return { y: first.y, m: mo, d, unit: 'day', bare: false, weak: false, end: at + md[0].length };
    }
    if (mo < 1 || mo > 12) return null;
    return { y: first.y, m: mo, d: 1, unit: 'month', bare: false, weak: false, end: at + md[0].length };
  }
  if (first.unit === 'month') {
    const mm = execAt(PARTIAL_M_SEP, s, at);
    if (mm) {
      const mo = Number(mm[1]);
      if (mo >= 1 && mo <= 12 && mo >= first.m) {
        return { y: first.y, m: mo, d: 1, unit: 'month', bare: false, weak: false, end: at + mm[0].length };
      }
    }
  }
  return null;
}

interface Modified {
  period: Period;
  end: number;
  deadline: boolean;
}

/** Applies 底/末/初/上半年 and 前/内 after an anchor. */
function applyModifiers(s: string, a: Anchor): Modified {
  const m = execAt(MOD, s, a.end);
  let unitAnchor = a;
  let single: 'end' | 'start' | null = null;
  const which = m?.[1];
  if (which === '全年' || which === '全年度') {
    // 2021年全年: the whole year, written out.
    if (a.unit === 'year') unitAnchor = { ...a, bare: false };
  } else if (which === '上半年' || which === '下半年') {
    if (a.unit === 'year') unitAnchor = { ...a, unit: which === '上半年' ? 'half1' : 'half2' };
  } else if (which === '底' || which === '末' || which === '年底' || which === '年末') {
    if (which.startsWith('年') && a.unit !== 'month' && a.unit !== 'day') unitAnchor = { ...a, unit: 'year' };
    single = 'end';
  } else if (which === '初') {
    single = 'start';
  }
  const suffix = m?.[2];
  const deadline = suffix === '前' || suffix === '之前' || suffix === '以前' || suffix === '止' || suffix === '为止';
  const end = a.end + (m ? m[0].length : 0);
  const startIso = spanStart(unitAnchor);
  const endIso = spanEnd(unitAnchor);
  let period: Period;
  if (single === 'end') period = { start: endIso, end: endIso };
  else if (single === 'start') period = { start: startIso, end: startIso };
  else period = { start: startIso, end: endIso };
  if (deadline) period = { start: null, end: period.end };
  return { period, end, deadline };
}

/** Reads a date, deadline or period starting at a year; null when what is there is not one. */
function readDateAt(s: string, at: number, allowBare: boolean): DateMention | null {
  const a = readAnchor(s, at);
  if (!a) return null;
  const first = applyModifiers(s, a);
  if (!first.deadline) {
    const sep = execAt(RANGE_SEP, s, first.end);
    if (sep) {
      const b = readRangeEnd(s, first.end + sep[0].length, a);
      if (b) {
        const second = applyModifiers(s, b);
        const start = first.period.start;
        const end = second.period.end;
        if (start !== null && end !== null && start <= end) {
          return { start: at, end: second.end, period: { start, end }, recurrence: null };
        }
        if (start === null || end === null) {
          return { start: at, end: second.end, period: { start, end }, recurrence: null };
        }
      }
    }
  }
  if ((a.bare || a.weak) && !allowBare) return null;
  return { start: at, end: first.end, period: first.period, recurrence: null };
}

/**
 * Every date, deadline, period and recurrence in a compacted text, in order, without overlaps. A bare year
 * counts only inside a range (2021至2023) unless `allowBareYear`.
 */
export function findDateMentions(s: string, allowBareYear = false): DateMention[] {
  const found: DateMention[] = [];
  YEAR_SCAN.lastIndex = 0;
  let ym: RegExpExecArray | null;
  while ((ym = YEAR_SCAN.exec(s)) !== null) {
    const d = readDateAt(s, ym.index, allowBareYear);
    if (d) {
      found.push(d);
      YEAR_SCAN.lastIndex = Math.max(d.end, ym.index + 1);
    }
  }
  RECURRENCE.lastIndex = 0;
  let rm: RegExpExecArray | null;
  const recurrences: DateMention[] = [];
  while ((rm = RECURRENCE.exec(s)) !== null) {
    const start = rm.index;
    const end = start + rm[0].length;
    if (!found.some((f) => start < f.end && end > f.start)) {
      recurrences.push({ start, end, period: null, recurrence: rm[0] });
    }
  }
  if (recurrences.length === 0) return found;
  return found.concat(recurrences).sort((x, y) => x.start - y.start);
}

/** A 项目期限/项目日期 value as a period: 2021-01-01 至 2021-12-31, 2021至2023, 2021年, 2023.07-2024.01. */
export function parsePeriod(text: string | null | undefined): Period | null {
  if (text === null || text === undefined) return null;
  const s = compact(String(text));
  if (s === '') return null;
  for (const m of findDateMentions(s, true)) if (m.period) return m.period;
  return null;
}

const YEAR_WITH_NIAN = /(?<!\d)((?:19|20)\d{2})年/;
const YEAR_ONLY = /^[(]?((?:19|20)\d{2})[)]?$/;

/** The budget year of a title or label: (2021 年度), 2022年度, 2021年项目支出…, or a period's first year. */
export function parseYear(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const s = compact(String(text));
  const m = YEAR_WITH_NIAN.exec(s) ?? YEAR_ONLY.exec(s);
  if (m) return Number(m[1]);
  const p = parsePeriod(s);
  const iso = p?.start ?? p?.end;
  return iso ? Number(iso.slice(0, 4)) : null;
}
