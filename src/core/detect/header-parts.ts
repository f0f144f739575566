// Header cells read by their parts, so wordings never seen before still map: an optional level ordinal (一级, 1级,
// 第三级), qualifiers (年度, 当年, 中期, 实施期, 预期, 区域, 绩效…), one role word (指标, 名称, 值, 目标, 单位, 性质,
// 方向, 说明…) and trailers (及单位, （单位）, a points suffix such as （50分）, a required-field star). The words of a
// self-evaluation (实际完成值, 分值, 得分, 偏差原因…) get their own roles and never the target's. The exact word list
// in vocabulary.ts is tried first; this reading is its fallback.

import type { IndicatorSet } from '../model';
import type { IndicatorRole } from './roles';

interface HeaderParts {
  role: IndicatorRole;
  /** 指标名称 / 绩效指标 / 指标内容: yields to an explicit 三级指标 in the same header. */
  weak: boolean;
  set: IndicatorSet | null;
}

/** Trailers, removed repeatedly from the end: stars, points, a unit or note in brackets, 及单位. */
const TRAILERS: readonly RegExp[] = [
  /[*＊※]+$/,
  // (A), (B): the column's letter in a formula below (执行率(B/A)); its closing bracket is sometimes lost (实际完成值(B).
  /\([a-z]\)?$/,
  /\((?:[\d.\-~—]+分?|\d+%|单位|计量单位|包含[^)]*|含[^)]*|[^)]*描述[^)]*|必填|选填|定量|定性|可选|[^)]{0,12}说明)\)$/,
  /(?:及|和|与|\/)(?:计量)?单位$/,
  /(?:\d+分)$/,
];

/** Qualifiers before the role word; the set they name, if any. */
const QUALIFIERS: readonly (readonly [string, IndicatorSet | null])[] = [
  ['实施期', 'midterm'],
  ['中长期', 'midterm'],
  ['中期', 'midterm'],
  ['长期', 'midterm'],
  ['整体', null],
  ['本年度', 'annual'],
  ['年度', 'annual'],
  ['当年', 'annual'],
  ['本年', 'annual'],
  ['全年', 'annual'],
  ['年初', 'annual'],
  ['预期', null],
  ['预计', null],
  ['计划', null],
  ['申报', null],
  ['批复', null],
  ['区域', null],
  ['项目', null],
  ['绩效', null],
  ['具体', null],
  ['考核', null],
  ['核心', null],
  ['达到', null],
  ['设定', null],
];

/** A year before the role word: 2022年, 2022年度. */
const YEAR_QUALIFIER = /^(?:19|20)\d{2}年度?/;

const ORDINAL = /^(?:第)?([一二三四1234])级/;
const LEVEL_BY_ORDINAL: Record<string, IndicatorRole> = {
  一: 'level1',
  1: 'level1',
  二: 'level2',
  2: 'level2',
  三: 'level3',
  3: 'level3',
  四: 'level4',
  4: 'level4',
};

/** Words that name what was achieved or scored (self-evaluation columns): never the target. */
const NOT_TARGET = /实际|完成|得分|分值|权重|满分|偏差|原因|执行|自评|评分/;

/**
 * The self-evaluation roles, tried on what is left once ordinal, qualifiers and trailers are gone (全年实际值 → 实际值).
 * 执行数 / 执行率 are the money block's, 完成情况 (完成 / 未完成) is no figure: neither is a column role.
 */
const SELF_EVALUATION_ROLES: readonly (readonly [RegExp, IndicatorRole])[] = [
  // 偏差原因分析及改进措施, 未完成原因及拟采取的改进措施, 原因分析, 偏差说明.
  [/原因|^偏差(?:分析|说明|情况)?(?:(?:及|和|与)|$)/, 'deviation'],
  // 实际完成值, 实际值, 完成值, 实际完成数, 单项指标实际完成值, 实际完成指标值.
  // 实际实现值: what a past year achieved, beside this year's expected value.
  [
    /^(?:单项)?(?:指标)?(?:实际完成|实际实现|实际|完成)(?:指标)?(?:值|数|数值|量)$|^(?:单项)?(?:指标)?实际完成$/,
    'actual',
  ],
  // 分值, 权重, 权重占比(%), 指标分值, 参考分值, 满分.
  [/^(?:单项)?(?:指标)?(?:分值|权重|权重分值|分值权重|权重占比|标准分值|参考分值|满分值?)(?:\(%\)|%)?$/, 'weight'],
  // 得分, 自评得分, 单项指标得分, 折算得分, 评分.
  [/^(?:单项)?(?:指标)?(?:自评|实际|折算|考核|评价)?(?:得分|评分)(?:值|数)?$/, 'score'],
];

