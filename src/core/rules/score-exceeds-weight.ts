// score-exceeds-weight: a self-evaluation score above its weight (得分 > 分值), or a negative score.

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { isSelfEvaluation, points, withCells } from './util/self-evaluation';

export const rule: RuleModule = {
  meta: {
    id: 'score-exceeds-weight',
    category: 'self-evaluation',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '得分不得超过该项分值，也不得为负数',
      'en-US': 'A score must not exceed its weight, nor be negative',
    },
    messages: {
      exceeds: {
        'zh-CN': '指标“{name}”得分 {score} 超过分值 {weight}；得分最高为该项分值',
        'en-US': 'Indicator "{name}": score {score} exceeds the weight {weight}; a score is at most its weight',
      },
      negative: {
        'zh-CN': '指标“{name}”得分为 {score}，得分不能为负数；未完成的最低得 0 分',
        'en-US':
          'Indicator "{name}" has the score {score}; a score cannot be negative (an unmet target scores 0 at least)',
      },
      executionExceeds: {
        'zh-CN': '预算执行率得分 {score} 超过分值 {weight}；得分最高为该项分值',
        'en-US': 'The execution rate scores {score}, above its weight {weight}; a score is at most its weight',
      },
      executionNegative: {
        'zh-CN': '预算执行率得分为 {score}，得分不能为负数',
        'en-US': 'The execution rate has the score {score}; a score cannot be negative',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isSelfEvaluation(table)) return;
    const p = table.project;
    if (typeof p.executionScore === 'number') {
      const at = { table, field: 'executionScore' as const };
      if (p.executionScore < 0) {
        ctx.report({ messageId: 'executionNegative', data: { score: points(p.executionScore) }, at });
      } else if (typeof p.executionWeight === 'number' && p.executionScore > p.executionWeight + 1e-9) {
        ctx.report({
          messageId: 'executionExceeds',
          data: { score: points(p.executionScore), weight: points(p.executionWeight) },
          at,
          related: withCells([{ table, field: 'executionWeight' }]),
        });
      }
    }
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      if (typeof ind.score !== 'number') continue;
      const at = { indicator: ind, part: 'score' as const };
      const name = row.displayName;
      if (ind.score < 0) {
        ctx.report({ messageId: 'negative', data: { name, score: points(ind.score) }, at });
      } else if (typeof ind.weight === 'number' && ind.score > ind.weight + 1e-9) {
        ctx.report({
          messageId: 'exceeds',
          data: { name, score: points(ind.score), weight: points(ind.weight) },
          at,
          related: withCells([{ indicator: ind, part: 'weight' }]),
        });
      }
    }
  },
};
