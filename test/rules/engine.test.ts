// Engine, configuration and profile tests over hand-built canonical tables (no detection involved).

import { L1, L2 } from '../../src/core/categories';
import type { Indicator, IndicatorTable, Target } from '../../src/core/model';
import { DEFAULT_THRESHOLDS, parseConfig } from '../../src/core/rules/config';
import type { ResolvedConfig } from '../../src/core/rules/config';
import { runRules } from '../../src/core/rules/engine';
import { fillTemplate, formatMessage, formatNumber, placeholders } from '../../src/core/rules/i18n';
import { allowedLevel2, chooseProfile, parentsOf } from '../../src/core/rules/profiles';
import type { RuleContext, RuleModule } from '../../src/core/rules/rule';
import type { Thresholds } from '../../src/core/rules/types';
import { analysisOf } from '../../src/core/rules/util/analysis';

function target(raw: string, value: number | null = null, unit: string | null = null): Target {
  return { raw, operator: null, value, unit, kind: raw === '' ? 'empty' : value === null ? 'text' : 'quantitative' };
}

function indicator(
  row: number,
  level1: string | null,
  level2: string | null,
  name: string,
  raw: string,
  cells: Indicator['cells'],
): Indicator {
  return {
    row,
    set: 'annual',
    level1,
    level1Raw: level1,
    level2,
    level2Raw: level2,
    name,
    target: target(raw),
    unit: null,
    cells,
  };
}

/** Seed 000's 劳动能力鉴定费用 table, reduced to what the engine needs. */
function seed000Table(sheet = 'Sheet1'): IndicatorTable {
  return {
    sheet,
    range: 'A5:F22',
    headerRow: 14,
    kind: 'project',
    title: '项目支出绩效目标批复表',
    levels: 4,
    project: {
      name: '劳动能力鉴定费用',
      period: null,
      budget: 14,
      budgetUnit: '万元',
      cells: { name: 'B5', budget: 'B9' },
    },
    columns: { level1: 'A', level2: 'B', level3: 'C', level4: 'D', value: 'E', unit: 'F' },
    indicators: [
      indicator(15, L1.output, L2.quantity, '劳动能力鉴定人数', '1500', {
        level1: 'A15',
        level2: 'C15',
        name: 'D15',
        target: 'E15',
        unit: 'F15',
      }),
      indicator(16, L1.output, L2.quantity, '劳动能力鉴定次数', '4', {
        level1: 'A16',
        level2: 'C16',
        name: 'D16',
        target: 'E16',
      }),
      indicator(17, L1.output, L2.timeliness, '管理任务按时完成', '按时', { level1: 'A17', target: 'E17' }),
      indicator(18, L1.output, L2.cost, '劳动能力鉴定费', '14', { level1: 'A18' }),
    ],
  };
}

function fakeRule(
  id: string,
  check: (ctx: RuleContext) => void,
  messages: RuleModule['meta']['messages'] = {},
): RuleModule {
  return {
    meta: {
      id,
      category: 'structure',
      defaultSeverity: 'warning',
      description: { 'zh-CN': '测试规则', 'en-US': 'test rule' },
      messages: {
        flag: { 'zh-CN': '指标“{name}”有问题', 'en-US': 'indicator "{name}" is flagged' },
        ...messages,
      },
    },
    check,
  };
}

function config(raw: Record<string, unknown>, known: string[] = []): ResolvedConfig {
  const r = parseConfig(raw, known);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.config;
}

describe('i18n', () => {
  it('fills placeholders and formats numbers without float noise', () => {
    expect(formatMessage({ 'zh-CN': '合计 {sum} 万元', 'en-US': 'sum {sum}' }, 'zh-CN', { sum: 753 + 279 + 292 })).toBe(
      '合计 1324 万元',
    );
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(6500000)).toBe('6500000');
    expect(formatNumber(10.65)).toBe('10.65');
  });
  it('throws on an unfilled placeholder and lists placeholders', () => {
    expect(() => formatMessage({ 'zh-CN': '“{name}”为空', 'en-US': '"{name}" empty' }, 'en-US', {})).toThrow(
      /\{name\}/,
    );
    expect(fillTemplate('{a}{b}{a}', { a: 1 }).missing).toEqual(['b']);
    expect(placeholders('{x} 与 {y}，{x}')).toEqual(['x', 'y']);
  });
});

