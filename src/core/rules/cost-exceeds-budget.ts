// cost-exceeds-budget: cost indicators (in 万元) planning more money than the project's budget.

import type { RuleContext, RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { budgetOf, costRelated, equalsBudget, formatWan, isProjectTable, sumExpression } from './util/money';
import { listedAmounts } from './util/listed-amounts';
import { displayName } from './util/targets';

/** A 其他说明 / 测算依据 text listing amounts of spending (14 万元，1 万，2 万元) that add up to more than the budget. */
function checkNote(ctx: RuleContext): void {
  const { table } = ctx;
  const note = table.project.note;
  if (!note || table.project.cells.note === undefined) return;
  const budget = budgetOf(table, 'annual');
  if (!budget) return;
  const amounts = listedAmounts(note);
  if (!amounts) return;
  const sum = amounts.reduce((s, a) => s + a.wan, 0);
  if (sum <= budget.wan * (1 + ctx.thresholds.costTolerance)) return;
  ctx.report({
    messageId: 'note',
    data: {
      cost: formatWan(sum),
      expr: amounts.map((a) => formatWan(a.wan)).join(' + '),
      budget: formatWan(budget.wan),
    },
    at: { table, field: 'note' },
    related: [{ table, field: budget.field }],
    severity: 'warning',
  });
}

export const rule: RuleModule = {
  meta: {
    id: 'cost-exceeds-budget',
    category: 'money',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '成本指标（折合万元）合计不得超过项目预算',
      'en-US': "Cost indicators (converted to 10k yuan) must not add up to more than the project's budget",
    },
    messages: {
      single: {
        'zh-CN':
          '成本指标“{name}”的指标值“{raw}”折合 {cost} 万元，超过项目预算 {budget} 万元；成本不应超过预算，如“≤{budget}万元”，或核对金额单位',
        'en-US':
          'Cost indicator "{name}" targets "{raw}" = {cost} (10k yuan), more than the budget of {budget}; a cost must not exceed the budget (e.g. "≤{budget}万元"), or check the unit',
      },
      sum: {
        'zh-CN':
          '成本指标合计 {cost} 万元（{expr}），超过项目预算 {budget} 万元；各项成本之和不应超过预算，请核减成本或核对金额单位',
        'en-US':
          'Cost indicators add up to {cost} (10k yuan: {expr}), more than the budget of {budget}; the costs must not exceed the budget',
      },
      sumBudgetLine: {
        'zh-CN':
          '成本指标合计 {cost} 万元（{expr}），超过项目预算 {budget} 万元：“{name}”一项 {line} 万元已等于预算，其余 {rest} 万元在预算之外；各项成本之和不应超过预算，请核减成本；若“{name}”是总成本、其余是它的明细，请在名称中写明“总成本”',
        'en-US':
          'Cost indicators add up to {cost} (10k yuan: {expr}), more than the budget of {budget}: "{name}" alone is {line}, the whole budget, and the other {rest} come on top; the costs must not exceed the budget: lower them, or if "{name}" is the total cost and the others its breakdown, name it 总成本 (total cost)',
      },
      sumBudgetLineMidterm: {
        'zh-CN':
          '中期成本指标合计 {cost} 万元（{expr}），超过中期资金总额 {budget} 万元：“{name}”一项 {line} 万元已等于资金总额，其余 {rest} 万元在资金总额之外；各项成本之和不应超过资金总额，请核减成本；若“{name}”是总成本、其余是它的明细，请在名称中写明“总成本”',
        'en-US':
          'Mid-term cost indicators add up to {cost} (10k yuan: {expr}), more than the mid-term budget of {budget}: "{name}" alone is {line}, the whole budget, and the other {rest} come on top; lower the costs, or if "{name}" is the total cost and the others its breakdown, name it 总成本 (total cost)',
      },
      singleMidterm: {
        'zh-CN':
          '中期成本指标“{name}”的指标值“{raw}”折合 {cost} 万元，超过中期资金总额 {budget} 万元；成本不应超过资金总额，或核对金额单位',
        'en-US':
          'Mid-term cost indicator "{name}" targets "{raw}" = {cost} (10k yuan), more than the mid-term budget of {budget}; a cost must not exceed the budget',
      },
      note: {
        'zh-CN':
          '其他说明（测算依据）所列金额合计 {cost} 万元（{expr}），超过项目预算 {budget} 万元；所列各项支出之和不应超过预算，请核对金额；若后几项是前一项的明细，请写明“其中”',
        'en-US':
          'The amounts listed in the note (其他说明/测算依据) add up to {cost} (10k yuan: {expr}), more than the budget of {budget}; the listed spending must not exceed the budget: check the amounts, or write 其中 before those that break down another',
      },
      sumMidterm: {
        'zh-CN': '中期成本指标合计 {cost} 万元（{expr}），超过中期资金总额 {budget} 万元；各项成本之和不应超过资金总额',
        'en-US':
          'Mid-term cost indicators add up to {cost} (10k yuan: {expr}), more than the mid-term budget of {budget}; the costs must not exceed it',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isProjectTable(table, ctx.profile)) return;
    checkNote(ctx);
    const analysis = analysisOf(ctx);
    for (const set of analysis.sets) {
      const budget = budgetOf(table, set);
      if (!budget) continue;
      const cost = analysis.costTotal(set, ctx.thresholds.costTolerance);
      if (!cost || cost.wan <= budget.wan * (1 + ctx.thresholds.costTolerance)) continue;
      const first = cost.lines[0];
      const midterm = set === 'midterm';
      let messageId = cost.how === 'sum' ? (midterm ? 'sumMidterm' : 'sum') : midterm ? 'singleMidterm' : 'single';
      let data: Record<string, string>;
      if (cost.how === 'sum') {
        data = { cost: formatWan(cost.wan), expr: sumExpression(cost.lines), budget: formatWan(budget.wan) };
        // One line is the whole budget on its own (奖励 200 + 管理费 8 on 200): say so, it is the likeliest misreading.
        const whole = cost.lines.find((l) => equalsBudget(l.amount.wan, budget.wan, ctx.thresholds.costTolerance));
        if (whole) {
          messageId = midterm ? 'sumBudgetLineMidterm' : 'sumBudgetLine';
          data.name = displayName(whole.indicator);
          data.line = formatWan(whole.amount.wan);
          data.rest = formatWan(cost.wan - whole.amount.wan);
        }
      } else {
        data = {
          name: first.indicator.name,
          raw: first.indicator.target.raw,
          cost: formatWan(cost.wan),
          budget: formatWan(budget.wan),
        };
      }
      ctx.report({
        messageId,
        data,
        at: { indicator: first.indicator, part: 'target' },
        related: costRelated(cost, table, budget.field),
      });
    }
  },
};
