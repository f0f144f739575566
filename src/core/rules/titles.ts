// Each rule's short title, Chinese first: what the pane, the CLI summary and the findings sheet show as a group's
// heading (the id stays beside it, smaller, for searching the docs). test/rules/meta.test.ts checks every rule has one.

import type { MessageTemplate } from './types';

export const RULE_TITLES: Readonly<Record<string, MessageTemplate>> = {
  // Structure
  'duplicate-indicator': { 'zh-CN': '指标重复', 'en-US': 'Duplicate indicator' },
  'empty-name': { 'zh-CN': '缺少指标名称', 'en-US': 'Indicator without a name' },
  'empty-target': { 'zh-CN': '缺少指标值', 'en-US': 'Indicator without a target' },
  'input-as-output': { 'zh-CN': '以资金投入作产出或效益', 'en-US': 'Money put in used as an output or benefit' },
  'level2-not-under-level1': { 'zh-CN': '二级指标放错一级', 'en-US': 'Level-2 category under the wrong level 1' },
  'missing-category': { 'zh-CN': '缺少必备的指标类别', 'en-US': 'Required category missing' },
  'name-is-category': { 'zh-CN': '指标名称只写了类别', 'en-US': 'Name only repeats the category' },
  placeholder: { 'zh-CN': '保留了模板占位符', 'en-US': 'Template placeholder left in' },
  'unknown-level1': { 'zh-CN': '一级指标不规范', 'en-US': 'Non-standard level-1 category' },
  'unknown-level2': { 'zh-CN': '二级指标不规范', 'en-US': 'Non-standard level-2 category' },
  'misplaced-indicator': { 'zh-CN': '指标放错类别', 'en-US': 'Indicator under the wrong category' },
  'nonstandard-category': { 'zh-CN': '类别名称不规范', 'en-US': 'Category label not the standard one' },
  // Targets
  'cost-operator': { 'zh-CN': '成本指标方向错误', 'en-US': 'Cost target not a ceiling' },
  'impossible-bound': { 'zh-CN': '不可能达到的界限', 'en-US': 'Impossible bound' },
  'missing-operator': { 'zh-CN': '比率缺少符号', 'en-US': 'Rate without ≥/≤/=' },
  'missing-unit': { 'zh-CN': '缺少计量单位', 'en-US': 'Unit missing' },
  'non-numeric-quantity': { 'zh-CN': '数量或成本指标没有数字', 'en-US': 'Quantity or cost without a number' },
  'percent-out-of-range': { 'zh-CN': '比率超出 0–100%', 'en-US': 'Rate outside 0–100%' },
  'satisfaction-direction': { 'zh-CN': '满意度写成上限', 'en-US': 'Satisfaction written as a ceiling' },
  'satisfaction-range': { 'zh-CN': '满意度目标偏低或为 100%', 'en-US': 'Satisfaction target too low or 100%' },
  'unit-mismatch': { 'zh-CN': '单位与指标不符', 'en-US': 'Unit does not fit the indicator' },
  'vague-target': { 'zh-CN': '指标值笼统无法衡量', 'en-US': 'Vague target' },
  'quantity-ceiling': { 'zh-CN': '数量指标写成上限', 'en-US': 'Quantity written as a ceiling' },
  'internal-satisfaction': {
    'zh-CN': '以本单位人员满意度代替服务对象满意度',
    'en-US': "Own staff's satisfaction as the beneficiaries'",
  },
  'target-restates-name': { 'zh-CN': '指标值只重复指标名称', 'en-US': 'Target only restates the name' },
  'unit-name-mismatch': { 'zh-CN': '单位与名称不符', 'en-US': 'Unit does not fit the name' },
  // Money and time
  'date-outside-period': { 'zh-CN': '日期超出项目期限', 'en-US': 'Date outside the project period' },
  'timeliness-vague': { 'zh-CN': '时效指标没有期限', 'en-US': 'Timeliness without a deadline' },
  'budget-parts-mismatch': { 'zh-CN': '资金总额与来源合计不符', 'en-US': 'Budget total ≠ its sources' },
  'cost-exceeds-budget': { 'zh-CN': '成本合计超过预算', 'en-US': 'Costs exceed the budget' },
  'cost-sum-differs': { 'zh-CN': '成本合计少于预算', 'en-US': 'Costs below the budget' },
  'unit-cost-inconsistent': { 'zh-CN': '单位成本与预算不符', 'en-US': 'Unit cost inconsistent with the budget' },
  'midterm-annual-mismatch': { 'zh-CN': '中期与年度指标不一致', 'en-US': 'Midterm and annual targets disagree' },
  'missing-project-field': { 'zh-CN': '项目信息不全', 'en-US': 'Project information incomplete' },
  'standard-basis': { 'zh-CN': '绩效标准不规范', 'en-US': 'Non-standard performance basis' },
  // Self-evaluation
  'actual-missing': { 'zh-CN': '缺少实际完成值', 'en-US': 'Actual value missing' },
  'score-exceeds-weight': { 'zh-CN': '得分超过分值', 'en-US': 'Score above its weight' },
  'weights-total': { 'zh-CN': '分值合计不是 100', 'en-US': 'Weights do not add up to 100' },
  'level1-weights': { 'zh-CN': '一级指标分值与通行权重不同', 'en-US': 'Level-1 weights differ from the usual' },
  'score-inconsistent': { 'zh-CN': '得分与完成情况不符', 'en-US': 'Score inconsistent with the result' },
  'deviation-reason-missing': { 'zh-CN': '未说明偏差原因', 'en-US': 'Deviation without a reason' },
  'total-score-mismatch': { 'zh-CN': '总分与各项得分合计不符', 'en-US': 'Total ≠ sum of the scores' },
  'execution-rate-mismatch': { 'zh-CN': '预算执行率计算有误', 'en-US': 'Execution rate miscalculated' },
  'actual-unit-mismatch': { 'zh-CN': '实际值与目标单位不同', 'en-US': 'Actual in another unit than the target' },
  'unfilled-template-rows': { 'zh-CN': '保留了未填的模板行', 'en-US': 'Unfilled template rows left in' },
};

/** A rule's title in `lang`; the id itself for a rule without one (a plug-in rule, say). */
export function ruleTitle(id: string, lang: 'zh-CN' | 'en-US'): string {
  return RULE_TITLES[id]?.[lang] ?? id;
}
