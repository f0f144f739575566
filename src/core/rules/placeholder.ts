// placeholder: template placeholders left in an indicator's name or target (……, XX, **, 待定, 暂定, TBD).

import { getProfile } from './profiles';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { isTemplateRow, onlyHintPlaceholders, withoutHints } from './util/self-evaluation';
import { spanEndYear } from './util/targets';
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
        'en-US':
          'The indicator name "{text}" still holds the placeholder "{token}"; write the actual name, e.g. "{example}"',
      },
      inTarget: {
        'zh-CN': '指标值“{text}”含占位符“{token}”，尚未确定；请填写实际的目标值，如“{example}”',
        'en-US': 'The target "{text}" still holds the placeholder "{token}"; write the actual target, e.g. "{example}"',
      },
    },
  },
  check(ctx) {
    const profile = getProfile(ctx.profile);
    const year = spanEndYear(ctx.table.project);
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      // Profiles that list template rows once (unfilled-template-rows) leave them out here.
      if (profile.templateRows === 'once' && isTemplateRow(ind)) continue;
      const nameToken = row.namePlaceholder;
      // A template's fill hint kept in a filled row's name (公猪舍(≥**平方米) | 22.8; 贫困地区旅游景点开发数量(≥**个) | ≥1个):
      // the value column holds what the hint asks for, whatever the form.
      const hintOnly = !row.emptyTarget && onlyHintPlaceholders(ind.name);
      if (nameToken !== null && !hintOnly) {
        // The name without its hint, when that leaves a name (旅游区居民满意度(≥**%) → 旅游区居民满意度); else a neutral one.
        const bare = shown(withoutHints(ind.name));
        const example =
          bare !== '' && bare !== shown(ind.name) && findPlaceholder(bare) === null ? bare : exampleFor(ind).name;
        ctx.report({
          messageId: 'inName',
          data: { text: shown(ind.name), token: nameToken, example },
          at: { indicator: ind, part: 'name' },
        });
      }
      const targetToken = row.targetPlaceholder;
      // A target that is only …… is an empty target (empty-target's finding), not a half-filled one.
      if (targetToken !== null && !isFillerOnly(ind.target.raw)) {
        ctx.report({
          messageId: 'inTarget',
          data: { text: shown(ind.target.raw), token: targetToken, example: exampleFor(ind, year).target },
          at: { indicator: ind, part: 'target' },
        });
      }
    }
  },
};
