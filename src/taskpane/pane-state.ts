// The pane's state and its reducer: what the session loaded, the last check, what is selected and shown, and the
// progress of the task under way. Pure; usePaneSession.ts runs the tasks and dispatches their outcomes.

import type { CheckResult } from '../core/check';
import type { Config } from '../core/rules/config';
import type { Finding, Lang, MappingOverride } from '../core/model';
import type { HostCapabilities, ReadScope } from '../hosts/host';
import type { StringKey } from '../app/i18n';
import { DEFAULT_SETTINGS, type PaneMessage, type PanePrefs, type PaneSettings } from '../app/session';
import type { CopyExportContent } from './components/CopyExport';

export type TabKey = 'findings' | 'tables' | 'mapping' | 'settings' | 'diagnostics';

export interface Busy {
  label: StringKey;
  /** 0..1 when the host reports progress; absent for an indeterminate bar. */
  value?: number;
}

/** A message as shown: with an id for its dismiss button. */
export interface ShownMessage extends PaneMessage {
  id: number;
}

/** Runs a task under the pane's progress bar; shows the messages it returns, or the error it throws. */
export type RunTask = (
  progress: StringKey,
  task: (onProgress: (fraction: number) => void) => Promise<readonly PaneMessage[]>,
) => Promise<void>;

/** What extra toolbar actions (the standalone page's download) get from the pane. */
export interface PaneActionContext {
  lang: Lang;
  result: CheckResult | null;
  busy: boolean;
  run: RunTask;
}

export interface PaneState {
  /** Null until the session has started. */
  settings: PaneSettings | null;
  /** Bumped when the settings change from outside the settings form, which then starts again from them. */
  settingsVersion: number;
  capabilities: HostCapabilities | null;
  result: CheckResult | null;
  /** Sheets of the last read. */
  sheets: string[];
  /** The finding selected last. */
  current: Finding | null;
  scope: ReadScope;
  tab: TabKey;
  busy: Busy | null;
  messages: ShownMessage[];
  nextMessageId: number;
  /** The report shown as text to copy, where the web view cannot save a download. */
  copyExport: CopyExportContent | null;
}

export type PaneAction =
  | { type: 'started'; settings: PaneSettings; capabilities: HostCapabilities }
  | { type: 'start-failed' }
  | { type: 'show'; messages: readonly PaneMessage[] }
  | { type: 'dismiss'; id: number }
  | { type: 'busy'; busy: Busy | null }
  | { type: 'checked'; result: CheckResult; sheets: string[] }
  | { type: 'select-finding'; finding: Finding }
  | { type: 'scope'; scope: ReadScope }
  | { type: 'tab'; tab: TabKey }
  | { type: 'mapping-saved'; overrides: MappingOverride[] }
  | { type: 'settings-saved'; config: Config; prefs: PanePrefs }
  | { type: 'copy-export'; content: CopyExportContent | null };

export function initialPaneState(scope: ReadScope): PaneState {
  return {
    settings: null,
    settingsVersion: 0,
    capabilities: null,
    result: null,
    sheets: [],
    current: null,
    scope,
    tab: 'findings',
    busy: null,
    messages: [],
    nextMessageId: 1,
    copyExport: null,
  };
}

function shown(state: PaneState, messages: readonly PaneMessage[]): PaneState {
  if (messages.length === 0) return state;
  const added = messages.map((m, i) => ({ ...m, id: state.nextMessageId + i }));
  return { ...state, messages: [...state.messages, ...added], nextMessageId: state.nextMessageId + added.length };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'started':
      return {
        ...state,
        settings: action.settings,
        capabilities: action.capabilities,
        settingsVersion: state.settingsVersion + 1,
      };
    case 'start-failed':
      return { ...state, settings: DEFAULT_SETTINGS };
    case 'show':
      return shown(state, action.messages);
    case 'dismiss':
      return { ...state, messages: state.messages.filter((m) => m.id !== action.id) };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'checked':
      return { ...state, result: action.result, sheets: action.sheets, current: null, tab: 'findings' };
    case 'select-finding':
      return { ...state, current: action.finding };
    case 'scope':
      return { ...state, scope: action.scope };
    case 'tab':
      return { ...state, tab: action.tab };
    case 'mapping-saved':
      return state.settings ? { ...state, settings: { ...state.settings, overrides: action.overrides } } : state;
    case 'settings-saved':
      return state.settings
        ? {
            ...state,
            settings: { ...state.settings, config: action.config, prefs: action.prefs },
            settingsVersion: state.settingsVersion + 1,
          }
        : state;
    case 'copy-export':
      return { ...state, copyExport: action.content };
  }
}

/** What the pane says about the last check: whether it read no table, the sheets it could not read, a header to map. */
export interface CheckFacts {
  /** Nothing read is never "no problems": the pane says the workbook was not checked, why, and how to map it. */
  noTable: boolean;
  unread: CheckResult['unread'];
  /** Where the check saw header words but read no table: the likely header to map by hand. */
  suggestedHeader?: { sheet: string; row: number };
  indicators: number;
}

export function checkFacts(result: CheckResult | null): CheckFacts {
  const unread = result?.unread ?? [];
  const seen = unread.find((u) => u.evidence.headerRow !== null);
  return {
    noTable: result !== null && result.tables.length === 0,
    unread,
    suggestedHeader: seen ? { sheet: seen.evidence.sheet, row: seen.evidence.headerRow as number } : undefined,
    indicators: result ? result.tables.reduce((n, table) => n + table.indicators.length, 0) : 0,
  };
}
