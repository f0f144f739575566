// The reviewer's scoreboard (issue 16): every finding the checker makes on the samples and the corpus tables has a
// reviewer's verdict, docs/rules/README.md shows the current per-rule precision and recall, and no rule falls under
// 0.9 precision.

import { readFileSync } from 'node:fs';
import { ruleIds } from '../../src/core/rules/index';
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

  it('keeps every rule at 0.9 precision or above', () => {
    const under = board.rules
      .filter((r) => (precision(r) ?? 1) < 0.9)
      .map((r) => `${r.rule} ${precision(r)?.toFixed(2)}`);
    expect(under).toEqual([]);
  });

  it('lists every rule of the catalog', () => {
    expect(board.rules.map((r) => r.rule).sort()).toEqual(ruleIds().sort());
  });

  it('shows the current figures in docs/rules/README.md (npm run review)', () => {
    const readme = readFileSync(README, 'utf8');
    const a = readme.indexOf(START);
    const b = readme.indexOf(END);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(readme.slice(a, b + END.length)).toBe(renderSection(board));
  });
});
