// What the Excel host keeps in the workbook between runs — the annotation record (state plus where our comments and
// notes are) and the pane's settings — and how it is read and written so that no stale copy overwrites it.
//
// Both are the add-in's settings in the document (saved in the package as xl/webextensions properties, per file and
// add-in, private to it, kept through close and reopen; the CLI reads a saved mapping there). Two views of that one
// store (Office.js raises the Common API's SettingsChanged event for Workbook.settings too), so a record an earlier
// release saved through the document settings is read through Workbook.settings:
// - ExcelApi 1.4+: `context.workbook.settings`, live. The record is read and written inside the Excel.run whose writes
//   it records, so the task pane and the ribbon's function file (separate runtimes: the manifest has no shared
//   runtime) always work from each other's latest record.
// - Before 1.4 (Office 2016 MSI has 1.1 only): `Office.context.document.settings`, an in-memory copy per runtime that
//   saveAsync writes back whole. Without refreshAsync the pane's copy from before a ribbon command would overwrite the
//   record the command saved, and clear would lose the original fills of the cells the command annotated. So every read
//   and every write starts with refreshAsync.
// Settings are limited to about 2 MB in all (office-js issue 621): the record is stored compactly (cells and refs as
// tuples, grouped by sheet) and its size is checked before anything is written.

import { z } from 'zod';
import { parseA1 } from '../../core/a1';
import { AnnotationStateSchema, FillSchema, type AnnotatedCell } from '../../core/annotate/types';
import { A1Schema } from '../../core/model';
import { HostError } from '../host';
import { EXCEL_SETTING_PREFIX } from '../stored-settings';
import { messages, officeErrorCode } from './messages';
import { utf8Length } from './payload';

/** The subset of Office.Settings the host uses; tests pass fakes, one copy per runtime, as Office keeps them. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: AsyncOutcome) => void): void;
  /** Reloads this runtime's copy from the document: what another runtime saved since becomes visible. */
  refreshAsync(callback: (result: AsyncOutcome) => void): void;
}

type AsyncOutcome = { status: unknown; error?: { message?: string } | null };

export const STATE_KEY = 'indicatorChecker.annotations';
const SETTING_PREFIX = EXCEL_SETTING_PREFIX;

/** Office's limit on an add-in's settings in one document (office-js issue 621). */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
/** The record may use this much of it; the rest is kept for the pane's settings (configuration, mapping, summary). */
export const RECORD_LIMIT_BYTES = SETTINGS_LIMIT_BYTES - 128 * 1024;
/**
 * A record up to this size rides a run's first sync; a larger one is read in a sync of its own, so that it cannot push
 * a sync sized to the payload budget past the 5 MB payload (the budget keeps a fifth of it back, about 1 MB).
 */
const RIDING_BYTES = 512 * 1024;
/** A comment or reply id Excel adds after the write: a GUID in braces, quoted, with its comma. */
const ID_BYTES = 41;

/**
 * Where the product's lines sit on a cell: a comment thread of ours, our reply under a person's thread, or a note
 * (ours or a person's with our lines merged below theirs). Ids let the next run find them without locating comments.
 */
export const AnnotationRefSchema = z.object({
  sheet: z.string(),
  cell: A1Schema,
  kind: z.enum(['comment', 'reply', 'note']),
  commentId: z.string().optional(),
  replyId: z.string().optional(),
});
export type AnnotationRef = z.infer<typeof AnnotationRefSchema>;

/** The record as the host works with it (and as version 1 stored it). */
export const StoredSchema = z.object({
  product: z.literal('indicator-checker'),
  version: z.literal(1),
  state: AnnotationStateSchema,
  refs: z.array(AnnotationRefSchema),
  /** The findings sheet we added (old Excel), so clear removes ours and never a person's sheet of that name. */
  findingsSheet: z.string().nullable(),
});
export type Stored = z.infer<typeof StoredSchema>;

export function emptyStored(): Stored {
  return { product: 'indicator-checker', version: 1, state: { version: 1, cells: [] }, refs: [], findingsSheet: null };
}

function isEmpty(stored: Stored | null): boolean {
  return !stored || (stored.state.cells.length === 0 && stored.refs.length === 0 && !stored.findingsSheet);
}

