// Money helpers for the cost, budget and consistency rules: cost indicators, amounts in 万元, unit costs and the quantity they price.

import { L1, L2 } from '../../categories';
import { Memo } from '../../memo';
import type { Indicator, IndicatorSet, IndicatorTable, ProjectField, Target } from '../../model';
import { extractQuantities } from '../../parse/target';
import { moneyFactor } from '../../parse/units';
import type { Location } from '../types';

const COST_LEVEL2 = new Set<string>([L2.cost, L2.economicCost, L2.socialCost, L2.ecoCost]);

/** A cost indicator by its canonical category: 成本指标 as 一级 (2021) or as 二级 under 产出 (older forms). */
export function isCostIndicator(ind: Indicator): boolean {
  return ind.level1 === L1.cost || (ind.level2 !== null && COST_LEVEL2.has(ind.level2));
}

export function isQuantityIndicator(ind: Indicator): boolean {
  return ind.level2 === L2.quantity;
}

/** A money unit, possibly per item (元/张, 元/人): its factor to 万元 and the item unit. */
export function moneyUnit(unit: string | null | undefined): { factor: number; per: string | null } | null {
  if (!unit) return null;
  // A table uses a handful of units on thousands of rows; callers only read the result.
  return MONEY_UNITS.get(unit, parseMoneyUnit);
}

const MONEY_UNITS = new Memo<Readonly<{ factor: number; per: string | null }> | null>(5000);

function parseMoneyUnit(unit: string): { factor: number; per: string | null } | null {
  const u = unit.replace(/\s+/g, '');
  const slash = u.search(/[\/／]/);
  const factor = moneyFactor(slash >= 0 ? u.slice(0, slash) : u);
  if (factor === null) return null;
  const per = slash >= 0 ? u.slice(slash + 1) || null : null;
  return { factor, per };
}

export interface Amount {
  /** The amount in 万元. */
  wan: number;
  /** The number as written and its unit, e.g. 10.65 and 万元. */
  value: number;
  unit: string;
  factor: number;
  /** The item a per-unit amount prices (张 in 元/张), or null. */
  per: string | null;
}

/**
 * The money a target states, in 万元: the parsed number with its money unit, or else the one amount a sentence
 * names (项目总成本90万元, 采购10套资格认证设备约5万元). Null when the target states no money or several amounts.
 */
export function amountOf(target: Target): Amount | null {
  const parsed = target.value !== null ? moneyUnit(target.unit) : null;
  if (parsed && target.value !== null) {
    const factor = target.factorToWanyuan ?? parsed.factor;
    return { wan: target.value * factor, value: target.value, unit: target.unit ?? '', factor, per: parsed.per };
  }
  const found: Amount[] = [];
  for (const q of extractQuantities(target.raw)) {
    const money = q.value !== null ? moneyUnit(q.unit) : null;
    if (money && q.value !== null && !money.per)
      found.push({ wan: q.value * money.factor, value: q.value, unit: q.unit ?? '', factor: money.factor, per: null });
  }
  if (found.length === 0) return null;
  const first = found[0];
  return found.every((a) => a.wan === first.wan) ? first : null;
}

// 单位成本, 单位平均成本, 人均鉴定成本, 户均补贴费用, 每张制卡费, 单价: a cost per item rather than a total; so are a
// subsidy's rate (硬化水泥砼公路补助标准 ≤120万元, per km) and an amount per person and year (配套资金每人每年 75元).
const UNIT_COST_WORDS =
  /(单位|平均|人均|户均|次均|件均|生均|单件|单台|单张|单套|单次|每(?:人|户|次|件|台|张|套|场|期|个|名|册|份|条|笔|封|篇)?)[\u4e00-\u9fa5]{0,4}?(成本|费用|经费|价格|单价|费)|单价|(?:补助|补贴|资助|奖补|救助)标准|每(?:人|户|名|亩)每?(?:年|月)$/;
// A total: 项目总成本, 总费用, 成本总额, 合计.
const TOTAL_COST_WORDS = /总成本|总费用|总经费|成本总额|费用总额|经费总额|总额|合计|总计|总投入|全部成本/;

/** The text of an indicator a reader names it by: the name, plus the description when the table has one. */
function texts(ind: Indicator): string[] {
  const out: string[] = [];
  if (ind.name.length > 0) out.push(ind.name);
  if (ind.description && ind.description !== ind.name) out.push(ind.description);
  return out;
}

// A price per item written in the target itself: ≤3元/张, 500元每人.
const PER_ITEM_IN_TEXT = /(?:元|万元)\s*(?:[\/／]|每)\s*([\u4e00-\u9fa5]{1,2})/;

/** The item a per-item cost prices (张 in 元/张), from the parsed unit or the target as written. */
export function perItemOf(ind: Indicator): string | null {
  const fromUnit = moneyUnit(ind.target.unit)?.per ?? null;
  if (fromUnit) return fromUnit;
  return PER_ITEM_IN_TEXT.exec(ind.target.raw)?.[1] ?? null;
}

