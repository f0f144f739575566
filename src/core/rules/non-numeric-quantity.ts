// non-numeric-quantity: a 数量指标 or economic cost whose target states no number, so it cannot be measured.

import { formatNumber } from './i18n';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { budgetOf } from './util/money';

// A figure in words counts too (一年举办一次培训), but a lone 一 inside a phrase (统一, 一次办好) does not.
const DIGIT = /[0-9０-９]/u;
const CHINESE_COUNT =
  /[一二三四五六七八九十两百千万]+(?:个|次|人|场|项|台|套|份|件|张|户|册|篇|期|批|家|名|辆|座|所)(?!办好|性)/u;

function hasFigure(text: string): boolean {
  return DIGIT.test(text) || CHINESE_COUNT.test(text);
}

export const rule: RuleModule = {
  meta: {
    id: 'non-numeric-quantity',
    category: 'target',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '数量指标或成本指标的指标值没有数字',
      'en-US': 'A quantity or cost indicator whose target has no number',
    },
    messages: {
      quantity: {
        'zh-CN': '数量指标“{name}”的指标值“{shown}”没有数字，无法考核；应写明计划完成的数量和单位，如“≥1500人”“20次”',
        'en-US':
          'Quantity indicator “{name}” has no number in its target “{shown}”, so it cannot be assessed; state the planned quantity with its unit, e.g. “≥1500人” or “20次”',
      },
      cost: {
        'zh-CN':
          '成本指标“{name}”的指标值“{shown}”没有金额；应写成“≤金额+单位”形式的成本上限（如“≤12万元”），各项成本合计不超过项目预算{budget}万元',
        'en-US':
          'Cost indicator “{name}” states no amount in its target “{shown}”; write a cost ceiling as “≤ amount + unit” (e.g. “≤12万元”), all costs together within the project budget of {budget} 万元',
      },
      costNoBudget: {
        'zh-CN':
          '成本指标“{name}”的指标值“{shown}”没有金额；应写成“≤金额+单位”形式的成本上限（如“≤12万元”），且不超过项目预算',
        'en-US':
          'Cost indicator “{name}” states no amount in its target “{shown}”; write a cost ceiling as “≤ amount + unit” (e.g. “≤12万元”), within the project budget',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      // Empty targets and placeholders have their own rules; a parsed number is enough here.
      if (t.kind === 'empty' || t.value !== null || row.leftToStructureRules) continue;
      const at = { indicator: ind, part: 'target' } as const;
      const quantity = row.quantity;
      if (!quantity && !row.amountCost) continue;
      // Message parts are built only for the rows that can be reported.
      const data = { name: row.displayName, shown: row.shownTarget };
      if (quantity) {
        // A sentence with several figures (采购10套…约5万元) has no single parsed value but still counts something.
        if (!hasFigure(t.raw)) ctx.report({ messageId: 'quantity', data, at });
      } else if (row.amountCost && row.amount === null) {
        // The mid-term set is weighed against the multi-year total, the annual set against the year's budget.
        const budget = budgetOf(ctx.table, ind.set);
        if (budget && budget.wan > 0) {
          ctx.report({ messageId: 'cost', data: { ...data, budget: formatNumber(budget.wan) }, at });
        } else {
          ctx.report({ messageId: 'costNoBudget', data, at });
        }
      }
    }
  },
};
