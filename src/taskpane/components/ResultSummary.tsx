// What the last check found, in one line (or that nothing was checked), and the sheets it could not read with why.

import * as React from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { CheckResult } from '../../core/check';
import type { Lang } from '../../core/model';
import { severityCounts } from '../../app/export';
import { t } from '../../app/i18n';
import type { CheckFacts } from '../pane-state';

const useStyles = makeStyles({
  summary: { fontWeight: tokens.fontWeightSemibold },
  reasons: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** The counts of the last check, or why there are none. */
export function ResultSummary(props: {
  lang: Lang;
  result: CheckResult | null;
  facts: CheckFacts;
}): React.ReactElement {
  const { lang, result, facts } = props;
  const styles = useStyles();
  if (!result) return <Text role="status">{t(lang, 'notChecked')}</Text>;
  const text = facts.noTable
    ? t(lang, 'notCheckedNoTable')
    : t(lang, 'summary', {
        tables: result.tables.length,
        indicators: facts.indicators,
        ...severityCounts(result.findings),
      });
  return (
    <Text className={styles.summary} role="status" data-testid="summary">
      {text}
    </Text>
  );
}

/** The check read no table, or left sheets unread: says so, why, and offers to map a table by hand. */
export function NotRead(props: { lang: Lang; facts: CheckFacts; onMap: () => void }): React.ReactElement | null {
  const { lang, facts, onMap } = props;
  const styles = useStyles();
  const { noTable, unread } = facts;
  if (!noTable && unread.length === 0) return null;
  return (
    <MessageBar intent={noTable ? 'error' : 'warning'} layout="multiline" data-testid="not-read">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, noTable ? 'notCheckedNoTable' : 'sheetsNotRead')}</MessageBarTitle>
        {unread.length > 0 ? (
          <ul className={styles.reasons}>
            {unread.map((u) => (
              <li key={u.evidence.sheet}>{u.reason}</li>
            ))}
          </ul>
        ) : (
          <Text as="p">{t(lang, 'noTableNoEvidence')}</Text>
        )}
        <Button size="small" onClick={onMap} data-testid="map-by-hand">
          {t(lang, 'mapByHand')}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
