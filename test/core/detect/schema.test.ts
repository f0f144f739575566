// Every detected table satisfies the canonical model's zod schema (A1 cells, column roles, targets).

import { parseA1, parseAreaA1 } from '../../../src/core/a1';
import { detectTables } from '../../../src/core/detect';
import { IndicatorTableSchema } from '../../../src/core/model';
import { seed000Merges, seed000Rows, seed001Merges, seed001Rows, seed004Merges, seed004Rows } from './layouts';
import { sheet } from './sheet';

describe('detected tables match the schema', () => {
  it.each([
    ['000', seed000Rows, seed000Merges],
    ['001', seed001Rows, seed001Merges],
    ['004', seed004Rows, seed004Merges],
  ])('seed %s', (_id, rows, merges) => {
    const tables = detectTables(sheet(rows, { merges }));
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const parsed = IndicatorTableSchema.safeParse(t);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      // Every part's cell lies inside the table's range.
      const area = parseAreaA1(t.range);
      for (const i of t.indicators) {
        for (const c of Object.values(i.cells)) {
          const { row, col } = parseA1(c);
          expect([row >= area.top && row <= area.bottom, col >= area.left && col <= area.right]).toEqual([true, true]);
        }
      }
    }
  });
});