// ---------------------------------------------------------------------------------------------------------------
// The stored form (version 2): per sheet, cells as A1 (no fill before) or [A1, original fill, exact host fill?], and
// refs as [A1, c|r|n, comment id?, reply id?]; less than half of version 1's size. Sorted, so one record has one form.

const KIND_CODES = { comment: 'c', reply: 'r', note: 'n' } as const;
const KINDS = { c: 'comment', r: 'reply', n: 'note' } as const;

const CompactCellSchema = z.union([
  A1Schema,
  z.tuple([A1Schema, FillSchema]),
  z.tuple([A1Schema, FillSchema, z.string()]),
]);
const CompactRefSchema = z.union([
  z.tuple([A1Schema, z.enum(['c', 'r', 'n'])]),
  z.tuple([A1Schema, z.enum(['c', 'r', 'n']), z.string().nullable()]),
  z.tuple([A1Schema, z.enum(['c', 'r', 'n']), z.string().nullable(), z.string()]),
]);
export const CompactStoredSchema = z.object({
  product: z.literal('indicator-checker'),
  version: z.literal(2),
  sheets: z.array(z.object({ name: z.string(), cells: z.array(CompactCellSchema), refs: z.array(CompactRefSchema) })),
  findingsSheet: z.string().nullable(),
});
export type CompactStored = z.infer<typeof CompactStoredSchema>;

function byPosition(a: string, b: string): number {
  const pa = parseA1(a);
  const pb = parseA1(b);
  return pa.row - pb.row || pa.col - pb.col;
}

function cellOf(c: CompactStored['sheets'][number]['cells'][number]): string {
  return typeof c === 'string' ? c : c[0];
}

