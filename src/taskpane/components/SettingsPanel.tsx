// The settings panel: profile, rules on/off, satisfaction floor, comments vs notes and language, saved with the workbook.

import * as React from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import { ProfileNameSchema, type Lang, type ProfileName } from '../../core/model';
import type { Config, RuleSetting } from '../../core/rules/config';
import { DEFAULT_THRESHOLDS } from '../../core/rules/config';
import { allRules } from '../../core/rules/index';
import { ruleTitle } from '../../core/rules/titles';
import type { HostCapabilities } from '../../hosts/host';
import type { PanePlace } from '../session-place';
import { LANGS, t, type StringKey } from '../i18n';
import { validateConfig, type PanePrefs } from '../session';

const PROFILES: ReadonlyArray<'auto' | ProfileName> = ['auto', ...ProfileNameSchema.options];

/** What "automatic" means for the language in each place the pane runs: Office's language, WPS, the browser. */
const AUTO_LANGUAGE: Record<PanePlace, StringKey> = {
  excel: 'settingsLanguageAuto',
  wps: 'settingsLanguageAutoWps',
  page: 'settingsLanguageAutoPage',
};

const useStyles = makeStyles({
  // minWidth 0 everywhere: a fieldset's and a flex item's minimum is their content's, which overflows a 320 px pane.
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  rules: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: 0,
    minWidth: 0,
  },
  control: { width: '100%', minWidth: 0 },
  floor: { maxWidth: '10rem' },
  ruleLabel: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  ruleId: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorStatusDangerForeground1 },
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

/** The configuration the form describes: only what differs from the defaults is kept. */
export function configFromForm(
  base: Config,
  form: { profile: 'auto' | ProfileName; rulesOff: ReadonlySet<string>; floor: string; lang: Lang | 'auto' },
): Config {
  const next: Config = {};
  if (form.profile !== 'auto') next.profile = form.profile;
  const rules: Record<string, RuleSetting> = {};
  // A severity the user set for a rule that stays on is kept; a rule switched off is 'off'.
  for (const [id, setting] of Object.entries(base.rules ?? {})) if (setting !== 'off' && !form.rulesOff.has(id)) rules[id] = setting;
  for (const id of form.rulesOff) rules[id] = 'off';
  if (Object.keys(rules).length > 0) next.rules = rules;
  const thresholds: NonNullable<Config['thresholds']> = { ...(base.thresholds ?? {}) };
  delete thresholds.satisfactionFloor;
  const floorText = form.floor.trim();
  // Text that is not a number becomes NaN, which parseConfig rejects with its own bilingual message.
  if (floorText !== '') thresholds.satisfactionFloor = Number(floorText);
  if (Object.keys(thresholds).length > 0) next.thresholds = thresholds;
  if (form.lang !== 'auto') next.lang = form.lang;
  return next;
}

export function SettingsPanel({
  lang,
  config,
  prefs,
  capabilities,
  place = 'excel',
  disabled,
  onSave,
}: SettingsPanelProps): React.ReactElement {
  const styles = useStyles();
  const rules = allRules();
  const [profile, setProfile] = React.useState<'auto' | ProfileName>(config.profile ?? 'auto');
  const [rulesOff, setRulesOff] = React.useState<Set<string>>(
    () => new Set(Object.entries(config.rules ?? {}).filter(([, s]) => s === 'off').map(([id]) => id)),
  );
  const [floor, setFloor] = React.useState(
    config.thresholds?.satisfactionFloor !== undefined ? String(config.thresholds.satisfactionFloor) : '',
  );
  const [preferNotes, setPreferNotes] = React.useState(prefs.preferNotes);
  const [language, setLanguage] = React.useState<Lang | 'auto'>(config.lang ?? 'auto');
  const [error, setError] = React.useState<string | null>(null);

  const commentsAvailable = capabilities?.comments ?? true;
  const notesAvailable = capabilities?.notes ?? true;
  // Only one kind available: that is the kind used, whatever the stored preference says.
  const annotation = !commentsAvailable ? 'notes' : !notesAvailable ? 'comments' : preferNotes ? 'notes' : 'comments';

  const toggleRule = (id: string, on: boolean): void => {
    const next = new Set(rulesOff);
    if (on) next.delete(id);
    else next.add(id);
    setRulesOff(next);
  };

  const save = (): void => {
    const candidate = configFromForm(config, { profile, rulesOff, floor, lang: language });
    const checked = validateConfig(candidate);
    if (!checked.ok) {
      setError(t(lang, 'settingsInvalid', { errors: checked.errors }));
      return;
    }
    setError(null);
    onSave(checked.config, { preferNotes: annotation === 'notes' });
  };

  return (
    <div className={styles.root}>
      <Field label={t(lang, 'settingsProfile')}>
        <Select
          className={styles.control}
          value={profile}
          onChange={(_, d) => setProfile(d.value as 'auto' | ProfileName)}
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
        validationState={error ? 'error' : 'none'}
      >
        <Input
          className={styles.floor}
          type="number"
          min={0}
          max={100}
          value={floor}
          placeholder={String(DEFAULT_THRESHOLDS.satisfactionFloor)}
          onChange={(_, d) => setFloor(d.value)}
          disabled={disabled}
        />
      </Field>
      <Field
        label={t(lang, 'settingsAnnotation')}
        hint={!commentsAvailable ? t(lang, place === 'page' ? 'settingsNotesOnlyPage' : 'settingsNotesOnly') : undefined}
      >
        <RadioGroup value={annotation} onChange={(_, d) => setPreferNotes(d.value === 'notes')} disabled={disabled}>
          <Radio value="comments" label={t(lang, 'settingsComments')} disabled={!commentsAvailable} />
          <Radio value="notes" label={t(lang, 'settingsNotes')} disabled={!notesAvailable} />
        </RadioGroup>
      </Field>
      <Field label={t(lang, 'settingsLanguage')}>
        <Select
          className={styles.control}
          value={language}
          onChange={(_, d) => setLanguage(d.value as Lang | 'auto')}
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
      <fieldset className={styles.fieldset}>
        <legend>{t(lang, 'settingsRules')}</legend>
        <ul className={styles.rules}>
          {rules.map((r) => (
            <li key={r.meta.id}>
              <Switch
                checked={!rulesOff.has(r.meta.id)}
                onChange={(_, d) => toggleRule(r.meta.id, d.checked)}
                label={
                  <span className={styles.ruleLabel} title={r.meta.description[lang]}>
                    <span>{ruleTitle(r.meta.id, lang)}</span>{' '}
                    <Caption1 className={styles.ruleId}>{r.meta.id}</Caption1>
                  </span>
                }
                data-rule={r.meta.id}
                disabled={disabled}
              />
            </li>
          ))}
        </ul>
      </fieldset>
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
