// duplicate-indicator: the same indicator (name and description) twice in one indicator set.

import type { Indicator } from '../model';
import type { RuleModule } from './types';
import { analysisOf } from './util/analysis';
import { normaliseText, shown } from './util/structure';

export const rule: RuleModule = {
  meta: {
    id: 'duplicate-indicator',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '同一组绩效指标中同一个指标不应重复填写',
      'en-US': 'An indicator must not appear twice in one indicator set',
    },
    messages: {
      duplicate: {
        'zh-CN': '指标“{name}”在本组指标中重复出现（第{row}行已有）；同一指标只应填写一次，若衡量的是不同内容，请改用能区分的名称',
        'en-US': 'Indicator "{name}" appears twice in this set (already on row {row}); list it once, or give distinct names if they measure different things',
      },
    },
  },
  check(ctx) {
    // The earlier rows of each name, one per indicator set and description. Most names appear once in a table, so
    // an entry is usually the one row, compared further only when the name comes again.
    const byName = new Map<string, Indicator | Indicator[]>();
    for (const row of analysisOf(ctx).rows) {
      const name = normaliseText(row.indicator.name);
      // Unnamed and placeholder rows (……) are empty-name's and placeholder's findings, not duplicates.
      if (name === '' || row.namePlaceholder !== null) continue;
      const ind = row.indicator;
      const seen = byName.get(name);
      if (seen === undefined) {
        byName.set(name, ind);
        continue;
      }
      // Seed 001 repeats a 三级 name with distinct 绩效指标描述: those are different indicators.
      const description = normaliseText(ind.description ?? '');
      const same = (e: Indicator) => e.set === ind.set && normaliseText(e.description ?? '') === description;
      const first = Array.isArray(seen) ? seen.find(same) : same(seen) ? seen : undefined;
      if (!first) {
        if (Array.isArray(seen)) seen.push(ind);
        else byName.set(name, [seen, ind]);
        continue;
      }
      ctx.report({
        messageId: 'duplicate',
        data: { name: shown(ind.name), row: first.row },
        at: { indicator: ind, part: 'name' },
        related: [{ indicator: first, part: 'name' }],
      });
    }
  },
};