/** Which of the indicator's texts says it is a unit cost (or null): the description may say it where the name does not (seed 001). */
export function unitCostLabel(ind: Indicator): string | null {
  // texts(ind) spelt out: asked of every cost row, and most have no description.
  if (ind.name.length > 0 && isUnitCostText(ind.name)) return ind.name;
  if (ind.description && ind.description !== ind.name && isUnitCostText(ind.description)) return ind.description;
  if (perItemOf(ind) !== null) return ind.name || null;
  return null;
}

export function isTotalCostName(ind: Indicator): boolean {
  return texts(ind).some((t) => TOTAL_COST.get(t, isTotalCostText));
}

const isUnitCostText = (text: string): boolean => UNIT_COST.get(text, testUnitCost);
const testUnitCost = (text: string): boolean => UNIT_COST_WORDS.test(text);
const isTotalCostText = (text: string): boolean => TOTAL_COST_WORDS.test(text);

// Every cost rule asks both questions of every cost indicator's name.
const UNIT_COST = new Memo<boolean>();
const TOTAL_COST = new Memo<boolean>();

/** The budget an indicator set is weighed against: the year's for the annual set, the multi-year total for the mid-term set. */
export function budgetOf(table: IndicatorTable, set: IndicatorSet): { wan: number; field: ProjectField } | null {
  const p = table.project;
  if (set === 'midterm')
    return typeof p.midtermBudget === 'number' ? { wan: p.midtermBudget, field: 'midtermBudget' } : null;
  return typeof p.budget === 'number' ? { wan: p.budget, field: 'budget' } : null;
}

const ANNUAL_AND_MIDTERM: readonly IndicatorSet[] = Object.freeze(['annual', 'midterm']);
const ANNUAL_ONLY: readonly IndicatorSet[] = Object.freeze(['annual']);
const MIDTERM_ONLY: readonly IndicatorSet[] = Object.freeze(['midterm']);
const NO_SET: readonly IndicatorSet[] = Object.freeze([]);

/** The indicator sets present in a table, annual first (one shared list per combination). */
export function setsOf(table: IndicatorTable): readonly IndicatorSet[] {
  let annual = false;
  let midterm = false;
  for (const i of table.indicators) {
    if (i.set === 'annual') annual = true;
    else midterm = true;
    if (annual && midterm) break;
  }
  return annual ? (midterm ? ANNUAL_AND_MIDTERM : ANNUAL_ONLY) : midterm ? MIDTERM_ONLY : NO_SET;
}

/** Project-block and cost rules are about project forms; department-wide forms have neither. */
export function isProjectTable(table: IndicatorTable, profile: string): boolean {
  return table.kind === 'project' && profile !== 'department';
}

/** A figure in 万元 as a person writes it: no float noise, no trailing zeros (1324, 84.1, 0.03, 4999993.95). */
export function formatWan(n: number): string {
  // Messages quote budgets and costs that repeat across a file's projects; toFixed is slow.
  let text = WAN_TEXTS.get(n);
  if (text === undefined) {
    if (WAN_TEXTS.size >= 5000) WAN_TEXTS.clear();
    WAN_TEXTS.set(n, (text = makeFormatWan(n)));
  }
  return text;
}

const WAN_TEXTS = new Map<number, string>();

function makeFormatWan(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs >= 1 || abs === 0 ? 2 : Math.min(8, 2 - Math.floor(Math.log10(abs)));
  return String(Number(n.toFixed(digits)));
}

/** A share as a percentage with two significant digits for small shares (0.0019 → "0.19"). */
export function formatPercent(share: number): string {
  const p = share * 100;
  if (p >= 1 || p === 0) return String(Number(p.toFixed(1)));
  return String(Number(p.toPrecision(2)));
}

// Words that say what kind of thing an indicator is but not which thing: dropped before comparing names.
const GENERIC_WORDS =
  /单位|平均|人均|户均|次均|件均|生均|成本|费用|经费|单价|价格|数量|情况|程度|水平|提供|产品|服务|所需|控制|完成|计划|时间|指标|项目|工作|全年|年度|各项|相关|影响|提升|改善|提高|促进|对|的|或|和|与|及|之|等|率/g;
const NON_HAN = /[^\u4e00-\u9fa5A-Za-z0-9]/g;

/** The content bigrams of a name: generic words and punctuation removed, so wording variants compare equal. */
export function contentBigrams(text: string): ReadonlySet<string> {
  // matchQuantity compares every unit cost with every quantity of its set: the same names again and again.
  return BIGRAMS.get(text, makeContentBigrams);
}

const BIGRAMS = new Memo<ReadonlySet<string>>(5000);

