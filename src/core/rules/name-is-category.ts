// name-is-category: a 三级 name that only repeats a category (数量指标, 质量指标1) and says nothing measurable.

import { L1, L2, canonicalLevel1, canonicalLevel2, isGroupingLevel } from '../categories';
import { Memo } from '../memo';
import { isEvaluationLevel1 } from './profiles';
import type { RuleModule } from './rule';
import { categoryText, exampleFor, normaliseText, shown } from './util/structure';
import { partCell } from '../indicator-cells';

// Left out on purpose: 服务对象满意度 as a 三级 name is itself a measurable survey result (seeds 001, 004); the
// department form's own 二级 (年度履职目标相关性, 预算和财务管理…) are items the form assesses directly (seed 003).
const MEASURABLE: ReadonlySet<string> = new Set([
  L1.satisfaction,
  L2.satisfaction,
  L1.input,
  L2.relevance,
  L2.taskScience,
  L2.indicatorReason,
  L2.budgetFinance,
  L2.keyTasks,
  L2.goalAchieved,
  L2.dutyBenefit,
]);

// Numbering around a name: 1、 1. （1） ① before; 1, (1), （一）, ① after.
const LEADING_NUMBER = /^(?:[0-9]+[、.．)]|[(（][0-9一二三四五六七八九十]+[)）]|[①-⑩])/u;
const TRAILING_NUMBER = /(?:[0-9]+|[(（][0-9一二三四五六七八九十]+[)）]|[①-⑩]|[一二三四五六七八九十])$/u;

const TOTAL_COST = /^(?:项目)?总?成本$/u;

const NAMED = new Memo<string | null>();

/** The category a name merely repeats once numbering and the trailing 指标 are gone (质量指标1 → 质量指标), or null. */
export function categoryNamed(name: string): string | null {
  return NAMED.get(name, makeCategoryNamed);
}

function makeCategoryNamed(name: string): string | null {
  let s = normaliseText(name).replace(LEADING_NUMBER, '');
  let prev = '';
  while (s !== prev) {
    prev = s;
    s = s.replace(TRAILING_NUMBER, '').replace(/指标$/u, '');
  }
  if (s === '') return null;
  const category = canonicalLevel2(s) ?? canonicalLevel1(s) ?? (isGroupingLevel(s) ? s : null);
  return category !== null && !MEASURABLE.has(category) ? category : null;
}

export const rule: RuleModule = {
  meta: {
    id: 'name-is-category',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '三级指标名称应写明具体衡量的内容，不能只重复指标类别',
      'en-US': 'A 三级 name must say what is measured, not just repeat its category',
    },
    messages: {
      repeatsCategory: {
        'zh-CN':
          '三级指标名称“{name}”只是重复了指标类别，看不出衡量什么；请写出具体内容，如“{category}”下的“{example}”',
        'en-US':
          'The 三级 name "{name}" only repeats a category and does not say what is measured; name the content, e.g. "{example}" under "{category}"',
      },
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (categoryNamed(ind.name) === null) continue;
      // A 二级 cell merged across the name column is the item itself, not a name that repeats it.
      const nameCell = partCell(ind, 'name');
      if (nameCell !== undefined && nameCell === partCell(ind, 'level2')) continue;
      // 项目成本 / 项目总成本 with an amount is the project's total cost, a figure like any other cost line.
      if (TOTAL_COST.test(normaliseText(ind.name)) && ind.target.value !== null) continue;
      // The common evaluation framework (财预〔2020〕10号) names its own 三级 so: 项目绩效 → 项目产出 → 产出数量, 产出质量.
      if (ind.level1 === null && isEvaluationLevel1(ctx.profile, ind.level1Raw)) continue;
      ctx.report({
        messageId: 'repeatsCategory',
        data: { name: shown(ind.name), category: categoryText(ind) || L2.quantity, example: exampleFor(ind).name },
        at: { indicator: ind, part: 'name' },
      });
    }
  },
};
