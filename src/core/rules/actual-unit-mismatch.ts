// actual-unit-mismatch: an actual value in another unit than its target (元 vs 万元 converts; 次 vs % does not), or a
// numeric target whose actual value has no number at all.

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { hasReason, isEmptyActual, isSelfEvaluation, quoted, unitFactor } from './util/self-evaluation';

export const rule: RuleModule = {
  meta: {
    id: 'actual-unit-mismatch',
    category: 'self-evaluation',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '实际完成值应与指标值使用同一计量单位（元与万元可换算），数值型指标的实际完成值应为数值',
      'en-US':
        'An actual value must be in its target’s unit (元 and 万元 convert), and a numeric target’s actual value must be a number',
    },
    messages: {
      unit: {
        'zh-CN':
          '“{name}”的实际完成值“{actual}”单位为“{actualUnit}”，指标值“{target}”单位为“{targetUnit}”，两者无法比较；请按指标值的单位填写实际完成值',
        'en-US':
          '"{name}": the actual value "{actual}" is in {actualUnit}, the target "{target}" in {targetUnit}; they cannot be compared — write the actual in the target’s unit',
      },
      noNumber: {
        'zh-CN':
          '“{name}”的指标值“{target}”是数值，实际完成值“{actual}”却没有数值，无法计算完成比例；请填写实际完成的数值（单位“{targetUnit}”）',
        'en-US':
          '"{name}": the target "{target}" is a number but the actual value "{actual}" has none, so the share achieved cannot be worked out; write the actual figure (in {targetUnit})',
      },
    },
  },
  check(ctx) {
    if (!isSelfEvaluation(ctx.table)) return;
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      const a = ind.actual;
      if (!a || isEmptyActual(a) || row.leftToStructureRules) continue;
      if (t.kind !== 'quantitative' || t.value === null) continue;
      const at = { indicator: ind, part: 'actual' as const };
      const related = [{ indicator: ind, part: 'target' as const }];
      // A non-numeric actual with its reason given (无 | 没有轮换、动用库存) is explained, not left unmeasured.
      if (a.value === null && (a.kind === 'qualitative' || a.kind === 'text') && !hasReason(ind.deviation)) {
        const data = { name: row.displayName, target: quoted(t), actual: quoted(a), targetUnit: t.unit ?? '—' };
        ctx.report({ messageId: 'noNumber', data, at, related });
        continue;
      }
      if (a.kind !== 'quantitative' || a.value === null || unitFactor(t, a) !== null) continue;
      const data = {
        name: row.displayName,
        actual: quoted(a),
        actualUnit: a.unit ?? '',
        target: quoted(t),
        targetUnit: t.unit ?? '',
      };
      ctx.report({ messageId: 'unit', data, at, related });
    }
  },
};
