// empty-name: a row with a target value but no indicator name.

import { parseA1 } from '../a1';
import type { Indicator } from '../model';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { exampleFor } from './util/structure';
import { partCell } from '../indicator-cells';

/**
 * Department forms (seed 003) assess some 二级 items directly: 年度履职目标相关性 | (no 三级) | 定性 | 相关. There the
 * 二级 is written on the indicator's own row and is its name; a row under a 二级 written above still needs one.
 */
function levelTwoIsTheItem(ind: Indicator): boolean {
  const cell = partCell(ind, 'level2');
  return cell !== undefined && (ind.level2Raw ?? '').trim() !== '' && parseA1(cell).row === ind.row;
}

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
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      if (ind.name.trim() !== '' || row.emptyTarget) continue;
      if (ctx.profile === 'department' && levelTwoIsTheItem(ind)) continue;
      ctx.report({
        messageId: 'emptyName',
        data: { target: row.shownTarget, example: exampleFor(ind).name },
        at: { indicator: ind, part: 'name' },
        related: [{ indicator: ind, part: 'target' }],
      });
    }
  },
};
