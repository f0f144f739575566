// A Host over an .xlsx/.xlsm opened in the browser (the standalone page): read by the file host's own reader, annotated by patching
// the package in memory (nothing lost, nothing uploaded).

import { writtenCells } from '../../core/annotate/port';
import type { AnnotationState } from '../../core/annotate/types';
import type { Grid } from '../../core/grid';
import type { Finding, Lang } from '../../core/model';
import { cellKey } from '../../core/order';
import { patchWorkbook, readAnnotationState, type Patched } from '../file/annotate';
import { readWorkbook } from '../file/read';
import {
  HostError,
  type ApplyOptions,
  type ApplyResult,
  type Host,
  type HostCapabilities,
  type ReadResult,
  type ReadScope,
} from '../host';
import { fileHostError, NO_WORKBOOK, unknownSheet, writeFailed } from './messages';

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

export interface BrowserFileHostOptions {
  /** Language of the few texts the writer itself puts in the workbook. */
  lang?: Lang;
}

/** The open workbook and what the page shows of it, shared by the builders below. */
interface Session {
  name: string | null;
  current: Uint8Array | null;
  grids: Grid[];
  state: AnnotationState | null;
  active: string | null;
  selected: CellRef | null;
  readonly fills: Map<string, string>;
  // Settings live as long as the page: nothing is stored outside the workbook the user downloads.
  readonly settings: Map<string, string>;
  readonly listeners: Set<() => void>;
}

export function createBrowserFileHost(options: BrowserFileHostOptions = {}): BrowserFileHost {
  const s: Session = {
    name: null,
    current: null,
    grids: [],
    state: null,
    active: null,
    selected: null,
    fills: new Map(),
    settings: new Map(),
    listeners: new Set(),
  };
  return { kind: 'file', ...pageSide(s), ...hostSide(s, options) };
}

function notify(s: Session): void {
  for (const l of [...s.listeners]) l();
}

function requireBytes(s: Session): Uint8Array {
  if (!s.current) throw new HostError(NO_WORKBOOK);
  return s.current;
}

/** What the standalone page reads and drives: the file, its sheets, the preview's sheet and selection, the fills. */
function pageSide(s: Session): Omit<BrowserFileHost, keyof Host> {
  return {
    async open(fileName, bytes) {
      const read = await readWorkbook(bytes);
      if (!read.ok) throw fileHostError(read.error);
      s.name = fileName;
      s.current = bytes;
      s.grids = read.grids;
      s.state = await readAnnotationState(bytes);
      // The sheet the workbook was saved with in front, else the first sheet read.
      s.active = read.activeSheet ?? s.grids[0]?.sheet ?? null;
      s.selected = null;
      s.fills.clear();
      s.settings.clear();
      notify(s);
      return { grids: s.grids, messages: [] };
    },

    fileName: () => s.name,
    bytes: () => s.current,
    grids: () => s.grids,
    activeSheet: () => s.active,
    setActiveSheet(sheet) {
      if (!s.grids.some((g) => g.sheet === sheet)) throw unknownSheet(sheet);
      s.active = sheet;
      notify(s);
    },
    selection: () => s.selected,
    annotatedFills: () => s.fills,
    subscribe(listener) {
      s.listeners.add(listener);
      return () => s.listeners.delete(listener);
    },
  };
}

/** The Host calls over the workbook in memory. */
function hostSide(s: Session, options: BrowserFileHostOptions): Omit<Host, 'kind'> {
  return {
    async capabilities(): Promise<HostCapabilities> {
      // The patcher writes notes (legacy comments), not threaded comments; settings are not written into the file.
      return { comments: false, notes: true, merges: true, settings: false };
    },

    async read(scope: ReadScope): Promise<ReadResult> {
      requireBytes(s);
      if (scope === 'all') return { grids: [...s.grids], messages: [] };
      // A file has no selection of its own: 'selection' reads the sheet shown in the preview, like 'active'.
      return { grids: s.grids.filter((g) => g.sheet === s.active), messages: [] };
    },

    async annotate(findings: readonly Finding[], opts: ApplyOptions = {}): Promise<ApplyResult> {
      return patch(s, findings, opts, options);
    },

    async clear(opts: ApplyOptions = {}): Promise<ApplyResult> {
      return patch(s, [], opts, options);
    },

    async select(sheet: string, cell: string) {
      requireBytes(s);
      if (!s.grids.some((g) => g.sheet === sheet)) throw unknownSheet(sheet);
      s.active = sheet;
      s.selected = { sheet, cell };
      notify(s);
    },

    async loadSetting(settingKey: string) {
      const text = s.settings.get(settingKey);
      return text === undefined ? null : (JSON.parse(text) as unknown);
    },

    async saveSetting(settingKey: string, value: unknown) {
      // Stored as JSON text so a caller's later mutation of the object does not change what was saved.
      s.settings.set(settingKey, JSON.stringify(value));
    },
  };
}

/** Patches the workbook in memory with the findings (none: cleared); the page shows the fills it wrote. */
async function patch(
  s: Session,
  findings: readonly Finding[],
  opts: ApplyOptions,
  options: BrowserFileHostOptions,
): Promise<ApplyResult> {
  const bytes = requireBytes(s);
  opts.onProgress?.(0);
  let next: Patched;
  try {
    next = await patchWorkbook(bytes, findings, { lang: options.lang ?? 'zh-CN' });
  } catch (e) {
    throw writeFailed(e);
  }
  s.current = next.bytes;
  s.state = next.plan.nextState.cells.length > 0 ? next.plan.nextState : null;
  for (const c of next.plan.restore) s.fills.delete(cellKey(c.sheet, c.cell));
  for (const e of next.plan.entries) s.fills.set(cellKey(e.sheet, e.cell), e.fill);
  opts.onProgress?.(1);
  notify(s);
  return { written: writtenCells(next.plan), messages: [] };
}
