// matchQuantity (issue 15, #46) answers as the pairwise comparison it replaced: the old code, kept here as the
// reference, against the indexed one on generated sets of quantities and unit costs.

import fc from 'fast-check';
import type { Indicator } from '../../src/core/model';
import { contentBigrams, matchQuantity, moneyUnit, perItemOf, sharedCount } from '../../src/core/rules/util/money';

const PER_PERSON = /人均|每人|每名|生均/;
const PERSON_UNITS = new Set(['人', '人次', '名', '位']);
const PER_HOUSEHOLD = /户均|每户/;

function texts(ind: Indicator): string[] {
  const out: string[] = [];
  if (ind.name.length > 0) out.push(ind.name);
  if (ind.description && ind.description !== ind.name) out.push(ind.description);
  return out;
}

/** The quadratic matchQuantity before issue 15, word for word. */
function referenceMatch(cost: Indicator, candidates: readonly Indicator[]): Indicator | null {
  const costText = texts(cost).join(' ');
  const costWords = contentBigrams(costText);
  const per = perItemOf(cost);
  let best: Indicator | null = null;
  let bestScore = 0;
  let tie = false;
  for (const q of candidates) {
    if (q === cost || q.target.value === null || q.target.value <= 0) continue;
    const unit = q.target.unit ?? q.unit;
    if (unit === '%' || moneyUnit(unit)) continue;
    let score = 0;
    for (const t of texts(q)) score = Math.max(score, sharedCount(costWords, contentBigrams(t)));
    if (per && unit === per) score += 2;
    else if (unit && PER_PERSON.test(costText) && PERSON_UNITS.has(unit)) score += 1;
    else if (unit === '户' && PER_HOUSEHOLD.test(costText)) score += 1;
    if (score === 0) continue;
    if (score > bestScore) {
      best = q;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}

function indicator(
  row: number,
  name: string,
  description: string | null,
  value: number | null,
  unit: string | null,
  raw: string,
  unitColumn: string | null,
): Indicator {
  return {
    row,
    set: 'annual',
    level1: '产出指标',
    level1Raw: '产出指标',
    level2: '数量指标',
    level2Raw: '数量指标',
    name,
    description,
    target: { raw, operator: null, value, unit, kind: value === null ? 'text' : 'quantitative' },
    unit: unitColumn,
    cells: {},
  };
}

// Few words, so that names share bigrams often and ties are common; numbers as in a long table's names.
const WORDS = [
  '培训',
  '社保卡',
  '制卡',
  '工装',
  '购置',
  '设备',
  '人员',
  '医务',
  '基层',
  '片区',
  '鉴定',
  '平均',
  '成本',
  '单位',
  '数量',
  '人均',
  '户均',
  '每张',
  '费用',
];
const UNITS = [null, '人', '人次', '名', '位', '户', '张', '套', '台', '%', '元', '万元', '元/张', '元/人', '次', ''];

const nameArb = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 4 }),
    fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  )
  .map(([words, n]) => words.join('') + (n === null ? '' : `第${n}期`));

const indicatorArb = fc
  .record({
    name: nameArb,
    description: fc.option(nameArb, { nil: null }),
    value: fc.option(fc.constantFrom(-1, 0, 3, 100, 1500), { nil: null }),
    unit: fc.constantFrom(...UNITS),
    unitColumn: fc.constantFrom(null, '人', '张', '户'),
    raw: fc.constantFrom('≥100人次', '≤1500元/人', '3元每张', '500元每户', '约5万元', '100'),
  })
  .map((r) => r);

