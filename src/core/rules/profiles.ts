// Review profiles: which categories each form knows, which rules run and how severe, and the per-table auto choice.

import { L1, L2, normaliseLabel } from '../categories';
import type { Level1, Level2 } from '../categories';
import type { IndicatorTable, ProfileName } from '../model';
import type { RuleSetting } from './config';
import type { MessageTemplate, Thresholds } from './types';

/** Which parts of `missing-category` apply under a profile. */
interface RequiredCategories {
  /** 产出 and 效益 indicators must both be present. */
  outputAndBenefit: boolean;
  /** 产出 must hold 数量 and 质量 indicators. */
  quantityQuality: boolean;
  /** Some 时效 indicator must be present. */
  timeliness: boolean;
  /** Some 满意度 indicator (一级 or 二级) must be present. */
  satisfaction: boolean;
  /** A 成本 一级 must be present (2021 framework). */
  costLevel1: boolean;
}

interface Profile {
  name: ProfileName;
  label: MessageTemplate;
  /** Rule settings that differ from the rules' defaults. */
  rules: Readonly<Record<string, RuleSetting>>;
  thresholds: Readonly<Partial<Thresholds>>;
  /** 一级 this form knows → the 二级 allowed under it. */
  structure: ReadonlyMap<Level1, readonly Level2[]>;
  required: Readonly<RequiredCategories>;
  /**
   * Unfilled template rows (a …… or 指标1 name, nothing filled): `each` row is placeholder's and empty-target's
   * finding; `once` lists them in one unfilled-template-rows note per table, and those rules leave them alone.
   */
  templateRows: 'each' | 'once';
  /**
   * 一级 of the common evaluation framework (财预〔2020〕10号 附件: 项目决策, 项目过程/项目管理, 项目绩效) that scoring-style
   * self-evaluation forms use, known by their words (they have no canonical category); their 二级 are the framework's own.
   */
  evaluationLevel1: readonly string[];
}

const OUTPUT_2021: readonly Level2[] = [L2.quantity, L2.quality, L2.timeliness];
const BENEFIT: readonly Level2[] = [L2.economic, L2.social, L2.ecological, L2.sustainable];
// 成本指标 as a 二级 under the 成本 一级 is a common way of filling the 2021 form and says nothing wrong.
const COST_2021: readonly Level2[] = [L2.economicCost, L2.socialCost, L2.ecoCost, L2.cost];

const PROJECT_2021: Profile = {
  name: 'project-2021',
  label: { 'zh-CN': '2021版项目支出绩效指标框架', 'en-US': 'the 2021 project framework' },
  rules: {},
  thresholds: {},
  structure: new Map<Level1, readonly Level2[]>([
    [L1.output, OUTPUT_2021],
    [L1.benefit, BENEFIT],
    [L1.satisfaction, [L2.satisfaction]],
    [L1.cost, COST_2021],
  ]),
  required: { outputAndBenefit: true, quantityQuality: true, timeliness: true, satisfaction: true, costLevel1: true },
  templateRows: 'each',
  evaluationLevel1: [],
};

const PROJECT_LEGACY: Profile = {
  name: 'project-legacy',
  label: { 'zh-CN': '旧版项目支出绩效目标表（成本列于产出之下）', 'en-US': 'the older project form (成本 under 产出)' },
  rules: {},
  thresholds: {},
  structure: new Map<Level1, readonly Level2[]>([
    [L1.output, [...OUTPUT_2021, L2.cost]],
    // Seed 000 and many provincial templates put 社会公众或服务对象满意度 as a 二级 under 效益/效果.
    [L1.benefit, [...BENEFIT, L2.satisfaction]],
    [L1.satisfaction, [L2.satisfaction]],
    // A legacy sheet that also has a 成本 一级 mixes the two frameworks; flagging its every row would be noise.
    [L1.cost, COST_2021],
  ]),
  required: { outputAndBenefit: true, quantityQuality: true, timeliness: true, satisfaction: true, costLevel1: false },
  templateRows: 'each',
  evaluationLevel1: [],
};

const DEPARTMENT: Profile = {
  name: 'department',
  label: { 'zh-CN': '部门整体支出绩效目标表', 'en-US': 'the department-wide form' },
  // A department form has no project block, and its 投入管理 indicators (预算执行率…) are legitimate.
  rules: {
    'missing-project-field': 'off',
    'budget-parts-mismatch': 'off',
    'cost-exceeds-budget': 'off',
    'cost-sum-differs': 'off',
    'unit-cost-inconsistent': 'off',
    'input-as-output': 'off',
  },
  thresholds: {},
  structure: new Map<Level1, readonly Level2[]>([
    [L1.input, [L2.relevance, L2.taskScience, L2.indicatorReason, L2.budgetFinance]],
    [L1.output, [...OUTPUT_2021, L2.cost, L2.keyTasks, L2.goalAchieved]],
    [L1.benefit, [...BENEFIT, L2.dutyBenefit, L2.satisfaction]],
    [L1.satisfaction, [L2.satisfaction]],
    [L1.cost, COST_2021],
  ]),
  required: {
    outputAndBenefit: true,
    quantityQuality: false,
    timeliness: false,
    satisfaction: true,
    costLevel1: false,
  },
  templateRows: 'each',
  evaluationLevel1: [],
};

