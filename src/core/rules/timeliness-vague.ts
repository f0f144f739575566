// timeliness-vague: a 时效指标 target that names no date, deadline, period or rate (按时, 及时, 是).

import type { RuleModule } from './types';
import { analysisOf } from './util/analysis';
import { spanEndYear } from './util/targets';

// Anything that ties the target to a time: a date word, a period, a deadline, or a reference to a schedule the
// reader can look up (合同约定, 计划进度). 按时/及时/如期 alone tie it to nothing.
const TIME_ANCHOR = new RegExp(
  [
    '[0-9０-９]',
    '[一二三四五六七八九十两]+个?(?:月|日|天|周|季度|年|小时|工作日)',
    '(?:年|月|季度?|周|旬)(?:底|初|末|中|内|前)',
    '[上下]半年|全年|年度|当年|当月|当日|当天|次日|即时|实时|工作日|小时',
    '每(?:年|季度?|月|周|旬|日|天)',
    '期限|时限|时间|日期|节点|截止|合同|约定|进度|计划|之前|以前',
  ].join('|'),
  'u',
);

export const rule: RuleModule = {
  meta: {
    id: 'timeliness-vague',
    category: 'time',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '时效指标的指标值没有日期或期限（按时、及时、是）',
      'en-US': 'A timeliness target with no date or period (按时, 及时, 是)',
    },
    messages: {
      noDate: {
        'zh-CN': '时效指标“{name}”的指标值“{shown}”没有写明日期或期限，无法考核是否按期；应写明完成时间，如“{example}”或“每月10日前”',
        'en-US': 'Timeliness indicator “{name}” has no date or period in its target “{shown}”, so timeliness cannot be checked; state when, e.g. “{example}” or “每月10日前”',
      },
    },
  },
  check(ctx) {
    const year = spanEndYear(ctx.table.project);
    const example = year === null ? '12月31日前完成' : `${year}年12月31日前完成`;
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      if ((t.kind !== 'qualitative' && t.kind !== 'text') || !row.timeliness) continue;
      // A rate (按时完成率 100%), a parsed date or a recurrence is measurable; placeholders are another rule's.
      if (t.value !== null || t.period || t.recurrence || row.leftToStructureRules) continue;
      if (TIME_ANCHOR.test(t.raw)) continue;
      ctx.report({ messageId: 'noDate', data: { name: row.displayName, shown: row.shownTarget, example }, at: { indicator: ind, part: 'target' } });
    }
  },
};