describe('config', () => {
  it('applies defaults for an absent configuration', () => {
    const r = parseConfig(undefined, []);
    expect(r).toEqual({ ok: true, config: { profile: 'auto', rules: {}, thresholds: {}, lang: 'zh-CN' } });
    expect(DEFAULT_THRESHOLDS).toEqual({ satisfactionFloor: 80, costTolerance: 0.005, unitCostLowRatio: 0.01 });
  });
  it('accepts a full configuration', () => {
    const r = parseConfig(
      {
        profile: 'project-legacy',
        rules: { 'empty-target': 'off', placeholder: 'warning' },
        thresholds: { satisfactionFloor: 85 },
        lang: 'en-US',
      },
      ['empty-target', 'placeholder'],
    );
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.config).toEqual({
        profile: 'project-legacy',
        rules: { 'empty-target': 'off', placeholder: 'warning' },
        thresholds: { satisfactionFloor: 85 },
        lang: 'en-US',
      });
  });
  it('names an unknown rule id', () => {
    const r = parseConfig({ rules: { 'no-such-rule': 'error' } }, ['empty-target']);
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'rules.no-such-rule', message: 'rules.no-such-rule: 未知规则 / unknown rule' }],
    });
  });
  it('names an unknown key, a bad setting, a bad profile and a bad threshold', () => {
    const r = parseConfig(
      {
        profil: 'x',
        rules: { 'empty-target': 'loud' },
        profile: 'provincial',
        thresholds: { costTolerance: 2, foo: 1 },
      },
      ['empty-target'],
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path).sort();
    expect(paths).toEqual(['profil', 'profile', 'rules.empty-target', 'thresholds.costTolerance', 'thresholds.foo']);
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
    expect(byPath.profil).toBe('profil: 未知配置项 / unknown key');
    expect(byPath['rules.empty-target']).toMatch(
      /^rules\.empty-target: .+ \/ .+'off' \| 'error' \| 'warning' \| 'info'/,
    );
    expect(byPath['thresholds.costTolerance']).toBe('thresholds.costTolerance: 数值超出允许范围 / value out of range');
  });
  it('rejects a non-object configuration', () => {
    const r = parseConfig('project-2021', []);
    expect(r.ok).toBe(false);
  });
});

describe('profiles', () => {
  it('chooses the department profile from kind, title or a 投入管理 一级', () => {
    expect(chooseProfile({ ...seed000Table(), kind: 'department' })).toBe('department');
    expect(
      chooseProfile({ ...seed000Table(), levels: 3, indicators: [], title: '省级部门（单位）整体绩效目标申报表' }),
    ).toBe('department');
    expect(
      chooseProfile({
        ...seed000Table(),
        levels: 3,
        title: null,
        indicators: [indicator(20, L1.input, L2.relevance, '', '相关', {})],
      }),
    ).toBe('department');
  });
  it('chooses project-legacy for 成本 under 产出, 满意度 under 效益, or four levels', () => {
    const t = seed000Table();
    expect(chooseProfile(t)).toBe('project-legacy');
    const three = { ...t, levels: 3 as const };
    expect(chooseProfile(three)).toBe('project-legacy');
    const noCost = { ...three, indicators: three.indicators.slice(0, 3) };
    expect(chooseProfile(noCost)).toBe('project-2021');
    const satisfactionUnderBenefit = {
      ...noCost,
      indicators: [...noCost.indicators, indicator(22, L1.benefit, L2.satisfaction, '社会公众满意度', '99', {})],
    };
    expect(chooseProfile(satisfactionUnderBenefit)).toBe('project-legacy');
  });
  it('knows which 二级 go under which 一级', () => {
    expect(allowedLevel2('project-2021', L1.output)).toEqual([L2.quantity, L2.quality, L2.timeliness]);
    expect(allowedLevel2('project-legacy', L1.output)).toContain(L2.cost);
    expect(parentsOf('project-2021', L2.cost)).toEqual([L1.cost]);
    expect(parentsOf('project-legacy', L2.satisfaction)).toEqual([L1.benefit, L1.satisfaction]);
    expect(allowedLevel2('project-2021', L1.input)).toEqual([]);
    expect(allowedLevel2('department', L1.input)).toContain(L2.budgetFinance);
  });
});

