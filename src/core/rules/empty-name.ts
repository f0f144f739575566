// empty-name: a row with a target value but no indicator name.

import { L1 } from '../categories';
import type { RuleModule } from './types';
import { exampleFor, isEmptyTarget, shown } from './util/structure';

export const rule: RuleModule = {
  meta: {
    id: 'empty-name',
    category: 'structure',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '填写了指标值的行必须有指标名称（三级指标）',
      'en-US': 'A row with a target value must name its indicator (the 三级 name)',
    },
    messages: {
      emptyName: {
        'zh-CN': '该行填写了指标值“{target}”，但指标名称为空；请填写该指标衡量的内容，如“{example}”',
        'en-US': 'This row has the target "{target}" but no indicator name; name what it measures, e.g. "{example}"',
      },
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (ind.name.trim() !== '' || isEmptyTarget(ind)) continue;
      // The department form's 投入管理 items are fixed by the form: the 二级 is the indicator and has no 三级 name.
      if (ind.level1 === L1.input) continue;
      ctx.report({
        messageId: 'emptyName',
        data: { target: shown(ind.target.raw), example: exampleFor(ind).name },
        at: { indicator: ind, part: 'name' },
        related: [{ indicator: ind, part: 'target' }],
      });
    }
  },
};
