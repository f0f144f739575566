// The WPS host's read side: every fixture layout read back as the grid a host must produce, Value2 conversions,
// scopes, and the number of calls into WPS (merges found by bisection, not cell by cell).

import { a1, parseAreaA1 } from '../../../src/core/a1';
import { cellAt, gridBottom, gridRight, type Area, type Cell, type Grid } from '../../../src/core/grid';
import { formatPercent, isPercentFormat } from '../../../src/hosts/excel/values';
import { createWpsHost } from '../../../src/hosts/wps';
import { errorCode, valueMatrix, wpsCell } from '../../../src/hosts/wps/read';
import { STATE_SHEET_NAME } from '../../../src/hosts/wps/store';
import { emptySheet, errorCell, FakeWps, workbookOf } from '../../fakes/wps';
import { FIXTURES, seed000, toGrid, type SheetLayout } from '../../fixtures/layouts';
import { fakeFromFixture } from './helpers';

/** The cell a host must report: the layout's value, a percentage as the text WPS shows (as the Excel host does). */
function expectedCell(layout: SheetLayout, grid: Grid, row: number, col: number): Cell {
  const v = cellAt(grid, row, col);
  const fmt = layout.numFmts?.[a1(row, col)];
  if (typeof v === 'number' && isPercentFormat(fmt)) return formatPercent(v, fmt as string);
  return v;
}

const byPosition = (a: Area, b: Area) => a.top - b.top || a.left - b.left;

describe('reading every fixture workbook through the WPS host', () => {
  for (const fixture of FIXTURES) {
    test(`${fixture.id}: values, merges and hidden rows as the layout has them`, async () => {
      const wps = new FakeWps(fakeFromFixture(fixture));
      const { grids } = await createWpsHost(wps.app).read('all');
      const withValues = fixture.sheets.filter((l) => l.rows.some((r) => r.some((v) => v !== null && v !== '')));
      expect(grids.map((g) => g.sheet)).toEqual(withValues.map((l) => l.sheet));
      for (const layout of withValues) {
        const want = toGrid(layout);
        const got = grids.find((g) => g.sheet === layout.sheet) as Grid;
        const bottom = Math.max(gridBottom(want), gridBottom(got));
        const right = Math.max(gridRight(want), gridRight(got));
        for (let r = 1; r <= bottom; r++) {
          for (let c = 1; c <= right; c++) {
            const cell = `${layout.sheet}!${a1(r, c)}`;
            expect([cell, cellAt(got, r, c)]).toEqual([cell, expectedCell(layout, want, r, c)]);
          }
        }
        expect([...got.merges].sort(byPosition)).toEqual([...want.merges].sort(byPosition));
        expect(got.hiddenRows ?? []).toEqual(
          (want.hiddenRows ?? []).filter((h) => h >= got.top && h <= gridBottom(got)),
        );
      }
    });
  }
});

describe('Value2 conversion', () => {
  test('formula errors arrive as HRESULT numbers (signed or unsigned) and become their codes', () => {
    expect(errorCode(-2146826246)).toBe('#N/A');
    expect(errorCode(-2146826281)).toBe('#DIV/0!');
    expect(errorCode(2148141050)).toBe('#N/A');
    expect(errorCode(2042)).toBeNull();
    expect(errorCode(1500)).toBeNull();
    expect(wpsCell(-2146826265, () => null)).toEqual({ error: '#REF!' });
  });

  test('numbers take their format: dates, percentages as shown, plain numbers as they are', () => {
    expect(wpsCell(44561, () => 'yyyy"年"m"月"d"日"')).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(wpsCell(0.95, () => '0%')).toBe('95%');
    expect(wpsCell(14, () => 'G/通用格式')).toBe(14);
    expect(wpsCell(1500, () => '0.00')).toBe(1500);
  });

  test('empty cells (undefined, null, empty text) are null; text and booleans stay; the format is asked only for numbers', () => {
    const format = jest.fn(() => 'yyyy-mm-dd');
    expect([undefined, null, '', '按时', true].map((v) => wpsCell(v, format))).toEqual([
      null,
      null,
      null,
      '按时',
      true,
    ]);
    expect(format).not.toHaveBeenCalled();
  });

  test('Value2 shapes: a scalar for one cell, rows for a range, a flat array reshaped row by row', () => {
    expect(valueMatrix('劳动能力鉴定费用', 1, 1)).toEqual([['劳动能力鉴定费用']]);
    expect(valueMatrix([['数量指标', 1500]], 1, 2)).toEqual([['数量指标', 1500]]);
    expect(valueMatrix(['数量指标', 1500, '时效指标', '按时'], 2, 2)).toEqual([
      ['数量指标', 1500],
      ['时效指标', '按时'],
    ]);
  });
});