function makeContentBigrams(text: string): ReadonlySet<string> {
  const core = text.replace(NON_HAN, '').replace(GENERIC_WORDS, '|');
  const out = new Set<string>();
  for (const part of core.split('|')) {
    if (part.length === 1) out.add(part);
    for (let i = 0; i + 1 < part.length; i++) out.add(part.slice(i, i + 2));
  }
  return out;
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

const PER_PERSON = /人均|每人|每名|生均/;
const PERSON_UNITS = new Set(['人', '人次', '名', '位']);
const PER_HOUSEHOLD = /户均|每户/;

/**
 * The quantity a unit cost prices: the 数量指标 of the same set sharing the most content with the cost's name
 * (社保卡制卡单位平均成本 → 社保卡片数量; 工装单位成本 → 购置工装数量), or whose unit is the one priced
 * (元/张 → 张; 人均 → 人/人次). Null when none or when two candidates tie.
 *
 * A candidate's score is the most content bigrams one of its texts shares with the cost's texts, plus 2 when its
 * unit is the one priced (or 1 for a person or household unit under 人均/户均); the answer is the one candidate
 * with the highest score above 0, whatever the order. A long table lists thousands of quantities and unit costs
 * (issue 15, #46): weighing each cost against each quantity was quadratic. A set's candidates are indexed once
 * (which hold each bigram, how many have each unit); a cost then reads the holders of its bigrams, rarest first,
 * stops as soon as no candidate left unread could reach the best score read, and weighs the candidates it never
 * read (they can hold only its commonest bigram) by counting them per unit.
 */
export function matchQuantity(cost: Indicator, candidates: readonly Indicator[]): Indicator | null {
  // Most sets list a handful of quantities: weighing each directly is cheaper than building the index.
  if (candidates.length <= SMALL_SET) return matchDirectly(cost, candidates);
  let index = QUANTITY_INDEXES.get(candidates);
  // The rule lists a set's quantities once and asks for each of its unit costs; a list is not changed afterwards.
  if (index === undefined || index.listed !== candidates.length) {
    index = new QuantityIndex(candidates);
    QUANTITY_INDEXES.set(candidates, index);
  }
  return index.match(cost);
}

const QUANTITY_INDEXES = new WeakMap<readonly Indicator[], QuantityIndex>();

/** Up to this many candidates, matchQuantity weighs each in turn. */
const SMALL_SET = 16;

/** matchQuantity by weighing every candidate: the same answer as the index, for short lists. */
function matchDirectly(cost: Indicator, candidates: readonly Indicator[]): Indicator | null {
  let costText: string | null = null;
  let costWords: ReadonlySet<string> = NO_WORDS;
  let per: string | null = null;
  let perPerson = false;
  let perHousehold = false;
  let best: Indicator | null = null;
  let bestScore = 0;
  let tie = false;
  for (const q of candidates) {
    if (q === cost || q.target.value === null || q.target.value <= 0) continue;
    const unit = q.target.unit ?? q.unit;
    if (unit === '%' || moneyUnit(unit)) continue;
    if (costText === null) {
      costText = texts(cost).join(' ');
      costWords = contentBigrams(costText);
      per = perItemOf(cost);
      perPerson = PER_PERSON.test(costText);
      perHousehold = PER_HOUSEHOLD.test(costText);
    }
    let score = 0;
    if (q.name.length > 0) score = sharedCount(costWords, contentBigrams(q.name));
    if (q.description && q.description !== q.name)
      score = Math.max(score, sharedCount(costWords, contentBigrams(q.description)));
    score += unitBonus(unit, per, perPerson, perHousehold);
    if (score <= 0) continue;
    // A candidate listed twice ties with itself, as in the index.
    if (score > bestScore) {
      best = q;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** What a candidate's unit adds for one cost: 2 for the unit priced, 1 for a person or household unit under 人均/户均. */
function unitBonus(unit: Unit, per: string | null, perPerson: boolean, perHousehold: boolean): number {
  if (per && unit === per) return 2;
  if (unit && perPerson && PERSON_UNITS.has(unit)) return 1;
  if (unit === '户' && perHousehold) return 1;
  return 0;
}

/** Every unit unitBonus can reward, besides the one a cost prices. */
const BONUS_UNITS: readonly string[] = ['人', '人次', '名', '位', '户'];
const NO_POSITIONS: readonly number[] = [];

type Unit = string | null | undefined;

/**
 * The candidates of one set, indexed for matchQuantity. Bigrams are numbered; each candidate has one or two texts
 * (name, description), each a list of bigram numbers; a candidate without a name has one empty text (its unit may
 * still score).
 */
class QuantityIndex {
  /** The length of the list indexed. */
  readonly listed: number;
  /** The candidates that can match at all (a positive value, in a unit that is neither % nor money), and their units. */
  private readonly items: Indicator[] = [];
  private readonly units: Unit[] = [];
  /** Where each candidate sits (twice if listed twice). */
  private readonly positions = new Map<Indicator, number[]>();
  private readonly wordIds = new Map<string, number>();
  /** Texts: candidate `at` owns texts firstText[at] … firstText[at + 1] - 1; each text's bigrams and owner. */
  private readonly firstText: number[] = [0];
  private readonly textWords: Int32Array[] = [];
  private readonly owners: number[] = [];
  /** The candidates holding each bigram in one of their texts, each once. */
  private readonly holders: number[][] = [];
  private readonly unitCounts = new Map<Unit, number>();
  /** Built when first needed: the candidates of each unit, and a bigram's holders by unit. */
  private membersOfUnit: Map<Unit, number[]> | null = null;
  private readonly holdersByUnit = new Map<number, Map<Unit, number[]>>();
  /** For matchAll, built when first needed: the texts holding a bigram, or of a unit, as bit sets. */
  private readonly wordBits = new Map<number, Int32Array>();
  private readonly unitBits = new Map<string, Int32Array>();
  /** Which cost (its number) last read each candidate, and last asked for each bigram. */
  private readonly readBy: Int32Array;
  private readonly askedBy: Int32Array;
  private costs = 0;
  private sum = new Int32Array(0);
  private running = new Int32Array(0);

  constructor(candidates: readonly Indicator[]) {
    this.listed = candidates.length;
    for (const q of candidates) {
      if (q.target.value === null || q.target.value <= 0) continue;
      const unit = q.target.unit ?? q.unit;
      if (unit === '%' || moneyUnit(unit)) continue;
      const at = this.items.length;
      this.items.push(q);
      this.units.push(unit);
      const listed = this.positions.get(q);
      if (listed) listed.push(at);
      else this.positions.set(q, [at]);
      this.unitCounts.set(unit, (this.unitCounts.get(unit) ?? 0) + 1);
      const own = texts(q);
      for (const text of own.length > 0 ? own : ['']) {
        const ids: number[] = [];
        for (const w of contentBigrams(text)) {
          let id = this.wordIds.get(w);
          if (id === undefined) {
            id = this.holders.length;
            this.wordIds.set(w, id);
            this.holders.push([]);
          }
          ids.push(id);
          const list = this.holders[id];
          // Listed once per candidate, though both its texts hold the bigram.
          if (list[list.length - 1] !== at) list.push(at);
        }
        this.textWords.push(Int32Array.from(ids));
        this.owners.push(at);
      }
      this.firstText.push(this.owners.length);
    }
    this.readBy = new Int32Array(this.items.length);
    this.askedBy = new Int32Array(this.holders.length);
  }

  match(cost: Indicator): Indicator | null {
    const n = this.items.length;
    if (n === 0) return null;
    const costText = texts(cost).join(' ');
    const per = perItemOf(cost);
    const perPerson = PER_PERSON.test(costText);
    const perHousehold = PER_HOUSEHOLD.test(costText);
    // The units that score for this cost and are present, and the most a unit adds.
    const bonusUnits: string[] = [];
    const bonuses: number[] = [];
    let bonusMax = 0;
    for (const u of per ? [per, ...BONUS_UNITS] : BONUS_UNITS) {
      const b = unitBonus(u, per, perPerson, perHousehold);
      if (b === 0 || bonusUnits.includes(u) || !this.unitCounts.has(u)) continue;
      bonusUnits.push(u);
      bonuses.push(b);
      if (b > bonusMax) bonusMax = b;
    }
    const stamp = ++this.costs;
    const readBy = this.readBy;
    const askedBy = this.askedBy;
    // The cost's bigrams that some candidate holds (the others score for no one), rarest first.
    const asked: number[] = [];
    for (const w of contentBigrams(costText)) {
      const id = this.wordIds.get(w);
      if (id === undefined) continue;
      askedBy[id] = stamp;
      asked.push(id);
    }
    asked.sort((a, b) => this.holders[a].length - this.holders[b].length);
    const read: number[] = [];
    // A cost is never its own quantity: marked read in advance, with no score.
    for (const at of this.positions.get(cost) ?? NO_POSITIONS) {
      readBy[at] = stamp;
      read.push(at);
    }
    let best = 0;
    let bestCount = 0;
    let bestAt = -1;
    const last = asked.length - 1;
    // matchAll costs about two candidates read per word of its bit sets it goes through.
    const budget = 32 + (((asked.length + bonusUnits.length + 4) * ((this.owners.length + 31) >>> 5)) << 1);
    for (let j = 0; j < last; j++) {
      const list = this.holders[asked[j]];
      // Numbered names (培训…1230期) share a bigram with a good part of a long set: past a budget of candidates read
      // the cost is weighed against the whole set at once instead, 32 texts per operation.
      if (read.length + list.length > budget) return this.matchAll(cost, asked, bonusUnits, bonuses);
      for (const at of list) {
        if (readBy[at] === stamp) continue;
        readBy[at] = stamp;
        read.push(at);
        let score = 0;
        for (let t = this.firstText[at]; t < this.firstText[at + 1]; t++) {
          const words = this.textWords[t];
          let shared = 0;
          for (let i = 0; i < words.length; i++) if (askedBy[words[i]] === stamp) shared++;
          if (shared > score) score = shared;
        }
        score += unitBonus(this.units[at], per, perPerson, perHousehold);
        if (score <= 0) continue;
        if (score > best) {
          best = score;
          bestCount = 1;
          bestAt = at;
        } else if (score === best) bestCount++;
      }
      // A candidate not read holds none of the bigrams read so far: it shares at most the others.
      const bound = last - j + bonusMax;
      if (best > bound) return bestCount === 1 ? this.items[bestAt] : null;
      if (best === bound && bestCount > 1) return null;
    }
    return this.bestUnread(asked, read, bonusUnits, bonuses, best, bestCount, bestAt);
  }

  /**
   * How match ends once the rarer bigrams are read: the best candidate read so far (best, bestCount, bestAt), unless
   * a candidate not read beats or ties it. Those can share only the commonest bigram: 1 if they hold it, plus their
   * unit's bonus. They are counted in groups: [a bonus unit's, the other units'] × [holding it, not].
   */
  private bestUnread(
    asked: readonly number[],
    read: readonly number[],
    bonusUnits: readonly string[],
    bonuses: readonly number[],
    best: number,
    bestCount: number,
    bestAt: number,
  ): Indicator | null {
    // The current cost's stamp: readBy marks the candidates match has read for it.
    const stamp = this.costs;
    const readBy = this.readBy;
    const n = this.items.length;
    const last = asked.length - 1;
    const common = last >= 0 ? asked[last] : -1;
    const commonHolders = last >= 0 ? this.holders[common] : NO_POSITIONS;
    const groups = bonusUnits.length + 1;
    const withCommon = new Array<number>(groups).fill(0);
    const without = new Array<number>(groups).fill(0);
    const byUnit = common >= 0 && bonusUnits.length > 0 ? this.holdersOfByUnit(common) : null;
    let rest = n;
    let restWith = commonHolders.length;
    for (let g = 0; g < bonusUnits.length; g++) {
      const all = this.unitCounts.get(bonusUnits[g]) ?? 0;
      const holding = byUnit?.get(bonusUnits[g])?.length ?? 0;
      withCommon[g] = holding;
      without[g] = all - holding;
      rest -= all;
      restWith -= holding;
    }
    withCommon[groups - 1] = restWith;
    without[groups - 1] = rest - restWith;
    for (const at of read) {
      const u = bonusUnits.indexOf(this.units[at] as string);
      const g = u >= 0 ? u : groups - 1;
      if (common >= 0 && this.holds(at, common)) withCommon[g]--;
      else without[g]--;
    }
    // Which group the best unread candidate is in, when one is.
    let bestGroup = -1;
    let bestHolds = false;
    for (let g = 0; g < groups; g++) {
      const bonus = g < bonusUnits.length ? bonuses[g] : 0;
      for (const holds of [true, false]) {
        const count = holds ? withCommon[g] : without[g];
        const score = (holds ? 1 : 0) + bonus;
        if (count <= 0 || score <= 0) continue;
        if (score > best) {
          best = score;
          bestCount = count;
          bestGroup = g;
          bestHolds = holds;
        } else if (score === best) bestCount += count;
      }
    }
    if (bestCount !== 1) return null;
    if (bestGroup < 0) return this.items[bestAt];
    // The one unread candidate of its group. No unread candidate scores more, so the list searched holds only
    // candidates read and this one.
    const unitOfGroup = bestGroup < bonusUnits.length ? bonusUnits[bestGroup] : null;
    const search =
      unitOfGroup === null
        ? commonHolders
        : bestHolds && byUnit
          ? (byUnit.get(unitOfGroup) ?? NO_POSITIONS)
          : (this.unitMembers().get(unitOfGroup) ?? NO_POSITIONS);
    for (const at of search) {
      if (readBy[at] === stamp) continue;
      if (unitOfGroup === null && bonusUnits.includes(this.units[at] as string)) continue;
      if (common >= 0 && this.holds(at, common) !== bestHolds) continue;
      return this.items[at];
    }
    return null;
  }

  /**
   * matchQuantity by bit sets: every text is one bit, and the scores of all texts are summed at once in bit planes
   * (plane p holds bit p of every score), a bigram held by many texts added 32 texts per operation. The highest
   * score is then read from the top plane down, and the texts reaching it mapped back to their candidates.
   */
  private matchAll(
    cost: Indicator,
    asked: readonly number[],
    bonusUnits: readonly string[],
    bonuses: readonly number[],
  ): Indicator | null {
    const textCount = this.owners.length;
    const size = (textCount + 31) >>> 5;
    let planes = 1;
    while (1 << planes <= asked.length + 2) planes++;
    // Scratch space shared by the set's costs.
    if (this.sum.length < planes * size) this.sum = new Int32Array(planes * size);
    if (this.running.length < size) this.running = new Int32Array(size);
    const sum = this.sum;
    sum.fill(0, 0, planes * size);
    for (const id of asked) {
      const list = this.holders[id];
      if (list.length >= size) {
        addBits(sum, size, planes, this.textsHolding(id), 0);
        continue;
      }
      for (const at of list) {
        for (let t = this.firstText[at]; t < this.firstText[at + 1]; t++)
          if (this.textWords[t].includes(id)) addBit(sum, size, planes, t);
      }
    }
    for (let g = 0; g < bonusUnits.length; g++)
      addBits(sum, size, planes, this.textsOfUnit(bonusUnits[g]), bonuses[g] - 1);
    // The texts still in the running: all but the cost's own, then those with each plane's bit, top down.
    const running = this.running;
    running.fill(-1, 0, size);
    if (textCount & 31) running[size - 1] = (1 << (textCount & 31)) - 1;
    for (const at of this.positions.get(cost) ?? NO_POSITIONS) {
      for (let t = this.firstText[at]; t < this.firstText[at + 1]; t++) running[t >>> 5] &= ~(1 << (t & 31));
    }
    let best = 0;
    for (let p = planes - 1; p >= 0; p--) {
      const plane = p * size;
      let any = 0;
      for (let w = 0; w < size; w++) any |= running[w] & sum[plane + w];
      if (any === 0) continue;
      best |= 1 << p;
      for (let w = 0; w < size; w++) running[w] &= sum[plane + w];
    }
    if (best === 0) return null;
    // A candidate's texts are neighbours: one owner among the texts left is the answer, two are a tie.
    let found = -1;
    for (let w = 0; w < size; w++) {
      let bits = running[w];
      while (bits !== 0) {
        const low = bits & -bits;
        const owner = this.owners[(w << 5) + 31 - Math.clz32(low)];
        if (found >= 0 && owner !== found) return null;
        found = owner;
        bits ^= low;
      }
    }
    return found >= 0 ? this.items[found] : null;
  }

  private textsHolding(id: number): Int32Array {
    let bits = this.wordBits.get(id);
    if (bits === undefined) {
      bits = new Int32Array((this.owners.length + 31) >>> 5);
      for (const at of this.holders[id]) {
        for (let t = this.firstText[at]; t < this.firstText[at + 1]; t++)
          if (this.textWords[t].includes(id)) bits[t >>> 5] |= 1 << (t & 31);
      }
      this.wordBits.set(id, bits);
    }
    return bits;
  }

  private textsOfUnit(unit: string): Int32Array {
    let bits = this.unitBits.get(unit);
    if (bits === undefined) {
      bits = new Int32Array((this.owners.length + 31) >>> 5);
      for (const at of this.unitMembers().get(unit) ?? NO_POSITIONS) {
        for (let t = this.firstText[at]; t < this.firstText[at + 1]; t++) bits[t >>> 5] |= 1 << (t & 31);
      }
      this.unitBits.set(unit, bits);
    }
    return bits;
  }

  private holds(at: number, id: number): boolean {
    for (let t = this.firstText[at]; t < this.firstText[at + 1]; t++) if (this.textWords[t].includes(id)) return true;
    return false;
  }

  private unitMembers(): Map<Unit, number[]> {
    if (this.membersOfUnit === null) {
      this.membersOfUnit = new Map();
      for (let at = 0; at < this.items.length; at++) {
        const u = this.units[at];
        let list = this.membersOfUnit.get(u);
        if (list === undefined) this.membersOfUnit.set(u, (list = []));
        list.push(at);
      }
    }
    return this.membersOfUnit;
  }

  private holdersOfByUnit(id: number): Map<Unit, number[]> {
    let byUnit = this.holdersByUnit.get(id);
    if (byUnit === undefined) {
      byUnit = new Map();
      for (const at of this.holders[id]) {
        const u = this.units[at];
        let list = byUnit.get(u);
        if (list === undefined) byUnit.set(u, (list = []));
        list.push(at);
      }
      this.holdersByUnit.set(id, byUnit);
    }
    return byUnit;
  }
}

/** Adds a bit set (each bit worth 2^shift) to bit-plane counters: plane p of word w at sum[p * size + w]. */
function addBits(sum: Int32Array, size: number, planes: number, bits: Int32Array, shift: number): void {
  const end = planes * size;
  for (let w = 0; w < size; w++) {
    let carry = bits[w];
    for (let at = shift * size + w; carry !== 0 && at < end; at += size) {
      const next = sum[at] & carry;
      sum[at] ^= carry;
      carry = next;
    }
  }
}

/** Adds 1 to one text's counter. */
function addBit(sum: Int32Array, size: number, planes: number, t: number): void {
  let carry = 1 << (t & 31);
  const end = planes * size;
  for (let at = t >>> 5; carry !== 0 && at < end; at += size) {
    const next = sum[at] & carry;
    sum[at] ^= carry;
    carry = next;
  }
}

export interface CostLine {
  indicator: Indicator;
  amount: Amount;
}

export interface CostTotal {
  /** The cost in 万元 the set plans: one stated total, or the sum of its cost lines. */
  wan: number;
  /** The lines the total is made of (the stated total alone when there is one). */
  lines: CostLine[];
  /** Every costed line of the set, for `related`. */
  all: CostLine[];
  /** How the total was found: one line, a line that states the total, or a sum. */
  how: 'single' | 'stated' | 'sum';
}

/**
 * The planned cost of one indicator set from its costed lines (in table order): its cost indicators that state money
 * (unit costs excluded: they price one item, see unit-cost-inconsistent). A line named as the total (项目总成本), or
 * one equal to the budget whose name says no more than a total's (项目支出成本, 成本控制数) with the others adding up
 * to no more than it, is the total and the others its breakdown (seed 004: 项目总成本90万元 with 采购硬件设备成本约5万元…);
 * otherwise the lines add up (seed 001: 753 + 279 + 292), also when one of them happens to equal the budget (奖励 200 +
 * 管理费 8 on a 200 budget is 208). A set's only line that prices one item of its quantities (impliedUnitCost: 3000元 ×
 * 30 套 on a 10 万元 budget) is a unit cost, not a total, and left out like a named one: the set then has no planned
 * total (null); unit-cost-inconsistent weighs it.
 */
export function costTotalOf(
  all: CostLine[],
  budgetWan: number | null,
  tolerance: number,
  quantities: readonly Indicator[] = NO_INDICATORS,
): CostTotal | null {
  if (all.length === 0) return null;
  if (all.length === 1) {
    const only = all[0];
    // A unit cost is left out of the total as when its name says so: the set has no planned total to weigh.
    if (
      budgetWan !== null &&
      quantities.length > 0 &&
      impliedUnitCost(only.indicator, only.amount, quantities, budgetWan, tolerance)
    )
      return null;
    return { wan: only.amount.wan, lines: all, all, how: 'single' };
  }
  const sum = all.reduce((s, l) => s + l.amount.wan, 0);
  const largest = all.reduce((a, b) => (b.amount.wan > a.amount.wan ? b : a));
  const rest = sum - largest.amount.wan;
  const named = all.filter((l) => isTotalCostName(l.indicator));
  const statesTotal =
    (named.length === 1 && named[0] === largest) ||
    (budgetWan !== null &&
      equalsBudget(largest.amount.wan, budgetWan, tolerance) &&
      rest <= largest.amount.wan * (1 + tolerance) &&
      isGenericCostName(largest.indicator));
  if (statesTotal) return { wan: largest.amount.wan, lines: [largest], all, how: 'stated' };
  return { wan: sum, lines: all, all, how: 'sum' };
}

const NO_INDICATORS: readonly Indicator[] = Object.freeze([]);

/** An amount equal to the budget within the tolerance. */
export function equalsBudget(wan: number, budgetWan: number, tolerance: number): boolean {
  return Math.abs(wan - budgetWan) <= budgetWan * tolerance;
}

// Besides the generic words, what a total's name may say: 项目支出成本, 成本控制数, 年度预算总成本, 项目总投入.
const TOTAL_LIKE_WORDS = /支出|资金|投入|投资|预算|金额|控制|总|数|额/g;

/**
 * A cost line whose every text names no particular cost (项目支出成本, 成本控制情况): it can only be the whole cost.
 * 奖励, 管理费 or seed 001's 保安服务费用 (the description under a generic 提供产品及服务所需成本的控制情况) name one.
 */
export function isGenericCostName(ind: Indicator): boolean {
  return texts(ind).every(
    (t) => t.replace(NON_HAN, '').replace(GENERIC_WORDS, '').replace(TOTAL_LIKE_WORDS, '').length === 0,
  );
}

/** A cost line read as the price of one item of a quantity (impliedUnitCost). */
export interface ImpliedUnitCost {
  /** The quantity it prices. */
  quantity: Indicator;
  /** Amount × quantity in 万元, with the money unit as written. */
  product: number;
  /** The money unit that makes the product fit the budget when the one written does not (元 for 万元, 万元 for 元), else null. */
  swap: '元' | '万元' | null;
  /** The product with that unit (the product itself when swap is null). */
  fitted: number;
}

// A cost line under half the budget cannot be the set's whole cost ...
const IMPLIED_MAX_SHARE = 0.5;
// ... and when it times the quantity it names comes to between a quarter of the budget and the budget (or, priced
// against the set's only quantity whatever its name, between 80 % of the budget and the budget), it is what one item costs.
const IMPLIED_FIT_NAMED = 0.25;
const IMPLIED_FIT = 0.8;
// A misplaced 万元/元 puts the product 10 000 times off.
const WAN = 10000;

/**
 * A cost line not named a unit cost that still prices one item (flat exports drop the 绩效指标描述 that said so:
 * 社保中心工装制作's 提供产品及服务所需成本的控制情况 ≤3000元 for 提供产品及服务数量 ≥30套 on a 10 万元 budget): far under
 * the budget (under half of it), and times the quantity it prices between a quarter of the budget and the budget when
 * the names match (matchQuantity: 参审案件补助 100元 × 陪审员参审案件数量 ≥900件 = 9 of 24 万元), between 80 % of it and the
 * budget when the set's only quantity is taken for want of a match; as written or with 元 and 万元 swapped (社保卡制卡工本费 10.65万元 × 469483张 is
 * 10 000 times the 500 万元 budget, 10.65元 × 469483张 is the budget). Null otherwise. The caller decides that the line
 * is the set's only costed line: among several, a coincidence is likelier than a unit cost.
 */
export function impliedUnitCost(
  ind: Indicator,
  amount: Amount,
  quantities: readonly Indicator[],
  budgetWan: number,
  tolerance: number,
): ImpliedUnitCost | null {
  if (!(budgetWan > 0) || amount.per !== null || !(amount.wan > 0) || amount.wan >= budgetWan * IMPLIED_MAX_SHARE)
    return null;
  let quantity = matchQuantity(ind, quantities);
  const named = quantity !== null;
  if (quantity === null) {
    // Generic names (提供产品及服务所需成本… / 提供产品及服务数量) share no words: the set's only quantity is the one priced.
    for (const q of quantities) {
      if (q === ind || q.target.value === null || q.target.value <= 0) continue;
      const unit = q.target.unit ?? q.unit;
      if (unit === '%' || moneyUnit(unit)) continue;
      if (quantity !== null) return null;
      quantity = q;
    }
  }
  const count = quantity?.target.value ?? null;
  if (quantity === null || count === null || count < 2) return null;
  const product = amount.wan * count;
  const high = budgetWan * (1 + tolerance);
  const low = budgetWan * (named ? IMPLIED_FIT_NAMED : IMPLIED_FIT);
  const fits = (p: number): boolean => p >= low && p <= high;
  if (fits(product)) return { quantity, product, swap: null, fitted: product };
  // A wrong money unit is only read when the right one lands close to the budget (80 % of it at least).
  const near = (p: number): boolean => p >= budgetWan * IMPLIED_FIT && p <= high;
  if (amount.unit === '万元' && near(product / WAN)) return { quantity, product, swap: '元', fitted: product / WAN };
  if (amount.unit === '元' && near(product * WAN)) return { quantity, product, swap: '万元', fitted: product * WAN };
  return null;
}

/** What a finding about a set's cost points at besides its first line: the other costed lines, then the budget. */
export function costRelated(cost: CostTotal, table: IndicatorTable, budgetField: ProjectField): Location[] {
  const first = cost.lines[0];
  // Sized up front: a finding keeps this list, and most sets have one or two lines.
  const related = new Array<Location>(cost.all.length + 1);
  let n = 0;
  for (const l of cost.all) if (l !== first) related[n++] = { indicator: l.indicator, part: 'target' };
  related[n++] = { table, field: budgetField };
  related.length = n;
  return related;
}

/** The figures of a sum as a reader checks them: 753 + 279 + 292. */
export function sumExpression(lines: readonly CostLine[]): string {
  return lines.map((l) => formatWan(l.amount.wan)).join(' + ');
}

/** The content characters of a name (generic words and punctuation removed): a lenient, synonym-tolerant fingerprint. */
export function contentChars(text: string): Set<string> {
  return new Set(text.replace(NON_HAN, '').replace(GENERIC_WORDS, '').split(''));
}

/**
 * Two indicator names mean the same thing unless their content words barely overlap: wording variants such as
 * 对保障各项业务工作正常开展的影响或改善情况 / 对保障各项业务正常开展的影响或提升程度 are the same indicator,
 * 举办退休人员文体活动 / 采购硬件设备数量 are not.
 */
export function sameIndicatorName(a: string, b: string): boolean {
  const na = a.replace(NON_HAN, '');
  const nb = b.replace(NON_HAN, '');
  if (na === nb) return true;
  const ca = contentChars(a);
  const cb = contentChars(b);
  // A name made only of generic words cannot be told apart from another: give it the benefit of the doubt.
  if (ca.size === 0 || cb.size === 0) return true;
  return sharedCount(ca, cb) / Math.min(ca.size, cb.size) >= 0.5;
}
