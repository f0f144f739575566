// midterm-annual-mismatch: in 中期/年度 side-by-side tables, a row whose two indicators differ in meaning, or an annual target above the mid-term one.

import type { Indicator } from '../model';
import type { RuleModule } from './rule';
import { sameIndicatorName } from './util/money';

// A ceiling (≤, <) on either side is not a goal to reach: its annual value may sit above the mid-term one.
const CEILINGS = new Set(['≤', '<']);

export const rule: RuleModule = {
  meta: {
    id: 'midterm-annual-mismatch',
    category: 'consistency',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '中期与年度指标并列时，同一行应是同一指标，且年度指标值不应高于中期指标值',
      'en-US':
        'In side-by-side mid-term and annual indicators, each row must hold the same indicator, and the annual target must not exceed the mid-term one',
    },
    messages: {
      nameMismatch: {
        'zh-CN':
          '年度指标“{annual}”与同一行的中期指标“{midterm}”不是同一指标；中期与年度指标应逐行对应，请将年度指标改为对应的“{midterm}”，或调整到正确的行',
        'en-US':
          'Annual indicator "{annual}" is not the same indicator as the mid-term "{midterm}" on its row; rows must correspond: rename it to "{midterm}" or move it to its row',
      },
      annualAbove: {
        'zh-CN':
          '年度指标“{annual}”的指标值“{annualRaw}”高于中期指标值“{midtermRaw}”；年度目标是中期目标的分年度安排，不应超过中期目标，应不高于“{midtermRaw}”',
        'en-US':
          'Annual indicator "{annual}" targets "{annualRaw}", above the mid-term target "{midtermRaw}"; an annual target is a yearly share of the mid-term one and must not exceed it',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    // Most tables have no mid-term set: nothing to pair.
    if (!table.indicators.some((ind) => ind.set === 'midterm')) return;
    const midtermByRow = new Map<number, Indicator>();
    for (const ind of table.indicators) if (ind.set === 'midterm') midtermByRow.set(ind.row, ind);
    for (const annual of table.indicators) {
      if (annual.set !== 'annual') continue;
      const midterm = midtermByRow.get(annual.row);
      // An empty name is empty-name's finding; nothing to compare here.
      if (!midterm || annual.name === '' || midterm.name === '') continue;
      if (!sameIndicatorName(annual.name, midterm.name)) {
        ctx.report({
          messageId: 'nameMismatch',
          data: { annual: annual.name, midterm: midterm.name },
          at: { indicator: annual, part: 'name' },
          related: [{ indicator: midterm, part: 'name' }],
        });
        continue;
      }
      if (annualAbove(annual, midterm)) {
        ctx.report({
          messageId: 'annualAbove',
          data: { annual: annual.name, annualRaw: annual.target.raw, midtermRaw: midterm.target.raw },
          at: { indicator: annual, part: 'target' },
          related: [{ indicator: midterm, part: 'target' }],
        });
      }
    }
  },
};

function annualAbove(annual: Indicator, midterm: Indicator): boolean {
  const a = annual.target;
  const m = midterm.target;
  if (a.value === null || m.value === null) return false;
  // A date's number is a year or a day, not an amount to compare.
  if (a.kind === 'date' || m.kind === 'date') return false;
  if ((a.operator && CEILINGS.has(a.operator)) || (m.operator && CEILINGS.has(m.operator))) return false;
  const au = a.unit ?? annual.unit;
  const mu = m.unit ?? midterm.unit;
  if (au !== mu) return false;
  const aFactor = a.factorToWanyuan ?? 1;
  const mFactor = m.factorToWanyuan ?? 1;
  return a.value * aFactor > m.value * mFactor * (1 + 1e-9);
}