describe('matchQuantity (indexed) answers as the pairwise comparison', () => {
  it('on generated sets, every cost, in any order, with repeats and the cost among the candidates', () => {
    fc.assert(
      fc.property(
        fc.array(indicatorArb, { minLength: 0, maxLength: 40 }),
        fc.array(indicatorArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (qs, cs, mix) => {
          const quantities = qs.map((q, i) =>
            indicator(i + 1, q.name, q.description, q.value, q.unit, q.raw, q.unitColumn),
          );
          const costs = cs.map((c, i) =>
            indicator(100 + i, c.name, c.description, c.value, c.unit, c.raw, c.unitColumn),
          );
          // Sometimes a cost is also listed as a candidate, or a candidate is listed twice.
          const list = [...quantities];
          if (mix === 1 && costs[0]) list.push(costs[0]);
          if (mix === 2 && list[0]) list.push(list[0]);
          for (const cost of costs) expect(matchQuantity(cost, list)).toBe(referenceMatch(cost, list));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('on generated long sets, where a cost is weighed against the whole set at once', () => {
    fc.assert(
      fc.property(
        fc.array(indicatorArb, { minLength: 100, maxLength: 400 }),
        fc.array(indicatorArb, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (qs, cs, mix) => {
          const list = qs.map((q, i) => indicator(i + 1, q.name, q.description, q.value, q.unit, q.raw, q.unitColumn));
          const costs = cs.map((c, i) =>
            indicator(1000 + i, c.name, c.description, c.value, c.unit, c.raw, c.unitColumn),
          );
          if (mix) list.splice(50, 0, costs[0] as Indicator, list[3] as Indicator);
          for (const cost of costs) expect(matchQuantity(cost, list)).toBe(referenceMatch(cost, list));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("on long sets where most candidates share the cost's bigrams (weighed by bit planes)", () => {
    // 社保卡单位成本 has two content bigrams, 社保 and 保卡, and most candidates hold both: reading them one by one
    // would read most of the set. A rare 张 (the unit the cost prices) makes a candidate stand out.
    // A few hold 卡制 or 制卡 too, bigrams too rare for a bit set of their own.
    const name = fc.oneof(
      {
        arbitrary: fc.constantFrom('社保卡', '社保卡', '社保卡片', '社保', '保卡', '社保的保卡', '工装', ''),
        weight: 40,
      },
      { arbitrary: fc.constantFrom('卡制的工装', '工装的制卡'), weight: 1 },
    );
    const item = fc.record({
      name,
      description: fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: name, weight: 1 }),
      value: fc.constantFrom(0, 3, 100, 100, null),
      unit: fc.oneof(
        { arbitrary: fc.constant('张'), weight: 1 },
        { arbitrary: fc.constantFrom(null, '人', '人次', '户', '套', '%'), weight: 40 },
      ),
      raw: fc.constantFrom('≥100人次', '≤3元/张', '500元每户', '100'),
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 300, maxLength: 900 }),
        fc.constantFrom('社保卡单位成本', '人均社保卡成本', '社保卡制单位成本', '社保卡制卡单位成本'),
        fc.boolean(),
        (qs, costName, mix) => {
          const list = qs.map((q, i) => indicator(i + 1, q.name, q.description, q.value, q.unit, q.raw, null));
          // With no unit of its own (5元/张 read as a sentence) the cost could be a candidate too: listed when mixed in.
          const cost = indicator(1000, costName, null, 5, mix ? null : '元/张', '5元/张', null);
          if (mix) list.splice(7, 0, cost, list[3] as Indicator);
          expect(matchQuantity(cost, list)).toBe(referenceMatch(cost, list));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on a long table: numbered names tie or match as before', () => {
    const list: Indicator[] = [];
    const costs: Indicator[] = [];
    for (let i = 0; i < 1200; i++) {
      if (i % 6 === 0) list.push(indicator(i, `培训基层医务人员${i}期`, null, 100, '人次', '≥100人次', null));
      if (i % 6 === 3) costs.push(indicator(i, `第${i}期人均培训成本`, null, 1500, '元/人', '≤1500元/人', null));
    }
    // One candidate that only its unit picks out, and one named like a cost.
    list.push(indicator(2000, '鉴定人数', null, 5, '人', '5人', null));
    costs.push(indicator(2001, '第7期人均鉴定成本', null, 10, '元/人', '10元/人', null));
    let matched = 0;
    for (const cost of costs) {
      const found = matchQuantity(cost, list);
      expect(found).toBe(referenceMatch(cost, list));
      if (found) matched++;
    }
    expect(matched).toBeGreaterThan(0);
  });
});
