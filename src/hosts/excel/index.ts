// The Excel host: the Host the task pane uses inside Excel, and the only module that calls Excel.run.

import type { AnnotationPlan, AnnotationState } from '../../core/annotate/types';
import type { Area } from '../../core/grid';
import type { ApplyOptions, ApplyResult, Host, HostCapabilities, ReadResult, ReadScope } from '../host';
import { applyPlan, clearAnnotations, type AnnotateEnv } from './annotate';
import {
  excelCapabilities,
  loadedLibraryHas,
  officeIsSetSupported,
  type ExcelCapabilities,
  type IsSetSupported,
  type LibraryHas,
} from './capabilities';
import { messages } from './messages';
import { readSheets, type CommentIndex } from './read';
import { selectCell } from './select';
import { loadSetting, loadState, loadStored, saveSetting, saveStored, type SettingsStore } from './state';

/** Excel.run in its options form. */
export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * Every batch waits while the user is typing in a cell instead of failing (Excel delays it until they leave the cell).
 * A client without the DelayForCellEdit set ignores the flag and fails with InvalidOperationInCellEditMode, which
 * becomes the cell-edit-mode message.
 */
const RUN_OPTIONS: Readonly<Excel.RunOptions> = { delayForCellEdit: true };

export interface ExcelHostOptions {
  /** Excel.run by default; tests pass a runner over a fake request context that honours the options. */
  run?: ExcelRun;
  /** Office.context.document.settings by default. */
  settings?: SettingsStore;
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: IsSetSupported;
  /** Asks the loaded Office.js library for a member; the page's `Excel` namespace by default. */
  libraryHas?: LibraryHas;
  /** Bytes one sync may carry; lowered by tests and the bench to exercise row blocks and split writes. */
  budget?: number;
}

export function createExcelHost(options: ExcelHostOptions = {}): Host {
  const excelRun: ExcelRun = options.run ?? ((opts, batch) => Excel.run(opts, batch));
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    excelRun({ ...RUN_OPTIONS }, batch);
  const settings = (): SettingsStore =>
    options.settings ?? (Office.context.document.settings as unknown as SettingsStore);
  let caps: ExcelCapabilities | null = null;
  // Some clients report ExcelApi 1.10 yet throw NotImplemented on the comments API: once a read or a write finds
  // that, comments stay off for the rest of the session (the error's detail is kept for the messages).
  let commentsFailure: string | undefined;
  const capabilitiesOf = (): ExcelCapabilities => {
    caps ??= excelCapabilities(
      options.isSetSupported ?? officeIsSetSupported(),
      options.libraryHas ?? loadedLibraryHas(),
    );
    return commentsFailure !== undefined && caps.comments ? { ...caps, comments: false } : caps;
  };
  // Where the comments were at the last read: a write right after a read then needs no extra sync to find them.
  let comments: CommentIndex | undefined;
  // Merged areas of the sheets read last, so findings inside a merge land on its top-left cell.
  const merges = new Map<string, Area[]>();
  const remember = (index: CommentIndex) => {
    comments = new Map([...(comments ?? new Map<string, Map<string, string>>()), ...index]);
  };

  const env = (opts: ApplyOptions | undefined): AnnotateEnv => ({
    caps: capabilitiesOf(),
    stored: loadStored(settings()),
    commentsFailure,
    comments,
    merges,
    persist: (stored) => saveStored(settings(), stored),
    preferNotes: opts?.preferNotes,
    onProgress: opts?.onProgress,
    budget: options.budget,
  });

  return {
    kind: 'excel',
    async capabilities(): Promise<HostCapabilities> {
      const c = capabilitiesOf();
      return { comments: c.comments, notes: c.notes, merges: c.merges, settings: c.settings };
    },
    async read(scope: ReadScope): Promise<ReadResult> {
      const findingsSheet = loadStored(settings())?.findingsSheet;
      const known = commentsFailure;
      const result = await run((context) =>
        readSheets(context, scope, {
          caps: capabilitiesOf(),
          exclude: new Set(findingsSheet ? [findingsSheet] : []),
          budget: options.budget,
        }),
      );
      remember(result.comments);
      for (const g of result.grids) merges.set(g.sheet, g.merges);
      commentsFailure ??= result.commentsFailure;
      const out = [...result.messages];
      // Every check says so while comments are off, not only the one that found it.
      if (known !== undefined) out.push(messages.commentsUnavailable(known, capabilitiesOf().notes));
      return { grids: result.grids, messages: out };
    },
    async loadState(): Promise<AnnotationState | null> {
      return loadState(settings());
    },
    async apply(plan: AnnotationPlan, opts?: ApplyOptions): Promise<ApplyResult> {
      const outcome = await run((context) => applyPlan(context, plan, env(opts)));
      remember(outcome.comments);
      commentsFailure ??= outcome.commentsFailure;
      return outcome.result;
    },
    async clear(opts?: ApplyOptions): Promise<ApplyResult> {
      const outcome = await run((context) => clearAnnotations(context, env(opts)));
      remember(outcome.comments);
      commentsFailure ??= outcome.commentsFailure;
      return outcome.result;
    },
    async select(sheet: string, cell: string): Promise<void> {
      await run((context) => selectCell(context, sheet, cell));
    },
    async loadSetting(key: string): Promise<unknown> {
      return loadSetting(settings(), key);
    },
    async saveSetting(key: string, value: unknown): Promise<void> {
      await saveSetting(settings(), key, value);
    },
  };
}

export { excelCapabilities } from './capabilities';
export type { ExcelCapabilities, IsSetSupported, LibraryHas } from './capabilities';
export type { SettingsStore } from './state';
