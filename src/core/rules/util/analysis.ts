// The shared analysis of a table: what several rules ask of every row (empty? placeholder? a rate, a cost, a
// deadline? how is it quoted?), each answered once per row, on first use, instead of once per rule.

import type { Indicator, IndicatorSet, IndicatorTable } from '../../model';
import { amountOf, budgetOf, costTotalOf, isCostIndicator, isQuantityIndicator, setsOf, unitCostLabel } from './money';
import type { Amount, CostLine, CostTotal } from './money';
import { findPlaceholder, isEmptyTarget } from './structure';
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

// One bit per yes/no fact of a row, in RowFacts.known (worked out) and RowFacts.yes (true).
const EMPTY_TARGET = 1;
const TIMELINESS = 2;
const SATISFACTION = 4;
const RATE_NAME = 8;
const BOUNDED_RATE = 16;
const COST = 32;
const AMOUNT_COST = 64;

const subjectIsRate = (ind: Indicator) => isRateName(subjectOf(ind));
const subjectIsBoundedRate = (ind: Indicator) => isBoundedRate(subjectOf(ind));

/**
 * One row's facts. Each is worked out when a rule first asks and kept for the other rules; the helpers in
 * structure.ts, targets.ts and money.ts say what each fact means. A table's rows live only while its rules run,
 * and a big export has 100 000 of them: yes/no facts share two bit fields, and every field is set in the
 * constructor so all rows share one object shape.
 */
export class RowFacts {
  readonly indicator: Indicator;
  private known: number;
  private yes: number;
  private namePlaceholderFact: string | null | undefined;
  private targetPlaceholderFact: string | null | undefined;
  private amountFact: Amount | null | undefined;
  private unitCostLabelFact: string | null | undefined;

  constructor(indicator: Indicator) {
    this.indicator = indicator;
    this.known = 0;
    this.yes = 0;
    this.namePlaceholderFact = undefined;
    this.targetPlaceholderFact = undefined;
    this.amountFact = undefined;
    this.unitCostLabelFact = undefined;
  }

  /**
   * A yes/no fact: from the bits once known, else worked out by `answer` and remembered. Only an answer is
   * remembered: a helper that throws throws again for the next rule that asks, as if each rule asked on its own.
   */
  private fact(bit: number, answer: (ind: Indicator) => boolean): boolean {
    if (this.known & bit) return (this.yes & bit) !== 0;
    const yes = answer(this.indicator);
    this.known |= bit;
    if (yes) this.yes |= bit;
    return yes;
  }

  /** isEmptyTarget: nothing, only filler (……) or a formula error in the value cell. */
  get emptyTarget(): boolean {
    return this.fact(EMPTY_TARGET, isEmptyTarget);
  }

  /** The first placeholder (XX, ……, 待定…) in the name, or null. */
  get namePlaceholder(): string | null {
    if (this.namePlaceholderFact === undefined) this.namePlaceholderFact = findPlaceholder(this.indicator.name);
    return this.namePlaceholderFact;
  }

  /** The first placeholder in the target as written, or null. */
  get targetPlaceholder(): string | null {
    if (this.targetPlaceholderFact === undefined)
      this.targetPlaceholderFact = findPlaceholder(this.indicator.target.raw);
    return this.targetPlaceholderFact;
  }

  /** A target the structure rules own (empty-target: nothing or only ……; placeholder: XX, 待定…): others stay silent. */
  get leftToStructureRules(): boolean {
    return this.emptyTarget || this.targetPlaceholder !== null;
  }

  get timeliness(): boolean {
    return this.fact(TIMELINESS, isTimeliness);
  }

  get satisfaction(): boolean {
    return this.fact(SATISFACTION, isSatisfaction);
  }

  /** isRateName of the row's subject: a rate or share that should be in %. */
  get rateName(): boolean {
    return this.fact(RATE_NAME, subjectIsRate);
  }

  /** isBoundedRate of the row's subject: a rate that cannot pass 100 % or drop below 0. */
  get boundedRate(): boolean {
    return this.fact(BOUNDED_RATE, subjectIsBoundedRate);
  }

  get cost(): boolean {
    return this.fact(COST, isCostIndicator);
  }

  get amountCost(): boolean {
    return this.fact(AMOUNT_COST, isAmountCost);
  }

  get quantity(): boolean {
    return isQuantityIndicator(this.indicator);
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

  // Quoted texts are only needed for the rows a rule reports, rarely twice: worked out on demand (their helpers
  // remember the texts they have seen), not kept.

  /** The row's subject as quoted in a message. */
  get displayName(): string {
    return displayName(this.indicator);
  }

  /** The target as the reader sees it on the row. */
  get shownTarget(): string {
    return shownTarget(this.indicator);
  }
}

/** The analysis of one table: its rows' facts and what the money rules share (the sets, the planned cost of each). */
export class TableAnalysis {
  readonly table: IndicatorTable;
  private rowsFact: RowFacts[] | null;
  private setsFact: readonly IndicatorSet[] | null;
  // The cost totals asked for, and the tolerance they were worked out with (the same for every rule of a table).
  private costTolerance: number | null;
  private annualCost: CostTotal | null | undefined;
  private midtermCost: CostTotal | null | undefined;

  constructor(table: IndicatorTable) {
    this.table = table;
    this.rowsFact = null;
    this.setsFact = null;
    this.costTolerance = null;
    this.annualCost = undefined;
    this.midtermCost = undefined;
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
   * The planned cost of a set (costTotalOf: its cost rows that state money, unit costs left out), weighed against
   * the set's budget (budgetOf). cost-exceeds-budget and cost-sum-differs both ask: it is worked out once.
   */
  costTotal(set: IndicatorSet, tolerance: number): CostTotal | null {
    if (tolerance !== this.costTolerance) {
      this.costTolerance = tolerance;
      this.annualCost = undefined;
      this.midtermCost = undefined;
    }
    const known = set === 'annual' ? this.annualCost : this.midtermCost;
    if (known !== undefined) return known;
    const lines: CostLine[] = [];
    for (const row of this.rows) {
      const ind = row.indicator;
      if (ind.set !== set || !row.cost || row.unitCostLabel !== null) continue;
      const amount = row.amount;
      if (amount && amount.wan > 0) lines.push({ indicator: ind, amount });
    }
    // A set's only costed line may be a unit cost its name does not announce (costTotalOf): its quantities decide.
    const quantities: Indicator[] = [];
    if (lines.length === 1)
      for (const row of this.rows) if (row.indicator.set === set && row.quantity) quantities.push(row.indicator);
    const total = costTotalOf(lines, budgetOf(this.table, set)?.wan ?? null, tolerance, quantities);
    if (set === 'annual') this.annualCost = total;
    else this.midtermCost = total;
    return total;
  }
}

/** The context's shared analysis (RuleContext.analysis, which the engine always sets). */
export function analysisOf(ctx: { readonly analysis: TableAnalysis }): TableAnalysis {
  return ctx.analysis;
}
