// The self-evaluation sample (中江县水利局 2022, a real published 绩效目标自评表): read as one self-evaluation table under
// the self-evaluation profile, with the 总分 row read, and exactly the defects a reviewer finds on it — weights of
// 70/20/10 (+10 for the execution rate) that add up to 110 while 总分 says 100, scores likewise, a …… template row
// left in, and 显著提升 as a target.

import { checkGrids } from '../../src/core/check';
import { selfEvaluation } from '../fixtures/layouts';
import { readBack } from './helpers';

test('zhongjiang-2022-self-evaluation.xlsx: the table, its 总分, and the findings a reviewer expects', async () => {
  const result = checkGrids(await readBack(selfEvaluation), { lang: 'zh-CN' });
  expect(result.tables).toHaveLength(1);
  const [t] = result.tables;
  expect([t?.form, t?.profile, t?.project.totalWeight, t?.project.totalScore, t?.project.budget]).toEqual([
    'self-evaluation',
    'self-evaluation',
    100,
    100,
    20,
  ]);
  expect(result.findings.map((f) => [f.ruleId, f.cell, f.severity]).sort()).toEqual(
    [
      ['level1-weights', 'B12', 'info'],
      ['total-score-mismatch', 'H23', 'error'],
      ['unfilled-template-rows', 'D22', 'info'],
      ['vague-target', 'F20', 'warning'],
      ['weights-total', 'E23', 'error'],
    ].sort(),
  );
  const weights = result.findings.find((f) => f.ruleId === 'weights-total');
  expect(weights?.message).toContain('110');
});
