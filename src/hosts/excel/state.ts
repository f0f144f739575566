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
// tuples, grouped by sheet, record.ts) and its size is checked before anything is written.

import { EXCEL_SETTING_PREFIX } from '../stored-settings';
import { officeErrorCode } from './messages';
import { utf8Length } from './payload';
import {
  jsonOf,
  recordJson,
  RECORD_LIMIT_BYTES,
  StaleRecordError,
  storedFromJson,
  storedFromValue,
  type Stored,
} from './record';

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

/**
 * A record up to this size rides a run's first sync; a larger one is read in a sync of its own, so that it cannot push
 * a sync sized to the payload budget past the 5 MB payload (the budget keeps a fifth of it back, about 1 MB).
 */
const RIDING_BYTES = 512 * 1024;

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
