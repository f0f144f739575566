// quantity-ceiling: a 数量指标 target written as a ceiling (≤1万人, 不超过3000封, 12个以内): a quantity is a floor.

import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { moneyUnit } from './util/money';
import { coreName, operatorRelated, valueWithUnit } from './util/targets';

// What a ceiling legitimately bounds, by the name (or the 绩效指标描述): time taken, things of which less is better —
// errors, complaints, accidents, losses, trips the public must make, steps of a procedure — limits as such
// (控制数, 上限, 班额, 服务半径) and what austerity rules cap (公务用车, 编制, 会议, 发文). Money in a money unit is skipped before; a bare figure named for money is money too.
const MONEY_NAME = /成本|费用|经费|金额|投资额|价格|单价|报价/u;
const LESS_IS_BETTER = new RegExp(
  [
    // time taken
    '天数|日数|时长|用时|耗时|时间|时限|期限|工期|周期|时效|工作日|小时|分钟|等待|等候|响应|办结|延误|延期|逾期|超期|滞留|积压',
    // things of which less is better
    '差错|错误|误差|偏差|失误|投诉|举报|信访|上访|纠纷|事故|事件|案件|违规|违纪|违法|违章|不合格|不达标|返工|返修|退回|退件|退信|退费|故障|停运|停电|中断|损坏|破损|丢失|遗失|损失|伤亡|死亡|死淘|发病|感染|疫情|火灾|灾害|隐患|风险|超标|排放|污染|能耗|耗水|耗电|辍学|流失|闲置|空置|负债|欠款|欠费|拖欠|结转|结余|冒领|重复|往返|跑动|跑腿|环节|材料份数',
    // limits as such, and what austerity rules cap (公车, 编制, meetings and documents, inspections of the grassroots)
    '控制数|控制在|上限|限额|限量|最高|最多|以内|不超过|班额|每班|半径|距离|密度|容积率|人数比|师生比',
    '公车|公务用车|车辆(?:采购|购置|配备|更新)|(?:采购|购置|配备|更新)车辆|编制|三公|会议|发文|文件|督查',
  ].join('|'),
  'u',
);

// Shares belong to unit-mismatch (a rate under 数量指标); per-item units (元/亩, 人/班) are standards, not counts.
const PER_ITEM = /[/／每]/u;

const CEILING_PREFIX = /^(?:[≤<≦＜]=?|不超过|不多于|不高于|不大于|最多|至多|小于|少于|低于)/u;
const CEILING_SUFFIX = /(?:以内|之内|以下|及以下)$/u;

/** The target as a floor: the row's own figure with ≥ (≤1万人 → ≥1万人, 3000封以内 → ≥3000封). */
function asFloor(shown: string, fallback: string): string {
  const s = shown.trim();
  const figure = s.replace(CEILING_PREFIX, '').replace(CEILING_SUFFIX, '').trim();
  return figure !== s && figure !== '' ? `≥${figure}` : `≥${fallback}`;
}

export const rule: RuleModule = {
  meta: {
    id: 'quantity-ceiling',
    category: 'target',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '数量指标的指标值写成了上限（≤、不超过、以内）；数量是应完成的工作量，应写下限（≥）',
      'en-US':
        'A quantity target written as a ceiling (≤, 不超过, 以内); a quantity is the work to be done and takes a floor (≥)',
    },
    messages: {
      ceiling: {
        'zh-CN':
          '数量指标“{name}”的指标值“{shown}”是上限，等于说少做也算完成，无法考核应完成的工作量；数量指标应写下限，如“{floor}”',
        'en-US':
          'Quantity indicator “{name}” has the ceiling “{shown}”: doing less would count as done, so the work to be delivered cannot be assessed; a quantity takes a floor, e.g. “{floor}”',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      if (!row.quantity || t.kind !== 'quantitative' || t.value === null) continue;
      if (t.operator !== '≤' && t.operator !== '<') continue;
      // ≤0 on a count is impossible-bound's; a share is unit-mismatch's; money is a cost, and a ceiling on it is right.
      if (t.value <= 0 || t.unit === '%' || t.unit === '‰' || moneyUnit(t.unit) !== null) continue;
      if (t.unit && PER_ITEM.test(t.unit)) continue;
      const texts = [coreName(ind.name), coreName(ind.description ?? '')].filter((s) => s !== '');
      if (texts.some((s) => LESS_IS_BETTER.test(s) || (t.unit === null && MONEY_NAME.test(s)))) continue;
      // shownTarget adds the operator in front of 3000封以内, which already says it in words.
      const raw = t.raw.trim();
      const shown = CEILING_SUFFIX.test(raw) ? raw : row.shownTarget;
      ctx.report({
        messageId: 'ceiling',
        data: { name: row.displayName, shown, floor: asFloor(shown, valueWithUnit(t)) },
        at: { indicator: ind, part: 'target' },
        related: operatorRelated(ind),
      });
    }
  },
};
