// The column-mapping panel: correct a detected table's header row or column roles; kept as MappingOverride[].

import * as React from 'react';
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular, Save20Regular } from '@fluentui/react-icons';
import type { IndicatorTable, Lang, MappingOverride } from '../../core/model';
import { t } from '../../app/i18n';
import { editMapping, headerGroups, overrideFor, roleLabel, rolesFor, type HeaderGroup } from '../mapping';
import type { PanePlace } from '../session-place';
import { AddHeader, useNewHeader } from './AddHeader';
import { useFormStyles } from './form-styles';

// The role inputs wrap into as many columns of at least 6.5rem as fit, and a long role name wraps instead of widening
// its column (the rest of the layout is useFormStyles').
const useStyles = makeStyles({
  roles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 6.5rem), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  role: { minWidth: 0, overflowWrap: 'anywhere' },
});

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

interface TableForm {
  headerRow: string;
  setHeaderRow: (value: string) => void;
  columns: Record<string, string>;
  setColumns: (columns: Record<string, string>) => void;
}

/** The form over one table: it starts from what detection found, again after a new check or another table chosen. */
function useTableForm(table: IndicatorTable | undefined, setError: (error: string | null) => void): TableForm {
  const [headerRow, setHeaderRow] = React.useState('');
  const [columns, setColumns] = React.useState<Record<string, string>>({});
  React.useEffect(() => {
    setError(null);
    if (!table) return;
    setHeaderRow(String(table.headerRow));
    const initial: Record<string, string> = {};
    for (const role of rolesFor(table)) initial[role] = table.columns[role] ?? '';
    setColumns(initial);
  }, [table, setError]);
  return { headerRow, setHeaderRow, columns, setColumns };
}

interface TableMappingProps extends MappingPanelProps {
  groups: HeaderGroup[];
  group: HeaderGroup;
  onGroup: (key: string) => void;
  form: TableForm;
  setError: (error: string | null) => void;
}

/** Save and reset for the chosen table's header group. */
function TableActions({
  lang,
  group,
  overrides,
  disabled,
  onSave,
  form,
  setError,
}: TableMappingProps): React.ReactElement {
  const styles = useFormStyles();
  const table = group.tables[0];
  const save = (): void => {
    const edit = editMapping(overrides, table, form.headerRow, form.columns);
    if (!edit.ok) {
      const data = { ...edit.error.data };
      if (data.role) data.role = roleLabel(lang, data.role);
      setError(t(lang, edit.error.key, data));
      return;
    }
    setError(null);
    onSave(edit.overrides, 'saved');
  };
  const existing = overrideFor(overrides, table.sheet, table.headerRow);
  return (
    <div className={styles.actions}>
      <Button appearance="primary" icon={<Save20Regular />} onClick={save} disabled={disabled}>
        {t(lang, 'mappingSave')}
      </Button>
      <Button
        icon={<ArrowReset20Regular />}
        onClick={() =>
          onSave(
            overrides.filter((o) => o !== existing),
            'reset',
          )
        }
        disabled={disabled || !existing}
      >
        {t(lang, 'mappingReset')}
      </Button>
    </div>
  );
}

/** The chosen table's header row and the column of each role. */
function TableMapping(props: TableMappingProps): React.ReactElement {
  const { lang, groups, group, onGroup, disabled, form } = props;
  const styles = { ...useFormStyles(), ...useStyles() };
  return (
    <>
      <Field label={t(lang, 'mappingTable')}>
        <Select className={styles.control} value={group.key} onChange={(_, d) => onGroup(d.value)} disabled={disabled}>
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
          value={form.headerRow}
          onChange={(_, d) => form.setHeaderRow(d.value)}
          disabled={disabled}
        />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t(lang, 'mappingColumns')}</legend>
        <div className={styles.roles}>
          {Object.keys(form.columns).map((role) => (
            <Field key={role} label={roleLabel(lang, role)} className={styles.role}>
              <Input
                className={styles.control}
                input={{ size: 3 }}
                value={form.columns[role]}
                aria-label={t(lang, 'mappingColumnFor', { role: roleLabel(lang, role) })}
                data-role={role}
                maxLength={3}
                onChange={(_, d) => form.setColumns({ ...form.columns, [role]: d.value })}
                disabled={disabled}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <TableActions {...props} />
    </>
  );
}

export function MappingPanel(props: MappingPanelProps): React.ReactElement {
  const { lang, tables, sheets, overrides, suggested, place } = props;
  const styles = useFormStyles();
  const groups = React.useMemo(() => headerGroups(tables), [tables]);
  const [groupKey, setGroupKey] = React.useState<string>(groups[0]?.key ?? '');
  const group = groups.find((g) => g.key === groupKey) ?? groups[0];
  const [error, setError] = React.useState<string | null>(null);
  const form = useTableForm(group?.tables[0], setError);
  const header = useNewHeader(sheets, suggested);
  return (
    <div className={styles.root}>
      <Text>{t(lang, place === 'page' ? 'mappingIntroPage' : 'mappingIntro')}</Text>
      {overrides.length > 0 ? (
        <Text size={200}>{t(lang, 'mappingOverridesCount', { count: overrides.length })}</Text>
      ) : null}
      {group ? (
        <TableMapping {...props} groups={groups} group={group} onGroup={setGroupKey} form={form} setError={setError} />
      ) : (
        <Text>{t(lang, 'mappingNoTables')}</Text>
      )}
      {sheets.length > 0 ? <AddHeader {...props} header={header} setError={setError} /> : null}
      {error ? (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      ) : null}
    </div>
  );
}
