// The Excel host: the Host the task pane uses inside Excel, and the only module that calls Excel.run.

import type { Area } from '../../core/grid';
import type { Finding } from '../../core/model';
import type {
  ApplyOptions,
  ApplyResult,
  Host,
  HostCapabilities,
  ReadResult,
  ReadScope,
  SelfTestOptions,
  SelfTestProbe,
} from '../host';
import { annotateFindings, clearAnnotations, type AnnotateEnv, type AnnotateOutcome } from './annotate';
import {
  excelCapabilities,
  loadedLibraryHas,
  officeIsSetSupported,
  type ExcelCapabilities,
  type IsSetSupported,
  type LibraryHas,
} from './capabilities';
import { messages, toHostError } from './messages';
import { PAYLOAD_BUDGET } from './payload';
import { readSheets, type CommentIndex } from './read';
import { StaleRecordError } from './record';
import { selectCell } from './select';
import { excelProbes, officeReport, type OfficeReport } from './selftest';
import {
  DocumentRecordStore,
  WorkbookRecordStore,
  type RecordRun,
  type RecordStore,
  type SettingsStore,
} from './state';

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

/** How often a write starts again from the fresh record after another runtime changed it during the run. */
const STALE_RETRIES = 3;

export interface ExcelHostOptions {
  /** Excel.run by default; tests pass a runner over a fake request context that honours the options. */
  run?: ExcelRun;
  /**
   * Office.context.document.settings by default: this runtime's copy, used where Workbook.settings (ExcelApi 1.4) is
   * absent. With 1.4 the record and the settings are read and written live through the request context.
   */
  settings?: SettingsStore;
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: IsSetSupported;
  /** Asks the loaded Office.js library for a member; the page's `Excel` namespace by default. */
  libraryHas?: LibraryHas;
  /** Bytes one sync may carry; lowered by tests and the bench to exercise row blocks and split writes. */
  budget?: number;
  /** Bytes the annotation record may take (about 2 MB less room for the pane's settings); lowered by tests. */
  recordLimit?: number;
  /** What Office says about itself, for the self-test (Office.context.diagnostics by default). */
  office?: () => OfficeReport;
}

/** Office.PlatformType values whose add-in web view ignores a Blob download (WKWebView on macOS and iPadOS). */
const NO_DOWNLOAD_PLATFORMS: ReadonlySet<string> = new Set(['Mac', 'iOS']);

/** `{ downloads: false }` on Office for Mac and iPad; nothing where the platform is unknown or downloads work. */
function downloadsOn(office: (() => OfficeReport) | undefined): { downloads?: boolean } {
  try {
    const platform = (office ?? officeReport)().platform;
    return platform !== undefined && NO_DOWNLOAD_PLATFORMS.has(platform) ? { downloads: false } : {};
  } catch {
    return {};
  }
}

/**
 * What one Excel host keeps between calls: the capabilities, where the record lives, and what the last read and
 * write found (comments, merges, a comments API that failed).
 */
class ExcelSession {
  /** Excel.run with the host's run options. */
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  private caps: ExcelCapabilities | null = null;
  // Some clients report ExcelApi 1.10 yet throw NotImplemented on the comments API: once a read or a write finds
  // that, comments stay off for the rest of the session (the error's detail is kept for the messages).
  commentsFailure: string | undefined;
  // Where the comments were at the last read: a write right after a read then needs no extra sync to find them.
  private comments: CommentIndex | undefined;
  // Merged areas of the sheets read last: a write's first guess at the top-left cells its findings land on.
  private readonly merges = new Map<string, Area[]>();
  // A client before ExcelApi 1.13 was told on a write of this session that merged areas cannot be read.
  private mergesNoticeShown = false;
  // Where the record and the pane's settings live: chosen once, with the capabilities.
  private recordStore: RecordStore | null = null;

  constructor(private readonly options: ExcelHostOptions) {
    const excelRun: ExcelRun = options.run ?? ((opts, batch) => Excel.run(opts, batch));
    this.run = (batch) => excelRun({ ...RUN_OPTIONS }, batch);
  }

  readonly capabilitiesOf = (): ExcelCapabilities => {
    this.caps ??= excelCapabilities(
      this.options.isSetSupported ?? officeIsSetSupported(),
      this.options.libraryHas ?? loadedLibraryHas(),
    );
    return this.commentsFailure !== undefined && this.caps.comments ? { ...this.caps, comments: false } : this.caps;
  };

  readonly store = (): RecordStore =>
    (this.recordStore ??= this.capabilitiesOf().workbookSettings
      ? new WorkbookRecordStore(this.options.recordLimit)
      : new DocumentRecordStore(this.settings, this.options.recordLimit));

  private readonly settings = (): SettingsStore =>
    this.options.settings ?? (Office.context.document.settings as unknown as SettingsStore);

  /** Keeps what a read or a write found: the comments it saw, merges read, a comments API that failed. */
  remember(found: {
    comments: CommentIndex;
    commentsFailure?: string;
    grids?: readonly { sheet: string; merges: Area[] }[];
  }): void {
    this.comments = new Map([...(this.comments ?? new Map<string, Map<string, string>>()), ...found.comments]);
    for (const g of found.grids ?? []) this.merges.set(g.sheet, g.merges);
    this.commentsFailure ??= found.commentsFailure;
  }

