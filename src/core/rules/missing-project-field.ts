// missing-project-field: a project block without its name, its budget, or its period/year.

import type { IndicatorTable } from '../model';
import type { RuleModule } from './types';
import { formatWan, isProjectTable } from './util/money';

export const rule: RuleModule = {
  meta: {
    id: 'missing-project-field',
    category: 'consistency',
    defaultSeverity: 'warning',
    description: {
      'zh-CN': '项目信息应填写项目名称、预算金额和项目期限（或年度）',
      'en-US': 'A project block must give the project name, its budget and its period (or year)',
    },
    messages: {
      missingName: {
        'zh-CN': '未填写项目名称；请按预算支出项目名称填写，如“劳动能力鉴定费用”',
        'en-US': 'The project name is missing; write the name of the budget item, e.g. "劳动能力鉴定费用"',
      },
      missingBudget: {
        'zh-CN': '项目“{name}”未填写预算金额；请填写本年度资金总额（万元），如“14 万元”',
        'en-US': 'Project "{name}" gives no budget; write the year\'s amount in 10k yuan, e.g. "14 万元"',
      },
      missingAnnualBudget: {
        'zh-CN': '项目“{name}”填写了中期资金总额 {midterm} 万元，但年度资金总额为空；请填写本年度资金总额（万元）',
        'en-US': 'Project "{name}" gives a mid-term budget of {midterm} (10k yuan) but no annual budget; write this year\'s amount',
      },
      missingPeriodExport: {
        'zh-CN': '这张导出表的 {count} 个项目（如“{name}”）均未填写项目期限或年度；请增加项目期限列，或在标题中注明年度，如“2021年项目支出绩效目标表”',
        'en-US': 'None of the {count} projects of this export (e.g. "{name}") gives a period or year; add a period column or put the year in the title',
      },
      missingPeriod: {
        'zh-CN': '项目“{name}”未填写项目期限或年度；请填写项目期限，如“2021-01-01 至 2021-12-31”，或在标题中注明年度',
        'en-US': 'Project "{name}" gives no period or year; write the period, e.g. "2021-01-01 至 2021-12-31", or the year in the title',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isProjectTable(table, ctx.profile)) return;
    const p = table.project;
    const name = p.name?.trim() ?? '';
    // Later messages quote the name; without one they still say which table through the cell they point at.
    const named = name === '' ? '—' : name;
    if (name === '') ctx.report({ messageId: 'missingName', at: { table, field: 'name' } });
    const midterm = typeof p.midtermBudget === 'number' ? p.midtermBudget : null;
    if (typeof p.budget !== 'number') {
      const hasAnnualSet = table.indicators.some((i) => i.set === 'annual');
      if (midterm === null) ctx.report({ messageId: 'missingBudget', data: { name: named }, at: { table, field: 'budget' } });
      else if (hasAnnualSet)
        ctx.report({
          messageId: 'missingAnnualBudget',
          data: { name: named, midterm: formatWan(midterm) },
          at: { table, field: 'budget' },
          related: [{ table, field: 'midtermBudget' }],
        });
    }
    if (hasPeriodOrYear(table)) return;
    // A flat export is one table per project under one shared header: its missing year is said once, not per project.
    const group = exportGroups(ctx.tables).get(table.sheet)?.get(table.headerRow);
    if (group && group.count > 1) {
      if (group.first !== table) return;
      ctx.report({ messageId: 'missingPeriodExport', data: { name: named, count: group.count }, at: { table, field: 'period' } });
      return;
    }
    ctx.report({ messageId: 'missingPeriod', data: { name: named }, at: { table, field: 'period' } });
  },
};

function hasPeriodOrYear(table: IndicatorTable): boolean {
  const p = table.project;
  const hasPeriod = p.period !== null && (p.period.start !== null || p.period.end !== null);
  return hasPeriod || typeof p.year === 'number';
}

interface ExportGroup {
  /** The first table of the group that lacks a period and year. */
  first: IndicatorTable;
  /** How many tables of the group lack one. */
  count: number;
}

/** The tables sharing one header (a flat export's projects), by sheet and header row. */
type ExportGroups = Map<string, Map<IndicatorTable['headerRow'], ExportGroup>>;

// Computed once per file: with thousands of projects in one export, a per-table scan would be quadratic.
const groupCache = new WeakMap<readonly IndicatorTable[], ExportGroups>();

function exportGroups(tables: readonly IndicatorTable[]): ExportGroups {
  let groups = groupCache.get(tables);
  if (groups) return groups;
  groups = new Map();
  for (const t of tables) {
    if (hasPeriodOrYear(t)) continue;
    let bySheet = groups.get(t.sheet);
    if (!bySheet) groups.set(t.sheet, (bySheet = new Map()));
    const g = bySheet.get(t.headerRow);
    if (g) g.count++;
    else bySheet.set(t.headerRow, { first: t, count: 1 });
  }
  groupCache.set(tables, groups);
  return groups;
}
