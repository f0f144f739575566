// deviation-reason-missing: an unmet target or a cut score with no 偏差原因 (reason for the shortfall).

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { compareActual, hasReason, isSelfEvaluation, points, quoted } from './util/self-evaluation';

export const rule: RuleModule = {
  meta: {
    id: 'deviation-reason-missing',
    category: 'self-evaluation',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '未完成目标或被扣分的指标应填写偏差原因分析及改进措施',
      'en-US':
        'An indicator that missed its target or lost points must give the reason for the shortfall and the remedy',
    },
    messages: {
      unmet: {
        'zh-CN': '“{name}”实际完成 {actual}，未达到目标 {target}，未填写偏差原因；请说明未完成的原因和改进措施',
        'en-US':
          '"{name}": actual {actual} falls short of the target {target} and no reason is given; explain the shortfall and the remedy',
      },
      cut: {
        'zh-CN': '“{name}”得分 {score} 低于分值 {weight}，未填写偏差原因；请说明扣分的原因和改进措施',
        'en-US':
          '"{name}" scores {score} of its weight {weight} and no reason is given; explain the deduction and the remedy',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isSelfEvaluation(table) || table.columns.deviation === undefined) return;
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      if (ind.deviation === undefined || hasReason(ind.deviation)) continue;
      const at = { indicator: ind, part: 'deviation' as const };
      // A rate targeted above 100 % (市民满意度调查 | 290%) is a typo percent-out-of-range reports; no actual can meet it.
      if (row.boundedRate && ind.target.unit === '%' && (ind.target.value ?? 0) > 100) continue;
      const c = compareActual(ind, row.cost);
      if (c && !c.met) {
        const actual = ind.actual ? quoted(ind.actual) : '';
        ctx.report({
          messageId: 'unmet',
          data: { name: row.displayName, actual, target: quoted(ind.target) },
          at,
          related: [{ indicator: ind, part: 'actual' }],
        });
        continue;
      }
      if (
        typeof ind.weight === 'number' &&
        typeof ind.score === 'number' &&
        ind.score >= 0 &&
        ind.score < ind.weight - 1e-9
      ) {
        ctx.report({
          messageId: 'cut',
          data: { name: row.displayName, score: points(ind.score), weight: points(ind.weight) },
          at,
          related: [{ indicator: ind, part: 'score' }],
        });
      }
    }
  },
};
