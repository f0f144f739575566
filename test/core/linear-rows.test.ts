// The core's work grows linearly with the rows of one long table (issue 15, #46): counted, not timed. On the long
// table of bench/long-table.ts (one project form whose names are all numbered, rows.py of the repro), the
// memoised text functions were asked once per pair of a unit cost and a quantity (matchQuantity), so twice the rows
// made four times the calls. Here twice the rows must make at most about twice the calls and the findings.

import { longTableGrid } from '../../bench/long-table';
import { checkGrids } from '../../src/core/check';
import { Memo } from '../../src/core/memo';

function countCalls(rows: number): { memoCalls: number; findings: number; indicators: number } {
  const spy = jest.spyOn(Memo.prototype, 'get');
  try {
    const result = checkGrids([longTableGrid(rows)], { lang: 'zh-CN' });
    return {
      memoCalls: spy.mock.calls.length,
      findings: result.findings.length,
      indicators: result.tables.reduce((n, t) => n + t.indicators.length, 0),
    };
  } finally {
    spy.mockRestore();
  }
}

describe('one long table: work linear in rows', () => {
  it('5 000 and 10 000 rows: memoised text lookups and findings grow with the rows, not with their square', () => {
    // Warm up once so that no first-use work (vocabularies, compiled patterns) lands on one side only.
    countCalls(600);
    const small = countCalls(5000);
    const big = countCalls(10_000);
    expect(small.indicators).toBe(5000);
    expect(big.indicators).toBe(10_000);
    // Pairwise matching made this ratio about 4.
    expect(big.memoCalls / small.memoCalls).toBeLessThan(2.2);
    expect(big.memoCalls / 10_000).toBeLessThan(200);
    expect(big.findings / small.findings).toBeLessThan(2.2);
  });
});
