// The column-mapping panel: correct a detected table's header row or column roles; kept as MappingOverride[].

import * as React from 'react';
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular, Save20Regular } from '@fluentui/react-icons';
import { columnNumber } from '../../core/a1';
import type { IndicatorTable, Lang, MappingOverride } from '../../core/model';
import type { PanePlace } from '../session-place';
import { t, type StringKey } from '../i18n';

/** The roles a column can have (src/core/model.ts ColumnRoleSchema), in the order a table's columns usually run. */
export const BASE_ROLES = [
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
export type BaseRole = (typeof BASE_ROLES)[number];

const MAX_COLUMN = 16384;

// Laid out for a 320–400 px pane: nothing is wider than its box (a fieldset's and a grid item's minimum width is their
// content's unless set to 0, and Fluent's Input has an intrinsic width), the role inputs wrap into as many columns of
// at least 6.5rem as fit, and a long role name wraps instead of widening its column.
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  roles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 6.5rem), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  role: { minWidth: 0, overflowWrap: 'anywhere' },
  control: { width: '100%', minWidth: 0 },
  narrow: { width: '100%', maxWidth: '8rem', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: 0,
    minWidth: 0,
  },
  legend: { overflowWrap: 'anywhere' },
  error: { color: tokens.colorStatusDangerForeground1 },
});

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
export function overrideFor(overrides: readonly MappingOverride[], sheet: string, headerRow: number): MappingOverride | undefined {
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
  const hasMidterm = Object.keys(table.columns).some((r) => r.startsWith('midterm.')) || table.indicators.some((i) => i.set === 'midterm');
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
  | { ok: true; overrides: MappingOverride[] }
  | { ok: false; error: { key: StringKey; data: Record<string, string> } };

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
  if (!Number.isInteger(row) || row < 1) return { ok: false, error: { key: 'mappingInvalidRow', data: { value: headerRowText } } };
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

export interface MappingPanelProps {
  lang: Lang;
  tables: readonly IndicatorTable[];
  /** Sheets of the last read, for pointing at a header detection missed. */
  sheets: readonly string[];
  overrides: readonly MappingOverride[];
  disabled?: boolean;
  onSave: (overrides: MappingOverride[], done: 'saved' | 'reset') => void;
  /** A header to offer for mapping by hand: where the last check saw header words but read no table. */
  suggested?: { sheet: string; row: number };
  /** The standalone page keeps corrections while the file is open, not in the workbook. */
  place?: PanePlace;
}

export function MappingPanel({
  lang,
  tables,
  sheets,
  overrides,
  disabled,
  onSave,
  suggested,
  place,
}: MappingPanelProps): React.ReactElement {
  const styles = useStyles();
  const groups = React.useMemo(() => headerGroups(tables), [tables]);
  const [groupKey, setGroupKey] = React.useState<string>(groups[0]?.key ?? '');
  const group = groups.find((g) => g.key === groupKey) ?? groups[0];
  const table = group?.tables[0];
  const [headerRow, setHeaderRow] = React.useState('');
  const [columns, setColumns] = React.useState<Record<string, string>>({});
  const [error, setError] = React.useState<string | null>(null);
  // Where the last check saw header words but read no table: the likely header to map by hand.
  const [newSheet, setNewSheet] = React.useState(suggested?.sheet ?? sheets[0] ?? '');
  const [newRow, setNewRow] = React.useState(suggested ? String(suggested.row) : '');

  // A new check or another table chosen: the form starts from what detection found.
  React.useEffect(() => {
    setError(null);
    if (!table) return;
    setHeaderRow(String(table.headerRow));
    const initial: Record<string, string> = {};
    for (const role of rolesFor(table)) initial[role] = table.columns[role] ?? '';
    setColumns(initial);
  }, [table]);

  React.useEffect(() => {
    if (!sheets.includes(newSheet)) setNewSheet(sheets[0] ?? '');
  }, [sheets, newSheet]);

  const save = (): void => {
    if (!table) return;
    const edit = editMapping(overrides, table, headerRow, columns);
    if (!edit.ok) {
      const data = { ...edit.error.data };
      if (data.role) data.role = roleLabel(lang, data.role);
      setError(t(lang, edit.error.key, data));
      return;
    }
    setError(null);
    onSave(edit.overrides, 'saved');
  };

  const reset = (): void => {
    if (!table) return;
    const existing = overrideFor(overrides, table.sheet, table.headerRow);
    onSave(overrides.filter((o) => o !== existing), 'reset');
  };

  const addHeader = (): void => {
    const row = /^\d+$/.test(newRow.trim()) ? Number(newRow.trim()) : NaN;
    if (!newSheet || !Number.isInteger(row) || row < 1) {
      setError(t(lang, 'mappingInvalidRow', { value: newRow }));
      return;
    }
    setError(null);
    const rest = overrides.filter((o) => !(o.sheet === newSheet && o.headerRow === row));
    onSave([...rest, { sheet: newSheet, headerRow: row }], 'saved');
  };

  return (
    <div className={styles.root}>
      <Text>{t(lang, place === 'page' ? 'mappingIntroPage' : 'mappingIntro')}</Text>
      {overrides.length > 0 ? <Text size={200}>{t(lang, 'mappingOverridesCount', { count: overrides.length })}</Text> : null}
      {group && table ? (
        <>
          <Field label={t(lang, 'mappingTable')}>
            <Select className={styles.control} value={group.key} onChange={(_, d) => setGroupKey(d.value)} disabled={disabled}>
              {groups.map((g) => {
                const first = g.tables[0].project.name ?? g.tables[0].title ?? t(lang, 'tableUnnamed');
                const project = g.tables.length > 1 ? `${first} …（${g.tables.length}）` : first;
                return (
                  <option key={g.key} value={g.key}>
                    {t(lang, 'mappingTableOption', { sheet: g.sheet, row: g.headerRow, project })}
                  </option>
                );
              })}
            </Select>
          </Field>
          <Field label={t(lang, 'mappingHeaderRow')}>
            <Input
              className={styles.narrow}
              type="number"
              min={1}
              value={headerRow}
              onChange={(_, d) => setHeaderRow(d.value)}
              disabled={disabled}
            />
          </Field>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t(lang, 'mappingColumns')}</legend>
            <div className={styles.roles}>
              {Object.keys(columns).map((role) => (
                <Field key={role} label={roleLabel(lang, role)} className={styles.role}>
                  <Input
                    className={styles.control}
                    input={{ size: 3 }}
                    value={columns[role]}
                    aria-label={t(lang, 'mappingColumnFor', { role: roleLabel(lang, role) })}
                    data-role={role}
                    maxLength={3}
                    onChange={(_, d) => setColumns({ ...columns, [role]: d.value })}
                    disabled={disabled}
                  />
                </Field>
              ))}
            </div>
          </fieldset>
          <div className={styles.actions}>
            <Button appearance="primary" icon={<Save20Regular />} onClick={save} disabled={disabled}>
              {t(lang, 'mappingSave')}
            </Button>
            <Button
              icon={<ArrowReset20Regular />}
              onClick={reset}
              disabled={disabled || !overrideFor(overrides, table.sheet, table.headerRow)}
            >
              {t(lang, 'mappingReset')}
            </Button>
          </div>
        </>
      ) : (
        <Text>{t(lang, 'mappingNoTables')}</Text>
      )}
      {sheets.length > 0 ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t(lang, 'mappingAdd')}</legend>
          <Field label={t(lang, 'mappingNewSheet')}>
            <Select className={styles.control} value={newSheet} onChange={(_, d) => setNewSheet(d.value)} disabled={disabled}>
              {sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t(lang, 'mappingNewRow')}>
            <Input
              className={styles.narrow}
              type="number"
              min={1}
              value={newRow}
              onChange={(_, d) => setNewRow(d.value)}
              disabled={disabled}
            />
          </Field>
          <div className={styles.actions}>
            <Button onClick={addHeader} disabled={disabled}>
              {t(lang, 'mappingAdd')}
            </Button>
          </div>
        </fieldset>
      ) : null}
      {error ? (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      ) : null}
    </div>
  );
}
