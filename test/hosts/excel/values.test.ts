// Pure conversions of the Excel host: cell values and number formats, addresses, payload sizes.

import { formatPercent, isDateFormat, isPercentFormat, serialToDate, toCell } from '../../../src/hosts/excel/values';
import { jsonBytes, localRef, quoteSheet, splitAreas, utf8Length } from '../../../src/hosts/excel/payload';

describe('percentages as Excel shows them', () => {
  test.each([
    [0.95, '0%', '95%'],
    [0.95, '0.00%', '95.00%'],
    [1, '0%', '100%'],
    [0.005, '0%', '1%'],
    [0.955, '0.0%', '95.5%'],
    [12.345, '#,##0.0%', '1,234.5%'],
    [-0.05, '0%', '-5%'],
    [-0.05, '0%;[Red](0%)', '(5%)'],
    [0.8, '0%"以上"', '80%以上'],
    [0.8, '"≥"0%', '≥80%'],
    [0.123, '[$-804]0.0%', '12.3%'],
  ])('%p in %p shows %p', (value, format, shown) => {
    expect(formatPercent(value, format)).toBe(shown);
    expect(toCell(value, 'Double', format)).toBe(shown);
  });

  test('only formats with a % code outside quotes are percentages', () => {
    expect(isPercentFormat('0%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
  });
});

describe('dates in the 1900 date system', () => {
  test('serial numbers, including the phantom 1900-02-29', () => {
    expect(serialToDate(44197).toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(serialToDate(44561).toISOString()).toBe('2021-12-31T00:00:00.000Z');
    expect(serialToDate(1).toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(serialToDate(59).toISOString()).toBe('1900-02-28T00:00:00.000Z');
    expect(serialToDate(61).toISOString()).toBe('1900-03-01T00:00:00.000Z');
  });
  test.each([
    ['yyyy-mm-dd', true],
    ['yyyy"年"m"月"d"日"', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['mmm-yy', true],
    ['h:mm', false],
    ['[h]:mm:ss', false],
    ['0.00', false],
    ['"day"0', false],
    ['General', false],
  ])('%p is a date format: %p', (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });
  test('a number in a date format becomes a Date; in a time format it stays a number', () => {
    expect(toCell(44561, 'Double', 'yyyy/m/d')).toEqual(new Date(Date.UTC(2021, 11, 31)));
    expect(toCell(0.5, 'Double', 'h:mm')).toBe(0.5);
  });
});

describe('other cells', () => {
  test('errors by valueType, empties, booleans, rich values', () => {
    expect(toCell('#DIV/0!', 'Error', 'General')).toEqual({ error: '#DIV/0!' });
    expect(toCell('#DIV/0!', 'String', 'General')).toBe('#DIV/0!');
    expect(toCell('', 'Empty', 'General')).toBeNull();
    expect(toCell(false, 'Boolean', 'General')).toBe(false);
    expect(toCell({ type: 'Entity' }, 'RichValue', 'General')).toBeNull();
    expect(toCell(1500, 'Double', '#,##0')).toBe(1500);
  });
});

describe('addresses and payload sizes', () => {
  test('sheet names are quoted the way Excel writes them', () => {
    expect(quoteSheet('批复表')).toBe('批复表');
    expect(quoteSheet('Sheet1')).toBe('Sheet1');
    expect(quoteSheet('2021 预算')).toBe("'2021 预算'");
    expect(quoteSheet("王's")).toBe("'王''s'");
    expect(quoteSheet('A1')).toBe("'A1'");
  });
  test('multi-area addresses split outside quotes only', () => {
    expect(splitAreas('批复表!A13:A17,批复表!B13:B17')).toEqual(['批复表!A13:A17', '批复表!B13:B17']);
    expect(splitAreas("'a,b'!A1:B2, 'a,b'!C3")).toEqual(["'a,b'!A1:B2", "'a,b'!C3"]);
    expect(localRef("'王''s'!E15")).toBe('E15');
  });
  test('UTF-8 sizes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('指标')).toBe(6);
    expect(utf8Length('≥')).toBe(3);
    expect(utf8Length('𠮷')).toBe(4);
    expect(jsonBytes(['指标', 1])).toBe(Buffer.byteLength(JSON.stringify(['指标', 1])));
  });
});
