// The column mapping the pane edits, free of React: tables grouped by header, the roles a column can take, and the
// overrides after an edit (kept with the workbook as MappingOverride[]).

import { columnNumber } from '../core/a1';
import type { IndicatorTable, Lang, MappingOverride } from '../core/model';
import { t, type StringKey } from '../app/i18n';

/** The roles a column can have (src/core/model.ts ColumnRoleSchema), in the order a table's columns usually run. */
const BASE_ROLES = [
  'level1',
  'level2',
  'level3',
  'level4',
  'description',
  'operator',
  'valueType',
  'value',
  'unit',
  'standard',
  'note',
  // Self-evaluation tables (绩效自评表).
  'actual',
  'weight',
  'score',
  'deviation',
] as const;

const MAX_COLUMN = 16384;

/** A table's header: tables of a flat export share one, so one correction covers them all. */
export interface HeaderGroup {
  key: string;
  sheet: string;
  headerRow: number;
  tables: IndicatorTable[];
}

export function headerGroups(tables: readonly IndicatorTable[]): HeaderGroup[] {
  const groups = new Map<string, HeaderGroup>();
  for (const table of tables) {
    const key = `${table.sheet}\u0000${table.headerRow}`;
    const g = groups.get(key);
    if (g) g.tables.push(table);
    else groups.set(key, { key, sheet: table.sheet, headerRow: table.headerRow, tables: [table] });
  }
  return [...groups.values()];
}

/** The override that produced a table's header (detection matches on the row the override moved the header to). */
export function overrideFor(
  overrides: readonly MappingOverride[],
  sheet: string,
  headerRow: number,
): MappingOverride | undefined {
  return overrides.find((o) => o.sheet === sheet && (o.newHeaderRow ?? o.headerRow) === headerRow);
}

export function roleLabel(lang: Lang, role: string): string {
  const midterm = role.startsWith('midterm.');
  const base = midterm ? role.slice('midterm.'.length) : role;
  const label = (BASE_ROLES as readonly string[]).includes(base) ? t(lang, `role_${base}` as StringKey) : base;
  return midterm ? t(lang, 'roleMidterm', { role: label }) : label;
}

/** Roles offered for a table: every base role, and the mid-term group's when the table has one. */
export function rolesFor(table: IndicatorTable): string[] {
  const hasMidterm =
    Object.keys(table.columns).some((r) => r.startsWith('midterm.')) ||
    table.indicators.some((i) => i.set === 'midterm');
  const roles: string[] = [];
  if (hasMidterm) for (const r of ['level2', 'level3', 'level4', 'value', 'unit']) roles.push(`midterm.${r}`);
  roles.push(...BASE_ROLES);
  return roles;
}

/** '' (no such column) or a column letter A…XFD, upper-cased; null when not a column. */
export function normaliseColumn(text: string): string | null {
  const v = text.trim().toUpperCase();
  if (v === '') return '';
  if (!/^[A-Z]{1,3}$/.test(v) || columnNumber(v) > MAX_COLUMN) return null;
  return v;
}

export type MappingEdit =
  { ok: true; overrides: MappingOverride[] } | { ok: false; error: { key: StringKey; data: Record<string, string> } };

/**
 * The overrides after the user edits one header group: the header row and column letters as typed. Only what
 * differs from the detected table is stored, merged with an earlier correction of the same table; a correction
 * that no longer changes anything is dropped.
 */
export function editMapping(
  overrides: readonly MappingOverride[],
  table: IndicatorTable,
  headerRowText: string,
  columnTexts: Readonly<Record<string, string>>,
): MappingEdit {
  const rowText = headerRowText.trim();
  const row = /^\d+$/.test(rowText) ? Number(rowText) : NaN;
  if (!Number.isInteger(row) || row < 1)
    return { ok: false, error: { key: 'mappingInvalidRow', data: { value: headerRowText } } };
  const changed: Record<string, string> = {};
  for (const [role, text] of Object.entries(columnTexts)) {
    const col = normaliseColumn(text);
    if (col === null) return { ok: false, error: { key: 'mappingInvalidColumn', data: { value: text, role } } };
    if (col !== (table.columns[role] ?? '')) changed[role] = col;
  }
  const existing = overrideFor(overrides, table.sheet, table.headerRow);
  const originalRow = existing?.headerRow ?? table.headerRow;
  const columns = { ...(existing?.columns ?? {}), ...changed };
  const next: MappingOverride = { sheet: table.sheet, headerRow: originalRow };
  if (row !== originalRow) next.newHeaderRow = row;
  if (Object.keys(columns).length > 0) next.columns = columns;
  const rest = overrides.filter((o) => o !== existing);
  if (next.newHeaderRow === undefined && next.columns === undefined) return { ok: true, overrides: rest };
  return { ok: true, overrides: [...rest, next] };
}
