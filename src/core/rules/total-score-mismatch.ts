// total-score-mismatch: a self-evaluation's 总分 that is not the sum of the scores (with the execution rate's).

import type { RuleModule } from './rule';
import type { Location } from './types';
import { TOTAL_TOLERANCE, isSelfEvaluation, points } from './util/self-evaluation';

export const rule: RuleModule = {
  meta: {
    id: 'total-score-mismatch',
    category: 'self-evaluation',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '总分应等于各指标得分与预算执行率得分之和',
      'en-US': "The 总分 must equal the indicators' scores plus the execution rate's",
    },
    messages: {
      mismatch: {
        'zh-CN':
          '总分 {total} 与得分合计 {sum} 不符（指标得分 {indicators} + 预算执行率得分 {execution}）；请核对总分或各项得分',
        'en-US':
          "The 总分 {total} differs from the scores' sum {sum} (indicators {indicators} + execution rate {execution}); check the total or the scores",
      },
      mismatchNoExecution: {
        'zh-CN': '总分 {total} 与各指标得分合计 {sum} 不符；请核对总分或各项得分',
        'en-US':
          "The 总分 {total} differs from the indicators' scores, which add up to {sum}; check the total or the scores",
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isSelfEvaluation(table)) return;
    const p = table.project;
    if (typeof p.totalScore !== 'number') return;
    let indicators = 0;
    let first = null;
    for (const ind of table.indicators) {
      if (typeof ind.score !== 'number') continue;
      indicators += ind.score;
      first ??= ind;
    }
    if (!first) return;
    const execution = typeof p.executionScore === 'number' ? p.executionScore : null;
    const sum = indicators + (execution ?? 0);
    if (Math.abs(sum - p.totalScore) <= TOTAL_TOLERANCE) return;
    const related: Location[] = [{ indicator: first, part: 'score' }];
    if (execution !== null) related.push({ table, field: 'executionScore' });
    const at: Location = { table, field: 'totalScore' };
    if (execution === null) {
      ctx.report({
        messageId: 'mismatchNoExecution',
        data: { total: points(p.totalScore), sum: points(sum) },
        at,
        related,
      });
    } else {
      ctx.report({
        messageId: 'mismatch',
        data: {
          total: points(p.totalScore),
          sum: points(sum),
          indicators: points(indicators),
          execution: points(execution),
        },
        at,
        related,
      });
    }
  },
};
