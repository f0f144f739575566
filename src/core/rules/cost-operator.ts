// cost-operator: a cost target written as a floor (≥, >); a cost is a ceiling.

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { isCostRatio, operatorRelated, valueWithUnit } from './util/targets';

export const rule: RuleModule = {
  meta: {
    id: 'cost-operator',
    category: 'target',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '成本指标用了“≥”或“>”；成本是支出上限，应使用“≤”',
      'en-US': 'A cost target with ≥ or >; a cost is a ceiling and takes ≤',
    },
    messages: {
      floor: {
        'zh-CN': '成本指标“{name}”是支出上限，应使用“≤”，如“≤{amount}”，当前为“{shown}”',
        'en-US': 'Cost indicator “{name}” is a spending ceiling and takes “≤”, e.g. “≤{amount}”; it is “{shown}”',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      if ((t.operator !== '≥' && t.operator !== '>') || t.value === null || !row.cost) continue;
      // A saving expressed as a share (节支率 ≥5%) is rightly a floor.
      if (isCostRatio(ind)) continue;
      ctx.report({
        messageId: 'floor',
        data: { name: row.displayName, shown: row.shownTarget, amount: valueWithUnit(t) },
        at: { indicator: ind, part: 'target' },
        related: operatorRelated(ind),
      });
    }
  },
};
