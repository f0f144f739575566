// unknown-level1: a 一级 category the table's profile does not know.

import { L1 } from '../categories';
import { isEvaluationLevel1, isInvestmentLevel1, knownLevel1 } from './profiles';
import type { RuleModule } from './rule';
import { isBannerRow, shown } from './util/structure';

export const rule: RuleModule = {
  meta: {
    id: 'unknown-level1',
    category: 'structure',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '一级指标应为所用表式规定的类别（产出指标、效益指标、满意度指标、成本指标等）',
      'en-US': 'A 一级 (level-1) category must be one the form defines (产出指标, 效益指标, 满意度指标, 成本指标…)',
    },
    messages: {
      unknown: {
        'zh-CN': '一级指标“{value}”不是规范的一级指标类别；应为{allowed}之一',
        'en-US': 'The 一级 (level-1) category "{value}" is not a recognised category; use one of {allowed}',
      },
      departmentOnly: {
        'zh-CN':
          '一级指标“{value}”用于部门整体支出绩效目标表，项目支出绩效目标表中不应使用；项目的一级指标应为{allowed}之一',
        'en-US':
          'The 一级 category "{value}" belongs to department-wide forms, not to a project table; use one of {allowed}',
      },
    },
  },
  check(ctx) {
    const known = knownLevel1(ctx.profile);
    for (const ind of ctx.table.indicators) {
      if (ind.level1 !== null && known.includes(ind.level1 as (typeof known)[number])) continue;
      const raw = shown(ind.level1Raw ?? '');
      // The common evaluation framework's 一级 (项目决策, 项目管理), where the profile knows it.
      if (raw === '' || isEvaluationLevel1(ctx.profile, raw)) continue;
      // The 中央预算内投资 form's own 一级 (实施效果指标).
      if (isInvestmentLevel1(raw)) continue;
      // One text across the row (the next form's unit line, 207101天津市河北区人民法院) is a banner, not a category.
      if (isBannerRow(ind)) continue;
      const messageId = ind.level1 === L1.input ? 'departmentOnly' : 'unknown';
      // A merged or filled-down 一级 cell is seen from every row; the engine keeps one finding per cell.
      ctx.report({
        messageId,
        data: { value: raw, allowed: known.join('、') },
        at: { indicator: ind, part: 'level1' },
      });
    }
  },
};
