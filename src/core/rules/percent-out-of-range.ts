// percent-out-of-range: a bounded rate (合格率, 完成率, 满意度…) set above 100 % or below 0 %.

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';

export const rule: RuleModule = {
  meta: {
    id: 'percent-out-of-range',
    category: 'target',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '有上限的比率（合格率、完成率、覆盖率、满意度等，不含增长率）超过100%或小于0',
      'en-US': 'A bounded rate (pass, completion, coverage, satisfaction…; not growth) above 100 % or below 0',
    },
    messages: {
      above: {
        'zh-CN': '“{name}”是比率，最高只能到100%，指标值“{shown}”超出了范围；应改为不超过100%的值，如“≥95%”或“=100%”',
        'en-US':
          '“{name}” is a rate and cannot exceed 100 %, but its target is “{shown}”; use a value up to 100 %, e.g. “≥95%” or “=100%”',
      },
      below: {
        'zh-CN': '“{name}”是比率，不会小于0%，指标值“{shown}”超出了范围；应改为0%～100%之间的值',
        'en-US':
          '“{name}” is a rate and cannot be below 0 %, but its target is “{shown}”; use a value between 0 % and 100 %',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const t = row.indicator.target;
      if (t.kind !== 'quantitative' || t.value === null || t.unit !== '%' || !row.boundedRate) continue;
      const top = Math.max(t.value, t.valueMax ?? t.value);
      const at = { indicator: row.indicator, part: 'target' } as const;
      if (top > 100) ctx.report({ messageId: 'above', data: { name: row.displayName, shown: row.shownTarget }, at });
      else if (t.value < 0)
        ctx.report({ messageId: 'below', data: { name: row.displayName, shown: row.shownTarget }, at });
    }
  },
};
