// unit-name-mismatch: a unit that does not fit what the name counts (数字化加工人次 in 册, 培训人数 in 元, 绿化面积 in 个).

import { Memo } from '../memo';
import { unitScale } from '../parse/units';
import type { RuleModule } from './rule';
import { analysisOf } from './util/analysis';
import { moneyUnit } from './util/money';
import { coreName } from './util/targets';

type Family = 'money' | 'area' | 'length' | 'weight' | 'volume' | 'time' | 'person' | 'times' | 'item' | 'household';

// Units whose family is beyond doubt; anything else (a unit the form invented, a typo) is never judged.
const FAMILY_OF: ReadonlyMap<string, Family> = new Map<string, Family>([
  ...(['亩', '平方米', '平米', '㎡', 'm2', 'm²', '公顷', '平方公里', '平方千米'] as const).map(
    (u) => [u, 'area'] as const,
  ),
  ...(['米', '公里', '千米', 'km', '延米', '厘米'] as const).map((u) => [u, 'length'] as const),
  ...(['吨', '公斤', '千克', '斤', '克'] as const).map((u) => [u, 'weight'] as const),
  ...(['立方米', '方', 'm3', 'm³'] as const).map((u) => [u, 'volume'] as const),
  ...(['天', '日', '小时', '工作日', '个工作日', '分钟', '个月', '周', '年'] as const).map((u) => [u, 'time'] as const),
  ...(['人', '名', '位', '人次'] as const).map((u) => [u, 'person'] as const),
  ...(['次', '场', '场次', '期', '轮', '批', '批次'] as const).map((u) => [u, 'times'] as const),
  ...(
    [
      '个',
      '件',
      '册',
      '份',
      '套',
      '台',
      '张',
      '本',
      '篇',
      '条',
      '封',
      '处',
      '座',
      '所',
      '家',
      '项',
      '辆',
      '只',
      '头',
      '株',
      '棵',
    ] as const
  ).map((u) => [u, 'item'] as const),
  ['户', 'household'],
]);

const LOOSE: ReadonlySet<string> = new Set(['个', '项']);

/** What a name's ending counts, the units that fit it, and how a message names them. */
interface Measure {
  ending: RegExp;
  /** Families that plainly contradict the name; a loosely used unit (个 for people) is not among them. */
  wrong: ReadonlySet<Family>;
  /** The units that fit, as quoted in both languages. */
  expected: string;
  /** Units written loosely for these (230个 for 230 people), never judged. */
  loose?: ReadonlySet<string>;
}

const MEASURES: readonly Measure[] = [
  {
    ending: /人次$/u,
    wrong: new Set<Family>(['money', 'area', 'length', 'weight', 'volume', 'time', 'item', 'household']),
    expected: '人次',
    loose: LOOSE,
  },
  {
    ending: /人数$/u,
    wrong: new Set<Family>(['money', 'area', 'length', 'weight', 'volume', 'time']),
    expected: '人',
  },
  {
    ending: /面积$/u,
    wrong: new Set<Family>(['money', 'length', 'weight', 'volume', 'time', 'person', 'times', 'item', 'household']),
    expected: '亩、平方米',
  },
  {
    ending: /(?:长度|里程)$/u,
    wrong: new Set<Family>(['money', 'area', 'weight', 'volume', 'time', 'person', 'times', 'item', 'household']),
    expected: '米、公里',
  },
  {
    ending: /(?:天数|时长|工期)$/u,
    wrong: new Set<Family>(['money', 'area', 'length', 'weight', 'volume', 'person', 'item', 'household']),
    expected: '天、小时',
    loose: LOOSE,
  },
  {
    ending: /(?:金额|费用|经费|资金|成本|投资额)$/u,
    wrong: new Set<Family>(['area', 'length', 'weight', 'volume', 'time', 'person', 'times', 'item', 'household']),
    expected: '元、万元',
  },
  {
    ending: /(?:次数|场次)$/u,
    wrong: new Set<Family>(['money', 'area', 'length', 'weight', 'volume', 'time']),
    expected: '次、场',
  },
  {
    ending: /户数$/u,
    wrong: new Set<Family>(['money', 'area', 'length', 'weight', 'volume', 'time']),
    expected: '户',
  },
];

/** How a name counting something in a family reads, for the suggested rename (数字化加工人次 in 册 → 数字化加工数量). */
const NOUN_FOR: Record<Family, string> = {
  money: '金额',
  area: '面积',
  length: '长度',
  weight: '重量',
  volume: '体积',
  time: '时长',
  person: '人数',
  times: '次数',
  item: '数量',
  household: '户数',
};

function familyOf(unit: string): Family | null {
  if (moneyUnit(unit) !== null) return 'money';
  return FAMILY_OF.get(unit) ?? FAMILY_OF.get(unitScale(unit).base) ?? null;
}

const MEASURE_OF = new Memo<Measure | null>();

function measureOf(name: string): Measure | null {
  return MEASURE_OF.get(name, (n) => MEASURES.find((m) => m.ending.test(coreName(n))) ?? null);
}

export const rule: RuleModule = {
  meta: {
    id: 'unit-name-mismatch',
    category: 'target',
    defaultSeverity: 'info',
    description: {
      'zh-CN': '计量单位与指标名称不符（如“人次”用“册”计量，“人数”用“元”，“面积”用“个”）',
      'en-US': 'A unit that does not fit what the name counts (人次 in 册, 人数 in 元, 面积 in 个)',
    },
    messages: {
      mismatch: {
        'zh-CN':
          '“{name}”按名称应以“{expected}”等单位计量，指标值“{shown}”的单位却是“{unit}”，名称与单位所计量的不是同一样东西；应改正单位，或按实际计量的内容改名称，如“{rename}”',
        'en-US':
          '“{name}” is by its name counted in “{expected}” or the like, but its target “{shown}” is in “{unit}”: name and unit count different things; correct the unit, or rename the indicator after what is counted, e.g. “{rename}”',
      },
    },
  },
  check(ctx) {
    for (const row of analysisOf(ctx).rows) {
      const ind = row.indicator;
      const t = ind.target;
      // Only a target that is essentially a number: a sentence's unit may belong to another figure.
      if (t.kind !== 'quantitative' || t.value === null || !t.unit) continue;
      const measure = measureOf(ind.name);
      if (measure === null || measure.loose?.has(t.unit)) continue;
      const family = familyOf(t.unit);
      if (family === null || !measure.wrong.has(family)) continue;
      const core = coreName(ind.name);
      const stem = core.replace(measure.ending, '');
      const rename = `${stem}${NOUN_FOR[family]}`;
      ctx.report({
        messageId: 'mismatch',
        data: { name: row.displayName, expected: measure.expected, shown: row.shownTarget, unit: t.unit, rename },
        at: { indicator: ind, part: 'target' },
      });
    }
  },
};
