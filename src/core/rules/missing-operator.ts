// missing-operator: a rate target written as a bare figure (覆盖率 80%, 受灾率 1%) with no ≥, ≤ or =, so it does not say
// whether the figure is a floor to reach or a ceiling not to pass. Satisfaction is left to the satisfaction rules.

import { formatNumber } from './i18n';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { hasPartCell } from '../indicator-cells';

// Rates where less is better: the figure is a ceiling (受灾率 ≤1%, 结转结余率 ≤30%); any other rate is a floor.
const LOWER_IS_BETTER =
  /受灾|发生|事故|投诉|差错|失误|出错|错误|不合格|违规|违纪|违法|流失|死亡|伤亡|损失|损耗|结余|结转|调整|空置|闲置|返工|返修|故障|超支|逾期|辍学|误差|偏差|变质|霉变|复发|感染|淘汰|退回|失败/u;
// A yes/no question (是否解决看病难贵问题 95%) is not a rate, whatever its unit; its target is another matter.
const YES_NO_QUESTION = /是否/u;

export const rule: RuleModule = {
  meta: {
    id: 'missing-operator',
    category: 'target',
    defaultSeverity: 'info',
    description: {
      'zh-CN':
        '比率指标值只写了数字（如“20%”），没有“≥”“≤”或“=”，看不出是要达到的下限还是不得超过的上限；满意度由满意度规则检查',
      'en-US':
        'A rate target written as a bare figure (e.g. 20%) with no ≥, ≤ or =, so it does not say whether it is a floor or a ceiling; satisfaction is left to the satisfaction rules',
    },
    messages: {
      missing: {
        'zh-CN':
          '比率指标“{name}”的指标值“{shown}”没有写“≥”“≤”或“=”，看不出是要达到的下限还是不得超过的上限，无法考核；应写明，如“{suggested}”',
        'en-US':
          'The rate “{name}” has the bare target “{shown}” with no ≥, ≤ or =, so it is not clear whether it is a floor to reach or a ceiling not to pass; write it out, e.g. “{suggested}”',
      },
      missingUnnamed: {
        'zh-CN':
          '该行的比率指标值“{shown}”没有写“≥”“≤”或“=”，看不出是要达到的下限还是不得超过的上限，无法考核；应写明，如“≥{figure}”或“≤{figure}”',
        'en-US':
          'The bare rate target “{shown}” on this row has no ≥, ≤ or =, so it is not clear whether it is a floor or a ceiling; write it out, e.g. “≥{figure}” or “≤{figure}”',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      if (t.kind !== 'quantitative' || t.value === null || t.operator !== null || t.valueMax != null) continue;
      // 0 % and 100 % read one way only (=0, =100); a figure beyond 100 % is percent-out-of-range's.
      if (t.value <= 0 || t.value >= 100) continue;
      const percent = t.unit === '%' || (t.unit === null && (ind.unit === '%' || (ind.unit === null && row.rateName)));
      if (!percent || row.satisfaction || row.leftToStructureRules) continue;
      const name = row.displayName;
      if (YES_NO_QUESTION.test(name)) continue;
      const figure = `${formatNumber(t.value)}%`;
      // On a form with a 指标值类型/符号 column the empty operator cell is where the sign goes.
      const onOperator = hasPartCell(ind, 'operator');
      const at = { indicator: ind, part: onOperator ? ('operator' as const) : ('target' as const) };
      const related = onOperator ? [{ indicator: ind, part: 'target' as const }] : undefined;
      // A row without a name (seed 003's 20 % row) would otherwise be quoted by its 二级 heading.
      if (ind.name.trim() === '') {
        ctx.report({ messageId: 'missingUnnamed', data: { shown: row.shownTarget, figure }, at, related });
        continue;
      }
      const suggested = `${LOWER_IS_BETTER.test(name) ? '≤' : '≥'}${figure}`;
      ctx.report({ messageId: 'missing', data: { name, shown: row.shownTarget, suggested }, at, related });
    }
  },
};
