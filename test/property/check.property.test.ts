// Properties of the core pipeline on arbitrary sheets: detection and every rule finish without throwing, produce
// schema-valid tables and findings, and point only at cells of the sheet.

import fc from 'fast-check';
import { parseA1 } from '../../src/core/a1';
import { checkGrids } from '../../src/core/check';
import { detectTables } from '../../src/core/detect';
import { gridBottom, gridRight, GridSchema, type Grid } from '../../src/core/grid';
import { FindingSchema, IndicatorTableSchema } from '../../src/core/model';
import { runRules } from '../../src/core/rules/engine';
import { gridArb } from './arbitraries';

function inside(grid: Grid, cell: string): boolean {
  const { row, col } = parseA1(cell);
  return row >= grid.top && row <= gridBottom(grid) + 1 && col >= grid.left && col <= gridRight(grid) + 1;
}

describe('detection and rules on arbitrary sheets', () => {
  it('the generator makes valid grids, and tables on a good share of them', () => {
    const sample = fc.sample(gridArb, { numRuns: 300, seed: 8 });
    for (const g of sample) expect(GridSchema.safeParse(g).success).toBe(true);
    // Without tables the rest of this file would test nothing: make sure the generator reaches the rules.
    const withTables = sample.filter((g) => detectTables(g).length > 0).length;
    expect(withTables).toBeGreaterThan(30);
  });

  it('detectTables never throws and returns schema-valid tables within the sheet', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const tables = detectTables(grid);
        for (const t of tables) {
          const parsed = IndicatorTableSchema.safeParse(t);
          if (!parsed.success) throw new Error(`invalid table: ${parsed.error.message}`);
          expect(t.sheet).toBe(grid.sheet);
          for (const ind of t.indicators) {
            expect(ind.row).toBeGreaterThanOrEqual(grid.top);
            expect(ind.row).toBeLessThanOrEqual(gridBottom(grid));
          }
        }
      }),
      { numRuns: 400, seed: 20211231 },
    );
  });

  it('no rule throws, leaves a placeholder unfilled or uses an unknown message (strict), in either language', () => {
    fc.assert(
      fc.property(gridArb, fc.constantFrom('zh-CN' as const, 'en-US' as const), (grid, lang) => {
        const tables = detectTables(grid);
        // strict: a rule that throws, an unknown message id or an unfilled placeholder (either language) throws here.
        const { findings, problems } = runRules(tables, { strict: true, lang });
        expect(problems).toEqual([]);
        for (const f of findings) {
          const parsed = FindingSchema.safeParse(f);
          if (!parsed.success) throw new Error(`invalid finding: ${parsed.error.message}`);
          expect(f.message).not.toMatch(/\{[A-Za-z_][A-Za-z0-9_]*\}/);
          expect(inside(grid, f.cell)).toBe(true);
          for (const r of f.related) expect(inside(grid, r)).toBe(true);
        }
      }),
      { numRuns: 400, seed: 95 },
    );
  });

  it('checkGrids over several arbitrary sheets at once never throws and reports no rule problem', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { minLength: 1, maxLength: 4 }), (grids) => {
        const result = checkGrids(grids, { lang: 'zh-CN' });
        expect(result.problems).toEqual([]);
        const sheets = new Set(grids.map((g) => g.sheet));
        for (const f of result.findings) expect(sheets.has(f.sheet)).toBe(true);
      }),
      { numRuns: 120, seed: 1500 },
    );
  });
});