export function encodeStored(stored: Stored): CompactStored {
  const sheets = new Map<string, CompactStored['sheets'][number]>();
  const sheet = (name: string) => {
    let s = sheets.get(name);
    if (!s) sheets.set(name, (s = { name, cells: [], refs: [] }));
    return s;
  };
  for (const c of stored.state.cells) {
    const cells = sheet(c.sheet).cells;
    if (c.hostFill !== undefined) cells.push([c.cell, c.originalFill, c.hostFill]);
    else if (c.originalFill !== null) cells.push([c.cell, c.originalFill]);
    else cells.push(c.cell);
  }
  for (const r of stored.refs) {
    const kind = KIND_CODES[r.kind];
    const ref: CompactStored['sheets'][number]['refs'][number] =
      r.replyId !== undefined
        ? [r.cell, kind, r.commentId ?? null, r.replyId]
        : r.commentId !== undefined
          ? [r.cell, kind, r.commentId]
          : [r.cell, kind];
    sheet(r.sheet).refs.push(ref);
  }
  const list = [...sheets.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const s of list) {
    s.cells.sort((a, b) => byPosition(cellOf(a), cellOf(b)));
    s.refs.sort((a, b) => byPosition(a[0], b[0]) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }
  return { product: 'indicator-checker', version: 2, sheets: list, findingsSheet: stored.findingsSheet };
}

export function decodeStored(compact: CompactStored): Stored {
  const cells: AnnotatedCell[] = [];
  const refs: AnnotationRef[] = [];
  for (const s of compact.sheets) {
    for (const c of s.cells) {
      if (typeof c === 'string') cells.push({ sheet: s.name, cell: c, originalFill: null });
      else if (c.length === 3) cells.push({ sheet: s.name, cell: c[0], originalFill: c[1], hostFill: c[2] });
      else cells.push({ sheet: s.name, cell: c[0], originalFill: c[1] });
    }
    for (const [cell, kind, commentId, replyId] of s.refs) {
      const ref: AnnotationRef = { sheet: s.name, cell, kind: KINDS[kind] };
      if (commentId !== undefined && commentId !== null) ref.commentId = commentId;
      if (replyId !== undefined) ref.replyId = replyId;
      refs.push(ref);
    }
  }
  return {
    product: 'indicator-checker',
    version: 1,
    state: { version: 1, cells },
    refs,
    findingsSheet: compact.findingsSheet,
  };
}

/** The record in a setting's value (version 2, or version 1 as earlier releases wrote it), or null: none or damaged. */
export function storedFromValue(value: unknown): Stored | null {
  const compact = CompactStoredSchema.safeParse(value);
  if (compact.success) return decodeStored(compact.data);
  const legacy = StoredSchema.safeParse(value);
  return legacy.success ? legacy.data : null;
}

/**
 * The setting's JSON for a record (null: remove it), refused with a message when it would not fit the settings limit.
 * Refs still waiting for the id Excel gives a new comment or reply are counted at that id's size: the record saved
 * after the write holds them.
 */
export function recordJson(stored: Stored | null, limit = RECORD_LIMIT_BYTES): string | null {
  if (!stored || isEmpty(stored)) return null;
  const json = JSON.stringify(encodeStored(stored));
  const pending = stored.refs.filter(
    (r) => r.commentId === undefined || (r.kind === 'reply' && r.replyId === undefined),
  ).length;
  const bytes = utf8Length(json) + pending * ID_BYTES;
  if (bytes > limit) throw new HostError(messages.recordTooLarge(stored.state.cells.length, bytes));
  return json;
}

/** The record's JSON as a store holds it now (null: none), for telling whether another runtime changed it. */
function jsonOf(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function storedFromJson(json: string | null): Stored | null {
  return json === null ? null : storedFromValue(JSON.parse(json));
}

/** Thrown when the record changed in another runtime after a run started from this runtime's last view of it. */
export class StaleRecordError extends HostError {
  constructor() {
    super(messages.recordChanged());
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The stores.

/** One run's access to the record: the record it works from, and the write of a new one. */
export interface RecordRun {
  stored: Stored | null;
  /** Writes the record (null or an empty one removes it); throws HostError when it is too large. */
  persist(stored: Stored | null): Promise<void>;
  /** After a run failed: keep what this run learnt of the record for the next one. */
  settle(): void;
}

/** Excel.run with the host's options, for a store that needs a request context of its own. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface RecordStore {
  /** Opens the record for a run that will write it, inside that run's Excel.run. */
  begin(context: Excel.RequestContext): Promise<RecordRun>;
  /** Reads the record now. */
  load(run: BatchRunner): Promise<Stored | null>;
  /**
   * The record as last known, and a function giving it fresh once the run's next sync has carried it (undefined if
   * that sync did not happen): a read rides its own syncs instead of adding one.
   */
  peek(context: Excel.RequestContext): Promise<{ known: Stored | null; fresh: () => Stored | null | undefined }>;
  loadSetting(run: BatchRunner, key: string): Promise<unknown>;
  saveSetting(run: BatchRunner, key: string, value: unknown): Promise<void>;
}

function officeAsync(call: (callback: (result: AsyncOutcome) => void) => void, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    call((result) => {
      const failed = result.status === 'failed' || (result.error !== undefined && result.error !== null);
      if (failed) reject(new Error(result.error?.message ?? `settings.${what} failed`));
      else resolve();
    });
  });
}

/**
 * `Office.context.document.settings` (before ExcelApi 1.4): each read and write begins with refreshAsync, and a write
 * sets one key on the refreshed copy before saveAsync writes the copy back, so what another runtime saved survives.
 */
export class DocumentRecordStore implements RecordStore {
  constructor(
    private readonly settings: () => SettingsStore,
    private readonly limit = RECORD_LIMIT_BYTES,
  ) {}

  private async fresh(): Promise<SettingsStore> {
    const s = this.settings();
    await officeAsync((cb) => s.refreshAsync(cb), 'refreshAsync');
    return s;
  }

  private async write(key: string, value: unknown): Promise<void> {
    const s = await this.fresh();
    if (value === undefined) s.remove(key);
    else s.set(key, value);
    await officeAsync((cb) => s.saveAsync(cb), 'saveAsync');
  }

  async begin(): Promise<RecordRun> {
    const stored = storedFromValue((await this.fresh()).get(STATE_KEY));
    return {
      stored,
      persist: async (next) => {
        const json = recordJson(next, this.limit);
        await this.write(STATE_KEY, json === null ? undefined : (JSON.parse(json) as unknown));
      },
      settle: () => undefined,
    };
  }

  async load(): Promise<Stored | null> {
    return storedFromValue((await this.fresh()).get(STATE_KEY));
  }

  async peek(): Promise<{ known: Stored | null; fresh: () => Stored | null | undefined }> {
    const stored = await this.load();
    return { known: stored, fresh: () => stored };
  }

  async loadSetting(_run: BatchRunner, key: string): Promise<unknown> {
    const v = (await this.fresh()).get(SETTING_PREFIX + key);
    return v === null ? undefined : v;
  }

  async saveSetting(_run: BatchRunner, key: string, value: unknown): Promise<void> {
    await this.write(SETTING_PREFIX + key, value);
  }
}

/** A loaded setting's value as JSON (null: no such setting), or undefined when the sync that carried the load failed. */
function loadedJson(item: Excel.Setting): string | null | undefined {
  try {
    return item.isNullObject ? null : jsonOf(item.value as unknown);
  } catch (e) {
    if (officeErrorCode(e) === 'PropertyNotLoaded') return undefined;
    throw e;
  }
}

/**
 * `context.workbook.settings` (ExcelApi 1.4): live, shared by every runtime of the add-in. A run that writes the
 * record reads it in its own first sync: it starts from this runtime's last view of the record, queues a fresh read
 * that rides the run's first sync, and before its first write checks that the two agree. When another runtime
 * changed the record meanwhile, the write is refused (StaleRecordError, nothing written) and the host runs again from
 * the fresh record. Without a view yet (a runtime's first run), or for a large record, it is read in a sync of its own.
 * A save is a sync of its own, skipped when the record is unchanged (one record has one stored form).
 */
export class WorkbookRecordStore implements RecordStore {
  /** The record's JSON as this runtime last read or wrote it (undefined: not read yet). */
  private known: string | null | undefined;
  constructor(private readonly limit = RECORD_LIMIT_BYTES) {}

  private item(context: Excel.RequestContext): Excel.Setting {
    const item = context.workbook.settings.getItemOrNullObject(STATE_KEY);
    item.load('value');
    return item;
  }

  async begin(context: Excel.RequestContext): Promise<RecordRun> {
    const item = this.item(context);
    let checked = false;
    if (this.known === undefined || (this.known !== null && utf8Length(this.known) > RIDING_BYTES)) {
      await context.sync();
      this.known = loadedJson(item) ?? null;
      checked = true;
    }
    const assumed: string | null = this.known;
    // What the store holds now, as far as this run knows.
    let current = assumed;
    const check = async () => {
      if (checked) return;
      let fresh = loadedJson(item);
      if (fresh === undefined) {
        // The sync that carried the read failed (and the run went on): read it now.
        item.load('value');
        await context.sync();
        fresh = loadedJson(item) ?? null;
      }
      checked = true;
      this.known = fresh;
      if (fresh !== assumed) throw new StaleRecordError();
    };
    return {
      stored: storedFromJson(assumed),
      persist: async (next) => {
        await check();
        const json = recordJson(next, this.limit);
        if (json === current) return;
        const settings = context.workbook.settings;
        if (json === null) settings.getItem(STATE_KEY).delete();
        else settings.add(STATE_KEY, JSON.parse(json) as unknown);
        await context.sync();
        current = json;
        this.known = json;
      },
      settle: () => {
        if (checked) return;
        const fresh = loadedJson(item);
        if (fresh !== undefined) this.known = fresh;
      },
    };
  }

  async load(run: BatchRunner): Promise<Stored | null> {
    const json = await run(async (context) => {
      const item = this.item(context);
      await context.sync();
      return loadedJson(item) ?? null;
    });
    this.known = json;
    return storedFromJson(json);
  }

  async peek(context: Excel.RequestContext): Promise<{ known: Stored | null; fresh: () => Stored | null | undefined }> {
    const item = this.item(context);
    return {
      known: this.known === undefined ? null : storedFromJson(this.known),
      fresh: () => {
        const json = loadedJson(item);
        if (json === undefined) return undefined;
        this.known = json;
        return storedFromJson(json);
      },
    };
  }

  loadSetting(run: BatchRunner, key: string): Promise<unknown> {
    return run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTING_PREFIX + key);
      item.load('value');
      await context.sync();
      const v = item.isNullObject ? null : (item.value as unknown);
      return v === null ? undefined : v;
    });
  }

  saveSetting(run: BatchRunner, key: string, value: unknown): Promise<void> {
    return run(async (context) => {
      const settings = context.workbook.settings;
      if (value !== undefined) {
        settings.add(SETTING_PREFIX + key, value);
        await context.sync();
        return;
      }
      // Removing: only a setting that exists can be deleted.
      const item = settings.getItemOrNullObject(SETTING_PREFIX + key);
      item.load('key');
      await context.sync();
      if (item.isNullObject) return;
      item.delete();
      await context.sync();
    });
  }
}
