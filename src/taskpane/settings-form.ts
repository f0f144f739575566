// The settings form, free of React: its values from the stored configuration, and the configuration it describes
// (only what differs from the defaults is kept).

import type { Lang, ProfileName } from '../core/model';
import type { Config, RuleSetting } from '../core/rules/config';
import type { PanePrefs } from '../app/session';

export interface SettingsFormValues {
  profile: 'auto' | ProfileName;
  /** Rules switched off. */
  rulesOff: ReadonlySet<string>;
  /** The satisfaction floor as typed ('' for the default). */
  floor: string;
  preferNotes: boolean;
  language: Lang | 'auto';
}

/** The form's values for the stored configuration and preferences. */
export function initialFormValues(config: Config, prefs: PanePrefs): SettingsFormValues {
  const floor = config.thresholds?.satisfactionFloor;
  return {
    profile: config.profile ?? 'auto',
    rulesOff: new Set(
      Object.entries(config.rules ?? {})
        .filter(([, s]) => s === 'off')
        .map(([id]) => id),
    ),
    floor: floor !== undefined ? String(floor) : '',
    preferNotes: prefs.preferNotes,
    language: config.lang ?? 'auto',
  };
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
  for (const [id, setting] of Object.entries(base.rules ?? {}))
    if (setting !== 'off' && !form.rulesOff.has(id)) rules[id] = setting;
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