  /**
   * A write run over the record as it is now, read and written in the same Excel.run. When another runtime (the
   * ribbon's function file, another pane) changed the record after this runtime last saw it, nothing has been written
   * yet when that is found: the run starts again from the fresh record.
   */
  async write(
    opts: ApplyOptions | undefined,
    work: (context: Excel.RequestContext, env: AnnotateEnv) => Promise<AnnotateOutcome>,
  ): Promise<ApplyResult> {
    const outcome = await this.run(async (context) => {
      for (let attempt = 0; ; attempt++) {
        let record: RecordRun;
        try {
          record = await this.store().begin(context);
        } catch (e) {
          // The record's read is this runtime's first sync: cell-edit mode and the like show up here.
          throw toHostError(e);
        }
        try {
          return await work(context, this.env(record, opts));
        } catch (e) {
          record.settle();
          if (e instanceof StaleRecordError && attempt < STALE_RETRIES) continue;
          throw e;
        }
      }
    });
    this.remember(outcome);
    return this.withoutRepeats(outcome.result);
  }

  /**
   * A client that cannot read merged areas at all (before ExcelApi 1.13) says so on every write; the pane shows it on
   * the first write of the session only (every check's read says it too). Where Excel refused once, it is said again.
   */
  private withoutRepeats(result: ApplyResult): ApplyResult {
    if (this.capabilitiesOf().merges || !result.messages.some((m) => m.code === 'merges-not-read')) return result;
    if (!this.mergesNoticeShown) {
      this.mergesNoticeShown = true;
      return result;
    }
    return { ...result, messages: result.messages.filter((m) => m.code !== 'merges-not-read') };
  }

  private env(record: RecordRun, opts: ApplyOptions | undefined): AnnotateEnv {
    return {
      caps: this.capabilitiesOf(),
      stored: record.stored,
      commentsFailure: this.commentsFailure,
      comments: this.comments,
      merges: this.merges,
      persist: (stored) => record.persist(stored),
      preferNotes: opts?.preferNotes,
      onProgress: opts?.onProgress,
      budget: this.options.budget,
    };
  }
}

export function createExcelHost(options: ExcelHostOptions = {}): Host {
  const session = new ExcelSession(options);
  const { run, capabilitiesOf, store } = session;

  return {
    kind: 'excel',
    async capabilities(): Promise<HostCapabilities> {
      const c = capabilitiesOf();
      const downloads = downloadsOn(options.office);
      return { comments: c.comments, notes: c.notes, merges: c.merges, settings: c.settings, ...downloads };
    },
    async read(scope: ReadScope): Promise<ReadResult> {
      const known = session.commentsFailure;
      const result = await run(async (context) => {
        // The findings sheet is never read: the record names it. Where it is live, the record rides the read's first
        // sync; a findings sheet this runtime did not know of yet is dropped after the read.
        const record = await store().peek(context);
        const excluded = record.known?.findingsSheet;
        const read = await readSheets(context, scope, {
          caps: capabilitiesOf(),
          exclude: new Set(excluded ? [excluded] : []),
          budget: options.budget,
        });
        const findingsSheet = record.fresh()?.findingsSheet;
        return findingsSheet ? { ...read, grids: read.grids.filter((g) => g.sheet !== findingsSheet) } : read;
      });
      session.remember(result);
      const out = [...result.messages];
      // Every check says so while comments are off, not only the one that found it.
      if (known !== undefined) out.push(messages.commentsUnavailable(known, capabilitiesOf().notes));
      return { grids: result.grids, messages: out };
    },
    annotate(findings: readonly Finding[], opts?: ApplyOptions): Promise<ApplyResult> {
      return session.write(opts, (context, env) => annotateFindings(context, findings, env));
    },
    clear(opts?: ApplyOptions): Promise<ApplyResult> {
      return session.write(opts, (context, env) => clearAnnotations(context, env));
    },
    async select(sheet: string, cell: string): Promise<void> {
      await run((context) => selectCell(context, sheet, cell));
    },
    async loadSetting(key: string): Promise<unknown> {
      return store().loadSetting(run, key);
    },
    async saveSetting(key: string, value: unknown): Promise<void> {
      await store().saveSetting(run, key, value);
    },
    selfTest(selfTestOptions: SelfTestOptions): SelfTestProbe[] {
      return excelProbes(
        {
          run,
          caps: capabilitiesOf,
          commentsFailure: () => session.commentsFailure,
          isSetSupported: options.isSetSupported ?? officeIsSetSupported(),
          libraryHas: options.libraryHas ?? loadedLibraryHas(),
          store,
          office: options.office ?? officeReport,
          budget: options.budget ?? PAYLOAD_BUDGET,
        },
        selfTestOptions,
      );
    },
  };
}

export { excelCapabilities } from './capabilities';
export type { ExcelCapabilities, IsSetSupported, LibraryHas } from './capabilities';
export type { SettingsStore } from './state';