describe('formula errors', () => {
  const rows = [
    ['三级指标', '四级指标', '指标值', '计量单位'],
    ['数量指标', '劳动能力鉴定人数', 1500, '人'],
    ['质量指标', '鉴定合格率', null, '%'],
    ['成本指标', '人均鉴定费', null, '元'],
    ['成本指标', '专项资金', null, '元'],
    ['成本指标', '上年结转', null, '元'],
    ['时效指标', '送达时限', null, '天'],
  ];

  test('a cell whose Text shows an error reads as that error, not as the number Value2 gives for it', async () => {
    const model = workbookOf('批复表', rows);
    const cells = model.sheets[0].cells;
    cells.C3 = errorCell('#DIV/0!');
    cells.C4 = errorCell('#N/A');
    cells.C5 = errorCell('#REF!');
    // A budget of 2 148 141 050 yuan is also #N/A's code read unsigned; the cell shows digits, so it is a number.
    cells.C6 = { value: 2148141050, text: '2,148,141,050' };
    // The signed #VALUE! number shown in a column too narrow for it: still taken for the error it almost surely is.
    cells.C7 = { value: -2146826273, text: '########' };
    expect(new FakeWps(model).app.ActiveWorkbook?.ActiveSheet.Range('C3').Value2).toBe(-2146826281);
    const { grids } = await createWpsHost(new FakeWps(model).app).read('active');
    expect(grids[0].cells.map((row) => row[2])).toEqual([
      '指标值',
      1500,
      { error: '#DIV/0!' },
      { error: '#N/A' },
      { error: '#REF!' },
      2148141050,
      { error: '#VALUE!' },
    ]);
  });

  test('the text decides only for numbers that are error codes, and is asked only for them', () => {
    const shown = jest.fn(() => '1500');
    expect(wpsCell(1500, () => 'G/通用格式', shown)).toBe(1500);
    expect(shown).not.toHaveBeenCalled();
    expect(
      wpsCell(
        -2146826281,
        () => null,
        () => '#DIV/0!',
      ),
    ).toEqual({ error: '#DIV/0!' });
    expect(
      wpsCell(
        2148141050,
        () => 'G/通用格式',
        () => '2148141050',
      ),
    ).toBe(2148141050);
    // No text to go by (WPS could not say): Value2's error stands.
    expect(
      wpsCell(
        2148141050,
        () => null,
        () => null,
      ),
    ).toEqual({ error: '#N/A' });
    expect(wpsCell(-2146826246, () => null)).toEqual({ error: '#N/A' });
  });
});

describe('scopes and sheets', () => {
  const rows = [
    ['一级指标', '二级指标', '三级指标', '四级指标', '指标值', '计量单位'],
    ['产出', '项目产出', '数量指标', '劳动能力鉴定人数', 1500, '人'],
    [null, null, '数量指标', '劳动能力鉴定次数', 4, '次'],
  ];

  test("'selection' reads only the selected range, at its sheet position", async () => {
    const model = workbookOf('批复表', rows, ['A2:A3', 'B2:B3']);
    model.selection = { sheet: '批复表', area: parseAreaA1('C2:E3') };
    const { grids } = await createWpsHost(new FakeWps(model).app).read('selection');
    expect(grids).toHaveLength(1);
    expect(grids[0]).toMatchObject({ sheet: '批复表', top: 2, left: 3 });
    expect(grids[0].cells).toEqual([
      ['数量指标', '劳动能力鉴定人数', 1500],
      ['数量指标', '劳动能力鉴定次数', 4],
    ]);
  });

  test("'all' skips hidden, very hidden, empty and the product's own sheets; 'active' reads the active one", async () => {
    const model = workbookOf('批复表', rows);
    const hidden = emptySheet('旧表');
    hidden.cells.A1 = { value: '2020 年度' };
    hidden.visible = 0;
    const own = emptySheet(STATE_SHEET_NAME);
    own.cells.A1 = { value: 'indicator-checker annotation state v1' };
    own.visible = 2;
    model.sheets.push(hidden, own, emptySheet('空白'));
    const host = createWpsHost(new FakeWps(model).app);
    expect((await host.read('all')).grids.map((g) => g.sheet)).toEqual(['批复表']);
    model.active = '空白';
    const active = await host.read('active');
    expect(active.grids.map((g) => g.sheet)).toEqual(['空白']);
    expect(active.grids[0].cells).toEqual([[null]]);
  });

  test('no open workbook: a bilingual HostError', async () => {
    const host = createWpsHost(new FakeWps(null).app);
    await expect(host.read('active')).rejects.toMatchObject({ hostMessage: { code: 'no-workbook', intent: 'error' } });
  });
});

describe('calls into WPS', () => {
  /** Seed 000's header block and one project's indicators, then `extra` plain indicator rows below. */
  function sheetWithRows(extra: number) {
    const layout = seed000.sheets[0];
    const model = fakeFromFixture({ ...seed000, sheets: [layout] });
    const sheet = model.sheets[0];
    const start = layout.rows.length + 1;
    for (let i = 0; i < extra; i++) {
      const r = start + i;
      sheet.cells[a1(r, 3)] = { value: '数量指标' };
      sheet.cells[a1(r, 4)] = { value: `劳动能力鉴定人数（第 ${i + 1} 批）` };
      sheet.cells[a1(r, 5)] = { value: 1500 };
      sheet.cells[a1(r, 6)] = { value: '人' };
    }
    return { model, merges: layout.merges.length, cells: (start + extra) * 6 };
  }

  test('a read costs calls in proportion to merged areas, not to cells', async () => {
    const small = sheetWithRows(100);
    const big = sheetWithRows(10_000);
    const count = async (model: ReturnType<typeof sheetWithRows>['model']) => {
      const wps = new FakeWps(model);
      const { grids } = await createWpsHost(wps.app).read('active');
      return { calls: wps.calls, merges: grids[0].merges.length };
    };
    const a = await count(small.model);
    const b = await count(big.model);
    expect(a.merges).toBe(small.merges);
    expect(b.merges).toBe(big.merges);
    // About merges × log2(cells) calls: 100 times the rows (no merges among them) costs a few more splits only,
    // where asking every cell would cost at least one call per cell.
    expect(b.calls - a.calls).toBeLessThan(100);
    expect(b.calls).toBeLessThan(big.cells / 40);
  });
});
