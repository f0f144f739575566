// missing-project-field: a project block without its name, its budget, or its period/year.

import type { IndicatorTable } from '../model';
import type { RuleModule } from './rule';
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
        'zh-CN': '未填写项目名称；请按预算批复的项目名称填写',
        'en-US': 'The project name is missing; write the name of the budget item as approved',
      },
      missingBudget: {
        'zh-CN': '项目“{name}”未填写预算金额；请填写本年度资金总额（万元）',
        'en-US': 'Project "{name}" gives no budget; write the year\'s amount in 10k yuan',
      },
      missingAnnualBudget: {
        'zh-CN': '项目“{name}”填写了中期资金总额 {midterm} 万元，但年度资金总额为空；请填写本年度资金总额（万元）',
        'en-US':
          'Project "{name}" gives a mid-term budget of {midterm} (10k yuan) but no annual budget; write this year\'s amount',
      },
      missingPeriodExport: {
        'zh-CN':
          '这张导出表的 {count} 个项目（如“{name}”）均未填写项目期限或年度；请增加项目期限列，或在标题中注明预算年度',
        'en-US':
          'None of the {count} projects of this export (e.g. "{name}") gives a period or year; add a period column or put the budget year in the title',
      },
      missingPeriodSheet: {
        'zh-CN':
          '本工作表的 {count} 张绩效目标表（如“{name}”）均未填写项目期限或年度；请在各表中写明项目期限，或在标题中注明预算年度',
        'en-US':
          'None of the {count} tables on this sheet (e.g. "{name}") gives a period or year; state each project\'s period, or put the budget year in the titles',
      },
      missingPeriod: {
        'zh-CN': '项目“{name}”未填写项目期限或年度；请填写项目期限（起止日期），或在标题中注明预算年度',
        'en-US':
          'Project "{name}" gives no period or year; write the period (start and end dates), or put the budget year in the title',
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    if (!isProjectTable(table, ctx.profile)) return;
    const p = table.project;
    const name = p.name?.trim() ?? '';
    // A form without a 项目名称 field may name the project in its title (2019年度宁晋县高中助学金项目绩效评价指标表).
    const titled = name === '' ? projectInTitle(table.title) : null;
    // Later messages quote the name; without one they still say which table through the cell they point at.
    const named = name !== '' ? name : (titled ?? '—');
    if (name === '' && titled === null) ctx.report({ messageId: 'missingName', at: { table, field: 'name' } });
    const midterm = typeof p.midtermBudget === 'number' ? p.midtermBudget : null;
    if (typeof p.budget !== 'number') {
      const hasAnnualSet = table.indicators.some((i) => i.set === 'annual');
      if (midterm === null)
        ctx.report({ messageId: 'missingBudget', data: { name: named }, at: { table, field: 'budget' } });
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
    const groups = exportGroups(ctx.tables);
    const group = groups.exports.get(table.sheet)?.get(table.headerRow);
    if (group && group.count > 1) {
      if (group.first !== table) return;
      ctx.report({
        messageId: 'missingPeriodExport',
        data: { name: named, count: group.count },
        at: { table, field: 'period' },
      });
      return;
    }
    // A sheet of forms whose template has no period field (Tianjin's nine 绩效目标表) lacks it on every table: said once
    // for the sheet, on its first such table, not once per table.
    const sheet = groups.sheets.get(table.sheet);
    if (sheet && sheet.count > 1) {
      if (sheet.first !== table) return;
      ctx.report({
        messageId: 'missingPeriodSheet',
        data: { name: named, count: sheet.count },
        at: { table, field: 'period' },
      });
      return;
    }
    ctx.report({ messageId: 'missingPeriod', data: { name: named }, at: { table, field: 'period' } });
  },
};

// A project named for its year (2018年南岳镇资产收益扶贫项目, 2023年杨楼社区特色种养殖补贴到户项目) states the year.
const YEAR_IN_NAME = /(?<![0-9])(?:19|20)[0-9]{2}\s*年/u;

// A title is the project's name once its year and the form's own words are gone: 宁晋县高中助学金项目, 服务贸易项目.
const TITLE_YEAR = /^[(（]?\s*(?:19|20)[0-9]{2}\s*年度?\s*[)）]?/u;
const TITLE_FORM = /(?:支出)?(?:预算)?(?:绩效)?(?:目标|评价|自评)?(?:申报|批复|审批)?(?:指标)?(?:表|情况)$/u;

/** The project a title names (…项目 with something before 项目), or null for a title that is only the form's name. */
function projectInTitle(title: string | null | undefined): string | null {
  const t = (title ?? '').replace(/[\s\u3000]+/gu, '').replace(TITLE_YEAR, '');
  const rest = t.replace(TITLE_FORM, '');
  return rest !== t && /..项目$/u.test(rest) ? rest : null;
}

function hasPeriodOrYear(table: IndicatorTable): boolean {
  const p = table.project;
  const hasPeriod = p.period !== null && (p.period.start !== null || p.period.end !== null);
  return hasPeriod || typeof p.year === 'number' || YEAR_IN_NAME.test(p.name ?? '');
}

interface ExportGroup {
  /** The first table of the group that lacks a period and year. */
  first: IndicatorTable;
  /** How many tables of the group lack one. */
  count: number;
}

/**
 * The tables lacking a period and year: those sharing one header (a flat export's projects), by sheet and header row,
 * and all of a sheet's, by sheet.
 */
interface ExportGroups {
  exports: Map<string, Map<IndicatorTable['headerRow'], ExportGroup>>;
  sheets: Map<string, ExportGroup>;
}

// Computed once per file: with thousands of projects in one export, a per-table scan would be quadratic.
const groupCache = new WeakMap<readonly IndicatorTable[], ExportGroups>();

function exportGroups(tables: readonly IndicatorTable[]): ExportGroups {
  let groups = groupCache.get(tables);
  if (groups) return groups;
  groups = { exports: new Map(), sheets: new Map() };
  for (const t of tables) {
    // Department-wide tables have no project block to check; they must not count towards a sheet of projects.
    if (t.kind !== 'project' || hasPeriodOrYear(t)) continue;
    let bySheet = groups.exports.get(t.sheet);
    if (!bySheet) groups.exports.set(t.sheet, (bySheet = new Map()));
    const g = bySheet.get(t.headerRow);
    if (g) g.count++;
    else bySheet.set(t.headerRow, { first: t, count: 1 });
    const s = groups.sheets.get(t.sheet);
    if (s) s.count++;
    else groups.sheets.set(t.sheet, { first: t, count: 1 });
  }
  groupCache.set(tables, groups);
  return groups;
}
