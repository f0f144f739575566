// misplaced-indicator: an indicator whose meaning belongs to another category — a satisfaction outside 满意度 (群众满意度
// under 质量指标), or a duration or count under 满意度 (培训天数, 安全事件发生数).

import { L1, L2 } from '../categories';
import type { Indicator, IndicatorPart, ProfileName } from '../model';
import { allowedLevel2 } from './profiles';
import type { RuleModule } from './rule';
import type { Location } from './types';
import { analysisOf } from './util/analysis';
import { categoryText } from './util/structure';
import { coreName, isSatisfactionName, subjectOf } from './util/targets';
import { hasPartCell } from '../indicator-cells';

// Complaints, petitions, public opinion and praise are how many forms measure satisfaction (投诉率, 有效投诉次数,
// 负面舆情数): they stay.
const SATISFACTION_PROXY =
  /投诉|信访|上访|来访|来信|举报|舆情|表扬|好评|差评|回访|获得感|幸福感|安全感|认可度|认同度|支持率/u;
const SATISFACTION_WORD = /满意/u;
// A rise in satisfaction (提升群众满意度) is an effect many forms list among the 社会效益.
const CHANGE = /提升|提高|增长|增加|改善/u;
const DURATION_NAME = /(?:天数|日数|时长|用时|耗时|时间|时限|期限|工期|周期)$/u;
const COUNT_NAME = /(?:人次|人数|个数|次数|场次|件数|户数|数量|发生数|起数|笔数|册数|台数|家数|期数|批次)$/u;
const INCIDENT_NAME = /事件|事故|案件/u;
// Units that say the target is a duration or a count, for names that do not say it.
const DURATION_UNITS: ReadonlySet<string> = new Set([
  '天',
  '日',
  '小时',
  '工作日',
  '个工作日',
  '分钟',
  '月',
  '个月',
  '周',
]);
const COUNT_UNITS: ReadonlySet<string> = new Set([
  '人次',
  '次',
  '场',
  '场次',
  '人',
  '户',
  '个',
  '件',
  '起',
  '册',
  '份',
  '台',
  '套',
  '家',
  '期',
  '篇',
]);

type Kind = 'duration' | 'count' | 'incident';

/** What a row under 满意度 measures when it is not a satisfaction: a duration, a count, an incident count, or null. */
function measuredInstead(ind: Indicator): Kind | null {
  const name = coreName(subjectOf(ind));
  if (name === '' || SATISFACTION_PROXY.test(name) || isSatisfactionName(name)) return null;
  const durationName = DURATION_NAME.test(name);
  const countName = COUNT_NAME.test(name);
  // A name about satisfaction is one unless it ends as a count of something (满意度调查次数).
  if (SATISFACTION_WORD.test(name) && !durationName && !countName) return null;
  if (durationName) return 'duration';
  if (countName) return INCIDENT_NAME.test(name) ? 'incident' : 'count';
  const t = ind.target;
  if (SATISFACTION_WORD.test(name) || t.kind !== 'quantitative' || !t.unit) return null;
  if (DURATION_UNITS.has(t.unit)) return 'duration';
  if (COUNT_UNITS.has(t.unit)) return INCIDENT_NAME.test(name) ? 'incident' : 'count';
  return null;
}

function inSatisfaction(ind: Indicator): boolean {
  return ind.level1 === L1.satisfaction || ind.level2 === L2.satisfaction;
}

/** A row whose category is known and is not 满意度 (under a 一级 alone only where the form allows no 满意度 二级 there). */
function outsideSatisfaction(ind: Indicator, profile: ProfileName): boolean {
  if (inSatisfaction(ind)) return false;
  if (ind.level2 !== null) return true;
  if ((ind.level2Raw ?? '').trim() !== '' || ind.level1 === null) return false;
  return !allowedLevel2(profile, ind.level1).includes(L2.satisfaction);
}

/** The category cell the row is filed under, shown next to the name. */
function categoryCell(ind: Indicator): Location[] | undefined {
  const part: IndicatorPart | null = hasPartCell(ind, 'level2')
    ? 'level2'
    : hasPartCell(ind, 'level1')
      ? 'level1'
      : null;
  return part ? [{ indicator: ind, part }] : undefined;
}

const WHERE: Record<Kind, string> = {
  duration: '产出指标的时效指标',
  count: '产出指标的数量指标',
  incident: '质量指标或社会效益指标',
};

export const rule: RuleModule = {
  meta: {
    id: 'misplaced-indicator',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      'zh-CN':
        '指标放错了类别：满意度放在满意度指标以外（如质量指标下），或满意度指标下放了时长、数量等不反映满意程度的指标',
      'en-US':
        'An indicator filed under the wrong category: a satisfaction outside 满意度 (e.g. under 质量), or a duration or count under 满意度',
    },
    messages: {
      satisfactionOutside: {
        'zh-CN':
          '“{name}”衡量的是服务对象的满意程度，却放在“{category}”下；满意度应列入满意度指标（服务对象满意度指标），“{category}”下应写反映该类别的指标',
        'en-US':
          '“{name}” measures how satisfied those served are but is filed under “{category}”; satisfaction belongs under 满意度指标 (服务对象满意度指标), and “{category}” should hold indicators of its own kind',
      },
      durationUnderSatisfaction: {
        'zh-CN':
          '“{name}”衡量的是时长，不是满意程度，却放在满意度指标下；满意度指标只衡量服务对象的满意程度，此项应移到{where}下',
        'en-US':
          '“{name}” measures a duration, not satisfaction, yet is filed under 满意度; satisfaction indicators measure only how satisfied those served are, so move it under {where}',
      },
      countUnderSatisfaction: {
        'zh-CN':
          '“{name}”衡量的是数量，不是满意程度，却放在满意度指标下；满意度指标只衡量服务对象的满意程度，此项应移到{where}下',
        'en-US':
          '“{name}” measures a count, not satisfaction, yet is filed under 满意度; satisfaction indicators measure only how satisfied those served are, so move it under {where}',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      if (row.namePlaceholder !== null) continue;
      if (row.satisfaction) {
        if (!outsideSatisfaction(ind, ctx.profile) || CHANGE.test(coreName(subjectOf(ind)))) continue;
        const category = categoryText(ind);
        if (category === '') continue;
        ctx.report({
          messageId: 'satisfactionOutside',
          data: { name: row.displayName, category },
          at: { indicator: ind, part: 'name' },
          related: categoryCell(ind),
        });
      } else if (inSatisfaction(ind)) {
        const kind = measuredInstead(ind);
        if (kind === null) continue;
        ctx.report({
          messageId: kind === 'duration' ? 'durationUnderSatisfaction' : 'countUnderSatisfaction',
          data: { name: row.displayName, where: WHERE[kind] },
          at: { indicator: ind, part: 'name' },
          related: categoryCell(ind),
        });
      }
    }
  },
};
