// input-as-output: an input (budget execution, funds in place, money spent) restated as an output or benefit.

import { L1, L2 } from '../categories';
import type { Indicator } from '../model';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { normaliseText, shown } from './util/structure';

// Budget execution and funds-in-place measure how money is spent, which the basis excludes from targets
// ("财力、人力和物力等投入数量不能作为绩效目标"). Deliberately narrow: 资金支出时效 (seed 001) is a deadline, not a rate.
const INPUT_NAME = new RegExp(
  [
    '预算(?:资金)?(?:执行|完成|支出)率',
    '(?:资金|经费)(?:到位|执行|拨付|支付|支出|使用)率',
    '投入(?:资金|经费|金额)',
    '(?:资金|经费)投入(?:量|额|金额)?',
  ].join('|'),
  'u',
);

const MONEY_UNIT = /^(?:元|千元|万元|亿元)$/u;

// Money the project brings in (全年实现会展业综合收入 280亿元, 带动增收, 销售额, 产值) is a result, misfiled as a quantity
// perhaps, but not money put in.
const MONEY_EARNED = /收入|增收|营业额|销售额|交易额|产值|利润|收益|税收|创收|效益|回报/u;

function isMoneyTarget(ind: Indicator): boolean {
  const t = ind.target;
  if (t.value === null) return false;
  if (typeof t.factorToWanyuan === 'number') return true;
  return (t.unit !== null && MONEY_UNIT.test(t.unit)) || (ind.unit !== null && MONEY_UNIT.test(ind.unit));
}

export const rule: RuleModule = {
  meta: {
    id: 'input-as-output',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '产出和效益指标应反映完成的工作和效果，不应把资金投入或预算执行情况作为指标',
      'en-US': 'Output and benefit indicators must measure work done and effects, not money put in or budget execution',
    },
    messages: {
      inputName: {
        'zh-CN':
          '“{name}”衡量的是资金投入或预算执行，不是{level1}；财力投入不能作为绩效目标，请改为项目实际完成的产出或效果，如完成的服务人次、建设数量或受益人数',
        'en-US':
          '"{name}" measures money put in or budget execution, not {level1}; inputs are not targets, measure the work done or its effect instead (people served, things built, beneficiaries)',
      },
      moneyAsQuantity: {
        'zh-CN':
          '数量指标“{name}”的指标值“{target}”是金额，反映的是资金投入而不是产出数量；请填写完成的实物工作量（如服务人次、建设数量），金额请列入成本指标',
        'en-US':
          'The 数量 indicator "{name}" has an amount of money, "{target}", as its target: that is an input, not a quantity of output; give the work done (people served, things built) and put amounts under 成本',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      // Costs are amounts by nature; only results (产出, 效益) must not restate the money.
      if (ind.level1 !== L1.output && ind.level1 !== L1.benefit) continue;
      if (ind.level2 === L2.cost) continue;
      if (INPUT_NAME.test(normaliseText(ind.name))) {
        const level1 = shown(ind.level1Raw ?? '') || ind.level1;
        ctx.report({
          messageId: 'inputName',
          data: { name: shown(ind.name), level1 },
          at: { indicator: ind, part: 'name' },
        });
      } else if (ind.level2 === L2.quantity && isMoneyTarget(ind) && !MONEY_EARNED.test(normaliseText(ind.name))) {
        ctx.report({
          messageId: 'moneyAsQuantity',
          data: { name: shown(ind.name), target: shown(ind.target.raw) },
          at: { indicator: ind, part: 'target' },
        });
      }
    }
  },
};
