// Unit notation, money factors and count scales.
import { moneyFactor, normaliseUnit, unitScale } from '../../../src/core/parse/units';
import { compact, toHalfWidth } from '../../../src/core/parse/normalise';

describe('normaliseUnit', () => {
  it.each<[string | null | undefined, string | null]>([
    ['百分比', '%'],
    ['％', '%'],
    ['%', '%'],
    ['百分率', '%'],
    ['(%)', '%'],
    ['（%）', '%'],
    ['万元', '万元'],
    [' 万元 ', '万元'],
    ['元', '元'],
    ['¥', '元'],
    ['亿元', '亿元'],
    ['千元', '千元'],
    ['人', '人'],
    ['人次', '人次'],
    ['篇次', '篇次'],
    ['万人', '万人'],
    ['单位：万元', '万元'],
    ['（人）', '人'],
    ['', null],
    ['  ', null],
    ['-', null],
    ['/', null],
    [null, null],
    [undefined, null],
    // corpus (成安): a unit glossed in brackets
    ['%(百分比)', '%'],
    ['个(项目数)', '个'],
  ])('%j → %j', (unit, expected) => {
    expect(normaliseUnit(unit)).toBe(expected);
  });
});

describe('moneyFactor', () => {
  it.each<[string | null, number | null]>([
    ['元', 0.0001],
    ['千元', 0.1],
    ['万元', 1],
    ['百万元', 100],
    ['亿元', 10000],
    ['人', null],
    ['%', null],
    [null, null],
  ])('%j', (unit, factor) => {
    expect(moneyFactor(unit)).toBe(factor);
  });
});

describe('unitScale', () => {
  it.each<[string, string, number]>([
    ['万人', '人', 1e4],
    ['万封', '封', 1e4],
    ['亿人次', '人次', 1e8],
    ['千人', '人', 1e3],
    ['万元', '万元', 1],
    ['人', '人', 1],
    ['万', '万', 1],
    ['万亿', '万亿', 1],
  ])('%s', (unit, base, factor) => {
    expect(unitScale(unit)).toEqual({ base, factor });
  });
});

describe('normalise', () => {
  it('turns full-width forms half-width and drops spaces and line breaks', () => {
    expect(toHalfWidth('＞＝９５．５％（含）')).toBe('>=95.5%(含)');
    expect(compact('社会公众或服务对\n象满意度')).toBe('社会公众或服务对象满意度');
    expect(compact('项目资金<br>申请<br>(万元)')).toBe('项目资金申请(万元)');
    expect(compact('影响程度\u3000较高')).toBe('影响程度较高');
    expect(compact('100−150')).toBe('100-150');
  });
});
