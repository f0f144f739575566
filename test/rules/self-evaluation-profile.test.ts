// The self-evaluation profile: chosen for self-evaluation tables, a clean self-evaluation yields no error or warning
// from any rule, and the target-table rules it tunes (template rows, fill hints, evaluation-framework 一级).

import { detectTables } from '../../src/core/detect';
import { allRules, getRule } from '../../src/core/rules/index';
import { chooseProfile, isEvaluationLevel1 } from '../../src/core/rules/profiles';
import type { RuleModule } from '../../src/core/rules/rule';
import { APPRAISAL_FEES, withCells } from './seed-tables';
import { WATER } from './self-evaluation-tables';
import { buildGrid, runCase } from './tester';
import type { TestCase } from './tester';

function ruleIdsOn(c: TestCase, ids: string[]): string[] {
  const rules = ids.map((id) => getRule(id) as RuleModule);
  return runCase(c, rules).findings.map((f) => `${f.ruleId} ${f.cell}`);
}

const TEMPLATE_ROW = withCells(WATER, { D17: '……', E17: null, F17: null, G17: null, H17: null });

describe('self-evaluation profile', () => {
  it('is chosen for a self-evaluation table, and not for a target table', () => {
    const [table] = detectTables(buildGrid(WATER));
    expect(table?.form).toBe('self-evaluation');
    expect(table && chooseProfile(table)).toBe('self-evaluation');
    const [target] = detectTables(buildGrid(APPRAISAL_FEES));
    expect(target && chooseProfile(target)).toBe('project-legacy');
  });

  it('reads the 总分 row’s weight and score into the project block', () => {
    const [table] = detectTables(buildGrid(WATER));
    expect(table?.project).toMatchObject({ totalWeight: 100, totalScore: 99.06 });
    expect(table?.project.cells).toMatchObject({ totalWeight: 'G19', totalScore: 'H19' });
  });

  it('finds no error and no warning on a clean self-evaluation, with every rule', () => {
    const { findings } = runCase({ name: 'clean', ...WATER }, allRules());
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.cell} ${f.message}`)).toEqual([]);
  });

  it('lists template rows once instead of placeholder and empty-target on each', () => {
    const ids = ['placeholder', 'empty-target', 'unknown-level2', 'unfilled-template-rows'];
    expect(ruleIdsOn({ name: 'self', ...TEMPLATE_ROW }, ids)).toEqual(['unfilled-template-rows D17']);
    expect(ruleIdsOn({ name: 'target profile', ...TEMPLATE_ROW, profile: 'project-2021' }, ids).sort()).toEqual([
      'empty-target E17',
      'placeholder D17',
    ]);
  });

  it('reads a template fill hint in a filled row’s name as a hint, not a placeholder (昌宁: 公猪舍(≥**平方米) | 22.8)', () => {
    const hint = withCells(WATER, { D16: '受益人口数(≥**人)', E16: 5000, F16: 5200 });
    expect(ruleIdsOn({ name: 'self', ...hint }, ['placeholder'])).toEqual([]);
    // A target form keeps the template's hint too (湖南 扶贫: 贫困地区旅游景点开发数量(≥**个) | ≥1个): the value is filled.
    expect(ruleIdsOn({ name: 'target profile', ...hint, profile: 'project-2021' }, ['placeholder'])).toEqual([]);
    // The hint with nothing filled is still unfilled; a real placeholder elsewhere in the name is still one.
    const unfilled = withCells(WATER, { D16: '受益人口数(≥**人)', E16: null });
    expect(ruleIdsOn({ name: 'hint not filled', ...unfilled }, ['placeholder'])).toEqual(['placeholder D16']);
    const xx = withCells(WATER, { D16: 'XX村受益人口数(≥**人)', E16: 5000 });
    expect(ruleIdsOn({ name: 'XX in the name', ...xx }, ['placeholder'])).toEqual(['placeholder D16']);
  });

  it('knows the common evaluation framework’s 一级 (宁夏: 项目决策(10分), 海南: 项目管理) and leaves their 二级 alone', () => {
    const framework = withCells(WATER, { B16: '项目决策(10分)', C16: '项目立项', C17: '决策过程' });
    const ids = ['unknown-level1', 'unknown-level2'];
    expect(ruleIdsOn({ name: 'self', ...framework }, ids)).toEqual([]);
    expect(ruleIdsOn({ name: 'target profile', ...framework, profile: 'project-2021' }, ids).sort()).toEqual([
      'unknown-level1 B16',
      'unknown-level2 C16',
      'unknown-level2 C17',
    ]);
    expect(isEvaluationLevel1('self-evaluation', '项目管理')).toBe(true);
    expect(isEvaluationLevel1('self-evaluation', '二、项目过程指标')).toBe(true);
    expect(isEvaluationLevel1('self-evaluation', '项目效益')).toBe(false);
    expect(isEvaluationLevel1('project-2021', '项目决策')).toBe(false);
  });

  it('runs the self-evaluation rules only on self-evaluation tables', () => {
    const selfRules = allRules().filter((r) => r.meta.category === 'self-evaluation');
    expect(selfRules).toHaveLength(10);
    const { findings } = runCase(
      { name: 'target table, forced profile', ...APPRAISAL_FEES, profile: 'self-evaluation' },
      selfRules,
    );
    expect(findings).toEqual([]);
  });
});
