// missing-unit: a numeric target with no unit, neither in the value cell nor in the unit column.

import type { Indicator } from '../model';
import type { RuleModule } from './rule';
import { isCostIndicator } from './util/money';
import { analysisOf } from './util/analysis';
import { isRateName, subjectOf } from './util/targets';

// A likely unit for a count from what the name counts; only for the example in the message.
const COUNT_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/人次/u, '人次'],
  [/人数|人员|对象|职工|学员/u, '人'],
  [/设备|电脑|计算机|服务器|打印机|车辆|终端/u, '台'],
  [/户/u, '户'],
  [/场次|场/u, '场'],
  [/次数|次/u, '次'],
  [/报告|文件|材料/u, '份'],
  [/档案|册/u, '册'],
  [/卡/u, '张'],
  [/篇|信息/u, '篇'],
];

// A unit the name states in brackets (实施营造林总面积(亩), 排污沟(≥米), 开展修复工程(个), 受益人数(单位：人)): the figure is
// in that unit, as a table's header would say it.
const UNIT_IN_NAME =
  /[(（]\s*(?:单位\s*[:：]\s*)?(?:[≥≤><=]|>=|<=)?\s*(?:%|％|万?元|万?亩|公顷|平方米|平米|万?立方米|公里|千米|米|吨|人次|万?人|户|个|台|套|头|只|件|株|棵|次|场|所|座|处|项|家|条|批|本|册|份|篇|张|辆|间|天|日|月|年|小时|课时|学时)\s*[)）]/u;

function likelyUnit(ind: Indicator, shown: string): string {
  const subject = subjectOf(ind);
  if (isRateName(subject)) return '%';
  // 45万 on a cost row lacks only the currency.
  if (isCostIndicator(ind) || /万$/u.test(shown)) return /万$/u.test(shown) ? '元' : '万元';
  if (/面积/u.test(subject)) return '亩';
  for (const [re, unit] of COUNT_UNITS) if (re.test(subject)) return unit;
  return '个';
}

export const rule: RuleModule = {
  meta: {
    id: 'missing-unit',
    category: 'target',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '数值型指标值没有计量单位（指标值和计量单位栏均未写）',
      'en-US': 'A numeric target with no unit, neither in the cell nor in the unit column',
    },
    messages: {
      missing: {
        'zh-CN': '“{name}”的指标值“{shown}”只有数字，没有计量单位；应在指标值或计量单位栏写明单位，如“{example}”',
        'en-US':
          'The target “{shown}” of “{name}” is a bare number with no unit; write the unit in the value or the unit column, e.g. “{example}”',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      // Only a target that is essentially a number: a sentence that embeds a count reads fine without a unit column.
      if (t.kind !== 'quantitative' || t.value === null || t.unit || ind.unit) continue;
      if (UNIT_IN_NAME.test(ind.name)) continue;
      const shown = row.shownTarget;
      ctx.report({
        messageId: 'missing',
        data: { name: row.displayName, shown, example: `${shown}${likelyUnit(ind, shown)}` },
        at: { indicator: ind, part: 'target' },
      });
    }
  },
};
