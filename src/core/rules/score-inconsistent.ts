// score-inconsistent: a quantitative indicator's score more than 0.5 points from what 财预〔2020〕10号's method gives
// (the whole weight when the target is met, weight × actual ÷ target when not; target ÷ actual for a ceiling).

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import {
  SCORE_TOLERANCE,
  compareActual,
  isSelfEvaluation,
  methodFormula,
  methodScore,
  oneDecimal,
  points,
  pointsOf,
  quoted,
} from './util/self-evaluation';

export const rule: RuleModule = {
  meta: {
    id: 'score-inconsistent',
    category: 'self-evaluation',
    defaultSeverity: 'warning',
    description: {
      'zh-CN':
        '定量指标的得分应按完成比例计算（财预〔2020〕10号）：完成目标得满分，未完成按实际÷目标（上限指标按目标÷实际）乘以分值计分',
      'en-US':
        'A quantitative indicator is scored by the share achieved (财预〔2020〕10号): its whole weight when the target is met, else weight × actual ÷ target (target ÷ actual for a ceiling)',
    },
    messages: {
      fullUnmet: {
        'zh-CN':
          '“{name}”实际完成 {actual}，未达到目标 {target}，按比例应得 {expected} 分（{formula}），填报 {score} 分',
        'en-US':
          '"{name}": actual {actual} falls short of the target {target}; by the share achieved it scores {expected} ({formula}), not the {score} given',
      },
      cutMet: {
        'zh-CN':
          '“{name}”实际完成 {actual}，已达到目标 {target}，应得满分 {weight} 分，填报 {score} 分；如因其他原因扣分，请在偏差原因中说明',
        'en-US':
          '"{name}": actual {actual} meets the target {target}, which earns the whole weight {weight}, not {score}; explain any other deduction in the deviation column',
      },
      offMethod: {
        'zh-CN': '“{name}”实际完成 {actual}，目标 {target}，按比例应得 {expected} 分（{formula}），填报 {score} 分',
        'en-US':
          '"{name}": actual {actual} against the target {target} scores {expected} by the share achieved ({formula}), not the {score} given',
      },
    },
  },
  check(ctx) {
    if (!isSelfEvaluation(ctx.table)) return;
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const pts = pointsOf(ind);
      // A score above its weight, or below 0, is score-exceeds-weight's.
      if (!pts || pts.weight <= 0 || pts.score < 0 || pts.score > pts.weight + 1e-9) continue;
      const c = compareActual(ind, row.cost);
      if (!c) continue;
      const expected = methodScore(c, pts.weight);
      if (Math.abs(pts.score - expected) <= SCORE_TOLERANCE) continue;
      const actual = ind.actual ? quoted(ind.actual) : '';
      const base = { name: row.displayName, actual, target: quoted(ind.target), score: points(pts.score) };
      const at = { indicator: ind, part: 'score' as const };
      const related = [
        { indicator: ind, part: 'actual' as const },
        { indicator: ind, part: 'target' as const },
      ];
      if (c.met) {
        ctx.report({ messageId: 'cutMet', data: { ...base, weight: points(pts.weight) }, at, related });
      } else {
        const data = { ...base, expected: oneDecimal(expected), formula: methodFormula(c, pts.weight) };
        ctx.report({ messageId: pts.score >= pts.weight - 1e-9 ? 'fullUnmet' : 'offMethod', data, at, related });
      }
    }
  },
};
