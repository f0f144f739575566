// The settings panel's rules: every rule with a switch, its Chinese title first and its id beside it.

import * as React from 'react';
import { Caption1, makeStyles, Switch, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import { allRules } from '../../core/rules/index';
import { ruleTitle } from '../../core/rules/titles';
import { t } from '../../app/i18n';
import { useFormStyles } from './form-styles';

const useStyles = makeStyles({
  rules: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  ruleLabel: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  ruleId: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
});

/** Every rule with a switch, its Chinese title first and its id beside it. */
function toggled(rulesOff: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(rulesOff);
  if (on) next.delete(id);
  else next.add(id);
  return next;
}

export interface RuleSwitchesProps {
  lang: Lang;
  disabled?: boolean;
  /** Rules switched off. */
  rulesOff: ReadonlySet<string>;
  /** The rules switched off after a switch was flipped. */
  onChange: (rulesOff: ReadonlySet<string>) => void;
}

export function RuleSwitches({ lang, disabled, rulesOff, onChange }: RuleSwitchesProps): React.ReactElement {
  const styles = { ...useFormStyles(), ...useStyles() };
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t(lang, 'settingsRules')}</legend>
      <ul className={styles.rules}>
        {allRules().map((r) => (
          <li key={r.meta.id}>
            <Switch
              checked={!rulesOff.has(r.meta.id)}
              onChange={(_, d) => onChange(toggled(rulesOff, r.meta.id, d.checked))}
              label={
                <span className={styles.ruleLabel} title={r.meta.description[lang]}>
                  <span>{ruleTitle(r.meta.id, lang)}</span> <Caption1 className={styles.ruleId}>{r.meta.id}</Caption1>
                </span>
              }
              data-rule={r.meta.id}
              disabled={disabled}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
