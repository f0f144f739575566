// The settings panel: profile, rules on/off, satisfaction floor, comments vs notes and language, saved with the workbook.

import * as React from 'react';
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, Text } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import { ProfileNameSchema, type Lang, type ProfileName } from '../../core/model';
import type { Config } from '../../core/rules/config';
import { DEFAULT_THRESHOLDS } from '../../core/rules/config';
import type { HostCapabilities } from '../../hosts/host';
import type { PanePlace } from '../session-place';
import { LANGS, t, type StringKey } from '../../app/i18n';
import { validateConfig, type PanePrefs } from '../../app/session';
import { configFromForm, initialFormValues, type SettingsFormValues } from '../settings-form';
import { useFormStyles } from './form-styles';
import { RuleSwitches } from './RuleSwitches';

const PROFILES: ReadonlyArray<'auto' | ProfileName> = ['auto', ...ProfileNameSchema.options];

/** What "automatic" means for the language in each place the pane runs: Office's language, WPS, the browser. */
const AUTO_LANGUAGE: Record<PanePlace, StringKey> = {
  excel: 'settingsLanguageAuto',
  wps: 'settingsLanguageAutoWps',
  page: 'settingsLanguageAutoPage',
};

const useStyles = makeStyles({
  floor: { maxWidth: '10rem' },
});

export interface SettingsPanelProps {
  lang: Lang;
  config: Config;
  prefs: PanePrefs;
  capabilities: HostCapabilities | null;
  /** Where the pane runs: says what the automatic language and a notes-only host mean there. */
  place?: PanePlace;
  disabled?: boolean;
  onSave: (config: Config, prefs: PanePrefs) => void;
}

interface Form {
  values: SettingsFormValues;
  set: (patch: Partial<SettingsFormValues>) => void;
  /** The kind of annotation used: only one kind available is that kind, whatever the stored preference says. */
  annotation: 'comments' | 'notes';
  commentsAvailable: boolean;
  notesAvailable: boolean;
}

function useSettingsForm({ config, prefs, capabilities }: SettingsPanelProps): Form {
  const [values, setValues] = React.useState(() => initialFormValues(config, prefs));
  const commentsAvailable = capabilities?.comments ?? true;
  const notesAvailable = capabilities?.notes ?? true;
  const { preferNotes } = values;
  const annotation = !commentsAvailable ? 'notes' : !notesAvailable ? 'comments' : preferNotes ? 'notes' : 'comments';
  const set = (patch: Partial<SettingsFormValues>): void => setValues((old) => ({ ...old, ...patch }));
  return { values, set, annotation, commentsAvailable, notesAvailable };
}

/** Profile, satisfaction floor, comments or notes, and language. */
function GeneralFields(props: SettingsPanelProps & { form: Form; invalid: boolean }): React.ReactElement {
  const { lang, place = 'excel', disabled, form, invalid } = props;
  const styles = { ...useFormStyles(), ...useStyles() };
  return (
    <>
      <Field label={t(lang, 'settingsProfile')}>
        <Select
          className={styles.control}
          value={form.values.profile}
          onChange={(_, d) => form.set({ profile: d.value as 'auto' | ProfileName })}
          disabled={disabled}
        >
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {t(lang, `profile_${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t(lang, 'settingsFloor')}
        hint={t(lang, 'settingsFloorHint', { value: DEFAULT_THRESHOLDS.satisfactionFloor })}
        validationState={invalid ? 'error' : 'none'}
      >
        <Input
          className={styles.floor}
          type="number"
          min={0}
          max={100}
          value={form.values.floor}
          placeholder={String(DEFAULT_THRESHOLDS.satisfactionFloor)}
          onChange={(_, d) => form.set({ floor: d.value })}
          disabled={disabled}
        />
      </Field>
      <Field
        label={t(lang, 'settingsAnnotation')}
        hint={
          !form.commentsAvailable
            ? t(lang, place === 'page' ? 'settingsNotesOnlyPage' : 'settingsNotesOnly')
            : undefined
        }
      >
        <RadioGroup
          value={form.annotation}
          onChange={(_, d) => form.set({ preferNotes: d.value === 'notes' })}
          disabled={disabled}
        >
          <Radio value="comments" label={t(lang, 'settingsComments')} disabled={!form.commentsAvailable} />
          <Radio value="notes" label={t(lang, 'settingsNotes')} disabled={!form.notesAvailable} />
        </RadioGroup>
      </Field>
      <Field label={t(lang, 'settingsLanguage')}>
        <Select
          className={styles.control}
          value={form.values.language}
          onChange={(_, d) => form.set({ language: d.value as Lang | 'auto' })}
          disabled={disabled}
        >
          <option value="auto">{t(lang, AUTO_LANGUAGE[place])}</option>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {l === 'zh-CN' ? '中文（简体）' : 'English'}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

export function SettingsPanel(props: SettingsPanelProps): React.ReactElement {
  const { lang, config, disabled, onSave } = props;
  const styles = useFormStyles();
  const form = useSettingsForm(props);
  const [error, setError] = React.useState<string | null>(null);
  const save = (): void => {
    const { profile, rulesOff, floor, language } = form.values;
    const candidate = configFromForm(config, { profile, rulesOff, floor, lang: language });
    const checked = validateConfig(candidate);
    if (!checked.ok) {
      setError(t(lang, 'settingsInvalid', { errors: checked.errors }));
      return;
    }
    setError(null);
    onSave(checked.config, { preferNotes: form.annotation === 'notes' });
  };
  return (
    <div className={styles.root}>
      <GeneralFields {...props} form={form} invalid={error !== null} />
      <RuleSwitches
        lang={lang}
        disabled={disabled}
        rulesOff={form.values.rulesOff}
        onChange={(rulesOff) => form.set({ rulesOff })}
      />
      {error ? (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      ) : null}
      <div>
        <Button appearance="primary" icon={<Save20Regular />} onClick={save} disabled={disabled}>
          {t(lang, 'settingsSave')}
        </Button>
      </div>
    </div>
  );
}
