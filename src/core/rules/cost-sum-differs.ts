// cost-sum-differs: cost indicators that account for less money than the project's budget (shows both sums).

import type { IndicatorSet } from '../model';
import type { RuleModule } from './rule';
import { analysisOf, type TableAnalysis } from './util/analysis';
import { budgetOf, costRelated, formatWan, isProjectTable, sumExpression } from './util/money';

export const rule: RuleModule = {
  meta: {
    id: 'cost-sum-differs',
    category: 'money',
    defaultSeverity: 'info',
    description: {
      'zh-CN': '成本指标合计少于项目预算时提示两者金额',
      'en-US': "Notes when cost indicators add up to less than the project's budget, with both sums",
    },
    messages: {
      single: {
        'zh-CN':
          '成本指标“{name}”为 {cost} 万元，少于项目预算 {budget} 万元，相差 {gap} 万元；成本指标应反映全部预算支出，请补列其余成本或核对金额',
        'en-US':
          'Cost indicator "{name}" is {cost} (10k yuan), less than the budget of {budget} by {gap}; cost indicators should account for the whole budget',
      },
      sum: {
        'zh-CN':
          '成本指标合计 {cost} 万元（{expr}），少于项目预算 {budget} 万元，相差 {gap} 万元；成本指标应反映全部预算支出，请补列其余成本或核对金额',
        'en-US':
          'Cost indicators add up to {cost} (10k yuan: {expr}), less than the budget of {budget} by {gap}; they should account for the whole budget',
      },
      singleMidterm: {
        'zh-CN':
          '中期成本指标“{name}”为 {cost} 万元，少于中期资金总额 {budget} 万元，相差 {gap} 万元；中期成本指标应反映整个期限的资金',
        'en-US':
          'Mid-term cost indicator "{name}" is {cost} (10k yuan), less than the mid-term budget of {budget} by {gap}; it should account for the whole period',
      },
      sumMidterm: {
        'zh-CN':
          '中期成本指标合计 {cost} 万元（{expr}），少于中期资金总额 {budget} 万元，相差 {gap} 万元；中期成本指标应反映整个期限的资金',
        'en-US':
          'Mid-term cost indicators add up to {cost} (10k yuan: {expr}), less than the mid-term budget of {budget} by {gap}; they should account for the whole period',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isProjectTable(table, ctx.profile)) return;
    const analysis = analysisOf(ctx);
    for (const set of analysis.sets) {
      const budget = budgetOf(table, set);
      if (!budget || budget.wan <= 0) continue;
      const cost = analysis.costTotal(set, ctx.thresholds.costTolerance);
      if (!cost || cost.wan >= budget.wan * (1 - ctx.thresholds.costTolerance)) continue;
      // Lines that price one item (饲料库120平米 490元/平米) are left out of the sum, yet their items cost money the
      // table does not total: the sum understates the planned cost by an unknown amount and shows no shortfall.
      if (pricesItems(analysis, set)) continue;
      const first = cost.lines[0];
      const midterm = set === 'midterm';
      const costText = formatWan(cost.wan);
      const budgetText = formatWan(budget.wan);
      const gap = formatWan(budget.wan - cost.wan);
      const data: Record<string, string> =
        cost.how === 'sum'
          ? { cost: costText, budget: budgetText, gap, expr: sumExpression(cost.lines) }
          : { cost: costText, budget: budgetText, gap, name: first.indicator.name };
      ctx.report({
        messageId: cost.how === 'sum' ? (midterm ? 'sumMidterm' : 'sum') : midterm ? 'singleMidterm' : 'single',
        data,
        at: { indicator: first.indicator, part: 'target' },
        related: costRelated(cost, table, budget.field),
      });
    }
  },
};

/** Does the set have a cost line that states a price per item (a unit cost, left out of the planned total)? */
function pricesItems(analysis: TableAnalysis, set: IndicatorSet): boolean {
  for (const row of analysis.rows) {
    if (row.indicator.set !== set || !row.cost || row.unitCostLabel === null) continue;
    const amount = row.amount;
    if (amount && amount.wan > 0) return true;
  }
  return false;
}