/** Role words, tried on what is left once ordinal, qualifiers and trailers are gone. */
const ROLES: readonly (readonly [RegExp, IndicatorRole, boolean?])[] = [
  [/^(?:指标|指标名称|名称|指标内容|内容|指标项|指标明细)$/, 'level3', true],
  // 指标值内容 is the value where the header has no other; beside a 指标值 it says what the value means (湖南's export:
  // 指标值 | 指标值内容 | 评(扣分标准)).
  [/^(?:指标)?值内容$/, 'value', true],
  [/^(?:指标)?(?:值|数值|目标值|标准值|目标|指标值|标准|值及说明|实现值)$/, 'value'],
  [/^(?:指标)?(?:值)?(?:计量|度量)?单位(?:名称)?$/, 'unit'],
  [/^(?:指标)?(?:值)?(?:性质|方向|方向性|符号|类型符号|运算符号?|比较符号?|计算符号?)$/, 'operator'],
  [/^(?:指标)?(?:值)?(?:类型|属性)$/, 'valueType'],
  [/^(?:指标)?(?:值)?(?:说明|解释|描述|定义|内涵|说明及(?:计算)?公式|计算公式)$/, 'description'],
];

/** The role a header cell's parts give (on normaliseLabel's form), or null. */
export function headerParts(key: string): HeaderParts | null {
  if (key.length < 2 || key.length > 30) return null;
  let s = key;
  for (let changed = true; changed;) {
    changed = false;
    for (const re of TRAILERS) {
      const t = s.replace(re, '');
      if (t !== s && t.length > 0) {
        s = t;
        changed = true;
      }
    }
  }
  const ord = ORDINAL.exec(s);
  if (ord) {
    const rest = s.slice(ord[0].length);
    // 一级指标, 一级, 三级指标名称, 二级指标（分值）…: an ordinal with nothing but 指标/名称 after it.
    if (/^(?:指标)?(?:名称|内容)?$/.test(rest))
      return { role: LEVEL_BY_ORDINAL[ord[1] as string] as IndicatorRole, weak: false, set: null };
    return null;
  }
  const selfEvaluation = NOT_TARGET.test(s);
  let set: IndicatorSet | null = null;
  let qualified = false;
  for (let changed = true; changed;) {
    changed = false;
    // A year (2021年, 2022年度) qualifies like 年度; 实际 before it (2021年实际实现值) still marks an achieved value.
    const year = YEAR_QUALIFIER.exec(s);
    if (year && s.length > year[0].length) {
      s = s.slice(year[0].length);
      qualified = true;
      changed = true;
      continue;
    }
    for (const [q, qs] of QUALIFIERS) {
      if (s.length > q.length && s.startsWith(q)) {
        s = s.slice(q.length);
        if (qs && !set) set = qs;
        qualified = true;
        changed = true;
        break;
      }
    }
  }
  if (selfEvaluation) {
    for (const [re, role] of SELF_EVALUATION_ROLES) if (re.test(s)) return { role, weak: false, set: null };
    return null;
  }
  for (const [re, role, weak] of ROLES) {
    if (!re.test(s)) continue;
    // A bare 标准, 目标 or 实现值 is a value only with a qualifier (年度目标, 预期达到目标, 预期2022年实现值); alone it is
    // a standard, a goal or what was achieved.
    if (role === 'value' && (s === '标准' || s === '目标' || s === '实现值') && !qualified) return null;
    return { role, weak: weak === true, set: role === 'value' ? set : null };
  }
  return null;
}

/** Every word a header cell's parts may start with (ordinals, qualifiers, role words), for the header pre-filter. */
export const PART_STARTS: readonly string[] = [
  '一级',
  '二级',
  '三级',
  '四级',
  '1级',
  '2级',
  '3级',
  '4级',
  '第一',
  '第二',
  '第三',
  '第四',
  ...QUALIFIERS.map(([q]) => q),
  '指标',
  '名称',
  '内容',
  '评价',
  '数值',
  '目标',
  '标准',
  '计量',
  '度量',
  '单位',
  '性质',
  '方向',
  '符号',
  '运算',
  '比较',
  '计算',
  '类型',
  '属性',
  '说明',
  '解释',
  '描述',
  '定义',
  '值',
  '实际',
  '完成',
  '分值',
  '权重',
  '得分',
  '评分',
  '自评',
  '折算',
  '参考',
  '满分',
  '偏差',
  '原因',
  '未完',
  '单项',
  // Years (2022年实现值).
  '19',
  '20',
];
