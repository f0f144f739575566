// cleanProduct: whole figures pass through unchanged, binary noise after scaling is rounded away. parsePoints: a
// self-evaluation's weight and score cells.

import { cleanProduct, parsePoints } from '../../../src/core/parse/numbers';

describe('cleanProduct', () => {
  it.each([
    [14, 1, 14],
    [1324, 1, 1324],
    [3000, 0.0001, 0.3],
    [3.1, 10000, 31000],
    [0.1 + 0.2, 1, 0.3],
    [999999999999, 1, 999999999999],
    [-5, 1, -5],
  ])('%p × %p = %p', (value, factor, expected) => {
    expect(cleanProduct(value, factor)).toBe(expected);
  });

  it('rounds to twelve significant digits beyond a whole twelve-digit figure', () => {
    expect(cleanProduct(1234567890123, 1)).toBe(1234567890120);
    expect(cleanProduct(123.4567890123456, 1)).toBe(123.456789012);
  });

  it('gives +0 for a negative zero, as the rounding through text always did', () => {
    expect(Object.is(cleanProduct(-0, 1), 0)).toBe(true);
    expect(Object.is(cleanProduct(0, -1), 0)).toBe(true);
  });

  it('leaves infinities and NaN as they are', () => {
    expect(cleanProduct(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(cleanProduct(Number.NaN, 1)).toBeNaN();
  });
});

describe('parsePoints', () => {
  it.each([
    ['10', 10],
    ['8.62', 8.62],
    ['10.00', 10],
    ['１０', 10],
    ['10分', 10],
    [' 25.00 ', 25],
    ['86.19%', 86.19],
    ['0', 0],
  ])('%p → %p', (text, points) => {
    expect(parsePoints(text)).toBe(points);
  });

  it.each(['', '—', '/', '-', 'IO', '未评', '10-20', '约10分', '10分以上'])(
    '%p is no score (never guessed)',
    (text) => {
      expect(parsePoints(text)).toBeNull();
    },
  );
});
