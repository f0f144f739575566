// The task pane: check, annotate, clear and export over whichever Host is present; tables, findings, mapping, settings.

import { LAST_COMMAND_KEY, lastCommandMessage } from '../commands/summary';
import * as React from 'react';
import {
  Button,
  Field,
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Subtitle1,
  Caption1,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  ClipboardTaskListLtr20Regular,
  Eraser20Regular,
  Highlight20Regular,
} from '@fluentui/react-icons';
import type { CheckResult } from '../core/check';
import type { Finding, Lang, MappingOverride } from '../core/model';
import type { Config } from '../core/rules/config';
import type { Host, HostCapabilities, ReadScope } from '../hosts/host';
import { FindingsList } from './components/FindingsList';
import { MappingPanel } from './components/MappingPanel';
import { Messages, type ShownMessage } from './components/Messages';
import { SelfTestPanel } from './components/SelfTestPanel';
import { SettingsPanel } from './components/SettingsPanel';
import { TablesList } from './components/TablesList';
import { CopyExport, type CopyExportContent } from './components/CopyExport';
import { downloadBlob, findingsCsv, findingsTsv, reportJson, severityCounts } from './export';
import { langFromDisplayLanguage, t, type StringKey } from './i18n';
import type { PanePlace } from './session-place';
import {
  errorToMessage,
  loadPaneSettings,
  paneMessage,
  runCheck,
  SETTING_KEYS,
  writeAnnotations,
  type PaneMessage,
  type PanePrefs,
  type PaneSettings,
} from './session';

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
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  scope: { minWidth: '9rem' },
  summary: { fontWeight: tokens.fontWeightSemibold },
  reasons: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  panel: { paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  // The section tabs wrap in a narrow pane (English labels are wider than the 320–400 px a pane has).
  tabs: { flexWrap: 'wrap' },
});

type TabKey = 'findings' | 'tables' | 'mapping' | 'settings' | 'diagnostics';

const TABS: ReadonlyArray<{ key: TabKey; label: StringKey }> = [
  { key: 'findings', label: 'tabFindings' },
  { key: 'tables', label: 'tabTables' },
  { key: 'mapping', label: 'tabMapping' },
  { key: 'settings', label: 'tabSettings' },
  { key: 'diagnostics', label: 'tabDiagnostics' },
];

const SCOPES: ReadonlyArray<{ key: ReadScope; label: StringKey }> = [
  { key: 'active', label: 'scopeActive' },
  { key: 'selection', label: 'scopeSelection' },
  { key: 'all', label: 'scopeAll' },
];

/** What extra toolbar actions (the standalone page's download) get from the pane. */
export interface PaneActionContext {
  lang: Lang;
  result: CheckResult | null;
  busy: boolean;
  /** Runs a task under the pane's progress bar; shows the messages it returns, or the error it throws. */
  run: (progress: StringKey, task: (onProgress: (fraction: number) => void) => Promise<PaneMessage[] | void>) => Promise<void>;
}

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

interface Busy {
  label: StringKey;
  /** 0..1 when the host reports progress; absent for an indeterminate bar. */
  value?: number;
}

