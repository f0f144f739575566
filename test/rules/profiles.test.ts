// The profiles' category structure: the one table the structure rules consult (which 二级 sits under which 一级).
import { L1, L2 } from '../../src/core/categories';
import { allowedLevel2, isKnownLevel2Anywhere, knownLevel1, parentsOf } from '../../src/core/rules/profiles';

describe('profile structure', () => {
  it("knows each form's 一级", () => {
    expect(knownLevel1('project-2021')).toEqual([L1.output, L1.benefit, L1.satisfaction, L1.cost]);
    expect(knownLevel1('department')).toContain(L1.input);
    expect(knownLevel1('project-2021')).not.toContain(L1.input);
  });

  it.each([
    ['project-2021', L2.quantity, [L1.output]],
    ['project-2021', L2.economicCost, [L1.cost]],
    ['project-2021', L2.satisfaction, [L1.satisfaction]],
    ['project-legacy', L2.cost, [L1.output, L1.cost]],
    ['project-legacy', L2.satisfaction, [L1.benefit, L1.satisfaction]],
    ['department', L2.satisfaction, [L1.benefit, L1.satisfaction]],
    ['department', L2.relevance, [L1.input]],
  ] as const)('%s puts %s under %j', (profile, level2, parents) => {
    expect([...parentsOf(profile, level2)].sort()).toEqual([...parents].sort());
  });

  it('keeps 成本 out of 产出 in the 2021 framework and the department form out of project tables', () => {
    expect(allowedLevel2('project-2021', L1.output)).toEqual([L2.quantity, L2.quality, L2.timeliness]);
    expect(allowedLevel2('project-legacy', L1.output)).toContain(L2.cost);
    expect(parentsOf('project-2021', L2.relevance)).toEqual([]);
    expect(isKnownLevel2Anywhere(L2.relevance)).toBe(true);
    expect(isKnownLevel2Anywhere('不存在指标')).toBe(false);
  });
});
