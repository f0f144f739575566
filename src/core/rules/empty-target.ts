// empty-target: an indicator name with no target value (blank, only …… / —— filler, or a formula error).

import { getProfile, isEvaluationLevel1 } from './profiles';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { isTemplateRow } from './util/self-evaluation';
import { spanEndYear } from './util/targets';
import { exampleFor, isBannerRow, isFillerOnly, isFormulaError, shown } from './util/structure';

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
        'zh-CN':
          '该行指标名称只有“{name}”，指标值也未填写，是未填写的模板行；请填写具体指标及其指标值，如“{exampleName}”“{example}”，不设该项的请删除此行',
        'en-US':
          'This row has only "{name}" as its name and no target: an unfilled template row; write an indicator and its target, e.g. "{exampleName}" "{example}", or delete the row',
      },
      filler: {
        'zh-CN': '指标“{name}”的指标值只有“{target}”，等于未填写；请填写计划达到的数值或标准，如“{example}”',
        'en-US':
          'Indicator "{name}" has only "{target}" as its target, i.e. none; write the planned figure or standard, e.g. "{example}"',
      },
      formulaError: {
        'zh-CN':
          '指标“{name}”的指标值单元格显示公式错误 {target}，没有有效的指标值；请修正公式或直接填写计划达到的数值或标准，如“{example}”',
        'en-US':
          'The target cell of indicator "{name}" shows the formula error {target}, so there is no target; fix the formula or write the planned figure or standard, e.g. "{example}"',
      },
    },
  },
  check(ctx) {
    const cols = ctx.table.columns;
    const templateRowsOnce = getProfile(ctx.profile).templateRows === 'once';
    const year = spanEndYear(ctx.table.project);
    const rows = analysisOf(ctx).rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as (typeof rows)[number];
      if (!row.emptyTarget) continue;
      const ind = row.indicator;
      // One text across the row (the next form's unit line read as a row) is a banner, not an indicator left empty.
      if (isBannerRow(ind)) continue;
      // The common evaluation framework's 项目决策/项目管理 items are scored on criteria and set no target (银川 自评表).
      if (ind.level1 === null && isEvaluationLevel1(ctx.profile, ind.level1Raw)) continue;
      // A scored heading whose items, on the rows right below, carry the targets (萧县: ★补助各类粮食作物种植面积 | 10 over
      // 红薯种植面积 | 5.5亩): the heading has nothing of its own to fill.
      const next = rows[i + 1]?.indicator;
      if (
        typeof ind.weight === 'number' &&
        next !== undefined &&
        next.row === ind.row + 1 &&
        next.set === ind.set &&
        typeof next.weight !== 'number' &&
        !rows[i + 1]?.emptyTarget
      )
        continue;
      // Profiles that list template rows once (unfilled-template-rows) leave them out here.
      if (templateRowsOnce && isTemplateRow(ind)) continue;
      // A table mapped by hand without a target column: its targets were never read, so none is "empty".
      if ((ind.set === 'midterm' ? cols['midterm.value'] : cols.value) === undefined) continue;
      const name = shown(ind.name);
      if (name === '') continue;
      const target = shown(ind.target.raw);
      const { name: exampleName, target: categoryExample } = exampleFor(ind, year);
      // A rate (培育推广成功率) is filled with a rate, whatever its category's usual example.
      const example = row.rateName && !categoryExample.endsWith('%') ? '≥90%' : categoryExample;
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
