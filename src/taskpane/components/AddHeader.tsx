// The mapping panel's second form: a header detection missed, named by sheet and row, to add by hand.

import * as React from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { Lang, MappingOverride } from '../../core/model';
import { t } from '../../app/i18n';
import { useFormStyles } from './form-styles';

export interface NewHeader {
  sheet: string;
  setSheet: (sheet: string) => void;
  row: string;
  setRow: (row: string) => void;
}

/** A header detection missed, to add by hand; it starts where the last check saw header words but read no table. */
export function useNewHeader(
  sheets: readonly string[],
  suggested: { sheet: string; row: number } | undefined,
): NewHeader {
  const [sheet, setSheet] = React.useState(suggested?.sheet ?? sheets[0] ?? '');
  const [row, setRow] = React.useState(suggested ? String(suggested.row) : '');
  React.useEffect(() => {
    if (!sheets.includes(sheet)) setSheet(sheets[0] ?? '');
  }, [sheets, sheet]);
  return { sheet, setSheet, row, setRow };
}

export interface AddHeaderProps {
  lang: Lang;
  sheets: readonly string[];
  overrides: readonly MappingOverride[];
  disabled?: boolean;
  onSave: (overrides: MappingOverride[], done: 'saved' | 'reset') => void;
  header: NewHeader;
  setError: (error: string | null) => void;
}

export function AddHeader(props: AddHeaderProps): React.ReactElement {
  const { lang, sheets, overrides, disabled, onSave, header, setError } = props;
  const styles = useFormStyles();
  const add = (): void => {
    const row = /^\d+$/.test(header.row.trim()) ? Number(header.row.trim()) : NaN;
    if (!header.sheet || !Number.isInteger(row) || row < 1) {
      setError(t(lang, 'mappingInvalidRow', { value: header.row }));
      return;
    }
    setError(null);
    const rest = overrides.filter((o) => !(o.sheet === header.sheet && o.headerRow === row));
    onSave([...rest, { sheet: header.sheet, headerRow: row }], 'saved');
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t(lang, 'mappingAdd')}</legend>
      <Field label={t(lang, 'mappingNewSheet')}>
        <Select
          className={styles.control}
          value={header.sheet}
          onChange={(_, d) => header.setSheet(d.value)}
          disabled={disabled}
        >
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
          value={header.row}
          onChange={(_, d) => header.setRow(d.value)}
          disabled={disabled}
        />
      </Field>
      <div className={styles.actions}>
        <Button onClick={add} disabled={disabled}>
          {t(lang, 'mappingAdd')}
        </Button>
      </div>
    </fieldset>
  );
}
