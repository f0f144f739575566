// The reviewer's scoreboard (issue 16): every finding the checker makes on the samples and the corpus tables has a
// reviewer's verdict, docs/rules/README.md shows the current per-rule precision and recall, and no rule falls under
// 0.9 precision — save those whose noise comes from outside the rules, each listed below with the reason.

import { readFileSync } from 'node:fs';
import {
  checkSources,
  loadVerdicts,
  precision,
  README,
  renderSection,
  score,
  START,
  END,
  type Scoreboard,
} from './scoreboard';

/**
 * Rules under 0.9 precision for reasons their own module cannot fix, with who owns the fix. Keep this list short: a
 * rule that reaches 0.9 must leave it (the test says so).
 */
const PENDING: Record<string, string> = {
  'cost-sum-differs':
    'money rules: unit prices summed as a total (武川: 490元/平米, 300元/米 …) — util/money.ts is being rewritten',
  'budget-parts-mismatch': 'detection: 乌海 财政拨款数 3 / 其他资金 0 read as 0 + 0 (src/core/detect)',
  'missing-project-field':
    'detection: the budget labels 下达中央预算内投资(万元) (宝坻) and 计划投资额(万元) (海南 服务贸易) are not read (src/core/detect)',
  'impossible-bound':
    'detection: 扎赉特旗 reads 指标性质 正向 as ≥ where its 指标方向 column says 等于 (src/core/detect)',
};

let board: Scoreboard;

beforeAll(async () => {
  board = score(await checkSources(), loadVerdicts());
});

describe('reviewer scoreboard', () => {
  it('covers every sample workbook and corpus table with a verdict file', () => {
    expect(board.missingFiles).toEqual([]);
  });

  it('has a verdict for every finding (a new finding must be reviewed: npm run review -- --draft)', () => {
    expect(board.unreviewed).toEqual([]);
  });

  it('has no verdict for a finding the checker no longer makes', () => {
    expect(board.stale).toEqual([]);
  });

  it('keeps every rule at 0.9 precision or above, save the pending ones', () => {
    const under = board.rules.filter((r) => (precision(r) ?? 1) < 0.9).map((r) => r.rule);
    expect(under.filter((id) => !(id in PENDING))).toEqual([]);
    // A pending rule that made it back to 0.9 comes off the list.
    expect(Object.keys(PENDING).filter((id) => !under.includes(id))).toEqual([]);
  });

  it('shows the current figures in docs/rules/README.md (npm run review)', () => {
    const readme = readFileSync(README, 'utf8');
    const a = readme.indexOf(START);
    const b = readme.indexOf(END);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(readme.slice(a, b + END.length)).toBe(renderSection(board));
  });
});
