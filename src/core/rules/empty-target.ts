// empty-target: an indicator name with no target value (blank, or only …… / —— filler).

import type { RuleModule } from './types';
import { exampleFor, isEmptyTarget, shown } from './util/structure';

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
      filler: {
        'zh-CN': '指标“{name}”的指标值只有“{target}”，等于未填写；请填写计划达到的数值或标准，如“{example}”',
        'en-US': 'Indicator "{name}" has only "{target}" as its target, i.e. none; write the planned figure or standard, e.g. "{example}"',
      },
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const name = shown(ind.name);
      if (name === '' || !isEmptyTarget(ind)) continue;
      const target = shown(ind.target.raw);
      const example = exampleFor(ind).target;
      const at = { indicator: ind, part: 'target' as const };
      if (target === '') ctx.report({ messageId: 'empty', data: { name, example }, at });
      else ctx.report({ messageId: 'filler', data: { name, target, example }, at });
    }
  },
};
