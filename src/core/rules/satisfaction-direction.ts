// satisfaction-direction: a 满意度/满意率 target written as a ceiling (≤, <); satisfaction is a floor to reach.

import { formatNumber } from './i18n';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { operatorRelated } from './util/targets';

export const rule: RuleModule = {
  meta: {
    id: 'satisfaction-direction',
    category: 'target',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '满意度（满意率）指标用了“≤”或“<”，把下限写成了上限',
      'en-US': 'A satisfaction target written with ≤ or <, a ceiling where a floor is meant',
    },
    messages: {
      ceiling: {
        'zh-CN': '满意度指标“{name}”应设为“≥”下限，如“≥{suggested}”，当前为“{shown}”',
        'en-US': 'Satisfaction indicator “{name}” needs a “≥” floor, e.g. “≥{suggested}”; it is “{shown}”',
      },
    },
  },
  check(ctx) {
    const floor = ctx.thresholds.satisfactionFloor;
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      // Names decide, not the category: 投诉比例 ≤5% under 满意度 is a complaint ratio where lower is better.
      if ((t.operator !== '≤' && t.operator !== '<') || !row.satisfaction) continue;
      // Keep the figure the author chose when it is a sensible floor; otherwise suggest the profile's floor.
      const figure = t.value !== null && t.value >= floor && t.value <= 100 ? t.value : floor;
      ctx.report({
        messageId: 'ceiling',
        data: { name: row.displayName, shown: row.shownTarget, suggested: `${formatNumber(figure)}%` },
        at: { indicator: ind, part: 'target' },
        related: operatorRelated(ind),
      });
    }
  },
};