/** Gives the browser a frame to paint the progress bar before CPU-bound work starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function baseName(name: string | undefined): string {
  if (!name) return 'indicator-checker';
  return name.replace(/\.(xlsx|xlsm|xls)$/i, '');
}

export function App(props: AppProps): React.ReactElement {
  const { host, displayLanguage, defaultScope = 'active', sourceName, checkOnLoad, disabled, extraActions, onResult, onLangChange, hideTitle } =
    props;
  const place: PanePlace = props.surface === 'page' ? 'page' : host.kind === 'wps' ? 'wps' : 'excel';
  const styles = useStyles();
  const [settings, setSettings] = React.useState<PaneSettings | null>(null);
  const [settingsVersion, setSettingsVersion] = React.useState(0);
  const [capabilities, setCapabilities] = React.useState<HostCapabilities | null>(null);
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [current, setCurrent] = React.useState<Finding | null>(null);
  const [scope, setScope] = React.useState<ReadScope>(defaultScope);
  const [tab, setTab] = React.useState<TabKey>('findings');
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [messages, setMessages] = React.useState<ShownMessage[]>([]);
  const [copyExport, setCopyExport] = React.useState<CopyExportContent | null>(null);
  const nextId = React.useRef(1);

  const lang: Lang = settings?.config.lang ?? langFromDisplayLanguage(displayLanguage);

  React.useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
    onLangChange?.(lang);
  }, [lang, onLangChange]);

  const show = React.useCallback((list: readonly PaneMessage[]) => {
    if (list.length === 0) return;
    setMessages((old) => [...old, ...list.map((m) => ({ ...m, id: nextId.current++ }))]);
  }, []);

  // Settings and capabilities first: every action depends on them.
  React.useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [loaded, caps, lastCommand] = await Promise.all([
          loadPaneSettings(host),
          host.capabilities(),
          host.loadSetting(LAST_COMMAND_KEY),
        ]);
        if (!live) return;
        setCapabilities(caps);
        setSettings(loaded.settings);
        setSettingsVersion((v) => v + 1);
        // What the last ribbon command (审核本表 / 清除标注) did: the pane is where its counts are shown.
        const lastCommandShown = lastCommandMessage(lastCommand);
        show(lastCommandShown ? [lastCommandShown, ...loaded.messages] : loaded.messages);
      } catch (e) {
        if (!live) return;
        setSettings({ config: {}, overrides: [], prefs: { preferNotes: false } });
        show([errorToMessage(e)]);
      }
    })();
    return () => {
      live = false;
    };
  }, [host, show]);

  React.useEffect(() => {
    onResult?.(result);
  }, [result, onResult]);

  const isBusy = busy !== null;
  const ready = settings !== null && !disabled;

  const run = React.useCallback<PaneActionContext['run']>(
    async (label, task) => {
      setBusy({ label });
      await nextFrame();
      try {
        const out = await task((fraction) => setBusy({ label, value: Math.max(0, Math.min(1, fraction)) }));
        if (out) show(out);
      } catch (e) {
        show([errorToMessage(e)]);
      } finally {
        setBusy(null);
      }
    },
    [show],
  );

  const check = async (scopeNow: ReadScope = scope): Promise<void> => {
    if (!settings) return;
    await run('progressReading', async () => {
      const out = await runCheck(host, scopeNow, settings, lang, async () => {
        setBusy({ label: 'progressChecking' });
        await nextFrame();
      });
      setResult(out.result);
      setSheets(out.sheets);
      setCurrent(null);
      setTab('findings');
      return out.messages;
    });
  };

  const checkRef = React.useRef(check);
  checkRef.current = check;
  const autoChecked = React.useRef(false);
  React.useEffect(() => {
    if (checkOnLoad && settings && !disabled && !autoChecked.current) {
      autoChecked.current = true;
      void checkRef.current();
    }
  }, [checkOnLoad, settings, disabled]);

  const annotate = async (): Promise<void> => {
    if (!settings) return;
    if (!result) {
      show([paneMessage('nothing-to-annotate', 'info', 'nothingToAnnotate')]);
      return;
    }
    await run('progressWriting', async (onProgress) => {
      const applied = await writeAnnotations(host, result, settings.prefs, onProgress);
      const done =
        result.findings.length === 0
          ? paneMessage('annotated', 'success', 'noFindingsToAnnotate')
          : paneMessage('annotated', 'success', 'annotated', { count: applied.written.length });
      return [done, ...applied.messages];
    });
  };

  const clear = async (): Promise<void> => {
    await run('progressClearing', async (onProgress) => {
      const cleared = await host.clear({ onProgress });
      return [paneMessage('cleared', 'success', 'cleared', { count: cleared.written.length }), ...cleared.messages];
    });
  };

  // Where the web view cannot save a download (Office for Mac, iPad) the report is shown as text to copy.
  const save = (name: string, text: () => string, type: string, pasted: CopyExportContent): void => {
    if (capabilities?.downloads === false) {
      setCopyExport(pasted);
      return;
    }
    downloadBlob(name, text(), type);
    show([paneMessage('exported', 'success', 'exported', { name })]);
  };

  const exportCsv = (): void => {
    if (!result) return;
    const name = `${baseName(sourceName)}-findings.csv`;
    save(name, () => findingsCsv(result.findings, result.tables, lang), 'text/csv;charset=utf-8', {
      name,
      text: findingsTsv(result.findings, result.tables, lang),
      into: 'workbook',
    });
  };

  const exportJson = (): void => {
    if (!result) return;
    const name = `${baseName(sourceName)}-report.json`;
    const json = reportJson(sourceName ?? name, result.tables, result.findings);
    save(name, () => json, 'application/json', { name, text: json, into: 'text-file' });
  };

  const select = (sheet: string, cell: string): void => {
    host.select(sheet, cell).catch((e: unknown) => show([errorToMessage(e)]));
  };

  const selectFinding = (f: Finding): void => {
    setCurrent(f);
    select(f.sheet, f.cell);
  };

  const saveMapping = async (overrides: MappingOverride[], done: 'saved' | 'reset'): Promise<void> => {
    if (!settings) return;
    await run('progressSaving', async () => {
      await host.saveSetting(SETTING_KEYS.mapping, overrides);
      setSettings({ ...settings, overrides });
      return [paneMessage('mapping-saved', 'success', done === 'saved' ? 'mappingSaved' : 'mappingResetDone')];
    });
  };

  const saveSettings = async (config: Config, prefs: PanePrefs): Promise<void> => {
    if (!settings) return;
    await run('progressSaving', async () => {
      await host.saveSetting(SETTING_KEYS.config, config);
      await host.saveSetting(SETTING_KEYS.pane, prefs);
      setSettings({ ...settings, config, prefs });
      setSettingsVersion((v) => v + 1);
      return [paneMessage('settings-saved', 'success', 'settingsSaved')];
    });
  };

  const counts = result ? severityCounts(result.findings) : null;
  // Nothing read is never "no problems": the pane says the workbook was not checked, why, and how to map it.
  const noTable = result !== null && result.tables.length === 0;
  const unread = result?.unread ?? [];
  const seen = unread.find((u) => u.evidence.headerRow !== null);
  const suggestedHeader = seen ? { sheet: seen.evidence.sheet, row: seen.evidence.headerRow as number } : undefined;
  const notRead =
    noTable || unread.length > 0 ? (
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
          <Button size="small" onClick={() => setTab('mapping')} data-testid="map-by-hand">
            {t(lang, 'mapByHand')}
          </Button>
        </MessageBarBody>
      </MessageBar>
    ) : null;
  const indicators = result ? result.tables.reduce((n, table) => n + table.indicators.length, 0) : 0;
  const actionsDisabled = !ready || isBusy;

  return (
    <main className={styles.root} lang={lang} aria-busy={isBusy}>
      {hideTitle ? null : (
        <header className={styles.header}>
          <Subtitle1 as="h1">{t(lang, 'appTitle')}</Subtitle1>
          <Caption1>{t(lang, 'appSubtitle')}</Caption1>
        </header>
      )}

      <div role="group" aria-label={t(lang, 'actionsLabel')} className={styles.toolbar}>
        <Field label={t(lang, 'scopeLabel')} className={styles.scope} size="small">
          <Select size="small" value={scope} onChange={(_, d) => setScope(d.value as ReadScope)} disabled={actionsDisabled}>
            {SCOPES.map((s) => (
              <option key={s.key} value={s.key}>
                {t(lang, s.label)}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" icon={<ClipboardTaskListLtr20Regular />} onClick={() => void check()} disabled={actionsDisabled}>
          {t(lang, 'check')}
        </Button>
        <Button icon={<Highlight20Regular />} onClick={() => void annotate()} disabled={actionsDisabled || !result || noTable}>
          {t(lang, 'annotate')}
        </Button>
        <Button icon={<Eraser20Regular />} onClick={() => void clear()} disabled={actionsDisabled}>
          {t(lang, 'clear')}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton icon={<ArrowDownload20Regular />} disabled={actionsDisabled || !result}>
              {t(lang, 'exportReport')}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={exportCsv}>{t(lang, 'exportCsv')}</MenuItem>
              <MenuItem onClick={exportJson}>{t(lang, 'exportJson')}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        {extraActions?.({ lang, result, busy: isBusy || !ready, run })}
      </div>

      {busy ? (
        <Field label={t(lang, busy.label)}>
          <ProgressBar value={busy.value} max={1} aria-label={t(lang, 'progressLabel')} />
        </Field>
      ) : null}

      {copyExport ? <CopyExport lang={lang} content={copyExport} onClose={() => setCopyExport(null)} /> : null}

      <Messages lang={lang} messages={messages} onDismiss={(id) => setMessages((old) => old.filter((m) => m.id !== id))} />

      {result && noTable ? (
        <Text className={styles.summary} role="status" data-testid="summary">
          {t(lang, 'notCheckedNoTable')}
        </Text>
      ) : result && counts ? (
        <Text className={styles.summary} role="status" data-testid="summary">
          {t(lang, 'summary', { tables: result.tables.length, indicators, ...counts })}
        </Text>
      ) : (
        <Text role="status">{t(lang, 'notChecked')}</Text>
      )}

      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabKey)}
        aria-label={t(lang, 'sectionsLabel')}
      >
        {/* The self-test probes Excel or WPS; the standalone page has nothing of the kind to test. */}
        {TABS.filter((x) => x.key !== 'diagnostics' || place !== 'page').map((x) => (
          <Tab key={x.key} value={x.key} id={`tab-${x.key}`} aria-controls={`panel-${x.key}`}>
            {t(lang, x.label)}
          </Tab>
        ))}
      </TabList>

      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel}>
        {tab === 'findings' ? (
          result && notRead ? (
            <>
              {notRead}
              {noTable ? null : <FindingsList lang={lang} findings={result.findings} onSelect={selectFinding} current={current} />}
            </>
          ) : result ? (
            <FindingsList lang={lang} findings={result.findings} onSelect={selectFinding} current={current} />
          ) : (
            <Text>{t(lang, 'notChecked')}</Text>
          )
        ) : null}
        {tab === 'tables' ? (
          result ? (
            <TablesList lang={lang} tables={result.tables} findings={result.findings} onSelect={select} />
          ) : (
            <Text>{t(lang, 'notChecked')}</Text>
          )
        ) : null}
        {tab === 'mapping' && settings ? (
          <MappingPanel
            lang={lang}
            tables={result?.tables ?? []}
            sheets={sheets}
            overrides={settings.overrides}
            disabled={actionsDisabled}
            onSave={(o, done) => void saveMapping(o, done)}
            suggested={suggestedHeader}
            place={place}
          />
        ) : null}
        {tab === 'settings' && settings ? (
          <SettingsPanel
            key={settingsVersion}
            lang={lang}
            config={settings.config}
            prefs={settings.prefs}
            capabilities={capabilities}
            place={place}
            disabled={actionsDisabled}
            onSave={(c, p) => void saveSettings(c, p)}
          />
        ) : null}
        {tab === 'diagnostics' ? (
          <SelfTestPanel lang={lang} host={host} disabled={actionsDisabled} displayLanguage={displayLanguage} run={run} />
        ) : null}
      </div>
    </main>
  );
}
