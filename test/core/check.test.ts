// checkGrids end to end: detection, profile choice, every rule, configuration, language, table indices and order.

import { parseA1, parseAreaA1 } from '../../src/core/a1';
import { checkGrids } from '../../src/core/check';
import { FindingSchema } from '../../src/core/model';
import { APPRAISAL_FEES, ARCHIVE, ARCHIVE_2021, withCells } from '../rules/seed-tables';
import { buildGrid } from '../rules/tester';

// Seed 001's table rewritten to the 2021 framework, with its year (2023, as the seed document) in the title.
const ARCHIVE_2021_DATED = withCells(ARCHIVE_2021, { A1: '101.社保中心干部人事档案数字化加工绩效目标表（2023 年度）' });

const sheets = () => [
  buildGrid({ sheet: '2021版', ...ARCHIVE_2021_DATED }),
  buildGrid({ sheet: '批复表', ...APPRAISAL_FEES }),
  buildGrid({ sheet: '天津', ...withCells(ARCHIVE, { C11: '……' }) }),
];

function inRange(cell: string, range: string): boolean {
  const { row, col } = parseA1(cell);
  const a = parseAreaA1(range);
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}

describe('checkGrids', () => {
  it('finds no error and no warning in a table written to the 2021 guideline', () => {
    const { tables, findings, problems } = checkGrids([sheets()[0]]);
    expect(problems).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0].profile).toBe('project-2021');
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('checks several sheets: profiles per table, findings valid, pointing into their table, sorted by sheet, row, column', () => {
    const grids = sheets();
    const { tables, findings, problems } = checkGrids(grids);
    expect(problems).toEqual([]);
    expect(tables.map((t) => [t.sheet, t.profile])).toEqual([
      ['2021版', 'project-2021'],
      ['批复表', 'project-legacy'],
      ['天津', 'project-legacy'],
    ]);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(FindingSchema.safeParse(f).success).toBe(true);
      const t = tables[f.table ?? -1];
      expect(t.sheet).toBe(f.sheet);
      // Inside the table's range, or on a cell of its form read with it: a 其他说明 note just below the indicators.
      const formCells: string[] = Object.values(t.project.cells ?? {});
      expect(inRange(f.cell, t.range) || formCells.includes(f.cell)).toBe(true);
    }
    const order = grids.map((g) => g.sheet);
    const keys = findings.map(
      (f) => [order.indexOf(f.sheet), parseA1(f.cell).row, parseA1(f.cell).col, f.ruleId] as const,
    );
    const sorted = [...keys].sort(
      (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0),
    );
    expect(keys).toEqual(sorted);
    // The one placeholder on the 天津 sheet, in table 2, at the 三级 cell.
    expect(
      findings.filter((f) => f.ruleId === 'placeholder').map((f) => [f.sheet, f.cell, f.table, f.severity]),
    ).toEqual([['天津', 'C11', 2, 'error']]);
    // Seed 000's 按时 is found on the 批复表 sheet, table 1.
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: 'timeliness-vague', sheet: '批复表', cell: 'E15', table: 1 }),
    );
  });

  it('writes messages in the requested language', () => {
    const zh = checkGrids([sheets()[2]]).findings.find((f) => f.ruleId === 'placeholder');
    const en = checkGrids([sheets()[2]], { lang: 'en-US' }).findings.find((f) => f.ruleId === 'placeholder');
    expect(zh?.message).toBe('指标名称“……”含占位符“…”，尚未填写完整；请写出具体的指标名称，如“服务人次”');
    expect(en?.message).toBe(
      'The indicator name "……" still holds the placeholder "…"; write the actual name, e.g. "服务人次"',
    );
    const configured = checkGrids([sheets()[2]], { config: { lang: 'en-US' } }).findings.find(
      (f) => f.ruleId === 'placeholder',
    );
    expect(configured?.message).toBe(en?.message);
  });

  it('applies configuration: a forced profile, rules switched off or re-graded', () => {
    const forced = checkGrids([sheets()[1]], { config: { profile: 'project-2021' } });
    expect(forced.tables[0].profile).toBe('project-2021');
    expect(forced.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'level2-not-under-level1', cell: 'C17', messageId: 'costIsLevel1' }),
    );

    const tuned = checkGrids([sheets()[2]], {
      config: { rules: { placeholder: 'warning', 'missing-project-field': 'off' } },
    });
    expect(tuned.findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.severity)).toEqual(['warning']);
    expect(tuned.findings.some((f) => f.ruleId === 'missing-project-field')).toBe(false);
  });

  it('refuses invalid configuration with a bilingual message naming the key', () => {
    expect(() => checkGrids(sheets(), { config: { rules: { 'no-such-rule': 'error' } } })).toThrow(
      'rules.no-such-rule: 未知规则 / unknown rule',
    );
    expect(() => checkGrids(sheets(), { config: { profiles: 'department' } })).toThrow(
      'profiles: 未知配置项 / unknown key',
    );
  });

  it('returns no tables and no findings for a sheet without an indicator table', () => {
    const empty = buildGrid({
      sheet: '说明',
      grid: [['其他说明', '测算依据有变化，预算压减，预算支出为 5 万元，主要用于印刷服务。']],
    });
    expect(checkGrids([empty])).toEqual({ tables: [], findings: [], problems: [], unread: [] });
  });
});
