// A1 addressing round-trips.
import { a1, areaA1, columnLetters, columnNumber, parseA1, parseAreaA1 } from '../../src/core/a1';

describe('a1', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s and back', (n, s) => {
    expect(columnLetters(n)).toBe(s);
    expect(columnNumber(s)).toBe(n);
  });
  it('cells and areas', () => {
    expect(a1(10, 5)).toBe('E10');
    expect(parseA1('$E$10')).toEqual({ row: 10, col: 5 });
    expect(areaA1({ top: 1, left: 1, bottom: 22, right: 6 })).toBe('A1:F22');
    expect(parseAreaA1("'Sheet 1'!F22:A1")).toEqual({ top: 1, left: 1, bottom: 22, right: 6 });
    expect(() => parseA1('1A')).toThrow(RangeError);
  });
});
