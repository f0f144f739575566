// cost-operator: a cost target written as a floor (≥, >); a cost is a ceiling.

import type { RuleModule } from './types';
import { isCostIndicator } from './util/money';
import { displayName, isCostRatio, operatorRelated, shownTarget, valueWithUnit } from './util/targets';

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
    for (const ind of ctx.table.indicators) {
      const t = ind.target;
      if ((t.operator !== '≥' && t.operator !== '>') || t.value === null || !isCostIndicator(ind)) continue;
      // A saving expressed as a share (节支率 ≥5%) is rightly a floor.
      if (isCostRatio(ind)) continue;
      ctx.report({
        messageId: 'floor',
        data: { name: displayName(ind), shown: shownTarget(ind), amount: valueWithUnit(t) },
        at: { indicator: ind, part: 'target' },
        related: operatorRelated(ind),
      });
    }
  },
};
