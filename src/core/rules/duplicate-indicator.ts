// duplicate-indicator: the same indicator (name and description) twice in one indicator set.

import type { Indicator } from '../model';
import type { RuleModule } from './types';
import { findPlaceholder, normaliseText, shown } from './util/structure';

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
    const firstSeen = new Map<string, Indicator>();
    for (const ind of ctx.table.indicators) {
      const name = normaliseText(ind.name);
      // Unnamed and placeholder rows (……) are empty-name's and placeholder's findings, not duplicates.
      if (name === '' || findPlaceholder(ind.name) !== null) continue;
      // Seed 001 repeats a 三级 name with distinct 绩效指标描述: those are different indicators.
      const key = `${ind.set}\u0000${name}\u0000${normaliseText(ind.description ?? '')}`;
      const first = firstSeen.get(key);
      if (!first) {
        firstSeen.set(key, ind);
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
