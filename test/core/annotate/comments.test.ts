// Comment text: our line format, and a person's text surviving merge and strip byte for byte.
import fc from 'fast-check';
import {
  formatLine,
  hasOurLines,
  isOurLine,
  mergeComment,
  ourLineRanges,
  splitComment,
  stripOurLines,
} from '../../../src/core/annotate/comments';

const line1 = formatLine({
  severity: 'error',
  ruleId: 'satisfaction-direction',
  message: '满意度指标值不应使用“≤”：社会公众满意度',
});
const line2 = formatLine({
  severity: 'warning',
  ruleId: 'timeliness-vague',
  message: '时效指标“管理任务按时完成”的指标值“按时”没有日期或期限',
});

describe('formatLine', () => {
  it('writes the label, the message and the rule id', () => {
    expect(line1).toBe('【绩效审核·错误】满意度指标值不应使用“≤”：社会公众满意度（satisfaction-direction）');
    expect(formatLine({ severity: 'info', ruleId: 'cost-sum-differs', message: 'x' })).toBe(
      '【绩效审核·提示】x（cost-sum-differs）',
    );
    expect(line2.startsWith('【绩效审核·警告】')).toBe(true);
  });
  it('keeps a multi-line message on one line', () => {
    const l = formatLine({ severity: 'warning', ruleId: 'vague-target', message: '指标值“是”\n无法衡量\r\n请量化' });
    expect(l).toBe('【绩效审核·警告】指标值“是” 无法衡量 请量化（vague-target）');
    expect(l).not.toMatch(/[\r\n]/);
  });
});

describe('isOurLine', () => {
  it('recognises our prefix only at the start', () => {
    expect(isOurLine(line1)).toBe(true);
    expect(isOurLine(`注：${line1}`)).toBe(false);
    expect(isOurLine('绩效审核·错误')).toBe(false);
    expect(isOurLine('')).toBe(false);
  });
});

describe('merge, split and strip', () => {
  const person = '张会计:\n劳动能力鉴定人数按 2020 年实际 1500 人测算。';

  it('puts the person first and our lines below', () => {
    const merged = mergeComment(person, [line1, line2]);
    expect(merged).toBe(`${person}\n${line1}\n${line2}`);
    expect(splitComment(merged)).toEqual({ person, ours: [line1, line2] });
    expect(stripOurLines(merged)).toBe(person);
    expect(hasOurLines(merged)).toBe(true);
    expect(hasOurLines(person)).toBe(false);
  });

  it('writes our lines alone when there is no person text, and strips to null', () => {
    expect(mergeComment(null, [line1])).toBe(line1);
    expect(mergeComment('', [line1, line2])).toBe(`${line1}\n${line2}`);
    expect(stripOurLines(line1)).toBeNull();
    expect(stripOurLines(`${line1}\n${line2}\n`)).toBeNull();
    expect(mergeComment(person, [])).toBe(person);
  });

  it('re-merging after a split is stable (no duplicated lines)', () => {
    const once = mergeComment(person, [line1]);
    const twice = mergeComment(splitComment(once).person, [line1]);
    expect(twice).toBe(once);
    const replaced = mergeComment(splitComment(once).person, [line2]);
    expect(replaced).toBe(`${person}\n${line2}`);
  });

  it('keeps text a person added below our lines', () => {
    const edited = `${mergeComment(person, [line1, line2])}\n已核实，下次修改。`;
    expect(stripOurLines(edited)).toBe(`${person}\n已核实，下次修改。`);
    const top = `${line1}\n${line2}\n已核实。`;
    expect(stripOurLines(top)).toBe('已核实。');
    expect(ourLineRanges(top)).toEqual([[0, line1.length + line2.length + 2]]);
  });

  it('keeps blank lines and trailing newlines of the person', () => {
    for (const p of ['a\n', 'a\n\n', '\na', '  ', 'a\r\nb', 'a\r\nb\r\n', '\n']) {
      const merged = mergeComment(p, [line1, line2]);
      expect(stripOurLines(merged)).toBe(p);
    }
  });

  it('uses CRLF after a CRLF person text', () => {
    expect(mergeComment('甲\r\n乙', [line1])).toBe(`甲\r\n乙\r\n${line1}`);
    expect(splitComment(`甲\r\n${line1}\r\n${line2}`)).toEqual({ person: '甲', ours: [line1, line2] });
  });

  it('property: any person text comes back byte for byte', () => {
    const personText = fc
      .array(fc.oneof(fc.string(), fc.constantFrom('\n', '\r\n', '【', '绩效审核', ' ', '（x）')), { maxLength: 12 })
      .map((parts) => parts.join(''))
      .filter((p) => !p.endsWith('\r') && p.split('\n').every((l) => !isOurLine(l)));
    const findings = fc.array(
      fc.record({
        severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
        ruleId: fc.constantFrom('empty-target', 'placeholder', 'missing-unit'),
        message: fc.string(),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(personText, findings, (p, fs) => {
        const ours = fs.map(formatLine);
        const merged = mergeComment(p, ours);
        const split = splitComment(merged);
        expect(split.ours).toEqual(ours);
        expect(split.person).toBe(p);
        expect(stripOurLines(merged)).toBe(p === '' ? null : p);
        // Re-annotating replaces, never duplicates.
        expect(mergeComment(split.person, ours)).toBe(merged);
      }),
      { numRuns: 500 },
    );
  });
});
