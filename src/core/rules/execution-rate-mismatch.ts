// execution-rate-mismatch: a self-evaluation's 执行率 that is not 全年执行数 ÷ 全年预算数, execution above the budget,
// or the rate's score off the method (its weight × the rate, at most the weight).

import type { RuleModule } from './rule';
import { formatWan } from './util/money';
import {
  RATE_TOLERANCE,
  SCORE_TOLERANCE,
  isSelfEvaluation,
  oneDecimal,
  points,
  withCells,
} from './util/self-evaluation';

/** 0.1 point, or the rounding of a rate written to whole percent (99% for 99.1 %). */
function rateTolerance(stated: number): number {
  const decimals = (String(stated).split('.')[1] ?? '').length;
  return Math.max(RATE_TOLERANCE, decimals === 0 ? 0.5 : 0);
}

export const rule: RuleModule = {
  meta: {
    id: 'execution-rate-mismatch',
    category: 'self-evaluation',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '执行率应等于全年执行数÷全年预算数，执行数不应超过预算数，执行率得分应为分值×执行率',
      'en-US':
        "The execution rate must be the amount spent ÷ the year's budget, spending must not exceed the budget, and the rate's score must be its weight × the rate",
    },
    messages: {
      rate: {
        'zh-CN': '执行率应为 {executed}÷{budget}={computed}%，表中为 {rate}%（全年执行数÷全年预算数，单位万元）',
        'en-US':
          "The execution rate should be {executed}÷{budget}={computed}%, the table says {rate}% (amount spent ÷ the year's budget, in 10k yuan)",
      },
      overBudget: {
        'zh-CN':
          '全年执行数 {executed} 万元超过全年预算数 {budget} 万元（执行率 {computed}%）；执行数不应超过预算数，请核对金额',
        'en-US':
          "The amount spent, {executed} (10k yuan), exceeds the year's budget of {budget} (rate {computed}%); check the figures",
      },
      score: {
        'zh-CN': '预算执行率得分应为 {weight}×{rate}%={expected} 分，表中为 {score} 分',
        'en-US': "The execution rate's score should be {weight}×{rate}%={expected}, the table says {score}",
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isSelfEvaluation(table)) return;
    const p = table.project;
    const budget = typeof p.budget === 'number' && p.budget > 0 ? p.budget : null;
    const executed = typeof p.executed === 'number' && p.executed >= 0 ? p.executed : null;
    const computed = budget !== null && executed !== null ? (executed / budget) * 100 : null;
    let stated = typeof p.executionRate === 'number' ? p.executionRate : null;
    // A rate kept as a fraction (0.8619 shown as 86.19%) says the same.
    if (stated !== null && computed !== null && stated <= 1.5 && Math.abs(stated * 100 - computed) <= RATE_TOLERANCE)
      stated *= 100;

    if (budget !== null && executed !== null && computed !== null && executed > budget * (1 + 1e-9) + 1e-9) {
      ctx.report({
        messageId: 'overBudget',
        data: { executed: formatWan(executed), budget: formatWan(budget), computed: points(computed) },
        at: { table, field: 'executed' },
        related: withCells([{ table, field: 'budget' }]),
      });
    }
    if (
      budget !== null &&
      executed !== null &&
      computed !== null &&
      stated !== null &&
      Math.abs(stated - computed) > rateTolerance(stated)
    ) {
      ctx.report({
        messageId: 'rate',
        data: {
          executed: formatWan(executed),
          budget: formatWan(budget),
          computed: points(computed),
          rate: points(stated),
        },
        at: { table, field: 'executionRate' },
        related: withCells([
          { table, field: 'executed' },
          { table, field: 'budget' },
        ]),
      });
    }
    const weight = typeof p.executionWeight === 'number' && p.executionWeight > 0 ? p.executionWeight : null;
    const score = typeof p.executionScore === 'number' ? p.executionScore : null;
    // The rate the score is worked from: the table's own (the rate finding above says if it is wrong), else computed.
    const rate = stated ?? computed;
    if (weight === null || score === null || rate === null || score > weight + 1e-9 || score < 0) return;
    const expected = (weight * Math.min(Math.max(rate, 0), 100)) / 100;
    if (Math.abs(score - expected) <= SCORE_TOLERANCE) return;
    ctx.report({
      messageId: 'score',
      data: {
        weight: points(weight),
        rate: points(Math.min(rate, 100)),
        expected: oneDecimal(expected),
        score: points(score),
      },
      at: { table, field: 'executionScore' },
      related: withCells([
        { table, field: 'executionRate' },
        { table, field: 'executionWeight' },
      ]),
    });
  },
};
