// date-outside-period: a date, month or year in a target outside the project's period (or, without one, its budget year).

import type { Indicator } from '../model';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { allowedSpan, yearsInText } from './util/targets';

// A year used as a baseline (较2020年增长10%, 与2022年持平) is a reference point, not when the work happens.
const BASELINE_YEAR = /(?:较|比|与|相比|对比|同比|参照|参考)\s*(?:19|20)[0-9]{2}\s*年?/gu;

type Span = { start: string; end: string };

function periodOutside(ind: Indicator, span: Span): boolean {
  const p = ind.target.period;
  if (!p) return false;
  const { start, end } = p;
  if (end && (end > span.end || end < span.start)) return true;
  return start !== null && (start < span.start || start > span.end);
}

function yearsOutside(ind: Indicator, span: Span): boolean {
  const first = Number(span.start.slice(0, 4));
  const last = Number(span.end.slice(0, 4));
  return yearsInText(ind.target.raw.replace(BASELINE_YEAR, '')).some((y) => y < first || y > last);
}

export const rule: RuleModule = {
  meta: {
    id: 'date-outside-period',
    category: 'time',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '指标值中的日期、月份或年份超出项目期限（无期限时为预算年度）',
      'en-US': 'A date, month or year in a target outside the project period (or, without one, the budget year)',
    },
    messages: {
      outsidePeriod: {
        'zh-CN': '“{name}”的指标值“{shown}”中的时间超出了项目期限（{span}）；应把时间定在期限之内，如“{example}”',
        'en-US':
          'The target “{shown}” of “{name}” names a time outside the project period ({span}); keep it within the period, e.g. “{example}”',
      },
      outsideYear: {
        'zh-CN': '“{name}”的指标值“{shown}”中的时间不在预算年度（{span}）内；应把时间定在本年度之内，如“{example}”',
        'en-US':
          'The target “{shown}” of “{name}” names a time outside the budget year ({span}); keep it within the year, e.g. “{example}”',
      },
    },
  },
  check(ctx) {
    const project = ctx.table.project;
    const span = allowedSpan(project);
    if (!span) return;
    const messageId = project.period?.start && project.period.end ? 'outsidePeriod' : 'outsideYear';
    const example = `${span.end.slice(0, 4)}年12月31日前`;
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      // Only where the target is about time: elsewhere a year may name a law, a baseline (较2020年) or a budget
      // figure's year, which says nothing about when the work is done.
      if (t.kind !== 'date' && !row.timeliness) continue;
      const outside = t.period && (t.period.start || t.period.end) ? periodOutside(ind, span) : yearsOutside(ind, span);
      if (!outside) continue;
      ctx.report({
        messageId,
        data: { name: row.displayName, shown: row.shownTarget, span: span.label, example },
        at: { indicator: ind, part: 'target' },
      });
    }
  },
};
