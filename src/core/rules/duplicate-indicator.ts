// duplicate-indicator: the same indicator (name and description) twice in one indicator set.

import type { Indicator } from '../model';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import type { RowFacts } from './util/analysis';
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
        'zh-CN':
          '指标“{name}”在本组指标中重复出现（第{row}行已有）；同一指标只应填写一次，若衡量的是不同内容，请改用能区分的名称',
        'en-US':
          'Indicator "{name}" appears twice in this set (already on row {row}); list it once, or give distinct names if they measure different things',
      },
    },
  },
  check(ctx) {
    const rows = analysisOf(ctx).rows;
    // Each row's name as compared; '' for unnamed and placeholder rows (……), which are empty-name's and
    // placeholder's findings, not duplicates.
    const names = rows.map((row) => (row.namePlaceholder === null ? normaliseText(row.indicator.name) : ''));
    // Most tables list a few dozen rows: earlier rows are searched in turn, with no map to build. A long table
    // (seed 004's 42 rows, a department's hundreds) keys its rows instead.
    const firstByKey = rows.length > SCAN_LIMIT ? new Map<string, Indicator>() : null;
    for (let k = 0; k < rows.length; k++) {
      const name = names[k] as string;
      if (name === '') continue;
      const ind = (rows[k] as RowFacts).indicator;
      let first: Indicator | undefined;
      if (firstByKey) {
        // Seed 001 repeats a 三级 name with distinct 绩效指标描述: those are different indicators.
        const key = `${ind.set}\u0000${name}\u0000${normaliseText(ind.description ?? '')}`;
        first = firstByKey.get(key);
        if (!first) firstByKey.set(key, ind);
      } else {
        for (let j = 0; j < k && !first; j++) {
          const other = (rows[j] as RowFacts).indicator;
          if (names[j] === name && sameSetAndDescription(other, ind)) first = other;
        }
      }
      if (!first) continue;
      ctx.report({
        messageId: 'duplicate',
        data: { name: shown(ind.name), row: first.row },
        at: { indicator: ind, part: 'name' },
        related: [{ indicator: first, part: 'name' }],
      });
    }
  },
};

/** Rows up to which a table is searched row by row for an earlier twin. */
const SCAN_LIMIT = 32;

function sameSetAndDescription(a: Indicator, b: Indicator): boolean {
  return a.set === b.set && normaliseText(a.description ?? '') === normaliseText(b.description ?? '');
}
