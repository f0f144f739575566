// placeholder: template placeholders left in an indicator's name or target (……, XX, **, 待定, 暂定, TBD).

import type { RuleModule } from './types';
import { exampleFor, findPlaceholder, isFillerOnly, shown } from './util/structure';

export const rule: RuleModule = {
  meta: {
    id: 'placeholder',
    category: 'structure',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '指标名称和指标值中不得保留模板占位符（……、XX、**、待定、暂定、TBD）',
      'en-US': 'Indicator names and targets must not keep template placeholders (……, XX, **, 待定, 暂定, TBD)',
    },
    messages: {
      inName: {
        'zh-CN': '指标名称“{text}”含占位符“{token}”，尚未填写完整；请写出具体的指标名称，如“{example}”',
        'en-US': 'The indicator name "{text}" still holds the placeholder "{token}"; write the actual name, e.g. "{example}"',
      },
      inTarget: {
        'zh-CN': '指标值“{text}”含占位符“{token}”，尚未确定；请填写实际的目标值，如“{example}”',
        'en-US': 'The target "{text}" still holds the placeholder "{token}"; write the actual target, e.g. "{example}"',
      },
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      const example = exampleFor(ind);
      const nameToken = findPlaceholder(ind.name);
      if (nameToken !== null) {
        ctx.report({
          messageId: 'inName',
          data: { text: shown(ind.name), token: nameToken, example: example.name },
          at: { indicator: ind, part: 'name' },
        });
      }
      // A target that is only …… is an empty target (empty-target's finding), not a half-filled one.
      if (isFillerOnly(ind.target.raw)) continue;
      const targetToken = findPlaceholder(ind.target.raw);
      if (targetToken !== null) {
        ctx.report({
          messageId: 'inTarget',
          data: { text: shown(ind.target.raw), token: targetToken, example: example.target },
          at: { indicator: ind, part: 'target' },
        });
      }
    }
  },
};
