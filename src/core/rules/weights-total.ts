// weights-total: a self-evaluation's weights (分值), with the execution rate's, not adding up to 100 or to the 总分 row.

import type { RuleModule } from './rule';
import type { Location } from './types';
import { WEIGHT_TOLERANCE, isSelfEvaluation, points } from './util/self-evaluation';

/** A form without a weight for the execution rate leaves it this many points (财预〔2020〕10号: 预算执行率 10). */
const IMPLIED_EXECUTION = 10;

export const rule: RuleModule = {
  meta: {
    id: 'weights-total',
    category: 'self-evaluation',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '各指标分值与预算执行率分值合计应为 100 分，并与总分栏的分值一致',
      'en-US':
        "The indicators' weights and the execution rate's must add up to 100, and to the weight stated on the 总分 row",
    },
    messages: {
      notHundred: {
        'zh-CN': '分值合计为 {sum} 分（指标分值 {indicators} + 预算执行率 {execution}），应为 100 分；请调整各指标分值',
        'en-US':
          'The weights add up to {sum} (indicators {indicators} + execution rate {execution}); they must add up to 100',
      },
      notHundredNoExecution: {
        'zh-CN':
          '指标分值合计为 {sum} 分，应为 100 分（表中未列预算执行率分值时为 90 分，预算执行率占 10 分）；请调整各指标分值',
        'en-US':
          "The indicators' weights add up to {sum}; they must add up to 100 (90 when the form leaves the execution rate's 10 out)",
      },
      notTotalNoExecution: {
        'zh-CN': '指标分值合计为 {sum} 分，与总分栏的分值 {total} 不符',
        'en-US': "The indicators' weights add up to {sum}, not the {total} stated on the 总分 row",
      },
      notTotal: {
        'zh-CN': '分值合计为 {sum} 分（指标分值 {indicators} + 预算执行率 {execution}），与总分栏的分值 {total} 不符',
        'en-US':
          'The weights add up to {sum} (indicators {indicators} + execution rate {execution}), not the {total} stated on the 总分 row',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isSelfEvaluation(table) || table.columns.weight === undefined) return;
    let indicators = 0;
    let first = null;
    for (const ind of table.indicators) {
      if (typeof ind.weight !== 'number') continue;
      indicators += ind.weight;
      first ??= ind;
    }
    if (!first) return;
    const p = table.project;
    const execution = typeof p.executionWeight === 'number' ? p.executionWeight : null;
    const total = typeof p.totalWeight === 'number' ? p.totalWeight : null;
    const sum = indicators + (execution ?? 0);
    const near = (a: number, b: number) => Math.abs(a - b) <= WEIGHT_TOLERANCE;
    const at: Location = total !== null ? { table, field: 'totalWeight' } : { indicator: first, part: 'weight' };
    const related: Location[] = [];
    if (total !== null) related.push({ indicator: first, part: 'weight' });
    if (execution !== null) related.push({ table, field: 'executionWeight' });

    if (execution === null) {
      // The execution rate's 10 may be left off the form: 90 for the indicators is then the whole.
      if (!near(sum, 100) && !near(sum, 100 - IMPLIED_EXECUTION)) {
        ctx.report({ messageId: 'notHundredNoExecution', data: { sum: points(sum) }, at, related });
      } else if (total !== null && !near(sum, total) && !near(sum + IMPLIED_EXECUTION, total)) {
        ctx.report({ messageId: 'notTotalNoExecution', data: { sum: points(sum), total: points(total) }, at, related });
      }
      return;
    }
    const data = { sum: points(sum), indicators: points(indicators), execution: points(execution) };
    if (!near(sum, 100)) {
      ctx.report({
        messageId: total !== null && !near(sum, total) ? 'notTotal' : 'notHundred',
        data: { ...data, total: points(total ?? 100) },
        at,
        related,
      });
    } else if (total !== null && !near(total, sum)) {
      ctx.report({ messageId: 'notTotal', data: { ...data, total: points(total) }, at, related });
    }
  },
};