describe('runRules', () => {
  it('resolves indicator parts with fallbacks and project fields', () => {
    const t = seed000Table();
    const rule = fakeRule('probe', (ctx) => {
      const [a, b, c, d] = ctx.table.indicators;
      ctx.report({ messageId: 'flag', data: { name: a.name }, at: { indicator: a, part: 'unit' } }); // F15
      ctx.report({ messageId: 'flag', data: { name: b.name }, at: { indicator: b, part: 'unit' } }); // → name D16
      ctx.report({ messageId: 'flag', data: { name: c.name }, at: { indicator: c, part: 'name' } }); // → target E17
      ctx.report({ messageId: 'flag', data: { name: d.name }, at: { indicator: d, part: 'target' } }); // → table's first cell A5
      ctx.report({
        messageId: 'flag',
        data: { name: 'budget' },
        at: { table: ctx.table, field: 'budget' },
        related: [{ indicator: d, part: 'level1' }],
      });
      ctx.report({ messageId: 'flag', data: { name: 'period' }, at: { table: ctx.table, field: 'period' } }); // → A5
    });
    const { findings, problems } = runRules([t], { rules: [rule], strict: true });
    expect(problems).toEqual([]);
    expect(findings.map((f) => [f.cell, f.message, f.related])).toEqual([
      ['A5', '指标“period”有问题', []],
      ['A5', '指标“劳动能力鉴定费”有问题', []],
      ['B9', '指标“budget”有问题', ['A18']],
      ['F15', '指标“劳动能力鉴定人数”有问题', []],
      ['D16', '指标“劳动能力鉴定次数”有问题', []],
      ['E17', '指标“管理任务按时完成”有问题', []],
    ]);
    expect(
      findings.every((f) => f.sheet === 'Sheet1' && f.table === 0 && f.severity === 'warning' && f.ruleId === 'probe'),
    ).toBe(true);
    expect(t.profile).toBe('project-legacy');
  });

  it('formats in the chosen language, dedupes identical findings and sorts by sheet, row, column, rule', () => {
    const t1 = seed000Table('第一页');
    const t2 = seed000Table('Another');
    const rule = (id: string) =>
      fakeRule(id, (ctx) => {
        for (const ind of ctx.table.indicators.slice(0, 2)) {
          // Reported twice: a merged 一级 cell makes rules see the same thing from several rows.
          ctx.report({ messageId: 'flag', data: { name: '产出' }, at: { indicator: ind, part: 'level1' } });
          ctx.report({
            messageId: 'flag',
            data: { name: '产出' },
            at: { indicator: ctx.table.indicators[0], part: 'level1' },
          });
        }
      });
    const { findings } = runRules([t1, t2], { rules: [rule('b-rule'), rule('a-rule')], lang: 'en-US' });
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.ruleId} #${f.table}`)).toEqual([
      '第一页!A15 a-rule #0',
      '第一页!A15 b-rule #0',
      '第一页!A16 a-rule #0',
      '第一页!A16 b-rule #0',
      'Another!A15 a-rule #1',
      'Another!A15 b-rule #1',
      'Another!A16 a-rule #1',
      'Another!A16 b-rule #1',
    ]);
    expect(findings[0].message).toBe('indicator "产出" is flagged');
  });

  it('applies severities: rule default, then profile, then configuration; per-report severity wins', () => {
    const t = seed000Table();
    const report = (ctx: RuleContext) =>
      ctx.report({ messageId: 'flag', data: { name: 'x' }, at: { indicator: ctx.table.indicators[0], part: 'name' } });
    const offInDepartment = fakeRule('cost-exceeds-budget', report);
    const plain = fakeRule('plain', report);
    const infoReport = fakeRule('info-report', (ctx) =>
      ctx.report({
        messageId: 'flag',
        severity: 'info',
        data: { name: 'x' },
        at: { indicator: ctx.table.indicators[0], part: 'name' },
      }),
    );
    const rules = [offInDepartment, plain, infoReport];
    const known = rules.map((r) => r.meta.id);

    const auto = runRules([seed000Table()], { rules }).findings;
    expect(auto.map((f) => [f.ruleId, f.severity])).toEqual([
      ['cost-exceeds-budget', 'warning'],
      ['info-report', 'info'],
      ['plain', 'warning'],
    ]);
    const dept = runRules([{ ...t, kind: 'department' }], { rules }).findings;
    expect(dept.map((f) => f.ruleId)).toEqual(['info-report', 'plain']);
    const forced = runRules([{ ...t, kind: 'department' }], {
      rules,
      config: config({ rules: { 'cost-exceeds-budget': 'error', plain: 'off' } }, known),
    }).findings;
    expect(forced.map((f) => [f.ruleId, f.severity])).toEqual([
      ['cost-exceeds-budget', 'error'],
      ['info-report', 'info'],
    ]);
  });

  it('uses the configured profile over the auto choice and passes thresholds', () => {
    const t = seed000Table();
    const seen: Array<{ profile: string; thresholds: Thresholds }> = [];
    const rule = fakeRule('probe', (ctx) => seen.push({ profile: ctx.profile, thresholds: ctx.thresholds }));
    runRules([t], {
      rules: [rule],
      config: config({ profile: 'project-2021', thresholds: { satisfactionFloor: 90 } }),
    });
    expect(t.profile).toBe('project-2021');
    expect(seen).toEqual([
      { profile: 'project-2021', thresholds: { satisfactionFloor: 90, costTolerance: 0.005, unitCostLowRatio: 0.01 } },
    ]);
  });

  it('keeps going when a rule throws, and reports the problem', () => {
    const boom = fakeRule('boom', (ctx) => {
      ctx.report({
        messageId: 'flag',
        data: { name: 'partial' },
        at: { indicator: ctx.table.indicators[0], part: 'name' },
      });
      throw new Error('kaput');
    });
    const ok = fakeRule('ok', (ctx) =>
      ctx.report({
        messageId: 'flag',
        data: { name: 'fine' },
        at: { indicator: ctx.table.indicators[0], part: 'name' },
      }),
    );
    const { findings, problems } = runRules([seed000Table()], { rules: [boom, ok] });
    expect(findings.map((f) => f.ruleId)).toEqual(['ok']);
    expect(problems).toEqual([{ ruleId: 'boom', table: 0, sheet: 'Sheet1', message: 'kaput' }]);
    expect(() => runRules([seed000Table()], { rules: [boom], strict: true })).toThrow('kaput');
  });

  it('treats an unknown message id or an unfilled placeholder as a bug', () => {
    const unknown = fakeRule('unknown-id', (ctx) =>
      ctx.report({ messageId: 'nope', at: { indicator: ctx.table.indicators[0], part: 'name' } }),
    );
    const unfilled = fakeRule('unfilled', (ctx) =>
      ctx.report({ messageId: 'flag', data: {}, at: { indicator: ctx.table.indicators[0], part: 'name' } }),
    );
    const enOnly = fakeRule(
      'en-only',
      (ctx) =>
        ctx.report({ messageId: 'odd', data: { name: 'x' }, at: { indicator: ctx.table.indicators[0], part: 'name' } }),
      { odd: { 'zh-CN': '“{name}”', 'en-US': '"{name}" and {other}' } },
    );
    expect(() => runRules([seed000Table()], { rules: [unknown], strict: true })).toThrow(/unknown messageId "nope"/);
    expect(() => runRules([seed000Table()], { rules: [unfilled], strict: true })).toThrow(/\{name\}/);
    // The zh-CN message is fine, but the en-US one would be broken: strict mode checks both.
    expect(() => runRules([seed000Table()], { rules: [enOnly], strict: true })).toThrow(/en-US.*\{other\}/);
    const lenient = runRules([seed000Table()], { rules: [unknown, unfilled, enOnly] });
    expect(lenient.problems.map((p) => p.ruleId)).toEqual(['unknown-id', 'unfilled']);
    expect(lenient.findings.map((f) => f.ruleId)).toEqual(['en-only']);
  });

  it('sorts cells by row and column however they are written, and a cell that is no A1 reference is a bug', () => {
    const t = seed000Table();
    const [a, b, c] = t.indicators;
    // Cells from hand-made tables may be lower case or absolute; sorting reads them as parseA1 does.
    b.cells = { ...b.cells, name: 'aa3' };
    c.cells = { ...c.cells, name: '$B$2' };
    const rule = fakeRule('cells', (ctx) => {
      for (const ind of [a, b, c])
        ctx.report({ messageId: 'flag', data: { name: ind.name }, at: { indicator: ind, part: 'name' } });
    });
    expect(runRules([t], { rules: [rule], strict: true }).findings.map((f) => f.cell)).toEqual(['$B$2', 'aa3', 'D15']);
    a.cells = { ...a.cells, name: 'R1C1' };
    expect(() => runRules([t], { rules: [rule] })).toThrow(/bad A1 reference R1C1/);
  });

  it('keeps one of each identical finding when a cell is reported many times with different related cells', () => {
    const t = seed000Table();
    const [first, second] = t.indicators;
    const relatedRows = Array.from({ length: 20 }, (_, i) => 15 + i);
    const rule = fakeRule('many', (ctx) => {
      // 60 reports of one cell and message: 20 different related cells, each reported three times.
      for (let round = 0; round < 3; round++) {
        for (const row of relatedRows) {
          const other: Indicator = { ...second, cells: { name: `G${row}` } };
          ctx.report({
            messageId: 'flag',
            data: { name: '产出' },
            at: { indicator: first, part: 'name' },
            related: [{ indicator: other, part: 'name' }],
          });
        }
      }
    });
    const { findings } = runRules([t], { rules: [rule], strict: true });
    expect(findings.map((f) => f.related)).toEqual(relatedRows.map((row) => [`G${row}`]));
  });

  it('drops the positions of a failed rule with its findings', () => {
    const t = seed000Table();
    const partial = fakeRule('a-partial', (ctx) => {
      ctx.report({
        messageId: 'flag',
        data: { name: 'partial' },
        at: { indicator: ctx.table.indicators[3], part: 'level1' },
      });
      throw new Error('kaput');
    });
    const after = fakeRule('b-after', (ctx) => {
      for (const ind of [...ctx.table.indicators].reverse())
        ctx.report({ messageId: 'flag', data: { name: ind.name }, at: { indicator: ind, part: 'level1' } });
    });
    const { findings } = runRules([t], { rules: [partial, after] });
    expect(findings.map((f) => `${f.ruleId} ${f.cell}`)).toEqual([
      'b-after A15',
      'b-after A16',
      'b-after A17',
      'b-after A18',
    ]);
  });

  it('gives rules one shared analysis per table', () => {
    const t1 = seed000Table('A');
    const t2 = seed000Table('B');
    const seen: unknown[] = [];
    const probe = (id: string) => fakeRule(id, (ctx) => seen.push(ctx.analysis));
    runRules([t1, t2], { rules: [probe('first'), probe('second')] });
    expect(seen).toHaveLength(4);
    expect(seen[0]).toBeDefined();
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).toBe(seen[3]);
    expect(seen[0]).not.toBe(seen[2]);
  });

  it('fails every rule that asks for a row fact its helper cannot work out, not just the first', () => {
    const t = seed000Table();
    // A broken target (no text at all) makes the empty-target helper throw.
    t.indicators[0].target = { ...t.indicators[0].target, raw: undefined as unknown as string };
    const asks = (id: string) =>
      fakeRule(id, (ctx) => {
        for (const row of analysisOf(ctx).rows)
          if (row.emptyTarget)
            ctx.report({ messageId: 'flag', data: { name: 'x' }, at: { indicator: row.indicator, part: 'name' } });
      });
    const { problems } = runRules([t], { rules: [asks('first'), asks('second')] });
    expect(problems.map((p) => p.ruleId)).toEqual(['first', 'second']);
  });

  it('points at the table that owns a reported indicator', () => {
    const t1 = seed000Table('A');
    const t2 = seed000Table('B');
    const cross = fakeRule('cross', (ctx) => {
      if (ctx.table !== t2) return;
      ctx.report({
        messageId: 'flag',
        data: { name: 'other' },
        at: { indicator: ctx.tables[0].indicators[0], part: 'target' },
      });
    });
    const { findings } = runRules([t1, t2], { rules: [cross] });
    expect(findings.map((f) => [f.sheet, f.cell, f.table])).toEqual([['A', 'E15', 0]]);
  });
});
