// unknown-level2: a 二级 value that is no category any form knows.

import { allowedLevel2, getProfile, isEvaluationLevel1, isInvestmentLevel2 } from './profiles';
import type { RuleModule } from './rule';
import { isTemplateRow } from './util/self-evaluation';
import { shown } from './util/structure';

export const rule: RuleModule = {
  meta: {
    id: 'unknown-level2',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '二级指标应为规范的类别（数量、质量、时效、经济效益、社会效益、服务对象满意度等）',
      'en-US':
        'A 二级 (level-2) value must be a defined category (数量, 质量, 时效, 经济效益, 社会效益, 服务对象满意度…)',
    },
    messages: {
      unknownUnder: {
        'zh-CN':
          '二级指标“{value}”不是规范的二级指标类别；“{level1}”下的二级指标应为{allowed}，具体内容请写在三级指标中',
        'en-US':
          'The 二级 value "{value}" is not a defined category; under "{level1}" use {allowed} and put the specifics in the 三级 name',
      },
      unknown: {
        'zh-CN':
          '二级指标“{value}”不是规范的二级指标类别；应为数量指标、质量指标、时效指标、经济效益指标、社会效益指标、服务对象满意度指标等，具体内容请写在三级指标中',
        'en-US':
          'The 二级 value "{value}" is not a defined category (数量指标, 质量指标, 时效指标, 社会效益指标, 服务对象满意度指标…); put the specifics in the 三级 name',
      },
    },
  },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (ind.level2 !== null) continue;
      const value = shown(ind.level2Raw ?? '');
      // Under the common evaluation framework's 一级 (项目决策 → 项目立项, 资金管理…) the 二级 are that framework's.
      if (value === '' || (ind.level1 === null && isEvaluationLevel1(ctx.profile, ind.level1Raw))) continue;
      // The 中央预算内投资 form: 实施效果指标 over 产出指标 / 效益指标.
      if (isInvestmentLevel2(ind.level1Raw, value)) continue;
      // Profiles that list template rows once (unfilled-template-rows) leave them out here.
      if (getProfile(ctx.profile).templateRows === 'once' && isTemplateRow(ind)) continue;
      const allowed = ind.level1 === null ? [] : allowedLevel2(ctx.profile, ind.level1);
      const at = { indicator: ind, part: 'level2' as const };
      if (allowed.length > 0) {
        const level1 = shown(ind.level1Raw ?? '') || (ind.level1 ?? '');
        ctx.report({ messageId: 'unknownUnder', data: { value, level1, allowed: allowed.join('、') }, at });
      } else {
        ctx.report({ messageId: 'unknown', data: { value }, at });
      }
    }
  },
};
