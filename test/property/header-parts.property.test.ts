// Header words made of known parts map to their role even when the combination was never seen (in the corpus or
// the word list): qualifiers (年度, 实施期, 区域…), a role word and trailers (及单位, （50分）, *), in any mix; a
// self-evaluation's words (实际完成值, 分值, 得分, 偏差原因…) map to their own roles, never the target's.

import fc from 'fast-check';
import { headerWord } from '../../src/core/detect/vocabulary';

const SET_QUALIFIERS = {
  年度: 'annual',
  全年: 'annual',
  当年: 'annual',
  本年度: 'annual',
  年初: 'annual',
  中期: 'midterm',
  实施期: 'midterm',
  长期: 'midterm',
  中长期: 'midterm',
} as const;
const PLAIN_QUALIFIERS = ['预期', '计划', '区域', '绩效', '项目', '具体', '考核', '预计', '批复'];
const TRAILERS = ['', '*', '＊', '（50分）', '(10分)', '及单位', '(单位)', '（含数字及文字描述）', '(A)'];

const qualifiers = fc.tuple(
  fc.option(fc.constantFrom(...(Object.keys(SET_QUALIFIERS) as (keyof typeof SET_QUALIFIERS)[])), { nil: null }),
  fc.subarray(PLAIN_QUALIFIERS, { maxLength: 2 }),
);

function compose(set: string | null, plain: readonly string[], core: string, trailer: string, star: boolean): string {
  return `${star ? '*' : ''}${set ?? ''}${plain.join('')}${core}${trailer}`;
}

test('target value columns: qualifiers + a value word + trailers', () => {
  fc.assert(
    fc.property(
      qualifiers,
      fc.constantFrom('指标值', '目标值', '数值', '标准值', '值'),
      fc.constantFrom(...TRAILERS),
      fc.boolean(),
      ([set, plain], core, trailer, star) => {
        // A bare 值 needs a qualifier to be a header word at all.
        fc.pre(core !== '值' || set !== null || plain.length > 0);
        const text = compose(set, plain, core, trailer, star);
        const w = headerWord(text);
        expect([text, w?.kind === 'indicator' ? w.role : null]).toEqual([text, 'value']);
        if (set && w?.kind === 'indicator') expect([text, w.set]).toEqual([text, SET_QUALIFIERS[set]]);
      },
    ),
    { numRuns: 400 },
  );
});

test('level columns: an ordinal, with or without 指标 / 名称, and trailers', () => {
  const ordinals = {
    一级: 'level1',
    '1级': 'level1',
    二级: 'level2',
    第二级: 'level2',
    三级: 'level3',
    '3级': 'level3',
    四级: 'level4',
  } as const;
  fc.assert(
    fc.property(
      fc.constantFrom(...(Object.keys(ordinals) as (keyof typeof ordinals)[])),
      fc.constantFrom('', '指标', '指标名称'),
      fc.constantFrom('', '*', '（30分）', '(必填)'),
      (ord, rest, trailer) => {
        const text = `${ord}${rest}${trailer}`;
        const w = headerWord(text);
        expect([text, w?.kind === 'indicator' ? w.role : null]).toEqual([text, ordinals[ord]]);
      },
    ),
    { numRuns: 200 },
  );
});

test('unit, operator and description columns with qualifiers and trailers', () => {
  const cores = {
    计量单位: 'unit',
    度量单位: 'unit',
    单位: 'unit',
    指标性质: 'operator',
    指标方向: 'operator',
    符号: 'operator',
    计算符号: 'operator',
    指标说明: 'description',
    指标解释: 'description',
  } as const;
  fc.assert(
    fc.property(
      fc.subarray(['绩效', '指标值', '项目'], { maxLength: 1 }),
      fc.constantFrom(...(Object.keys(cores) as (keyof typeof cores)[])),
      fc.constantFrom('', '*', '＊'),
      (plain, core, trailer) => {
        // 指标值 before 单位/符号 is the value's own unit or operator: 指标值单位, 指标值符号.
        fc.pre(!(plain[0] === '指标值' && !['单位', '计量单位', '度量单位', '符号'].includes(core)));
        const text = `${plain.join('')}${core}${trailer}`;
        const w = headerWord(text);
        expect([text, w?.kind === 'indicator' ? w.role : null]).toEqual([text, cores[core]]);
      },
    ),
    { numRuns: 200 },
  );
});

test('score, weight and actual columns are never taken for the target (nor the money table’s 执行数 / 执行率)', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('', '年度', '全年', '实际'),
      fc.constantFrom(
        '实际完成值',
        '完成值',
        '实际值',
        '得分',
        '分值',
        '权重',
        '自评得分',
        '执行数',
        '执行率',
        '完成情况',
        '偏差原因',
      ),
      fc.constantFrom(...TRAILERS),
      (q, core, trailer) => {
        const w = headerWord(`${q}${core}${trailer}`);
        expect(w?.kind === 'indicator' ? w.role : null).not.toBe('value');
      },
    ),
    { numRuns: 200 },
  );
});

test('self-evaluation columns: qualifiers + an actual, weight, score or reason word + trailers map to their roles', () => {
  const cores = {
    实际完成值: 'actual',
    实际值: 'actual',
    完成值: 'actual',
    实际完成数: 'actual',
    单项指标实际完成值: 'actual',
    分值: 'weight',
    权重: 'weight',
    指标分值: 'weight',
    指标权重: 'weight',
    '权重占比(%)': 'weight',
    参考分值: 'weight',
    得分: 'score',
    自评得分: 'score',
    指标得分: 'score',
    单项指标得分: 'score',
    评价得分: 'score',
    偏差原因分析及改进措施: 'deviation',
    未完成原因及拟采取的改进措施: 'deviation',
    未完成原因分析: 'deviation',
    偏差原因: 'deviation',
    原因说明: 'deviation',
  } as const;
  fc.assert(
    fc.property(
      fc.option(fc.constantFrom(...(Object.keys(SET_QUALIFIERS) as (keyof typeof SET_QUALIFIERS)[])), { nil: null }),
      fc.subarray(['项目', '绩效', '考核'], { maxLength: 1 }),
      fc.constantFrom(...(Object.keys(cores) as (keyof typeof cores)[])),
      fc.constantFrom(...TRAILERS, '（B）'),
      fc.boolean(),
      (set, plain, core, trailer, star) => {
        const text = compose(set, plain, core, trailer, star);
        const w = headerWord(text);
        expect([text, w?.kind === 'indicator' ? w.role : null]).toEqual([text, cores[core]]);
      },
    ),
    { numRuns: 600 },
  );
});
