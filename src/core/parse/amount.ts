// Budget amounts in project blocks (项目资金申请, 预算数, 年度资金总额), converted to 万元.

import { compact } from './normalise';
import { cleanProduct, NUMBER_SOURCE, parseNumber } from './numbers';
import { MONEY_FACTORS, normaliseUnit } from './units';

export interface Amount {
  /** The amount in 万元, or null when the text holds no amount. */
  value: number | null;
  /** The money unit it was written in (from the text, else the default), or null when neither says. */
  unit: string | null;
}

const AMOUNT = new RegExp(`(?<num>${NUMBER_SOURCE})(?<unit>十万元|百万元|千万元|万元|亿元|千元|元|万|亿)?`);
const CURRENCY = /[¥￥]|人民币|RMB/gi;
const LABEL = /^[^\d-]*?[:]/;
const MONEY_UNITS_LONGEST_FIRST: readonly string[] = Object.keys(MONEY_FACTORS).sort((a, b) => b.length - a.length);

/**
 * Reads a budget cell: `14 万元`, `500万元`, `3000元`, or a bare `1324.00` in the table's unit (`defaultUnit`,
 * e.g. 万元 from 单位：万元; 万元 when nothing says). A leading label (中期资金总额:) is skipped. Never throws.
 */
export function parseAmount(text: string | number | null | undefined, defaultUnit?: string | null): Amount {
  if (text === null || text === undefined) return { value: null, unit: null };
  if (typeof text === 'number') return fromNumber(text, null, defaultUnit);
  const s = compact(String(text)).replace(CURRENCY, '').replace(LABEL, '');
  const m = AMOUNT.exec(s);
  if (!m?.groups) return { value: null, unit: null };
  const n = parseNumber(m.groups.num ?? '');
  if (n === null) return { value: null, unit: null };
  let unit = m.groups.unit ?? null;
  if (unit === '万' || unit === '亿') unit = `${unit}元`;
  return fromNumber(n, unit, defaultUnit);
}

function fromNumber(n: number, unit: string | null, defaultUnit: string | null | undefined): Amount {
  if (!Number.isFinite(n)) return { value: null, unit: null };
  const written = unit ?? moneyUnit(defaultUnit);
  const factor = written === null ? 1 : (MONEY_FACTORS[written] ?? 1);
  return { value: cleanProduct(n, factor), unit: written };
}

// A flat export reads one amount per project, all in the same few units: each unit label is read once.
const moneyUnits = new Map<string, string | null>();
const MAX_MONEY_UNITS = 1000;

/** The money unit in a label such as `单位：万元` or `(万元)`, or null. */
function moneyUnit(label: string | null | undefined): string | null {
  if (typeof label !== 'string') return moneyUnitOf(label);
  let u = moneyUnits.get(label);
  if (u === undefined) {
    u = moneyUnitOf(label);
    if (moneyUnits.size >= MAX_MONEY_UNITS) moneyUnits.clear();
    moneyUnits.set(label, u);
  }
  return u;
}

function moneyUnitOf(label: string | null | undefined): string | null {
  const u = normaliseUnit(label);
  if (u === null) return null;
  if (MONEY_FACTORS[u] !== undefined) return u;
  for (const key of MONEY_UNITS_LONGEST_FIRST) if (u.includes(key)) return key;
  return null;
}
