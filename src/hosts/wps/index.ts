// The WPS 表格 host: the pane's and the ribbon's Host over the ET object model of the global `Application`.

import type { Host, HostCapabilities } from '../host';
import { HostError } from '../host';
import { annotateFindings, clearAnnotations, selectCell } from './annotate';
import { wpsApplication, type WpsApplication } from './et';
import { errorText, messages } from './messages';
import { activeWorkbook, readSheets } from './read';
import { wpsProbes } from './selftest';
import { loadSetting, saveSetting } from './store';

/** Any WPS error that is not already a HostError becomes one, so the pane shows it in a MessageBar. */
function guarded<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    if (error instanceof HostError) return Promise.reject(error);
    return Promise.reject(new HostError(messages.wpsError(errorText(error))));
  }
}

/** The Host over `app` (the global `Application` when omitted). Calls are synchronous in WPS; promises for the pane. */
export function createWpsHost(app: WpsApplication | null = wpsApplication()): Host {
  if (!app) throw new Error('createWpsHost: no WPS Application (not running inside WPS)');
  return {
    kind: 'wps',
    capabilities: (): Promise<HostCapabilities> =>
      // WPS comments and merged areas are always there; settings live on a hidden sheet saved with the workbook.
      Promise.resolve({ comments: true, notes: false, merges: true, settings: true }),
    read: (scope) => guarded(() => readSheets(app, scope)),
    annotate: (findings, options) => guarded(() => annotateFindings(app, findings, options)),
    clear: (options) => guarded(() => clearAnnotations(app, options)),
    select: (sheet, cell) => guarded(() => selectCell(app, sheet, cell)),
    loadSetting: (key) => guarded(() => loadSetting(activeWorkbook(app), key)),
    saveSetting: (key, value) => guarded(() => saveSetting(app, activeWorkbook(app), key, value)),
    selfTest: (options) => wpsProbes(app, options),
  };
}

export { hexToWps, wpsToHex } from './color';
export type { WpsApplication } from './et';
