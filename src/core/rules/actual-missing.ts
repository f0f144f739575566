// actual-missing: a self-evaluation indicator with a target and no actual value (实际完成值 left blank).

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { isEmptyActual, isSelfEvaluation, isTemplateRow, quoted } from './util/self-evaluation';

export const rule: RuleModule = {
  meta: {
    id: 'actual-missing',
    category: 'self-evaluation',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '绩效自评表中有指标值的指标必须填写实际完成值',
      'en-US': 'In a self-evaluation, every indicator with a target must have its actual value',
    },
    messages: {
      missing: {
        'zh-CN':
          '指标“{name}”的年度指标值为“{target}”，未填写实际完成值；请填写全年实际完成的数值或情况，无法取得的请在偏差原因中说明',
        'en-US':
          'Indicator "{name}" has the target "{target}" but no actual value; write what was achieved in the year, or explain in the deviation column why it is not known',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isSelfEvaluation(table) || table.columns.actual === undefined) return;
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      // An empty target is empty-target's finding; a template row is unfilled-template-rows'.
      if (row.leftToStructureRules || ind.actual === undefined || isTemplateRow(ind)) continue;
      if (!isEmptyActual(ind.actual)) continue;
      ctx.report({
        messageId: 'missing',
        data: { name: row.displayName, target: quoted(ind.target) },
        at: { indicator: ind, part: 'actual' },
        related: [{ indicator: ind, part: 'target' }],
      });
    }
  },
};
