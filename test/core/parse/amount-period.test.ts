// Budget amounts, project periods and budget years as the project blocks of the seeds write them.
import { parseAmount } from '../../../src/core/parse/amount';
import { findDateMentions, parsePeriod, parseYear } from '../../../src/core/parse/dates';
import { compact } from '../../../src/core/parse/normalise';

describe('parseAmount', () => {
  it.each<[string | number | null, string | null | undefined, number | null, string | null]>([
    // 000 项目资金申请(万元)
    ['14 万元', undefined, 14, '万元'],
    ['4 万元', undefined, 4, '万元'],
    ['23 万元', undefined, 23, '万元'],
    // 001 预算数 under 单位：万元
    ['1324.00', '单位：万元', 1324, '万元'],
    ['84.10', '万元', 84.1, '万元'],
    ['12.60', '万元', 12.6, '万元'],
    // 004 中期资金总额 / 年度资金总额 (项目资金 (万元))
    ['103.00', '(万元)', 103, '万元'],
    ['中期资金总额:294.00', '万元', 294, '万元'],
    // 002 部门预算 in 万元
    ['366.80', '单位:万元', 366.8, '万元'],
    // written units win over the default
    ['500万元', '元', 500, '万元'],
    ['3000元', '万元', 0.3, '元'],
    ['¥3,000元', undefined, 0.3, '元'],
    ['1.5亿元', undefined, 15000, '亿元'],
    ['2千元', undefined, 0.2, '千元'],
    ['2.3 万', undefined, 2.3, '万元'],
    ['１４万元', undefined, 14, '万元'],
    // a number cell, and no unit anywhere: taken as 万元 but the unit is reported unknown
    [90, '万元', 90, '万元'],
    ['90', undefined, 90, null],
    // nothing to read
    ['', '万元', null, null],
    ['无', '万元', null, null],
    [null, '万元', null, null],
  ])('%j with %j', (text, unit, value, writtenUnit) => {
    expect(parseAmount(text, unit)).toEqual({ value, unit: writtenUnit });
  });
});

describe('parsePeriod', () => {
  it.each<[string, { start: string | null; end: string | null } | null]>([
    ['2021-01-01 至 2021-12-31', { start: '2021-01-01', end: '2021-12-31' }],
    ['2021至2023', { start: '2021-01-01', end: '2023-12-31' }],
    ['中期目标(2020-2022)', { start: '2020-01-01', end: '2022-12-31' }],
    ['2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['2021年', { start: '2021-01-01', end: '2021-12-31' }],
    ['2023.07-2024.01', { start: '2023-07-01', end: '2024-01-31' }],
    ['2021年1月1日-2021年12月31日', { start: '2021-01-01', end: '2021-12-31' }],
    ['2021年3月至2022年2月', { start: '2021-03-01', end: '2022-02-28' }],
    ['2021/01/01~2021/12/31', { start: '2021-01-01', end: '2021-12-31' }],
    ['一年', null],
    ['', null],
  ])('%s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it('does not read a reversed range as one period', () => {
    expect(parsePeriod('2023至2021')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
});

describe('parseYear', () => {
  it.each<[string, number | null]>([
    ['(2021 年度)', 2021],
    ['2022年度', 2022],
    ['2021年项目支出预算绩效目标表', 2021],
    ['广水市劳动保险事业管理局2020年整体支出绩效目标', 2020],
    ['填报日期:2020 年 5 月 6 日', 2020],
    ['2021-01-01 至 2021-12-31', 2021],
    ['2021', 2021],
    ['项目支出绩效目标批复表', null],
    ['97.社保经办大厅运转经费绩效目标表', null],
  ])('%s', (text, year) => {
    expect(parseYear(text)).toBe(year);
  });
});

describe('findDateMentions', () => {
  it('finds dates in order and skips years that are only numbers', () => {
    const s = compact('2021年1月至12月完成，每月10日前发放，预算2000元');
    const found = findDateMentions(s);
    expect(found.map((f) => [f.period, f.recurrence])).toEqual([
      [{ start: '2021-01-01', end: '2021-12-31' }, null],
      [null, '每月10日前'],
    ]);
  });
  it('does not take 每年 in a sentence for a deadline', () => {
    expect(findDateMentions('考虑每年提标')).toEqual([]);
  });
});
