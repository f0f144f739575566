// unit-cost-inconsistent: a unit or average cost times the quantity it prices, far from the budget (over it, or under a tiny share).

import type { Indicator } from '../model';
import type { RuleContext, RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import type { RowFacts } from './util/analysis';
import { shownTarget } from './util/targets';
import type { Amount } from './util/money';
import {
  budgetOf,
  contentBigrams,
  formatPercent,
  formatWan,
  impliedUnitCost,
  isProjectTable,
  matchQuantity,
  perItemOf,
} from './util/money';

// A misplaced 万元/元 is the usual cause (seed 001: 10.65万元 per card, really 10.65 元): the product is then off by 10 000.
const WAN = 10000;

export const rule: RuleModule = {
  meta: {
    id: 'unit-cost-inconsistent',
    category: 'money',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '单位（平均、人均）成本乘以对应数量，应与项目预算大致相符',
      'en-US':
        "A unit (average, per-person) cost times the quantity it prices should roughly match the project's budget",
    },
    messages: {
      over: {
        'zh-CN':
          '“{cost}”{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，超过项目预算 {budget} 万元；按预算，单位成本应不高于“{fit}”，或核对数量和预算',
        'en-US':
          '"{cost}" {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), more than the budget of {budget}; within the budget the unit cost is at most "{fit}", or check the quantity and the budget',
      },
      overUnit: {
        'zh-CN':
          '“{cost}”{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，远超项目预算 {budget} 万元；单位成本的单位应是“{unit}”，即“{suggested}”，合计 {suggestedProduct} 万元',
        'en-US':
          '"{cost}" {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), far above the budget of {budget}; the unit cost\'s unit should be "{unit}" ("{suggested}"), giving {suggestedProduct}',
      },
      under: {
        'zh-CN':
          '“{cost}”{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，仅为项目预算 {budget} 万元的 {percent}%；请核对单位成本的金额和单位',
        'en-US':
          '"{cost}" {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), only {percent}% of the budget of {budget}; check the unit cost and its unit',
      },
      underUnit: {
        'zh-CN':
          '“{cost}”{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，仅为项目预算 {budget} 万元的 {percent}%；单位成本的单位应是“{unit}”，即“{suggested}”，合计 {suggestedProduct} 万元',
        'en-US':
          '"{cost}" {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), only {percent}% of the budget of {budget}; the unit cost\'s unit should be "{unit}" ("{suggested}"), giving {suggestedProduct}',
      },
      overUnitImplied: {
        'zh-CN':
          '成本指标“{cost}”{costRaw} 是每{per}的单位成本，不是总额（总额只占项目预算 {budget} 万元的 {share}%）：{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，远超预算；单位成本的单位应是“{unit}”，即“{suggested}”，合计 {suggestedProduct} 万元，与预算相符；名称宜写明“单位成本”',
        'en-US':
          'Cost indicator "{cost}" {costRaw} prices one {per}, it is not a total (as a total it would be {share}% of the budget of {budget}): {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), far above the budget; the unit cost\'s unit should be "{unit}" ("{suggested}"), giving {suggestedProduct}, the budget; name it a unit cost (单位成本)',
      },
      underUnitImplied: {
        'zh-CN':
          '成本指标“{cost}”{costRaw} 是每{per}的单位成本，不是总额：{costRaw} × “{quantity}”{quantityRaw} = {product} 万元，仅为项目预算 {budget} 万元的 {percent}%；单位成本的单位应是“{unit}”，即“{suggested}”，合计 {suggestedProduct} 万元，与预算相符；名称宜写明“单位成本”',
        'en-US':
          'Cost indicator "{cost}" {costRaw} prices one {per}, it is not a total: {costRaw} × "{quantity}" {quantityRaw} = {product} (10k yuan), only {percent}% of the budget of {budget}; the unit cost\'s unit should be "{unit}" ("{suggested}"), giving {suggestedProduct}, the budget; name it a unit cost (单位成本)',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isProjectTable(table, ctx.profile)) return;
    // The year's budget funds the annual set; a mid-term group repeats it over several years, so it is left out.
    const analysis = analysisOf(ctx);
    for (const set of analysis.sets) {
      if (set !== 'annual') continue;
      const budget = budgetOf(table, set);
      if (!budget || budget.wan <= 0) continue;
      // Listed on the first unit cost only: most tables state none, and big exports have thousands of tables.
      let quantities: Indicator[] | null = null;
      const listQuantities = (): Indicator[] => {
        if (quantities === null) {
          quantities = [];
          for (const r of analysis.rows) if (r.indicator.set === set && r.quantity) quantities.push(r.indicator);
        }
        return quantities;
      };
      // The set's costed lines not named unit costs: its only one may still price one item (impliedUnitCost).
      let unnamed: RowFacts | null = null;
      let unnamedCount = 0;
      for (const row of analysis.rows) {
        if (row.indicator.set !== set || !row.cost) continue;
        const amount = row.amount;
        if (!amount || amount.wan <= 0) continue;
        const label = row.unitCostLabel;
        if (label) {
          reportUnitCost(ctx, row, label, amount, listQuantities(), budget);
        } else {
          unnamed = row;
          unnamedCount++;
        }
      }
      // A lone cost line that prices one item in the wrong money unit (社保卡制卡工本费 10.65万元 × 469483张 on 500 万元);
      // one that fits as written is a unit cost the cost rules leave out of the total, and nothing to report here.
      if (unnamed !== null && unnamedCount === 1) reportImpliedUnitCost(ctx, unnamed, listQuantities(), budget);
    }
  },
};

type Budget = NonNullable<ReturnType<typeof budgetOf>>;

/** A named unit cost times the quantity it prices, reported when the product is over the budget or a tiny share of it. */
function reportUnitCost(
  ctx: RuleContext,
  row: RowFacts,
  label: string,
  amount: Amount,
  quantities: Indicator[],
  budget: Budget,
): void {
  const { table, thresholds } = ctx;
  const ind = row.indicator;
  // A price per item and per day or month (17元/人.每天, 300元/人*月) times a headcount is not the cost: how many days
  // or months it runs is written nowhere the rule can read.
  if (pricesPerPeriod(perItemOf(ind))) return;
  const quantity = matchQuantity(ind, quantities);
  if (!quantity || quantity.target.value === null) return;
  const product = amount.wan * quantity.target.value;
  const high = budget.wan * (1 + thresholds.costTolerance);
  const low = budget.wan * thresholds.unitCostLowRatio;
  if (product <= high && product >= low) return;
  const over = product > high;
  const data: Record<string, string> = {
    cost: label,
    costRaw: figure(row.shownTarget),
    quantity: quantityLabel(quantity),
    quantityRaw: figure(shownTarget(quantity)),
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
    data.suggested = suggestedRaw(ind, amount.unit, swap);
    data.suggestedProduct = formatWan(swapped);
  }
  ctx.report({
    messageId: (over ? 'over' : 'under') + (fits ? 'Unit' : ''),
    data,
    at: { indicator: ind, part: 'target' },
    related: [
      { indicator: quantity, part: 'target' },
      { table, field: budget.field },
    ],
  });
}

/**
 * A lone cost line that prices one item in the wrong money unit (社保卡制卡工本费 10.65万元 × 469483张 on 500 万元);
 * one that fits as written is a unit cost the cost rules leave out of the total, and nothing to report here.
 */
function reportImpliedUnitCost(ctx: RuleContext, unnamed: RowFacts, listed: Indicator[], budget: Budget): void {
  const ind = unnamed.indicator;
  const amount = unnamed.amount;
  if (!amount || listed.length === 0) return;
  const implied = impliedUnitCost(ind, amount, listed, budget.wan, ctx.thresholds.costTolerance);
  if (!implied || implied.swap === null) return;
  const q = implied.quantity;
  const over = implied.swap === '元';
  const data: Record<string, string> = {
    cost: unnamed.displayName,
    costRaw: figure(unnamed.shownTarget),
    per: q.target.unit ?? q.unit ?? '项',
    quantity: quantityLabel(q),
    quantityRaw: figure(shownTarget(q)),
    product: formatWan(implied.product),
    budget: formatWan(budget.wan),
    unit: implied.swap,
    suggested: suggestedRaw(ind, amount.unit, implied.swap),
    suggestedProduct: formatWan(implied.fitted),
  };
  if (over) data.share = formatPercent(amount.wan / budget.wan);
  else data.percent = formatPercent(implied.product / budget.wan);
  ctx.report({
    messageId: over ? 'overUnitImplied' : 'underUnitImplied',
    data,
    at: { indicator: ind, part: 'target' },
    related: [
      { indicator: q, part: 'target' },
      { table: ctx.table, field: budget.field },
    ],
  });
}

/** A target quoted as a figure in a product: the operator column's = says nothing there (= | 10.65 | 万元 → 10.65万元). */
function figure(shown: string): string {
  return shown.startsWith('=') ? shown.slice(1) : shown;
}

/** The target rewritten with the right money unit; the unit may sit in the unit column (10.65 | 万元): then the cell gains it. */
function suggestedRaw(ind: Indicator, unit: string, swap: string): string {
  const raw = ind.target.raw;
  return raw.includes(unit) ? raw.replace(unit, swap) : `${raw}${swap}`;
}

/** The quantity's own words: the description when the name is only generic (提供产品及服务数量 → 购置工装数量). */
function quantityLabel(q: Indicator): string {
  return q.description && contentBigrams(q.name).size === 0 ? q.description : q.name;
}

// 次 (元/人·次 × 人次) and 年 (a price a year over one budget year) are the cost itself: they stay in the product.
const PER_PERIOD = /(?:[*·×.\/]|每)(?:每)?(?:天|日|月|周|学期|季度?)$/;

function pricesPerPeriod(per: string | null): boolean {
  return per !== null && PER_PERIOD.test(per);
}
