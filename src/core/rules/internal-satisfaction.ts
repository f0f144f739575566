// internal-satisfaction: the satisfaction of the unit's own staff (工作人员满意度, 办公人员满意度, 干部职工满意度) offered
// as the satisfaction of those the project serves.

import { L1, L2 } from '../categories';
import { Memo } from '../memo';
import type { Indicator, IndicatorPart } from '../model';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { shown } from './util/structure';
import { coreName, isSatisfactionName } from './util/targets';

// Whose satisfaction, right before 满意度/满意率: the unit's own people. 职工 and 干部 alone are read only as the whole
// subject (职工满意度, 干部职工满意度, 机关干部满意度), since 参保职工 or 困难职工 are people a project serves.
const OWN_STAFF =
  /(?:工作人员|办公人员|机关人员|在职人员|内部人员|本单位人员|单位人员|经办人员|干部职工|机关干部|机关职工|单位职工|本单位职工|在职职工|内部职工|员工)(?:的)?满意(?:度|率|程度)$/u;
const STAFF_ALONE = /^(?:本单位|单位|机关|本部门|部门|中心|局)?(?:干部|职工|干部职工)满意(?:度|率|程度)$/u;
// Staff of other bodies a project serves or trains: grassroots and village staff, trainees, enterprises' employees.
const SERVED_STAFF =
  /参训|培训|学员|基层|乡镇|街道|村|社区|企业|参保|困难|农民|医疗机构|学校|服务对象|受益|群众|外来|来访|派驻/u;

const OWN_STAFF_NAMES = new Memo<boolean>();

/** True for a satisfaction of the unit's own staff. */
export function isOwnStaffSatisfaction(text: string): boolean {
  return OWN_STAFF_NAMES.get(text, (t) => {
    const n = coreName(t);
    return isSatisfactionName(n) && (OWN_STAFF.test(n) || STAFF_ALONE.test(n)) && !SERVED_STAFF.test(n);
  });
}

/** The part of the row that names the staff: the name, or the 绩效指标描述 under a generic name (服务对象满意度). */
function staffPart(ind: Indicator): IndicatorPart | null {
  if (isOwnStaffSatisfaction(ind.name)) return 'name';
  if (ind.description && isOwnStaffSatisfaction(ind.description)) return 'description';
  return null;
}

export const rule: RuleModule = {
  meta: {
    id: 'internal-satisfaction',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '满意度指标填的是本单位工作人员（工作人员、办公人员、干部职工）的满意度，而不是项目服务对象的满意度',
      'en-US':
        'A satisfaction indicator that surveys the unit’s own staff (工作人员, 办公人员, 干部职工) instead of those the project serves',
    },
    messages: {
      ownStaff: {
        'zh-CN':
          '“{text}”是本单位工作人员的满意度，不是项目服务对象的满意度；满意度指标应反映项目服务或受益的对象对项目的满意程度，应写明服务对象，如“办事群众满意度”“受益对象满意度”',
        'en-US':
          '“{text}” is the satisfaction of the unit’s own staff, not of those the project serves; a satisfaction indicator measures how satisfied the people served or benefiting are, so name them, e.g. “办事群众满意度” or “受益对象满意度”',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      // Offered as 服务对象满意度: under 满意度, or a table without categories. Elsewhere misplaced-indicator speaks.
      const underSatisfaction = ind.level1 === L1.satisfaction || ind.level2 === L2.satisfaction;
      if (!underSatisfaction && (ind.level1 !== null || ind.level2 !== null)) continue;
      const part = staffPart(ind);
      if (part === null) continue;
      const text = part === 'name' ? row.displayName : shown(ind.description ?? '');
      ctx.report({ messageId: 'ownStaff', data: { text }, at: { indicator: ind, part } });
    }
  },
};