/**
 * Self-evaluation forms (绩效自评表), project and department-wide: they copy the indicators the unit set (any of the
 * frameworks above, or the common evaluation framework's 项目决策/项目管理), and are reviewed for their actual values,
 * weights and scores. The 2020 self-evaluation template (财预〔2020〕10号) scores 产出/效益/满意度 and puts 成本 under 产出:
 * no 成本 一级 is required, nor 数量/质量/时效 (the targets' review asked for those when they were set).
 */
const SELF_EVALUATION: Profile = {
  name: 'self-evaluation',
  label: { 'zh-CN': '项目支出（部门整体）绩效自评表', 'en-US': 'the self-evaluation form (绩效自评表)' },
  rules: {},
  thresholds: {},
  // Every framework's categories: the department form's structure is already their union.
  structure: DEPARTMENT.structure,
  required: {
    outputAndBenefit: true,
    quantityQuality: false,
    timeliness: false,
    satisfaction: true,
    costLevel1: false,
  },
  templateRows: 'once',
  evaluationLevel1: ['项目决策', '决策', '项目过程', '过程', '项目管理', '管理', '项目绩效', '绩效'],
};

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  'project-2021': PROJECT_2021,
  'project-legacy': PROJECT_LEGACY,
  department: DEPARTMENT,
  'self-evaluation': SELF_EVALUATION,
};

export function getProfile(name: ProfileName): Profile {
  return PROFILES[name];
}

/** The 二级 allowed under a 一级 in a profile; empty when the profile does not know that 一级. */
export function allowedLevel2(profile: ProfileName, level1: string): readonly Level2[] {
  return PROFILES[profile].structure.get(level1 as Level1) ?? [];
}

/** The 一级 a profile knows, in the form's order. */
export function knownLevel1(profile: ProfileName): readonly Level1[] {
  // Asked for every table by two rules: one frozen list per profile.
  let known = KNOWN_LEVEL1.get(profile);
  if (!known) KNOWN_LEVEL1.set(profile, (known = Object.freeze([...PROFILES[profile].structure.keys()])));
  return known;
}

const KNOWN_LEVEL1 = new Map<ProfileName, readonly Level1[]>();

/** The 一级 a 二级 belongs under in a profile (several when a form allows it in two places). */
export function parentsOf(profile: ProfileName, level2: string): Level1[] {
  const out: Level1[] = [];
  for (const [l1, l2s] of PROFILES[profile].structure) if (l2s.includes(level2 as Level2)) out.push(l1);
  return out;
}

/** True when some profile knows the 二级 (it is a real category, even if misplaced in this table). */
export function isKnownLevel2Anywhere(level2: string): boolean {
  return (Object.keys(PROFILES) as ProfileName[]).some((p) => parentsOf(p, level2).length > 0);
}

const DEPARTMENT_TITLE_RE = /部门整体|整体支出|整体绩效|部门[（(]单位[)）]/;

/**
 * A 一级 as written that the profile knows as one of the common evaluation framework's (项目决策(10分), 项目管理):
 * compared without spaces, numbering, a points trailer or a trailing 指标.
 */
export function isEvaluationLevel1(profile: ProfileName, raw: string | null | undefined): boolean {
  const words = PROFILES[profile].evaluationLevel1;
  if (words.length === 0 || !raw) return false;
  const key = normaliseLabel(raw)
    .replace(/^(?:[一二三四五六七八九十]+|\d{1,2})[、.．]/, '')
    .replace(/[(（][^()（）]*[)）]$/, '')
    .replace(/[\d.]+分$/, '')
    .replace(/指标$/, '');
  return words.includes(key);
}

/**
 * Chooses a table's profile from what it shows: self-evaluation forms by their form; department forms by kind, title
 * or a 投入管理 一级; the older project form when 成本 is a 二级 under 产出, 满意度 a 二级 under 效益, or the sheet has a
 * four-level grouping; otherwise the 2021 framework.
 */
export function chooseProfile(table: IndicatorTable): ProfileName {
  if (table.form === 'self-evaluation') return 'self-evaluation';
  if (table.kind === 'department') return 'department';
  if (table.title && DEPARTMENT_TITLE_RE.test(table.title)) return 'department';
  if (table.indicators.some((i) => i.level1 === L1.input)) return 'department';
  if (table.levels === 4) return 'project-legacy';
  for (const i of table.indicators) {
    if (i.level1 === L1.output && i.level2 === L2.cost) return 'project-legacy';
    if (i.level1 === L1.benefit && i.level2 === L2.satisfaction) return 'project-legacy';
  }
  return 'project-2021';
}

// The 中央预算内投资 form (国家发展改革委's 绩效目标表, attached to investment notices) has one 一级, 实施效果指标, over the
// 二级 产出指标 / 效益指标 / 满意度指标: another authority's framework, complete in its own terms, not a misnamed category.
const INVESTMENT_LEVEL1 = /^实施效果(?:指标)?$/u;
const INVESTMENT_LEVEL2 = /^(?:产出|效益|满意度|社会效益|经济效益|生态效益|可持续影响)(?:指标)?$/u;

/** The 一级 of the 中央预算内投资 form (实施效果指标). */
export function isInvestmentLevel1(raw: string | null | undefined): boolean {
  return !!raw && INVESTMENT_LEVEL1.test(normaliseLabel(raw));
}

/** A 二级 the 中央预算内投资 form puts under 实施效果指标 (产出指标, 效益指标…). */
export function isInvestmentLevel2(level1Raw: string | null | undefined, raw: string | null | undefined): boolean {
  return isInvestmentLevel1(level1Raw) && !!raw && INVESTMENT_LEVEL2.test(normaliseLabel(raw));
}
