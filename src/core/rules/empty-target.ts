// empty-target: an indicator name with no target value (blank, only …… / —— filler, or a formula error).

import { getProfile } from './profiles';
import type { RuleModule } from './types';
import { analysisOf } from './util/analysis';
import { isTemplateRow } from './util/self-evaluation';
import { exampleFor, isFillerOnly, isFormulaError, shown } from './util/structure';

export const rule: RuleModule = {
  meta: {
    id: 'empty-target',
    category: 'structure',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '每个指标都必须填写指标值',
      'en-US': 'Every indicator must have a target value',
    },
    messages: {
      empty: {
        'zh-CN': '指标“{name}”未填写指标值；请填写计划达到的数值或标准，如“{example}”',
        'en-US': 'Indicator "{name}" has no target value; write the planned figure or standard, e.g. "{example}"',
      },
      templateRow: {
        'zh-CN': '该行指标名称只有“{name}”，指标值也未填写，是未填写的模板行；请填写具体指标及其指标值，如“{exampleName}”“{example}”，不设该项的请删除此行',
        'en-US': 'This row has only "{name}" as its name and no target: an unfilled template row; write an indicator and its target, e.g. "{exampleName}" "{example}", or delete the row',
      },
      filler: {
        'zh-CN': '指标“{name}”的指标值只有“{target}”，等于未填写；请填写计划达到的数值或标准，如“{example}”',
        'en-US': 'Indicator "{name}" has only "{target}" as its target, i.e. none; write the planned figure or standard, e.g. "{example}"',
      },
      formulaError: {
        'zh-CN': '指标“{name}”的指标值单元格显示公式错误 {target}，没有有效的指标值；请修正公式或直接填写计划达到的数值或标准，如“{example}”',
        'en-US': 'The target cell of indicator "{name}" shows the formula error {target}, so there is no target; fix the formula or write the planned figure or standard, e.g. "{example}"',
      },
    },
  },
  check(ctx) {
    const cols = ctx.table.columns;
    const templateRowsOnce = getProfile(ctx.profile).templateRows === 'once';
    for (const row of analysisOf(ctx).rows) {
      if (!row.emptyTarget) continue;
      const ind = row.indicator;
      // Profiles that list template rows once (unfilled-template-rows) leave them out here.
      if (templateRowsOnce && isTemplateRow(ind)) continue;
      // A table mapped by hand without a target column: its targets were never read, so none is "empty".
      if ((ind.set === 'midterm' ? cols['midterm.value'] : cols.value) === undefined) continue;
      const name = shown(ind.name);
      if (name === '') continue;
      const target = shown(ind.target.raw);
      const { name: exampleName, target: example } = exampleFor(ind);
      const at = { indicator: ind, part: 'target' as const };
      // Seed 002's long-term block keeps the template's …… as names: say it is a template row, not a named indicator.
      if (isFillerOnly(ind.name)) ctx.report({ messageId: 'templateRow', data: { name, exampleName, example }, at });
      else if (target === '') ctx.report({ messageId: 'empty', data: { name, example }, at });
      // A lookup that failed (#N/A) or a reference to deleted cells (#REF!) leaves the cell without a value.
      else if (isFormulaError(target)) ctx.report({ messageId: 'formulaError', data: { name, target, example }, at });
      else ctx.report({ messageId: 'filler', data: { name, target, example }, at });
    }
  },
};
