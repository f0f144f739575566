// impossible-bound: a bound no result can meet or exceed: ≥/>100 % on a bounded rate, ≤0/<0 on a count.

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { moneyUnit } from './util/money';
import { operatorRelated } from './util/targets';

export const rule: RuleModule = {
  meta: {
    id: 'impossible-bound',
    category: 'target',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '不可能超过的界限：有上限的比率写“≥100%”或“>100%”，计数写“≤0”或“<0”',
      'en-US': 'A bound that cannot be exceeded: ≥100 % or >100 % on a bounded rate, ≤0 or <0 on a count',
    },
    messages: {
      rateAtLeastFull: {
        'zh-CN': '“{name}”是比率，最高只能到100%，“{shown}”实际只能等于100%；应写为“=100%”',
        'en-US': '“{name}” is a rate that cannot exceed 100 %, so “{shown}” can only mean exactly 100 %; write “=100%”',
      },
      rateAboveFull: {
        'zh-CN': '“{name}”是比率，最高只能到100%，“{shown}”不可能实现；应写为“=100%”或可实现的下限，如“≥95%”',
        'en-US':
          '“{name}” is a rate that cannot exceed 100 %, so “{shown}” can never be met; write “=100%” or an achievable floor such as “≥95%”',
      },
      countAtMostZero: {
        'zh-CN': '“{name}”是计数，不会小于0，“{shown}”实际只能等于0；应写为“=0{unit}”',
        'en-US': '“{name}” is a count and cannot be negative, so “{shown}” can only mean zero; write “=0{unit}”',
      },
      countBelowZero: {
        'zh-CN': '“{name}”是计数，不会小于0，“{shown}”不可能实现；如要求不发生，应写为“=0{unit}”',
        'en-US':
          '“{name}” is a count and cannot be negative, so “{shown}” can never be met; if none is the aim, write “=0{unit}”',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      const op = t.operator;
      if (t.kind !== 'quantitative' || t.value === null || op === null) continue;
      // Message parts are built only for a row that is reported: most rows pass, and big exports have many rows.
      // A rate written without a unit (≥100 with no % anywhere) is still the same impossible bound.
      const percentOrBare = t.unit === '%' || t.unit === null;
      if (percentOrBare && t.value === 100 && (op === '≥' || op === '>') && row.boundedRate) {
        const data = { name: row.displayName, shown: row.shownTarget };
        const at = { indicator: ind, part: 'target' } as const;
        ctx.report({
          messageId: op === '≥' ? 'rateAtLeastFull' : 'rateAboveFull',
          data,
          at,
          related: operatorRelated(ind),
        });
        continue;
      }
      if ((op === '≤' || op === '<') && t.value <= 0 && row.quantity && t.unit !== '%' && moneyUnit(t.unit) === null) {
        const messageId = op === '≤' && t.value === 0 ? 'countAtMostZero' : 'countBelowZero';
        const data = { name: row.displayName, shown: row.shownTarget, unit: t.unit ?? '' };
        ctx.report({ messageId, data, at: { indicator: ind, part: 'target' }, related: operatorRelated(ind) });
      }
    }
  },
};
