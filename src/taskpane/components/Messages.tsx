// Host and pane messages as Fluent message bars, each with the intent it came with and a dismiss button.

import * as React from 'react';
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  tokens,
} from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { Lang } from '../../core/model';
import { t } from '../../app/i18n';
import type { ShownMessage } from '../pane-state';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export function Messages(props: {
  lang: Lang;
  messages: readonly ShownMessage[];
  onDismiss: (id: number) => void;
}): React.ReactElement | null {
  const { lang, messages, onDismiss } = props;
  const styles = useStyles();
  if (messages.length === 0) return null;
  return (
    <section aria-label={t(lang, 'messagesLabel')}>
      <MessageBarGroup className={styles.group}>
        {messages.map((m) => (
          <MessageBar key={m.id} intent={m.intent} data-code={m.code} data-intent={m.intent}>
            <MessageBarBody className={styles.body}>{m[lang]}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t(lang, 'dismiss')}
                  icon={<Dismiss20Regular />}
                  onClick={() => onDismiss(m.id)}
                />
              }
            />
          </MessageBar>
        ))}
      </MessageBarGroup>
    </section>
  );
}
