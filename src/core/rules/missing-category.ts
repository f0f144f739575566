// missing-category: an indicator set lacking a category the form expects (产出, 效益, 数量, 质量, 时效, 满意度, 成本).

import { L1, L2 } from '../categories';
import type { Indicator, IndicatorSet } from '../model';
import { formatNumber } from './i18n';
import { getProfile } from './profiles';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { spanEndYear } from './util/targets';

const COST_LEVEL2: readonly string[] = [L2.cost, L2.economicCost, L2.socialCost, L2.ecoCost];
const BENEFIT_LEVEL2: readonly string[] = [L2.economic, L2.social, L2.ecological, L2.sustainable];

export const rule: RuleModule = {
  meta: {
    id: 'missing-category',
    category: 'structure',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '绩效指标应覆盖产出、效益和满意度；产出应含数量、质量和时效指标；2021版框架还应设成本指标',
      'en-US':
        'Indicators must cover 产出, 效益 and 满意度; 产出 needs 数量, 质量 and 时效 indicators; the 2021 framework also needs 成本',
    },
    messages: {
      noOutput: {
        'zh-CN': '本组绩效指标没有产出指标；应设置产出指标，反映计划提供的产品和服务，如数量指标“服务人次 ≥1000人次”',
        'en-US':
          'These indicators have no 产出 (output) indicator; add outputs such as the 数量 indicator "服务人次 ≥1000人次"',
      },
      noBenefit: {
        'zh-CN': '本组绩效指标没有效益指标；应设置效益指标，反映产出带来的效果，如社会效益指标“受益人数 ≥1000人”',
        'en-US':
          'These indicators have no 效益 (benefit) indicator; add effects such as the 社会效益 indicator "受益人数 ≥1000人"',
      },
      noQuantity: {
        'zh-CN':
          '产出指标“{level1}”下没有数量指标；应设置数量指标，反映计划完成的产品或服务数量，如“服务人次 ≥1000人次”',
        'en-US':
          'The 产出 indicators under "{level1}" have no 数量 (quantity) indicator; add one such as "服务人次 ≥1000人次"',
      },
      noQuality: {
        'zh-CN': '产出指标“{level1}”下没有质量指标；应设置质量指标，反映产品或服务达到的标准，如“验收合格率 =100%”',
        'en-US':
          'The 产出 indicators under "{level1}" have no 质量 (quality) indicator; add one such as "验收合格率 =100%"',
      },
      noTimeliness: {
        'zh-CN': '本组绩效指标没有时效指标；应设置时效指标，写明完成时限，如“完成时限 {deadline}”',
        'en-US':
          'These indicators have no 时效 (timeliness) indicator; add one with a deadline, e.g. "完成时限 {deadline}"',
      },
      noSatisfaction: {
        'zh-CN': '本组绩效指标没有满意度指标；应设置服务对象满意度指标，如“服务对象满意度 ≥90%”',
        'en-US': 'These indicators have no 满意度 (satisfaction) indicator; add one such as "服务对象满意度 ≥90%"',
      },
      noCost: {
        'zh-CN':
          '按2021版绩效指标框架应设置一级指标“成本指标”（经济成本、社会成本、生态环境成本），本组绩效指标没有；如经济成本指标“项目总成本 {ceiling}”',
        'en-US':
          'The 2021 framework requires a 一级 成本指标 (经济成本, 社会成本, 生态环境成本) and these indicators have none; e.g. "项目总成本 {ceiling}"',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const required = getProfile(ctx.profile).required;
    const sets = analysisOf(ctx).sets;
    // Examples from the table itself: its budget year for the deadline, its budget for the cost ceiling.
    const year = spanEndYear(table.project);
    const deadline = year === null ? '12月31日前完成' : `${year}年12月31日前完成`;
    const budget = table.project.budget;
    const ceiling = typeof budget === 'number' && budget > 0 ? `≤${formatNumber(budget)}万元` : '≤项目预算';
    for (const set of sets) {
      const found = categoriesOf(table.indicators, set);
      // Without any recognised 一级 the table's categories are unknown-level1's finding, not missing ones.
      if (!found.first || !found.anyLevel1) continue;
      // With 中期 and 年度 side by side, the 二级 cell of each group says which set a finding is about.
      const part = sets.length > 1 ? ('level2' as const) : ('level1' as const);
      const first = found.first;
      const output = found.firstOutput;

      if (required.outputAndBenefit) {
        if (!output) ctx.report({ messageId: 'noOutput', at: { indicator: first, part } });
        if (!found.benefit) ctx.report({ messageId: 'noBenefit', at: { indicator: first, part } });
      }
      if (required.quantityQuality && output) {
        const outputAt = { indicator: output, part };
        const level1 = (output.level1Raw ?? '').trim() || L1.output;
        // A 数量/质量 indicator misfiled under another 一级 is level2-not-under-level1's finding; it still exists.
        if (!found.quantity) ctx.report({ messageId: 'noQuantity', data: { level1 }, at: outputAt });
        if (!found.quality) ctx.report({ messageId: 'noQuality', data: { level1 }, at: outputAt });
      }
      if (required.timeliness && !found.timeliness) {
        ctx.report({ messageId: 'noTimeliness', data: { deadline }, at: { indicator: output ?? first, part } });
      }
      if (required.satisfaction && !found.satisfaction)
        ctx.report({ messageId: 'noSatisfaction', at: { indicator: first, part } });
      // A cost misfiled as a 二级 under 产出 is level2-not-under-level1's finding, not a missing cost.
      if (required.costLevel1 && !found.cost)
        ctx.report({ messageId: 'noCost', data: { ceiling }, at: { indicator: first, part } });
    }
  },
};

interface Categories {
  /** The set's first row and first 产出 row, if any. */
  first: Indicator | null;
  firstOutput: Indicator | null;
  anyLevel1: boolean;
  benefit: boolean;
  quantity: boolean;
  quality: boolean;
  timeliness: boolean;
  satisfaction: boolean;
  cost: boolean;
}

/** Which categories one indicator set has, in one pass over the table. */
function categoriesOf(indicators: readonly Indicator[], set: IndicatorSet): Categories {
  const c: Categories = {
    first: null,
    firstOutput: null,
    anyLevel1: false,
    benefit: false,
    quantity: false,
    quality: false,
    timeliness: false,
    satisfaction: false,
    cost: false,
  };
  for (const i of indicators) {
    if (i.set !== set) continue;
    c.first ??= i;
    if (i.level1 !== null) c.anyLevel1 = true;
    if (i.level1 === L1.output) c.firstOutput ??= i;
    // A 效益 二级 misfiled under another 一级 (社会效益 under 产出) is level2-not-under-level1's finding: the benefit is there.
    if (i.level1 === L1.benefit || (i.level2 !== null && BENEFIT_LEVEL2.includes(i.level2))) c.benefit = true;
    if (i.level2 === L2.quantity) c.quantity = true;
    if (i.level2 === L2.quality) c.quality = true;
    if (i.level2 === L2.timeliness) c.timeliness = true;
    if (i.level1 === L1.satisfaction || i.level2 === L2.satisfaction) c.satisfaction = true;
    if (i.level1 === L1.cost || (i.level2 !== null && COST_LEVEL2.includes(i.level2))) c.cost = true;
  }
  return c;
}
