// The shared analysis of a table: what several rules ask of every row (empty? placeholder? a rate, a cost, a
// deadline? how is it quoted?), each answered once per row, on first use, instead of once per rule.

import { L2 } from '../../categories';
import type { Indicator, IndicatorSet, IndicatorTable } from '../../model';
import type { RuleContext } from '../types';
import { amountOf, costTotalOf, isCostIndicator, setsOf, unitCostLabel } from './money';
import type { Amount, CostLine, CostTotal } from './money';
import { findPlaceholder, isEmptyTarget, normaliseText } from './structure';
import {
  displayName,
  isAmountCost,
  isBoundedRate,
  isRateName,
  isSatisfaction,
  isTimeliness,
  shownTarget,
  subjectOf,
} from './targets';

/**
 * One row's facts. Each is worked out when a rule first asks and kept for the other rules; the helpers in
 * structure.ts, targets.ts and money.ts say what each fact means. Every field is set in the constructor so all
 * rows share one object shape.
 */
export class RowFacts {
  readonly indicator: Indicator;
  private emptyTargetFact: boolean | undefined;
  private namePlaceholderFact: string | null | undefined;
  private targetPlaceholderFact: string | null | undefined;
  private timelinessFact: boolean | undefined;
  private satisfactionFact: boolean | undefined;
  private rateNameFact: boolean | undefined;
  private boundedRateFact: boolean | undefined;
  private costFact: boolean | undefined;
  private amountCostFact: boolean | undefined;
  private normNameFact: string | undefined;
  private displayNameFact: string | undefined;
  private shownTargetFact: string | undefined;
  private amountFact: Amount | null | undefined;
  private unitCostLabelFact: string | null | undefined;

  constructor(indicator: Indicator) {
    this.indicator = indicator;
    this.emptyTargetFact = undefined;
    this.namePlaceholderFact = undefined;
    this.targetPlaceholderFact = undefined;
    this.timelinessFact = undefined;
    this.satisfactionFact = undefined;
    this.rateNameFact = undefined;
    this.boundedRateFact = undefined;
    this.costFact = undefined;
    this.amountCostFact = undefined;
    this.normNameFact = undefined;
    this.displayNameFact = undefined;
    this.shownTargetFact = undefined;
    this.amountFact = undefined;
    this.unitCostLabelFact = undefined;
  }

  /** isEmptyTarget: nothing, only filler (……) or a formula error in the value cell. */
  get emptyTarget(): boolean {
    return (this.emptyTargetFact ??= isEmptyTarget(this.indicator));
  }

  /** The first placeholder (XX, ……, 待定…) in the name, or null. */
  get namePlaceholder(): string | null {
    if (this.namePlaceholderFact === undefined) this.namePlaceholderFact = findPlaceholder(this.indicator.name);
    return this.namePlaceholderFact;
  }

  /** The first placeholder in the target as written, or null. */
  get targetPlaceholder(): string | null {
    if (this.targetPlaceholderFact === undefined) this.targetPlaceholderFact = findPlaceholder(this.indicator.target.raw);
    return this.targetPlaceholderFact;
  }

  /** leftToStructureRules: an empty or placeholder target, which empty-target and placeholder report. */
  get leftToStructureRules(): boolean {
    return this.emptyTarget || this.targetPlaceholder !== null;
  }

  get timeliness(): boolean {
    return (this.timelinessFact ??= isTimeliness(this.indicator));
  }

  get satisfaction(): boolean {
    return (this.satisfactionFact ??= isSatisfaction(this.indicator));
  }

  /** isRateName of the row's subject: a rate or share that should be in %. */
  get rateName(): boolean {
    return (this.rateNameFact ??= isRateName(subjectOf(this.indicator)));
  }

  /** isBoundedRate of the row's subject: a rate that cannot pass 100 % or drop below 0. */
  get boundedRate(): boolean {
    return (this.boundedRateFact ??= isBoundedRate(subjectOf(this.indicator)));
  }

  get cost(): boolean {
    return (this.costFact ??= isCostIndicator(this.indicator));
  }

  get amountCost(): boolean {
    return (this.amountCostFact ??= isAmountCost(this.indicator));
  }

  /** isQuantityIndicator: a 数量指标. */
  get quantity(): boolean {
    return this.indicator.level2 === L2.quantity;
  }

  /** The name as compared (normaliseText). */
  get normName(): string {
    return (this.normNameFact ??= normaliseText(this.indicator.name));
  }

  /** The row's subject as quoted in a message. */
  get displayName(): string {
    return (this.displayNameFact ??= displayName(this.indicator));
  }

  /** The target as the reader sees it on the row. */
  get shownTarget(): string {
    return (this.shownTargetFact ??= shownTarget(this.indicator));
  }

  /** The money the target states (amountOf), or null. */
  get amount(): Amount | null {
    if (this.amountFact === undefined) this.amountFact = amountOf(this.indicator.target);
    return this.amountFact;
  }

  /** The text that says the row is a unit cost, or null (unitCostLabel). */
  get unitCostLabel(): string | null {
    if (this.unitCostLabelFact === undefined) this.unitCostLabelFact = unitCostLabel(this.indicator);
    return this.unitCostLabelFact;
  }
}

/** The analysis of one table: its rows' facts and what the money rules share (the sets, the planned cost of each). */
export class TableAnalysis {
  readonly table: IndicatorTable;
  private rowsFact: RowFacts[] | null;
  private setsFact: IndicatorSet[] | null;
  private readonly costTotals: Map<IndicatorSet, { budgetWan: number | null; tolerance: number; total: CostTotal | null }>;

  constructor(table: IndicatorTable) {
    this.table = table;
    this.rowsFact = null;
    this.setsFact = null;
    this.costTotals = new Map();
  }

  /** One RowFacts per indicator, in the table's order. */
  get rows(): readonly RowFacts[] {
    if (this.rowsFact === null) {
      const inds = this.table.indicators;
      const rows = new Array<RowFacts>(inds.length);
      for (let i = 0; i < inds.length; i++) rows[i] = new RowFacts(inds[i] as Indicator);
      this.rowsFact = rows;
    }
    return this.rowsFact;
  }

  /** The indicator sets present (setsOf), annual first. */
  get sets(): readonly IndicatorSet[] {
    return (this.setsFact ??= setsOf(this.table));
  }

  /**
   * The planned cost of a set (costTotal), from the rows' cost facts. cost-exceeds-budget and cost-sum-differs
   * both weigh it against the same budget: the second asks for what the first worked out.
   */
  costTotal(set: IndicatorSet, budgetWan: number | null, tolerance: number): CostTotal | null {
    const cached = this.costTotals.get(set);
    if (cached && cached.budgetWan === budgetWan && cached.tolerance === tolerance) return cached.total;
    const lines: CostLine[] = [];
    for (const row of this.rows) {
      const ind = row.indicator;
      if (ind.set !== set || !row.cost || row.unitCostLabel !== null) continue;
      const amount = row.amount;
      if (amount && amount.wan > 0) lines.push({ indicator: ind, amount });
    }
    const total = costTotalOf(lines, budgetWan, tolerance);
    this.costTotals.set(set, { budgetWan, tolerance, total });
    return total;
  }
}

/** The context's shared analysis; a context made without one (by hand, outside the engine) gets its own. */
export function analysisOf(ctx: RuleContext): TableAnalysis {
  return ctx.analysis ?? new TableAnalysis(ctx.table);
}
