// Canonical 一级/二级 indicator categories and their aliases: the vocabulary detection maps to and rules match on.

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
