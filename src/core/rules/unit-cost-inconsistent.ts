// unit-cost-inconsistent: a unit or average cost times the quantity it prices, far from the budget (over it, or under a tiny share).

import type { Indicator } from '../model';
import type { RuleModule } from './types';
import { analysisOf } from './util/analysis';
import { budgetOf, contentBigrams, formatPercent, formatWan, isProjectTable, matchQuantity } from './util/money';

// A misplaced 万元/元 is the usual cause (seed 001: 10.65万元 per card, really 10.65 元): the product is then off by 10 000.
const WAN = 10000;

export const rule: RuleModule = {
  meta: {
    id: 'unit-cost-inconsistent',
    category: 'money',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '单位（平均、人均）成本乘以对应数量，应与项目预算大致相符',
      'en-US': "A unit (average, per-person) cost times the quantity it prices should roughly match the project's budget",
    },
    messages: {
      over: {
        'zh-CN': '“{cost}”{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，超过项目预算 {budget} 万元；按预算，单位成本应不高于“{fit}”，或核对数量和预算',
        'en-US': '"{cost}" {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), more than the budget of {budget}; within the budget the unit cost is at most "{fit}", or check the quantity and the budget',
      },
      overUnit: {
        'zh-CN': '“{cost}”{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，远超项目预算 {budget} 万元；单位成本的单位应是“{unit}”，即“{suggested}”，合计 {suggestedProduct} 万元',
        'en-US': '"{cost}" {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), far above the budget of {budget}; the unit cost\'s unit should be "{unit}" ("{suggested}"), giving {suggestedProduct}',
      },
      under: {
        'zh-CN': '“{cost}”{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，仅为项目预算 {budget} 万元的 {percent}%；请核对单位成本的金额和单位',
        'en-US': '"{cost}" {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), only {percent}% of the budget of {budget}; check the unit cost and its unit',
      },
      underUnit: {
        'zh-CN': '“{cost}”{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，仅为项目预算 {budget} 万元的 {percent}%；单位成本的单位应是“{unit}”，即“{suggested}”，合计 {suggestedProduct} 万元',
        'en-US': '"{cost}" {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), only {percent}% of the budget of {budget}; the unit cost\'s unit should be "{unit}" ("{suggested}"), giving {suggestedProduct}',
      },
    },
  },
  check(ctx) {
    const { table, thresholds } = ctx;
    if (!isProjectTable(table, ctx.profile)) return;
    // The year's budget funds the annual set; a mid-term group repeats it over several years, so it is left out.
    const analysis = analysisOf(ctx);
    for (const set of analysis.sets) {
      if (set !== 'annual') continue;
      const budget = budgetOf(table, set);
      if (!budget || budget.wan <= 0) continue;
      // Listed on the first unit cost only: most tables state none, and big exports have thousands of tables.
      let quantities: Indicator[] | null = null;
      for (const row of analysis.rows) {
        const ind = row.indicator;
        if (ind.set !== set || !row.cost) continue;
        const label = row.unitCostLabel;
        const amount = label ? row.amount : null;
        if (!label || !amount || amount.wan <= 0) continue;
        if (quantities === null) {
          quantities = [];
          for (const r of analysis.rows) if (r.indicator.set === set && r.quantity) quantities.push(r.indicator);
        }
        const quantity = matchQuantity(ind, quantities);
        if (!quantity || quantity.target.value === null) continue;
        const product = amount.wan * quantity.target.value;
        const high = budget.wan * (1 + thresholds.costTolerance);
        const low = budget.wan * thresholds.unitCostLowRatio;
        if (product <= high && product >= low) continue;
        const over = product > high;
        const data: Record<string, string> = {
          cost: label,
          costRaw: ind.target.raw,
          quantity: quantityLabel(quantity),
          quantityRaw: quantity.target.raw,
          product: formatWan(product),
          budget: formatWan(budget.wan),
        };
        if (!over) data.percent = formatPercent(product / budget.wan);
        // The largest unit cost the budget allows, in the unit the cost is written in (84.1 万元 / 1800 → 467.22元).
        else data.fit = `${formatWan(budget.wan / quantity.target.value / amount.factor)}${amount.unit.split(/[/／]/)[0]}`;
        // Would the figures fit the budget with the other of 元 and 万元?
        const swap = over ? (amount.unit === '万元' ? '元' : null) : amount.unit === '元' ? '万元' : null;
        const swapped = over ? product / WAN : product * WAN;
        const fits = swap !== null && swapped <= high && swapped >= low;
        if (fits && swap !== null) {
          data.unit = swap;
          // The unit may sit in the unit column rather than in the cell (10.65 | 万元): then the cell gains the right unit.
          const raw = ind.target.raw;
          data.suggested = raw.includes(amount.unit) ? raw.replace(amount.unit, swap) : `${raw}${swap}`;
          data.suggestedProduct = formatWan(swapped);
        }
        ctx.report({
          messageId: (over ? 'over' : 'under') + (fits ? 'Unit' : ''),
          data,
          at: { indicator: ind, part: 'target' },
          related: [{ indicator: quantity, part: 'target' }, { table, field: budget.field }],
        });
      }
    }
  },
};

/** The quantity's own words: the description when the name is only generic (提供产品及服务数量 → 购置工装数量). */
function quantityLabel(q: Indicator): string {
  return q.description && contentBigrams(q.name).size === 0 ? q.description : q.name;
}
