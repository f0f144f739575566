// unfilled-template-rows: template rows left in the table (指标1, 指标2, ……), listed once per table.

import { getProfile } from './profiles';
import type { RuleModule } from './rule';
import type { Location } from './types';
import { analysisOf } from './util/analysis';
import { isTemplateRow } from './util/self-evaluation';
import { shown } from './util/structure';

/** Rows quoted in the message; the rest are counted. */
const LISTED = 8;

export const rule: RuleModule = {
  meta: {
    id: 'unfilled-template-rows',
    category: 'self-evaluation',
    defaultSeverity: 'info',
    description: {
      'zh-CN': '表中留有未填写的模板行（指标1、指标2、……），每张表提示一次并列出这些行',
      'en-US': 'Template rows left in the table (指标1, 指标2, ……), noted once per table with the rows listed',
    },
    messages: {
      rows: {
        'zh-CN': '表中第 {rows} 行是未填写的模板行（{names}），共 {count} 行；不设该项指标的请删除这些行',
        'en-US':
          'Row(s) {rows} are unfilled template rows ({names}), {count} in all; delete the rows no indicator needs',
      },
    },
  },
  check(ctx) {
    // Profiles that report template rows row by row (placeholder, empty-target) leave this note out.
    if (getProfile(ctx.profile).templateRows !== 'once') return;
    const rows = analysisOf(ctx).rows.filter((r) => isTemplateRow(r.indicator));
    const first = rows[0];
    if (!first) return;
    const listed = rows.slice(0, LISTED).map((r) => String(r.indicator.row));
    if (rows.length > LISTED) listed.push('…');
    const names = [...new Set(rows.map((r) => shown(r.indicator.name)))].slice(0, 3);
    const related: Location[] = rows.slice(1).map((r) => ({ indicator: r.indicator, part: 'name' }));
    ctx.report({
      messageId: 'rows',
      data: { count: rows.length, rows: listed.join(', '), names: names.join(' ') },
      at: { indicator: first.indicator, part: 'name' },
      related,
    });
  },
};
