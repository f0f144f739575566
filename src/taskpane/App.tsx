// The task pane: check, annotate, clear and export over whichever Host is present; tables, findings, mapping, settings.
// Its state and handlers are usePaneSession's; this file lays the parts out.

import * as React from 'react';
import { Caption1, Field, makeStyles, ProgressBar, Subtitle1, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../core/check';
import type { Lang } from '../core/model';
import type { Host, ReadScope } from '../hosts/host';
import { t } from '../app/i18n';
import { CopyExport } from './components/CopyExport';
import { Messages } from './components/Messages';
import { ResultSummary } from './components/ResultSummary';
import { Sections } from './components/Sections';
import { Toolbar } from './components/Toolbar';
import { checkFacts, type PaneActionContext } from './pane-state';
import type { PanePlace } from './session-place';
import { usePaneSession } from './usePaneSession';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column' },
});

export interface AppProps {
  host: Host;
  /** Office's display language (Office.context.displayLanguage) or the browser's; the settings may override it. */
  displayLanguage?: string;
  defaultScope?: ReadScope;
  /** Base name for exported files (the workbook's name when known). */
  sourceName?: string;
  /** Run a check as soon as the settings are loaded (the standalone page, after opening a file). */
  checkOnLoad?: boolean;
  /** Disables every action (the standalone page before a file is open). */
  disabled?: boolean;
  extraActions?: (ctx: PaneActionContext) => React.ReactNode;
  onResult?: (result: CheckResult | null) => void;
  /** Hides the pane's own title (a page that shows the product name already). */
  hideTitle?: boolean;
  /** Told the pane's language whenever it changes (settings or display language). */
  onLangChange?: (lang: Lang) => void;
  /** The standalone page (`page`: no 诊断 tab, texts about the page and the file) or the add-in's pane (default). */
  surface?: 'pane' | 'page';
}

/** Tells the page the pane's language and last result whenever they change. */
function useReport(lang: Lang, result: CheckResult | null, props: AppProps): void {
  const { onLangChange, onResult } = props;
  React.useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
    onLangChange?.(lang);
  }, [lang, onLangChange]);
  React.useEffect(() => {
    onResult?.(result);
  }, [result, onResult]);
}

/** Runs one check as soon as the settings are loaded, when the page asks for it (checkOnLoad). */
function useCheckOnLoad(wanted: boolean, ready: boolean, check: () => Promise<void>): void {
  const checkRef = React.useRef(check);
  checkRef.current = check;
  const done = React.useRef(false);
  React.useEffect(() => {
    if (wanted && ready && !done.current) {
      done.current = true;
      void checkRef.current();
    }
  }, [wanted, ready]);
}

export function App(props: AppProps): React.ReactElement {
  const { host, displayLanguage, sourceName, disabled, extraActions, hideTitle } = props;
  const place: PanePlace = props.surface === 'page' ? 'page' : host.kind === 'wps' ? 'wps' : 'excel';
  const styles = useStyles();
  const { state, lang, loaded, handlers } = usePaneSession({
    host,
    displayLanguage,
    defaultScope: props.defaultScope,
    sourceName,
  });
  const { result, busy } = state;
  useReport(lang, result, props);
  useCheckOnLoad(Boolean(props.checkOnLoad), loaded && !disabled, handlers.check);
  const facts = checkFacts(result);
  const actionsDisabled = !loaded || Boolean(disabled) || busy !== null;
  const extra = extraActions?.({
    lang,
    result,
    busy: busy !== null || !loaded || Boolean(disabled),
    run: handlers.run,
  });
  return (
    <main className={styles.root} lang={lang} aria-busy={busy !== null}>
      {hideTitle ? null : (
        <header className={styles.header}>
          <Subtitle1 as="h1">{t(lang, 'appTitle')}</Subtitle1>
          <Caption1>{t(lang, 'appSubtitle')}</Caption1>
        </header>
      )}
      <Toolbar
        lang={lang}
        scope={state.scope}
        disabled={actionsDisabled}
        checked={result !== null}
        noTable={facts.noTable}
        handlers={handlers}
        extra={extra}
      />
      {busy ? (
        <Field label={t(lang, busy.label)}>
          <ProgressBar value={busy.value} max={1} aria-label={t(lang, 'progressLabel')} />
        </Field>
      ) : null}
      {state.copyExport ? (
        <CopyExport lang={lang} content={state.copyExport} onClose={handlers.closeCopyExport} />
      ) : null}
      <Messages lang={lang} messages={state.messages} onDismiss={handlers.dismiss} />
      <ResultSummary lang={lang} result={result} facts={facts} />
      <Sections
        lang={lang}
        state={state}
        facts={facts}
        place={place}
        host={host}
        displayLanguage={displayLanguage}
        disabled={actionsDisabled}
        handlers={handlers}
      />
    </main>
  );
}
