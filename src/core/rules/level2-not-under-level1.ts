// level2-not-under-level1: a known 二级 category placed under a 一级 it does not belong to.

import { L1, L2 } from '../categories';
import { allowedLevel2, knownLevel1, parentsOf } from './profiles';
import type { RuleModule } from './rule';
import { shown } from './util/structure';

export const rule: RuleModule = {
  meta: {
    id: 'level2-not-under-level1',
    category: 'structure',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '二级指标应放在它所属的一级指标之下（如数量指标属于产出指标）',
      'en-US': 'A 二级 (level-2) category must sit under the 一级 it belongs to (数量指标 belongs under 产出指标)',
    },
    messages: {
      misplaced: {
        'zh-CN':
          '二级指标“{level2}”应归入一级指标“{parent}”，不应放在“{level1}”下；“{level1}”下的二级指标应为{allowed}',
        'en-US':
          'The 二级 category "{level2}" belongs under "{parent}", not under "{level1}"; under "{level1}" use {allowed}',
      },
      costIsLevel1: {
        'zh-CN':
          '按2021版绩效指标框架，成本指标是一级指标，不再作为“{level1}”的二级指标；请把“{level2}”改列为一级指标“成本指标”，其下二级为{allowed}',
        'en-US':
          'In the 2021 framework 成本指标 is a 一级 category, no longer a 二级 under "{level1}"; move "{level2}" to a 一级 成本指标 with 二级 {allowed}',
      },
      notInForm: {
        'zh-CN': '二级指标“{level2}”不适用于本表式；“{level1}”下的二级指标应为{allowed}',
        'en-US': 'The 二级 category "{level2}" does not belong to this form; under "{level1}" use {allowed}',
      },
    },
  },
  check(ctx) {
    const known = knownLevel1(ctx.profile);
    for (const ind of ctx.table.indicators) {
      if (ind.level1 === null || ind.level2 === null) continue;
      // An unknown 一级 is unknown-level1's finding; there is nothing to place the 二级 under.
      if (!known.includes(ind.level1 as (typeof known)[number])) continue;
      const allowed = allowedLevel2(ctx.profile, ind.level1);
      if (allowed.includes(ind.level2 as (typeof allowed)[number])) continue;
      const level1 = shown(ind.level1Raw ?? '') || ind.level1;
      const level2 = shown(ind.level2Raw ?? '') || ind.level2;
      const at = { indicator: ind, part: 'level2' as const };
      const parents = parentsOf(ctx.profile, ind.level2);
      if (ind.level2 === L2.cost && parents.length === 1 && parents[0] === L1.cost) {
        const costLevel2 = allowedLevel2(ctx.profile, L1.cost).filter((l) => l !== L2.cost);
        ctx.report({ messageId: 'costIsLevel1', data: { level1, level2, allowed: costLevel2.join('、') }, at });
      } else if (parents.length > 0) {
        ctx.report({
          messageId: 'misplaced',
          data: { level1, level2, parent: parents.join('/'), allowed: allowed.join('、') },
          at,
        });
      } else {
        ctx.report({ messageId: 'notInForm', data: { level1, level2, allowed: allowed.join('、') }, at });
      }
    }
  },
};
