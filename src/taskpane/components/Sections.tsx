// The pane's sections as tabs: findings, tables, column mapping, settings and (in Excel and WPS) the self-test.

import * as React from 'react';
import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/model';
import type { Host } from '../../hosts/host';
import { t, type StringKey } from '../../app/i18n';
import type { CheckFacts, PaneState, TabKey } from '../pane-state';
import type { PanePlace } from '../session-place';
import type { PaneHandlers } from '../usePaneSession';
import { FindingsList } from './FindingsList';
import { MappingPanel } from './MappingPanel';
import { NotRead } from './ResultSummary';
import { SelfTestPanel } from './SelfTestPanel';
import { SettingsPanel } from './SettingsPanel';
import { TablesList } from './TablesList';

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  // The section tabs wrap in a narrow pane (English labels are wider than the 320–400 px a pane has).
  tabs: { flexWrap: 'wrap' },
});

const TABS: ReadonlyArray<{ key: TabKey; label: StringKey }> = [
  { key: 'findings', label: 'tabFindings' },
  { key: 'tables', label: 'tabTables' },
  { key: 'mapping', label: 'tabMapping' },
  { key: 'settings', label: 'tabSettings' },
  { key: 'diagnostics', label: 'tabDiagnostics' },
];

export interface SectionsProps {
  lang: Lang;
  state: PaneState;
  facts: CheckFacts;
  place: PanePlace;
  host: Host;
  displayLanguage?: string;
  /** Every action off (not loaded yet, busy, or the page has no file). */
  disabled: boolean;
  handlers: PaneHandlers;
}

export function Sections(props: SectionsProps): React.ReactElement {
  const { lang, state, place, handlers } = props;
  const styles = useStyles();
  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={state.tab}
        onTabSelect={(_, d) => handlers.setTab(d.value as TabKey)}
        aria-label={t(lang, 'sectionsLabel')}
      >
        {/* The self-test probes Excel or WPS; the standalone page has nothing of the kind to test. */}
        {TABS.filter((x) => x.key !== 'diagnostics' || place !== 'page').map((x) => (
          <Tab key={x.key} value={x.key} id={`tab-${x.key}`} aria-controls={`panel-${x.key}`}>
            {t(lang, x.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${state.tab}`} aria-labelledby={`tab-${state.tab}`} className={styles.panel}>
        <Section {...props} />
      </div>
    </>
  );
}

/** The open section's content. */
function Section({
  lang,
  state,
  facts,
  place,
  host,
  displayLanguage,
  disabled,
  handlers,
}: SectionsProps): React.ReactNode {
  const { result, settings } = state;
  const notChecked = <Text>{t(lang, 'notChecked')}</Text>;
  switch (state.tab) {
    case 'findings':
      if (!result) return notChecked;
      return (
        <>
          <NotRead lang={lang} facts={facts} onMap={() => handlers.setTab('mapping')} />
          {facts.noTable ? null : (
            <FindingsList
              lang={lang}
              findings={result.findings}
              onSelect={handlers.selectFinding}
              current={state.current}
            />
          )}
        </>
      );
    case 'tables':
      if (!result) return notChecked;
      return <TablesList lang={lang} tables={result.tables} findings={result.findings} onSelect={handlers.select} />;
    case 'mapping':
      if (!settings) return null;
      return (
        <MappingPanel
          lang={lang}
          tables={result?.tables ?? []}
          sheets={state.sheets}
          overrides={settings.overrides}
          disabled={disabled}
          onSave={(o, done) => void handlers.saveMapping(o, done)}
          suggested={facts.suggestedHeader}
          place={place}
        />
      );
    case 'settings':
      if (!settings) return null;
      return (
        <SettingsPanel
          key={state.settingsVersion}
          lang={lang}
          config={settings.config}
          prefs={settings.prefs}
          capabilities={state.capabilities}
          place={place}
          disabled={disabled}
          onSave={(c, p) => void handlers.saveSettings(c, p)}
        />
      );
    case 'diagnostics':
      return (
        <SelfTestPanel
          lang={lang}
          host={host}
          disabled={disabled}
          displayLanguage={displayLanguage}
          run={handlers.run}
        />
      );
  }
}
