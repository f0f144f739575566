// timeliness-vague: a 时效指标 target that names no date, deadline, period or rate (按时, 及时, 是), that puts off its
// deadline to a document the table does not show (按上级文件要求时限内, 按照合同约定时间), or that describes a payment
// without saying when it is made (鉴定评审费按照实际鉴定情况据实支付).

import { Memo } from '../memo';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { spanEndYear } from './util/targets';

// Anything that ties the target to a time: a date word, a period, a deadline, an event it follows, or the plan or
// progress schedule of the project itself. 按时/及时/如期 alone tie it to nothing.
const TIME_ANCHOR = new RegExp(
  [
    '[0-9０-９]',
    '[一二三四五六七八九十两]+个?(?:月|日|天|周|季度|年|小时|工作日)',
    '(?:年|月|季度?|周|旬)(?:底|初|末|中|内|前)',
    '[上下]半年|全年|年度|当年|当月|当日|当天|次日|次月|即时|实时|工作日|小时',
    '[每按逐](?:年|季度?|月|周|旬|日|天)',
    '(?:验收|完成|结束|到货|审核|审批|签订|竣工)(?:后|之后)',
    '期限|时限|时间|日期|节点|截止|进度|计划|之前|以前',
  ].join('|'),
  'u',
);

// A deadline put off to a document the reviewer does not have: the contract's or the agreement's dates, the time a
// higher-level document or a rule sets. It names no time the table can be checked against (issue 16: 按上级文件要求
// 时限内, 按照合同约定时间支付资金).
const DEFERRED =
  /(?:按照?|依照?|依据|根据|遵照)?(?:上级)?(?:合同|协议|文件|规定|政策|要求)(?:约定|规定|要求)?的?(?:时间|时限|期限|日期|节点)?(?:之?内)?/gu;

// A clause about paying money out: 支付资金, 拨付, 付款, 发放, 兑付, 结算.
const PAYMENT = /支付|拨付|付款|付清|兑付|发放|结算|拨款/u;
const CLAUSES = /[，,；;。、]+/u;

/** The text ties itself to a time, once deadlines put off to a document are set aside. */
function anchored(text: string): boolean {
  return TIME_ANCHOR.test(text.replace(DEFERRED, ''));
}

/** The first clause that pays money out and says nothing of when. */
function unanchoredPayment(raw: string): string | null {
  for (const clause of raw.split(CLAUSES)) {
    const c = clause.trim();
    if (c !== '' && PAYMENT.test(c) && !anchored(c)) return c;
  }
  return null;
}

/** The reference standing in for a deadline (按上级文件要求时限内), when the target has one. */
function deferral(raw: string): string | null {
  for (const m of raw.matchAll(DEFERRED)) {
    // A bare 要求/规定 (按要求完成) is no reference to a document's time: only one naming a document or a time is.
    if (/合同|协议|文件|时间|时限|期限|日期|节点/u.test(m[0])) return m[0];
  }
  return null;
}

/** What a target's text says of time, worked out once per text (an export repeats 按时, 及时 down its rows). */
interface Verdict {
  /** The first clause paying money out with no time of its own. */
  clause: string | null;
  anchored: boolean;
  /** The document standing in for a deadline. */
  reference: string | null;
}

const judge = (raw: string): Verdict => ({
  clause: unanchoredPayment(raw),
  anchored: anchored(raw),
  reference: deferral(raw),
});

const VERDICTS = new Memo<Verdict>(5000);

export const rule: RuleModule = {
  meta: {
    id: 'timeliness-vague',
    category: 'time',
    defaultSeverity: 'warning',
    description: {
      'zh-CN':
        '时效指标的指标值没有日期或期限（按时、及时、是），以文件或合同的时限代替期限，或只描述资金如何支付而没有支付时间',
      'en-US':
        'A timeliness target with no date or period (按时, 及时, 是), one that defers to a document’s or contract’s deadline, or one that describes a payment without saying when',
    },
    messages: {
      noDate: {
        'zh-CN':
          '时效指标“{name}”的指标值“{shown}”没有写明日期或期限，无法考核是否按期；应写明完成时间，如“{example}”或“每月10日前”',
        'en-US':
          'Timeliness indicator “{name}” has no date or period in its target “{shown}”, so timeliness cannot be checked; state when, e.g. “{example}” or “每月10日前”',
      },
      deferred: {
        'zh-CN':
          '时效指标“{name}”的指标值“{shown}”以“{reference}”代替期限，表中没有写明具体日期，无法据表考核是否按期；应写出该时限，如“{example}”',
        'en-US':
          'Timeliness indicator “{name}” puts its deadline off to “{reference}” in “{shown}” and states no date, so the table cannot show whether it is met; write the deadline itself, e.g. “{example}”',
      },
      payment: {
        'zh-CN':
          '时效指标“{name}”的指标值“{shown}”中，“{clause}”只说明资金如何支付，没有写明何时支付，无法考核是否按期；应写明支付或完成的时限，如“{example}”',
        'en-US':
          'In the target “{shown}” of timeliness indicator “{name}”, “{clause}” describes how money is paid but not when, so timeliness cannot be checked; state the deadline, e.g. “{example}”',
      },
    },
  },
  check(ctx) {
    const year = spanEndYear(ctx.table.project);
    const by = year === null ? '12月31日前' : `${year}年12月31日前`;
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      if ((t.kind !== 'qualitative' && t.kind !== 'text' && t.kind !== 'date') || !row.timeliness) continue;
      // A rate (按时完成率 100%) is measurable; placeholders are another rule's.
      if (t.value !== null || row.leftToStructureRules) continue;
      const at = { indicator: ind, part: 'target' as const };
      const name = row.displayName;
      const verdict = VERDICTS.get(t.raw, judge);
      // A payment clause with no time of its own, even beside one that has a time (上半年按协议支付费用，鉴定评审费据实支付).
      if (verdict.clause !== null) {
        ctx.report({
          messageId: 'payment',
          data: { name, shown: row.shownTarget, clause: verdict.clause, example: `${by}支付完毕` },
          at,
        });
        continue;
      }
      // A parsed date or a recurrence is a time; so is any anchor once the references to documents are set aside.
      if (t.kind === 'date' || t.period || t.recurrence || verdict.anchored) continue;
      if (verdict.reference !== null) {
        ctx.report({
          messageId: 'deferred',
          data: { name, shown: row.shownTarget, reference: verdict.reference, example: `${by}完成` },
          at,
        });
        continue;
      }
      ctx.report({ messageId: 'noDate', data: { name, shown: row.shownTarget, example: `${by}完成` }, at });
    }
  },
};
