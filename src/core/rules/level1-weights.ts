// level1-weights: a project self-evaluation whose 一级 weights are not 产出 50 / 效益 30 / 满意度 10 / 执行率 10.

import { L1, L2 } from '../categories';
import type { Indicator } from '../model';
import type { RuleModule } from './rule';
import { STANDARD_WEIGHTS, WEIGHT_TOLERANCE, isSelfEvaluation, points } from './util/self-evaluation';

type Group = 'output' | 'benefit' | 'satisfaction';

const GROUP_NAMES: Record<Group | 'execution', string> = {
  output: '产出',
  benefit: '效益',
  satisfaction: '满意度',
  execution: '预算执行率',
};

/** The scored 一级 a row counts toward: 成本 with 产出 (the 2021 framework split it off), 满意度 wherever it is filed. */
function groupOf(ind: Indicator): Group | null {
  if (ind.level1 === L1.satisfaction || ind.level2 === L2.satisfaction) return 'satisfaction';
  if (ind.level1 === L1.output || ind.level1 === L1.cost) return 'output';
  if (ind.level1 === L1.benefit) return 'benefit';
  return null;
}

export const rule: RuleModule = {
  meta: {
    id: 'level1-weights',
    category: 'self-evaluation',
    defaultSeverity: 'info',
    description: {
      'zh-CN': '项目支出绩效自评的一级指标分值原则上为产出 50、效益 30、满意度 10、预算执行率 10（财预〔2020〕10号）',
      'en-US':
        'In a project self-evaluation the 一级 weights are in principle 产出 50, 效益 30, 满意度 10 and the execution rate 10 (财预〔2020〕10号)',
    },
    messages: {
      weights: {
        'zh-CN': '一级指标分值为 {actual}；按财预〔2020〕10号，原则上 {expected}，请核对各指标分值的分配',
        'en-US':
          'The 一级 weights are {actual}; 财预〔2020〕10号 sets in principle {expected}; check how the weights are shared out',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isSelfEvaluation(table) || table.kind !== 'project' || table.columns.weight === undefined) return;
    const sums: Record<Group, number> = { output: 0, benefit: 0, satisfaction: 0 };
    const firsts: Partial<Record<Group, Indicator>> = {};
    let any: Indicator | null = null;
    for (const ind of table.indicators) {
      if (typeof ind.weight !== 'number') continue;
      const group = groupOf(ind);
      // A weight under a 一级 outside the scored three (项目决策, 投入管理, unread): the split cannot be judged.
      if (group === null) return;
      sums[group] += ind.weight;
      firsts[group] ??= ind;
      any ??= ind;
    }
    if (!any) return;
    const execution = typeof table.project.executionWeight === 'number' ? table.project.executionWeight : null;
    const groups: Group[] = ['output', 'benefit', 'satisfaction'];
    const off = groups.filter((g) => Math.abs(sums[g] - STANDARD_WEIGHTS[g]) > WEIGHT_TOLERANCE);
    const executionOff = execution !== null && Math.abs(execution - STANDARD_WEIGHTS.execution) > WEIGHT_TOLERANCE;
    if (off.length === 0 && !executionOff) return;
    const shown = groups.map((g) => `${GROUP_NAMES[g]} ${points(sums[g])}`);
    const expected = groups.map((g) => `${GROUP_NAMES[g]} ${STANDARD_WEIGHTS[g]}`);
    if (execution !== null) {
      shown.push(`${GROUP_NAMES.execution} ${points(execution)}`);
      expected.push(`${GROUP_NAMES.execution} ${STANDARD_WEIGHTS.execution}`);
    }
    // The first row of a group that is off (a group with no row at all points at the table's first weighted row).
    const at = off.map((g) => firsts[g]).find((i) => i !== undefined) ?? any;
    ctx.report({
      messageId: 'weights',
      data: { actual: shown.join('、'), expected: expected.join('、') },
      at: { indicator: at, part: 'level1' },
      related: [{ indicator: at, part: 'weight' }],
    });
  },
};
