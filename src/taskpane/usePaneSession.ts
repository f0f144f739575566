// The pane's session as a React hook: the application session (src/app/session.ts) over a Host, its state kept by
// paneReducer, and the handlers the pane's components call.

import * as React from 'react';
import type { Finding, Lang, MappingOverride } from '../core/model';
import type { Config } from '../core/rules/config';
import type { Host, ReadScope } from '../hosts/host';
import { downloadBlob, reportExport } from '../app/export';
import { langFromDisplayLanguage } from '../app/i18n';
import {
  annotateChecked,
  clearMarks,
  errorToMessage,
  paneMessage,
  runCheck,
  saveMapping,
  saveSettings,
  startSession,
  type PaneMessage,
  type PanePrefs,
} from '../app/session';
import {
  initialPaneState,
  paneReducer,
  type PaneAction,
  type PaneState,
  type RunTask,
  type TabKey,
} from './pane-state';

export interface PaneSessionOptions {
  host: Host;
  /** Office's display language or the browser's; the settings may override it. */
  displayLanguage?: string;
  defaultScope?: ReadScope;
  /** Base name for exported files (the workbook's name when known). */
  sourceName?: string;
}

export interface PaneHandlers {
  run: RunTask;
  check: () => Promise<void>;
  annotate: () => Promise<void>;
  clear: () => Promise<void>;
  exportReport: (kind: 'csv' | 'json') => void;
  select: (sheet: string, cell: string) => void;
  selectFinding: (finding: Finding) => void;
  saveMapping: (overrides: MappingOverride[], done: 'saved' | 'reset') => Promise<void>;
  saveSettings: (config: Config, prefs: PanePrefs) => Promise<void>;
  setScope: (scope: ReadScope) => void;
  setTab: (tab: TabKey) => void;
  dismiss: (id: number) => void;
  closeCopyExport: () => void;
}

export interface PaneSession {
  state: PaneState;
  lang: Lang;
  /** Settings loaded: actions may run. */
  loaded: boolean;
  handlers: PaneHandlers;
}

/** Gives the browser a frame to paint the progress bar before CPU-bound work starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Starts the session over `host` once: settings and capabilities first, since every action depends on them. */
function useSessionStart(host: Host, dispatch: React.Dispatch<PaneAction>): void {
  React.useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const start = await startSession(host);
        if (!live) return;
        dispatch({ type: 'started', settings: start.settings, capabilities: start.capabilities });
        dispatch({ type: 'show', messages: start.messages });
      } catch (e) {
        if (!live) return;
        dispatch({ type: 'start-failed' });
        dispatch({ type: 'show', messages: [errorToMessage(e)] });
      }
    })();
    return () => {
      live = false;
    };
  }, [host, dispatch]);
}

/** The task runner: one progress bar at a time, the task's messages or its error shown when it ends. */
function useRun(dispatch: React.Dispatch<PaneAction>): RunTask {
  return React.useCallback<RunTask>(
    async (label, task) => {
      const show = (messages: readonly PaneMessage[]) => dispatch({ type: 'show', messages });
      dispatch({ type: 'busy', busy: { label } });
      await nextFrame();
      try {
        const out = await task((fraction) =>
          dispatch({ type: 'busy', busy: { label, value: Math.max(0, Math.min(1, fraction)) } }),
        );
        show(out);
      } catch (e) {
        show([errorToMessage(e)]);
      } finally {
        dispatch({ type: 'busy', busy: null });
      }
    },
    [dispatch],
  );
}

interface HandlerInputs extends PaneSessionOptions {
  state: PaneState;
  lang: Lang;
  dispatch: React.Dispatch<PaneAction>;
  run: RunTask;
}

/** The pane's actions over the state of this render. */
function paneHandlers({ host, sourceName, state, lang, dispatch, run }: HandlerInputs): PaneHandlers {
  const { settings, result } = state;
  const show = (messages: readonly PaneMessage[]) => dispatch({ type: 'show', messages });
  const select = (sheet: string, cell: string): void => {
    host.select(sheet, cell).catch((e: unknown) => show([errorToMessage(e)]));
  };
  return {
    run,
    check: async () => {
      if (!settings) return;
      await run('progressReading', async () => {
        const out = await runCheck(host, state.scope, settings, lang, async () => {
          dispatch({ type: 'busy', busy: { label: 'progressChecking' } });
          await nextFrame();
        });
        dispatch({ type: 'checked', result: out.result, sheets: out.sheets });
        return out.messages;
      });
    },
    annotate: async () => {
      if (!settings) return;
      if (!result) {
        show([paneMessage('nothing-to-annotate', 'info', 'nothingToAnnotate')]);
        return;
      }
      await run('progressWriting', (onProgress) => annotateChecked(host, result, settings.prefs, onProgress));
    },
    clear: () => run('progressClearing', (onProgress) => clearMarks(host, onProgress)),
    exportReport: (kind) => {
      if (!result) return;
      const out = reportExport(kind, result, lang, sourceName);
      // Where the web view cannot save a download (Office for Mac, iPad) the report is shown as text to copy.
      if (state.capabilities?.downloads === false) {
        dispatch({ type: 'copy-export', content: { name: out.name, ...out.pasted() } });
        return;
      }
      downloadBlob(out.name, out.file(), out.type);
      show([paneMessage('exported', 'success', 'exported', { name: out.name })]);
    },
    select,
    selectFinding: (finding) => {
      dispatch({ type: 'select-finding', finding });
      select(finding.sheet, finding.cell);
    },
    saveMapping: async (overrides, done) => {
      if (!settings) return;
      await run('progressSaving', async () => {
        const messages = await saveMapping(host, overrides, done);
        dispatch({ type: 'mapping-saved', overrides });
        return messages;
      });
    },
    saveSettings: async (config, prefs) => {
      if (!settings) return;
      await run('progressSaving', async () => {
        const messages = await saveSettings(host, config, prefs);
        dispatch({ type: 'settings-saved', config, prefs });
        return messages;
      });
    },
    setScope: (scope) => dispatch({ type: 'scope', scope }),
    setTab: (tab) => dispatch({ type: 'tab', tab }),
    dismiss: (id) => dispatch({ type: 'dismiss', id }),
    closeCopyExport: () => dispatch({ type: 'copy-export', content: null }),
  };
}

/** The pane's state and handlers over `host`. */
export function usePaneSession(options: PaneSessionOptions): PaneSession {
  const [state, dispatch] = React.useReducer(paneReducer, options.defaultScope ?? 'active', initialPaneState);
  const lang: Lang = state.settings?.config.lang ?? langFromDisplayLanguage(options.displayLanguage);
  useSessionStart(options.host, dispatch);
  const run = useRun(dispatch);
  const handlers = paneHandlers({ ...options, state, lang, dispatch, run });
  return { state, lang, loaded: state.settings !== null, handlers };
}
