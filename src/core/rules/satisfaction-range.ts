// satisfaction-range: a 满意度 target below the profile's floor (warning), or exactly 100 % (info).

import { formatNumber } from './i18n';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';

export const rule: RuleModule = {
  meta: {
    id: 'satisfaction-range',
    category: 'target',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '满意度目标低于下限（默认80%），或恰为100%（提示）',
      'en-US': 'A satisfaction target below the floor (80 % by default), or exactly 100 % (info)',
    },
    messages: {
      belowFloor: {
        'zh-CN':
          '满意度指标“{name}”的目标“{shown}”低于{floor}%，目标偏低；应设为不低于{floor}%的下限，常见为“≥85%”～“≥95%”',
        'en-US':
          'Satisfaction target “{shown}” of “{name}” is below {floor} %, too low; set a floor of at least {floor} %, typically “≥85%” to “≥95%”',
      },
      full: {
        'zh-CN':
          '满意度指标“{name}”的目标为“{shown}”，即要求人人满意，难以实现也难以考核；建议设为“≥95%”或“≥90%”这样的下限',
        'en-US':
          'Satisfaction target “{shown}” of “{name}” asks for everyone to be satisfied, which is hard to reach and to assess; prefer a floor such as “≥95%” or “≥90%”',
      },
    },
  },
  check(ctx) {
    const floor = ctx.thresholds.satisfactionFloor;
    for (const row of analysisOf(ctx).rows) {
      const t = row.indicator.target;
      if (t.kind !== 'quantitative' || t.value === null || !row.satisfaction) continue;
      // A ceiling is satisfaction-direction's finding; another unit (分, 人) is unit-mismatch's.
      if (t.operator === '≤' || t.operator === '<') continue;
      if (t.unit !== '%' && !(t.unit === null && t.value > 1)) continue;
      const at = { indicator: row.indicator, part: 'target' } as const;
      if (t.value < floor) {
        ctx.report({
          messageId: 'belowFloor',
          data: { name: row.displayName, shown: row.shownTarget, floor: formatNumber(floor) },
          at,
        });
      } else if (t.value === 100 && (t.operator === null || t.operator === '=')) {
        // ≥100 % is impossible-bound's; a plain or “=” 100 % is a reviewer's question, not an error.
        ctx.report({
          messageId: 'full',
          data: { name: row.displayName, shown: row.shownTarget },
          at,
          severity: 'info',
        });
      }
    }
  },
};
