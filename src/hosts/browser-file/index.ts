// A Host over an .xlsx/.xlsm opened in the browser (the standalone page): read by the file host's own reader, annotated by patching
// the package in memory (nothing lost, nothing uploaded).

import { writtenCells } from '../../core/annotate/port';
import type { AnnotationState } from '../../core/annotate/types';
import type { Grid } from '../../core/grid';
import type { Finding, FileError, Lang } from '../../core/model';
import { patchWorkbook, readAnnotationState, type Patched } from '../file/annotate';
import { readWorkbook } from '../file/read';
import { HostError, type ApplyOptions, type ApplyResult, type Host, type HostCapabilities, type HostMessage, type ReadResult, type ReadScope } from '../host';

export interface CellRef {
  sheet: string;
  cell: string;
}

/** The browser-file host: a Host plus what the standalone page needs (open, the bytes, sheets, selection). */
export interface BrowserFileHost extends Host {
  /** Reads the file; on success it becomes the workbook every other call works on. Throws HostError otherwise. */
  open(name: string, bytes: Uint8Array): Promise<ReadResult>;
  fileName(): string | null;
  /** The workbook as it is now (annotated or cleared by apply/clear), or null before a file is open. */
  bytes(): Uint8Array | null;
  /** Every sheet with content, in workbook order, as read when the file was opened. */
  grids(): readonly Grid[];
  activeSheet(): string | null;
  setActiveSheet(sheet: string): void;
  selection(): CellRef | null;
  /** Cells annotated by this page since the file was opened, with their fill ('Sheet\u0000A1' → '#RRGGBB'). */
  annotatedFills(): ReadonlyMap<string, string>;
  /** Called after open, select, annotate and clear; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A FileError ("中文 / English") as a HostError the pane shows in its own language. */
function fileHostError(error: FileError): HostError {
  const split = error.message.indexOf(' / ');
  const zh = split >= 0 ? error.message.slice(0, split) : error.message;
  const en = split >= 0 ? error.message.slice(split + 3) : error.message;
  return new HostError({ code: error.code, intent: 'error', 'zh-CN': zh, 'en-US': en });
}

const NO_WORKBOOK: HostMessage = {
  code: 'no-workbook',
  intent: 'error',
  'zh-CN': '请先打开一个 .xlsx 工作簿。',
  'en-US': 'Open an .xlsx workbook first.',
};

function unknownSheet(sheet: string): HostError {
  return new HostError({
    code: 'sheet-not-found',
    intent: 'error',
    'zh-CN': `工作簿中没有名为“${sheet}”的工作表。`,
    'en-US': `The workbook has no sheet named “${sheet}”.`,
  });
}

function writeFailed(e: unknown): HostError {
  const reason = e instanceof Error ? e.message : String(e);
  return new HostError({
    code: 'write-failed',
    intent: 'error',
    'zh-CN': `无法写入工作簿副本：${reason}`,
    'en-US': `The workbook copy could not be written: ${reason}`,
  });
}

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

export interface BrowserFileHostOptions {
  /** Language of the few texts the writer itself puts in the workbook. */
  lang?: Lang;
}

export function createBrowserFileHost(options: BrowserFileHostOptions = {}): BrowserFileHost {
  let name: string | null = null;
  let current: Uint8Array | null = null;
  let grids: Grid[] = [];
  let state: AnnotationState | null = null;
  let active: string | null = null;
  let selected: CellRef | null = null;
  const fills = new Map<string, string>();
  // Settings live as long as the page: nothing is stored outside the workbook the user downloads.
  const settings = new Map<string, string>();
  const listeners = new Set<() => void>();

  const notify = (): void => {
    for (const l of [...listeners]) l();
  };

  const requireBytes = (): Uint8Array => {
    if (!current) throw new HostError(NO_WORKBOOK);
    return current;
  };

  /** Patches the workbook in memory with the findings (none: cleared); the page shows the fills it wrote. */
  const patch = async (findings: readonly Finding[], opts: ApplyOptions): Promise<ApplyResult> => {
    const bytes = requireBytes();
    opts.onProgress?.(0);
    let next: Patched;
    try {
      next = await patchWorkbook(bytes, findings, { lang: options.lang ?? 'zh-CN' });
    } catch (e) {
      throw writeFailed(e);
    }
    current = next.bytes;
    state = next.plan.nextState.cells.length > 0 ? next.plan.nextState : null;
    for (const c of next.plan.restore) fills.delete(key(c.sheet, c.cell));
    for (const e of next.plan.entries) fills.set(key(e.sheet, e.cell), e.fill);
    opts.onProgress?.(1);
    notify();
    return { written: writtenCells(next.plan), messages: [] };
  };

  const host: BrowserFileHost = {
    kind: 'file',

    async open(fileName, bytes) {
      const read = await readWorkbook(bytes);
      if (!read.ok) throw fileHostError(read.error);
      name = fileName;
      current = bytes;
      grids = read.grids;
      state = await readAnnotationState(bytes);
      active = grids[0]?.sheet ?? null;
      selected = null;
      fills.clear();
      settings.clear();
      notify();
      return { grids, messages: [] };
    },

    fileName: () => name,
    bytes: () => current,
    grids: () => grids,
    activeSheet: () => active,
    setActiveSheet(sheet) {
      if (!grids.some((g) => g.sheet === sheet)) throw unknownSheet(sheet);
      active = sheet;
      notify();
    },
    selection: () => selected,
    annotatedFills: () => fills,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async capabilities(): Promise<HostCapabilities> {
      // The patcher writes notes (legacy comments), not threaded comments; settings are not written into the file.
      return { comments: false, notes: true, merges: true, settings: false };
    },

    async read(scope: ReadScope): Promise<ReadResult> {
      requireBytes();
      if (scope === 'all') return { grids: [...grids], messages: [] };
      // A file has no selection of its own: 'selection' reads the sheet shown in the preview, like 'active'.
      return { grids: grids.filter((g) => g.sheet === active), messages: [] };
    },

    async annotate(findings: readonly Finding[], opts: ApplyOptions = {}): Promise<ApplyResult> {
      return patch(findings, opts);
    },

    async clear(opts: ApplyOptions = {}): Promise<ApplyResult> {
      return patch([], opts);
    },

    async select(sheet: string, cell: string) {
      requireBytes();
      if (!grids.some((g) => g.sheet === sheet)) throw unknownSheet(sheet);
      active = sheet;
      selected = { sheet, cell };
      notify();
    },

    async loadSetting(settingKey: string) {
      const text = settings.get(settingKey);
      return text === undefined ? null : (JSON.parse(text) as unknown);
    },

    async saveSetting(settingKey: string, value: unknown) {
      // Stored as JSON text so a caller's later mutation of the object does not change what was saved.
      settings.set(settingKey, JSON.stringify(value));
    },
  };
  return host;
}
