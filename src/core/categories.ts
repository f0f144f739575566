// Canonical 一级/二级 indicator categories and their aliases: the vocabulary detection maps to and rules match on.

import { Memo } from './memo';
import { compact } from './parse/normalise';

/** Canonical 一级 names. Rules compare against these constants, never against raw cell text. */
export const L1 = {
  output: '产出指标',
  benefit: '效益指标',
  satisfaction: '满意度指标',
  cost: '成本指标',
  input: '投入管理指标',
} as const;
export type Level1 = (typeof L1)[keyof typeof L1];

/** Canonical 二级 names. */
export const L2 = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  cost: '成本指标',
  economic: '经济效益指标',
  social: '社会效益指标',
  ecological: '生态效益指标',
  sustainable: '可持续影响指标',
  satisfaction: '服务对象满意度指标',
  economicCost: '经济成本指标',
  socialCost: '社会成本指标',
  ecoCost: '生态环境成本指标',
  // The department (整体支出) form's own 二级 (seed 003).
  relevance: '年度履职目标相关性',
  taskScience: '工作任务科学性',
  indicatorReason: '绩效指标合理性',
  budgetFinance: '预算和财务管理',
  keyTasks: '重点工作任务完成',
  goalAchieved: '履职目标实现',
  dutyBenefit: '履职效益',
} as const;
export type Level2 = (typeof L2)[keyof typeof L2];

const LEADING_MARKS = /^[*＊※]+/;
const LEADING_NUMBERING = /^(?:[一二三四五六七八九十]+|\d{1,2})[、.．]/;
const TRAILING_COLON = /[:：]+$/;
const UPPER = /[A-Z]/g;

/**
 * A header or category label in the form detection and the alias tables compare: half-width, no spaces or line
 * breaks (社会公众或服务对\n象满意度), no required-field star (*三级指标), no trailing colon, Latin in lower case.
 */
export function normaliseLabel(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return compact(String(text))
    .replace(LEADING_MARKS, '')
    .replace(TRAILING_COLON, '')
    .replace(UPPER, (c) => c.toLowerCase());
}

/** The alias key of a category label: normalised, list numbering (一、) and a trailing 指标 dropped. */
function categoryKey(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return '';
  // Every rule and every row asks about the same few dozen category texts: normalise each once.
  return KEYS.get(String(raw), makeCategoryKey);
}

const KEYS = new Memo<string>();

/**
 * What a form writes after a category, to be read past: points (产出指标(50分), 成本指标(0-20)分, 效益指标30分) and
 * the template's fill hints (数量指标(必填硬性指标), 质量指标(选填)).
 */
const CATEGORY_TRAILER =
  /(?:\((?:[\d.]+(?:[-~—][\d.]+)?分?|[\d.]+%|必填[^()]*|选填[^()]*|可选[^()]*|核心[^()]*|[^()]*硬性[^()]*)\)分?|[\d.]+分)$/;

function makeCategoryKey(raw: string): string {
  const s = normaliseLabel(raw).replace(LEADING_NUMBERING, '').replace(CATEGORY_TRAILER, '');
  return s.length > 2 && s.endsWith('指标') ? s.slice(0, -2) : s;
}

function aliasTable<T extends string>(entries: readonly (readonly [T, readonly string[]])[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [canonical, aliases] of entries) {
    map.set(categoryKey(canonical), canonical);
    for (const a of aliases) map.set(categoryKey(a), canonical);
  }
  return map;
}

/** 一级 aliases (rules.md "Categories the profiles know"; seeds 000–004). Keys are compared without 指标. */
export const LEVEL1_ALIASES: ReadonlyMap<string, Level1> = aliasTable<Level1>([
  // 项目完成指标: the older wording of some provinces' forms (数量, 质量, 时效, 成本 under it).
  [L1.output, ['产出', '项目产出', '项目完成', '完成']],
  [L1.benefit, ['效益', '效果', '效果指标', '项目效益', '项目效果']],
  [L1.satisfaction, ['满意度', '社会公众或服务对象满意度', '社会公众或服务对象满意度指标', '服务对象满意度']],
  [L1.cost, ['成本', '项目成本']],
  [L1.input, ['投入管理', '投入']],
]);

/** 二级 aliases, including the department forms of seeds 002 (可持续发展) and 003 (履职效益, 满意度…). */
export const LEVEL2_ALIASES: ReadonlyMap<string, Level2> = aliasTable<Level2>([
  [L2.quantity, ['数量']],
  [L2.quality, ['质量']],
  [L2.timeliness, ['时效']],
  [L2.cost, ['成本']],
  [L2.economic, ['经济效益']],
  [L2.social, ['社会效益']],
  [L2.ecological, ['生态效益', '生态环境效益', '环境效益']],
  [L2.sustainable, ['可持续影响', '可持续发展', '可持续发展影响', '可持续']],
  [
    L2.satisfaction,
    ['服务对象满意度', '社会公众或服务对象满意度', '社会公众满意度', '服务对象满意', '满意度', '满意度指标'],
  ],
  [L2.economicCost, ['经济成本']],
  [L2.socialCost, ['社会成本']],
  [L2.ecoCost, ['生态环境成本', '生态成本']],
  [L2.relevance, ['年度履职目标相关性', '履职目标相关性']],
  [L2.taskScience, ['工作任务科学性']],
  [L2.indicatorReason, ['绩效指标合理性']],
  [L2.budgetFinance, ['预算和财务管理', '预算与财务管理', '预算及财务管理']],
  [L2.keyTasks, ['重点工作任务完成', '重点工作任务']],
  [L2.goalAchieved, ['履职目标实现']],
  [L2.dutyBenefit, ['履职效益']],
]);

/** The middle level of a four-level sheet (seed 000: 产出 / 项目产出 / 数量指标 / name). */
const GROUPING_KEYS: ReadonlySet<string> = new Set(['项目产出', '项目效益', '项目效果', '项目成本', '项目满意度']);

/** The canonical 一级 for a cell as written, or null when it is not a known alias. */
export function canonicalLevel1(raw: string | null | undefined): Level1 | null {
  return LEVEL1_ALIASES.get(categoryKey(raw)) ?? null;
}

/** A 一级 written before its 二级 in one cell: 产出数量指标, 产出质量指标, 效益社会效益指标 (宁晋, 百色). */
const LEVEL1_PREFIX = /^(?:产出|效益|效果|满意度)/;

/** The canonical 二级 for a cell as written, or null when it is not a known alias. */
export function canonicalLevel2(raw: string | null | undefined): Level2 | null {
  const key = categoryKey(raw);
  const direct = LEVEL2_ALIASES.get(key);
  if (direct) return direct;
  const prefix = LEVEL1_PREFIX.exec(key);
  return prefix && key.length > prefix[0].length + 1 ? (LEVEL2_ALIASES.get(key.slice(prefix[0].length)) ?? null) : null;
}

/** True for 项目产出 / 项目效益: the grouping level between 一级 and 二级 on a four-level sheet. */
export function isGroupingLevel(raw: string | null | undefined): boolean {
  return GROUPING_KEYS.has(categoryKey(raw));
}
