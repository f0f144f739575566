// A fake of the Office.js Excel object model subset the Excel host uses, faithful to the documented batching rules.
//
// Why not office-addin-mock alone: its OfficeMockObject is a static tree (no getRange(address), no collections that
// grow, no null objects, writes applied at once, sync never fails). This fake keeps Office.js's contract instead:
// - every call only queues; `context.sync()` runs the queue in order against the workbook; a failing command stops
//   the batch, commands before it stay applied (Office.js batches are not transactions), and loads of a failed batch
//   deliver nothing;
// - reading a property that was not loaded and synced throws PropertyNotLoaded; `load()` without names is refused
//   (the product loads named properties only);
// - *OrNullObject methods give objects with isNullObject; getItem/getItemByCell-style lookups throw ItemNotFound;
// - requirement sets are enforced (ApiNotFound): merged areas 1.13, comments 1.10, notes 1.18, readOnly 1.8, …;
// - documented quirks: RangeFill.color is '#FFFFFF' for "no fill" too, with tintAndShade null (office-js issue 4900);
//   getMergedAreasOrNullObject returns areas whose top-left is in the range (issue 3611) and fails beyond 512;
//   comments.add on a cell that already has a comment fails (issue 1416); a cell holds a note or a comment, not both;
//   a protected sheet refuses format and comment changes (AccessDenied); requests and responses above the payload cap
//   fail with RequestPayloadSizeLimitExceeded (GeneralException on old web builds: `payloadErrorCode`), nothing of the
//   batch run; the request bytes of the operations the host sends in bulk are what Office.js puts on the wire (`WIRE`,
//   measured with the real library; payload-calibration.test.ts holds the fake to it);
// - cell-edit mode (Excel.RunOptions.delayForCellEdit): a batch of a run with the flag waits until the user leaves the
//   cell, as in Office.js where the flag marks every request of the context; without it, or on a client lacking the
//   DelayForCellEdit set, the whole batch fails with InvalidOperationInCellEditMode (Excel.ErrorCodes);
// - getSelectedRange throws InvalidSelection on a selection of several areas; getSelectedRanges (1.9) returns them;
// - switches for what some clients do: a comments API that throws NotImplemented although 1.10 is reported, and
//   refusing to edit or delete another person's comment or reply (AccessDenied);
// - the add-in's settings: `savedSettings` are the document's; `Workbook.settings` (1.4) reads and writes them live,
//   while each runtime (the task pane, the ribbon's function file) holds its own in-memory copy of
//   `Office.context.document.settings` (`doc.settings()`), loaded when the runtime starts, reloaded by refreshAsync and
//   written back whole by saveAsync; together they may hold about 2 MB (office-js issue 621), beyond which a save
//   fails.

import { a1, columnLetters, parseA1, parseAreaA1 } from '../../../src/core/a1';
import type { Area } from '../../../src/core/grid';
import type { SettingsStore } from '../../../src/hosts/excel/state';

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

const notLoaded = (name: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export interface FakeCell {
  value: string | number | boolean;
  error?: boolean;
  numberFormat?: string;
  formula?: string;
}

/**
 * A cell's fill. A pattern's colour left at Excel's automatic one reads as black, and its tint as 0: the fake keeps
 * those defaults unset (writing them stores nothing), so a fill restored through the API equals one never touched.
 */
export interface FakeFill {
  color: string;
  tintAndShade: number;
  pattern: string;
  patternColor?: string;
  patternTintAndShade?: number;
}

const AUTOMATIC_PATTERN_COLOR = '#000000';

export interface FakeReply {
  id: string;
  content: string;
  authorName: string;
}

export interface FakeThread {
  id: string;
  row: number;
  col: number;
  content: string;
  authorName: string;
  replies: FakeReply[];
}

export interface FakeNote {
  content: string;
  authorName: string;
}

function ck(row: number, col: number): string {
  return `${row},${col}`;
}

/** How Excel writes a sheet name in an address: quoted unless it is letters, digits and '_' only. */
export function excelQuote(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly cells = new Map<string, FakeCell>();
  readonly fills = new Map<string, FakeFill>();
  readonly bold = new Set<string>();
  merges: Area[] = [];
  private readonly threadsById = new Map<string, FakeThread>();
  private readonly threadsByCell = new Map<string, FakeThread>();
  readonly notes = new Map<string, FakeNote>();
  protected = false;
  constructor(public name: string) {}

  cell(ref: string): FakeCell | undefined {
    const { row, col } = parseA1(ref);
    return this.cells.get(ck(row, col));
  }
  set(ref: string, value: FakeCell['value'] | null, numberFormat?: string): void {
    const { row, col } = parseA1(ref);
    if (value === null || value === '') this.cells.delete(ck(row, col));
    else this.cells.set(ck(row, col), { value, numberFormat });
  }
  fillAt(ref: string): FakeFill | undefined {
    const { row, col } = parseA1(ref);
    return this.fills.get(ck(row, col));
  }
  /** Comment threads in the order they were added. */
  get threads(): FakeThread[] {
    return [...this.threadsById.values()];
  }
  addThread(t: FakeThread): FakeThread {
    if (this.threadsByCell.has(ck(t.row, t.col))) throw new Error(`a thread is already on ${a1(t.row, t.col)}`);
    this.threadsById.set(t.id, t);
    this.threadsByCell.set(ck(t.row, t.col), t);
    return t;
  }
  removeThread(t: FakeThread): void {
    this.threadsById.delete(t.id);
    this.threadsByCell.delete(ck(t.row, t.col));
  }
  threadById(id: string): FakeThread | undefined {
    return this.threadsById.get(id);
  }
  threadAtRC(row: number, col: number): FakeThread | undefined {
    return this.threadsByCell.get(ck(row, col));
  }
  threadAt(ref: string): FakeThread | undefined {
    const { row, col } = parseA1(ref);
    return this.threadAtRC(row, col);
  }
  noteAt(ref: string): FakeNote | undefined {
    const { row, col } = parseA1(ref);
    return this.notes.get(ck(row, col));
  }
}

export interface FakeStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  /** Batches that waited for the user to leave a cell. */
  delayedForCellEdit: number;
}

const VERSIONS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '1.11',
  '1.12',
  '1.13',
  '1.14',
  '1.15',
  '1.16',
  '1.17',
  '1.18',
];

function versionIndex(v: string): number {
  const i = VERSIONS.indexOf(v);
  if (i < 0) throw new Error(`unknown ExcelApi version ${v}`);
  return i;
}

/** The workbook as a document: what survives between Excel.run calls and, with savedSettings, a close and reopen. */
export class FakeWorkbookDoc {
  sheets: FakeSheet[] = [];
  active = '';
  /** The selected range; `more` holds the other areas of a selection made with Ctrl (a multi-area selection). */
  selection: { sheet: string; area: Area; more?: Area[] } | null = null;
  readOnly = false;
  /** The client honours Excel.run's delayForCellEdit (the DelayForCellEdit requirement set). */
  delayForCellEdit = true;
  /** Some clients report ExcelApi 1.10 yet throw NotImplemented on every use of the comments API. */
  commentsNotImplemented = false;
  /** Refuse (AccessDenied) editing or deleting a comment or reply written by someone other than `user`. */
  othersCommentsLocked = false;
  private editing = false;
  private editWaiters: Array<() => void> = [];
  /** The add-in's settings in the document, each value as JSON: what saveAsync writes and Workbook.settings edits. */
  savedSettings: Record<string, string> = {};
  failSettingsSave = false;
  /** Fail only the n-th write of the settings (1-based, saveAsync and Workbook.settings commands alike). */
  failSettingsWriteNumber: number | null = null;
  private settingsWriteAttempts = 0;
  /** What the settings may hold in all (JSON of names and values); a save or write beyond it fails. */
  settingsCap = 2 * 1024 * 1024;
  /** Every write of the settings: saveAsync of a runtime's copy, or a Workbook.settings command. */
  readonly settingsWrites: Array<'saveAsync' | 'workbook'> = [];
  user = '审核员';
  payloadCap = 5 * 1024 * 1024;
  /** The code of a request over the cap: old Excel on the web builds said GeneralException. */
  payloadErrorCode: 'RequestPayloadSizeLimitExceeded' | 'GeneralException' = 'RequestPayloadSizeLimitExceeded';
  /**
   * Refuse a batch as too large (with `payloadErrorCode`, nothing of it run) whatever its size when this says so, as an
   * Excel or a library that sends more per operation than measured would: given the batch's request bytes and how many
   * write commands it holds.
   */
  refuseAsTooLarge: ((batch: { request: number; writes: number }) => boolean) | null = null;
  /** Fail the next write batch at its n-th write command (0-based); cleared once it fires. */
  failWriteAt: number | null = null;
  /** Called when that failure fires (a test makes the rollback fail too by turning on edit mode here). */
  onWriteFailure: (() => void) | null = null;
  readonly stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], delayedForCellEdit: 0 };
  /**
   * The Office.js library the page loaded, asked per member (`Worksheet.notes`). A member it lacks is undefined on
   * the fake's objects, as on the real library's: using it throws a TypeError (an old self-hosted Office.js on an
   * Excel that reports the requirement set). Unset: every member exists.
   */
  library: ((member: string) => boolean) | null = null;
  private nextId = 1;

  constructor(readonly api: string = '1.18') {}

  /** The user is typing in a cell. Turning it off lets batches that were delayed for it run. */
  get editMode(): boolean {
    return this.editing;
  }
  set editMode(on: boolean) {
    this.editing = on;
    if (!on) for (const resolve of this.editWaiters.splice(0)) resolve();
  }
  /** Resolves once the user leaves the cell. */
  editEnded(): Promise<void> {
    return this.editing ? new Promise((resolve) => this.editWaiters.push(resolve)) : Promise.resolve();
  }

  supports(version: string): boolean {
    return versionIndex(version) <= versionIndex(this.api);
  }
  isSetSupported = (name: string, version = '1.1'): boolean => name === 'ExcelApi' && this.supports(version);

  id(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }
  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  /** A request context, as Excel.run makes one with these options. */
  context(options: { delayForCellEdit?: boolean } = {}): FakeRequestContext {
    return new FakeRequestContext(this, options.delayForCellEdit === true);
  }
  /**
   * A runtime's `Office.context.document.settings`, as Office loads it when the runtime starts: a copy of the
   * document's settings at that moment.
   */
  settings(): FakeSettings {
    return new FakeSettings(this);
  }
  /** Counts a write of the settings; true when it is to fail. */
  settingsWriteFails(): boolean {
    this.settingsWriteAttempts++;
    return this.failSettingsSave || this.settingsWriteAttempts === this.failSettingsWriteNumber;
  }
  /** The bytes settings would take (JSON of every name and value), as checked against settingsCap. */
  settingsBytes(settings: Record<string, string>): number {
    return Object.entries(settings).reduce((n, [k, v]) => n + utf8(JSON.stringify(k)) + utf8(v), 0);
  }
}

export class FakeSettings implements SettingsStore {
  private mem: Record<string, string>;
  constructor(private readonly doc: FakeWorkbookDoc) {
    this.mem = { ...doc.savedSettings };
  }
  get(name: string): unknown {
    // Office returns null for a setting that does not exist; values are JSON-serialised copies.
    return name in this.mem ? (JSON.parse(this.mem[name]) as unknown) : null;
  }
  set(name: string, value: unknown): void {
    if (typeof value === 'function') throw new Error('settings cannot hold functions');
    this.mem[name] = JSON.stringify(value);
  }
  remove(name: string): void {
    delete this.mem[name];
  }
  /** Writes this runtime's copy over the document's settings, whole: names it does not hold are gone. */
  saveAsync(callback: (result: { status: unknown; error?: { message?: string } | null }) => void): void {
    setTimeout(() => {
      if (this.doc.settingsWriteFails()) {
        callback({ status: 'failed', error: { message: 'The settings could not be saved.' } });
        return;
      }
      if (this.doc.settingsBytes(this.mem) > this.doc.settingsCap) {
        callback({ status: 'failed', error: { message: 'The settings are too large to be saved.' } });
        return;
      }
      this.doc.settingsWrites.push('saveAsync');
      this.doc.savedSettings = { ...this.mem };
      callback({ status: 'succeeded', error: null });
    }, 0);
  }
  /** Reloads this runtime's copy from the document's settings (unsaved changes are dropped). */
  refreshAsync(callback: (result: { status: unknown; error?: { message?: string } | null }) => void): void {
    setTimeout(() => {
      this.mem = { ...this.doc.savedSettings };
      callback({ status: 'succeeded', error: null });
    }, 0);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The request context and its queue.

interface Staged {
  bytes: number;
  commit: () => void;
}

interface Op {
  bytes: number;
  write: boolean;
  run: () => Staged | void;
}

function utf8(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function json(v: unknown): number {
  return utf8(JSON.stringify(v) ?? '');
}

/**
 * Request bytes Office.js sends for the operations the host sends in bulk, besides the JSON of the texts, addresses
 * and paths they carry: the object paths and instantiate actions around them (measured by building the requests with
 * @microsoft/office-js, independently of the host's own estimates). An id of a comment or reply is taken as a GUID.
 */
const WIRE = {
  /** getRange(…) (tracked by Excel.run: _KeepReference) and a query, besides the selected paths. */
  rangeLoad: 424,
  /** The first fill property set on a range in a request, and each further one. */
  fillFirst: 548,
  fillMore: 104,
  /** worksheet.getRanges(address).format.fill and its first set, besides the address. */
  areasFillFirst: 640,
  commentAdd: 265,
  replyAdd: 614,
  commentEdit: 306,
  commentDelete: 305,
  replyEdit: 653,
  replyDelete: 652,
  noteAdd: 173,
  /** notes.getItemOrNullObject(cell) with a query, besides the cell and the selected paths. */
  noteLoad: 275,
  noteEdit: 290,
  noteDelete: 289,
  /** comment.getLocation() (a tracked range), before its load. */
  locate: 206,
  /** worksheet.getRange(address).getMergedAreasOrNullObject() and its query, besides the selected paths. */
  mergedAreasLoad: 770,
};

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Op[] = [];
  /** Counts the requests sent, so an object can tell whether this request has addressed it already. */
  request = 0;
  constructor(
    readonly doc: FakeWorkbookDoc,
    /** Excel.run's delayForCellEdit, which Office.js sets on every request of the context. */
    readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this, () => ({}));
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** A command that needs a requirement set this Excel lacks fails when its batch runs, as in Office.js. */
  gate(version: string, what: string): void {
    if (!this.doc.supports(version)) {
      this.enqueue({
        bytes: 20,
        write: false,
        run: () => {
          throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}`);
        },
      });
    }
  }

  async sync(): Promise<void> {
    const doc = this.doc;
    doc.stats.syncs++;
    const ops = this.queue;
    this.queue = [];
    this.request++;
    const request = ops.reduce((n, o) => n + o.bytes, 0);
    doc.stats.requestBytes.push(request);
    await Promise.resolve();
    if (doc.editMode && ops.length > 0) {
      if (this.delayForCellEdit && doc.delayForCellEdit) {
        doc.stats.delayedForCellEdit++;
        await doc.editEnded();
      } else {
        doc.stats.responseBytes.push(0);
        throw new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
        );
      }
    }
    if (request > doc.payloadCap || doc.refuseAsTooLarge?.({ request, writes: ops.filter((o) => o.write).length })) {
      doc.stats.responseBytes.push(0);
      throw new FakeOfficeError(doc.payloadErrorCode, `The request payload (${request} bytes) is too large.`);
    }
    const staged: Staged[] = [];
    let writes = 0;
    for (const op of ops) {
      if (op.write && doc.failWriteAt !== null) {
        if (writes === doc.failWriteAt) {
          doc.failWriteAt = null;
          doc.onWriteFailure?.();
          doc.stats.responseBytes.push(0);
          throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
        }
        writes++;
      }
      const s = op.run();
      if (s) staged.push(s);
    }
    const response = staged.reduce((n, s) => n + s.bytes, 0);
    doc.stats.responseBytes.push(response);
    if (response > doc.payloadCap) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The response payload (${response} bytes) is too large.`,
      );
    }
    for (const s of staged) s.commit();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Proxies.

type Resolver<T> = () => T | null;

/** Paging of a collection load (`$top`/`$skip` of Excel.Interfaces.CollectionLoadOptions). */
interface Page {
  top?: number;
  skip?: number;
}

/**
 * Excel.Interfaces load options (`{ $top, $skip, id: true, replies: { id: true } }`) as paths. On a collection the
 * flags name item properties; a nested object is a navigation property, itself a collection when it is `replies`.
 */
function optionPaths(opts: Record<string, unknown>, collection: boolean): string[] {
  const prefix = collection ? 'items/' : '';
  const out: string[] = [];
  for (const [k, v] of Object.entries(opts)) {
    if (k.startsWith('$')) {
      if (k === '$all') throw new Error('$all loads every property: the product must load named properties only');
      continue;
    }
    if (v === true) out.push(prefix + k);
    else if (typeof v === 'object' && v !== null) {
      for (const p of optionPaths(v as Record<string, unknown>, k === 'replies')) out.push(`${prefix}${k}/${p}`);
    }
  }
  return out;
}

function splitPaths(arg: unknown, collection: boolean): { paths: string[]; page: Page | null } {
  if (arg === undefined) throw new Error('load() without property names: the product must load named properties only');
  if (typeof arg === 'string')
    return {
      paths: arg
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      page: null,
    };
  if (Array.isArray(arg)) return { paths: arg.flatMap((a) => splitPaths(a, collection).paths), page: null };
  if (typeof arg === 'object' && arg !== null && 'select' in arg) {
    // OfficeExtension.LoadOption: on a collection, `select` names item properties and top/skip page the items.
    const o = arg as { select: string; top?: number; skip?: number };
    const paths = splitPaths(o.select, false).paths.map((p) => (collection ? `items/${p}` : p));
    const page = o.top !== undefined || o.skip !== undefined ? { top: o.top, skip: o.skip } : null;
    if (page && !collection) throw new Error('top/skip apply to collections only');
    return { paths, page };
  }
  if (typeof arg === 'object' && arg !== null) {
    const o = arg as Record<string, unknown>;
    const page =
      '$top' in o || '$skip' in o ? { top: o.$top as number | undefined, skip: o.$skip as number | undefined } : null;
    if (page && !collection) throw new Error('$top/$skip apply to collections only');
    return { paths: optionPaths(o, collection), page };
  }
  throw new Error(`unsupported load argument ${JSON.stringify(arg)}`);
}

/** OfficeExtension.ClientResult: `value` is readable once the sync that carries it succeeded. */
export class FakeClientResult<V> {
  private v: V | undefined;
  private ready = false;
  get value(): V {
    if (!this.ready) throw notLoaded('value');
    return this.v as V;
  }
  settle(v: V): void {
    this.v = v;
    this.ready = true;
  }
}

abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private nullFlag: boolean | undefined;
  constructor(
    readonly context: FakeRequestContext,
    protected readonly resolver: Resolver<T>,
    protected readonly nullable = false,
  ) {}

  protected get doc(): FakeWorkbookDoc {
    return this.context.doc;
  }

  /** Navigation properties return the same child object every time, as Office.js's getters do. */
  private readonly children = new Map<string, unknown>();
  protected child<C>(name: string, make: () => C): C {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as C;
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw notLoaded('isNullObject');
    return this.nullFlag;
  }

  /** The live target; a missing one is ItemNotFound unless this is a null-object proxy. */
  protected target(): T {
    const t = this.resolver();
    if (t === null)
      throw new FakeOfficeError('ItemNotFound', `${this.constructor.name}: the requested resource does not exist.`);
    return t;
  }

  protected abstract scalar(name: string, target: T): unknown;
  protected nav(name: string): FakeObject<unknown> | FakeObject<unknown>[] | undefined {
    void name;
    return undefined;
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Collections apply a load's $top/$skip while building their items. */
  protected isCollection = false;
  protected page: Page | null = null;

  /** Request bytes of a query of `paths` on this object. */
  protected loadBytes(paths: string[]): number {
    return json(paths) + 24;
  }

  load(arg?: unknown): this {
    const { paths, page } = splitPaths(arg, this.isCollection);
    this.context.enqueue({
      bytes: this.loadBytes(paths),
      write: false,
      run: () => {
        this.page = page;
        try {
          return this.read(paths);
        } finally {
          this.page = null;
        }
      },
    });
    return this;
  }

  protected paged<V>(list: V[]): V[] {
    const skip = this.page?.skip ?? 0;
    return list.slice(skip, this.page?.top === undefined ? undefined : skip + this.page.top);
  }

  /** Runs a load now (inside sync): stages the values; they become readable only if the whole batch succeeds. */
  read(paths: string[]): Staged {
    const t = this.resolver();
    if (t === null) {
      if (!this.nullable) this.target();
      return { bytes: 16, commit: () => void (this.nullFlag = true) };
    }
    const values = new Map<string, unknown>();
    const children: Staged[] = [];
    const groups = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0) values.set(head, this.scalar(head, t));
      else groups.set(head, [...(groups.get(head) ?? []), rest.join('/')]);
    }
    for (const [head, rest] of groups) {
      const child = this.nav(head);
      if (child === undefined) throw new FakeOfficeError('InvalidArgument', `${head} is not a navigation property`);
      const list = Array.isArray(child) ? child : [child];
      if (Array.isArray(child)) values.set(head, child);
      for (const c of list) children.push(c.read(rest));
    }
    const bytes =
      json([...values].filter(([, v]) => !(Array.isArray(v) && v[0] instanceof FakeObject))) +
      children.reduce((n, c) => n + c.bytes, 0);
    return {
      bytes,
      commit: () => {
        this.nullFlag = false;
        for (const [k, v] of values) this.loaded.set(k, v);
        for (const c of children) c.commit();
      },
    };
  }

  protected write(bytes: number, fn: (t: T) => void): void {
    this.context.enqueue({ bytes, write: true, run: () => fn(this.target()) });
  }
}

function unknownProperty(name: string, type: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The property '${name}' does not exist on ${type}.`);
}

function requireUnprotected(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${sheet.name} is protected.`);
}

function requireAuthor(doc: FakeWorkbookDoc, author: string): void {
  if (doc.othersCommentsLocked && author !== doc.user)
    throw new FakeOfficeError('AccessDenied', `Only ${author} can edit or delete this comment.`);
}

function commentsNotImplemented(doc: FakeWorkbookDoc): void {
  if (doc.commentsNotImplemented)
    throw new FakeOfficeError('NotImplemented', 'The requested operation is not implemented.');
}

interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

function parseLocal(address: string): Area {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  // Whole columns ('A:C') reach to the last row.
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(local);
  if (cols) {
    const l = parseA1(`${cols[1]}1`).col;
    const r = parseA1(`${cols[2]}1`).col;
    return { top: 1, left: Math.min(l, r), bottom: 1_048_576, right: Math.max(l, r) };
  }
  return parseAreaA1(local);
}

function rangeAddress(t: RangeTarget): string {
  const { top, left, bottom, right } = t.area;
  const tl = a1(top, left);
  const br = a1(bottom, right);
  // Whole rows and whole columns as Excel writes them ('3:5', 'C:E'); the whole sheet is '1:1048576'.
  let local = tl === br ? tl : `${tl}:${br}`;
  if (left === 1 && right === 16_384) local = `${top}:${bottom}`;
  else if (top === 1 && bottom === 1_048_576) local = `${columnLetters(left)}:${columnLetters(right)}`;
  return `${excelQuote(t.sheet.name)}!${local}`;
}

function cellsOf(area: Area): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push([r, c]);
  return out;
}

function grid<V>(area: Area, fn: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: V[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

function inMergeNotAnchor(sheet: FakeSheet, r: number, c: number): boolean {
  return sheet.merges.some(
    (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
  );
}

function evaluate(formula: string): FakeCell {
  const link = /^=HYPERLINK\("((?:[^"]|"")*)",\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return { value: link[2].replace(/""/g, '"'), formula };
  return { value: '#NAME?', error: true, formula };
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected override loadBytes(paths: string[]): number {
    return WIRE.rangeLoad + json(paths);
  }
  protected scalar(name: string, t: RangeTarget): unknown {
    const { sheet, area } = t;
    switch (name) {
      case 'address':
        return rangeAddress(t);
      case 'rowIndex':
        return area.top - 1;
      case 'columnIndex':
        return area.left - 1;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'cellCount':
        return (area.bottom - area.top + 1) * (area.right - area.left + 1);
      case 'values':
      case 'valueTypes':
      case 'numberFormat':
      case 'formulas': {
        const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
        if (cells > 5_000_000)
          throw new FakeOfficeError('InvalidArgument', 'The range is too large to read (over 5 000 000 cells).');
        return grid(area, (r, c) => {
          const cell = inMergeNotAnchor(sheet, r, c) ? undefined : sheet.cells.get(ck(r, c));
          if (name === 'numberFormat') return sheet.cells.get(ck(r, c))?.numberFormat ?? 'General';
          if (name === 'formulas') return cell?.formula ?? cell?.value ?? '';
          if (name === 'values') return cell ? cell.value : '';
          if (!cell) return 'Empty';
          if (cell.error) return 'Error';
          return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
        });
      }
      default:
        throw unknownProperty(name, 'Range');
    }
  }
  protected override nav(name: string): FakeObject<unknown> | undefined {
    if (name === 'format') return this.format as FakeObject<unknown>;
    if (name === 'worksheet') return this.worksheet as FakeObject<unknown>;
    return undefined;
  }

  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.setCells(v, false);
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.prop('numberFormat');
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(v: unknown[][]) {
    this.setCells(v, true);
  }

  private setCells(v: unknown[][], formulas: boolean): void {
    this.write(json(v) + 24, (t) => {
      requireUnprotected(t.sheet);
      const rows = t.area.bottom - t.area.top + 1;
      const cols = t.area.right - t.area.left + 1;
      if (v.length !== rows || v.some((r) => r.length !== cols)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          'The number of rows or columns in the input array does not match the size or dimensions of the range.',
        );
      }
      v.forEach((row, i) =>
        row.forEach((raw, j) => {
          const k = ck(t.area.top + i, t.area.left + j);
          if (raw === '' || raw === null) t.sheet.cells.delete(k);
          else if (typeof raw === 'string' && raw.startsWith("'")) t.sheet.cells.set(k, { value: raw.slice(1) });
          else if (typeof raw === 'string' && raw.startsWith('=')) t.sheet.cells.set(k, evaluate(raw));
          else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean')
            t.sheet.cells.set(k, { value: raw });
          void formulas;
        }),
      );
    });
  }

  get format(): FakeRangeFormat {
    return this.child('format', () => new FakeRangeFormat(this.context, () => this.resolver()));
  }
  get worksheet(): FakeWorksheet {
    return this.child('worksheet', () => new FakeWorksheet(this.context, () => this.resolver()?.sheet ?? null));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.gate('1.13', 'Range.getMergedAreasOrNullObject');
    const merged = new FakeRangeAreas(
      this.context,
      () => {
        const t = this.target();
        const a = t.area;
        // Only areas whose top-left cell is inside the range come back (office-js issue 3611).
        const areas = t.sheet.merges.filter(
          (m) => m.top >= a.top && m.top <= a.bottom && m.left >= a.left && m.left <= a.right,
        );
        if (areas.length > 512) throw new FakeOfficeError('GeneralException', 'More than 512 merged areas.');
        return areas.length === 0 ? null : { sheet: t.sheet, areas };
      },
      true,
    );
    merged.queryBytes = WIRE.mergedAreasLoad;
    return merged;
  }

  select(): void {
    this.write(20, (t) => {
      if (this.doc.active !== t.sheet.name)
        throw new FakeOfficeError('InvalidSelection', 'The range is not on the active sheet.');
      this.doc.selection = { sheet: t.sheet.name, area: t.area };
    });
  }
}

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  protected scalar(name: string): unknown {
    throw unknownProperty(name, 'RangeFormat');
  }
  protected override nav(name: string): FakeObject<unknown> | undefined {
    if (name === 'fill') return this.fill as FakeObject<unknown>;
    return undefined;
  }
  get fill(): FakeRangeFill {
    return this.child('fill', () => new FakeRangeFill(this.context, () => this.resolver()));
  }
  get font(): { bold: boolean } {
    const self = this;
    return {
      get bold(): boolean {
        throw notLoaded('bold');
      },
      set bold(v: boolean) {
        self.write(20, (t) => {
          requireUnprotected(t.sheet);
          for (const [r, c] of cellsOf(t.area)) {
            if (v) t.sheet.bold.add(ck(r, c));
            else t.sheet.bold.delete(ck(r, c));
          }
        });
      },
    };
  }
  autofitColumns(): void {
    this.write(20, (t) => requireUnprotected(t.sheet));
  }
}

function uniform<V>(values: V[]): V | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export class FakeRangeFill extends FakeObject<RangeTarget> {
  private addressedIn = -1;
  /** A fill property set: the range's path and the fill's in the first set of a request, the set alone after it. */
  private setBytes(): number {
    const first = this.addressedIn !== this.context.request;
    this.addressedIn = this.context.request;
    return first ? WIRE.fillFirst : WIRE.fillMore;
  }
  protected scalar(name: string, t: RangeTarget): unknown {
    const fills = cellsOf(t.area).map(([r, c]) => t.sheet.fills.get(ck(r, c)));
    switch (name) {
      case 'color':
        // "No fill" reads as white (office-js issues 4900, 6218).
        return uniform(fills.map((f) => f?.color ?? '#FFFFFF'));
      case 'tintAndShade':
        if (!this.doc.supports('1.9'))
          throw new FakeOfficeError('ApiNotFound', 'RangeFill.tintAndShade needs ExcelApi 1.9');
        return uniform(fills.map((f) => (f ? f.tintAndShade : null)));
      case 'pattern':
        if (!this.doc.supports('1.9')) throw new FakeOfficeError('ApiNotFound', 'RangeFill.pattern needs ExcelApi 1.9');
        return uniform(fills.map((f) => (f ? f.pattern : null)));
      case 'patternColor':
        if (!this.doc.supports('1.9'))
          throw new FakeOfficeError('ApiNotFound', 'RangeFill.patternColor needs ExcelApi 1.9');
        return uniform(fills.map((f) => f?.patternColor ?? AUTOMATIC_PATTERN_COLOR));
      case 'patternTintAndShade':
        if (!this.doc.supports('1.9'))
          throw new FakeOfficeError('ApiNotFound', 'RangeFill.patternTintAndShade needs ExcelApi 1.9');
        return uniform(fills.map((f) => (f ? (f.patternTintAndShade ?? 0) : null)));
      default:
        throw unknownProperty(name, 'RangeFill');
    }
  }
  get color(): string {
    return this.prop('color');
  }
  set color(v: string) {
    this.write(this.setBytes() + json(v), (t) => {
      requireUnprotected(t.sheet);
      const m = /^#?([0-9A-Fa-f]{6})$/.exec(v);
      if (!m) throw new FakeOfficeError('InvalidArgument', `The color ${v} is not supported by this fake.`);
      for (const [r, c] of cellsOf(t.area))
        t.sheet.fills.set(ck(r, c), { color: `#${m[1].toUpperCase()}`, tintAndShade: 0, pattern: 'Solid' });
    });
  }
  get tintAndShade(): number | null {
    return this.prop('tintAndShade');
  }
  set tintAndShade(v: number | null) {
    this.context.gate('1.9', 'RangeFill.tintAndShade');
    this.write(this.setBytes() + 4, (t) => {
      requireUnprotected(t.sheet);
      for (const [r, c] of cellsOf(t.area)) {
        const f = t.sheet.fills.get(ck(r, c));
        if (f && typeof v === 'number') f.tintAndShade = v;
      }
    });
  }
  get pattern(): string | null {
    return this.prop('pattern');
  }
  set pattern(v: string | null) {
    this.context.gate('1.9', 'RangeFill.pattern');
    this.write(this.setBytes() + 4, (t) => {
      requireUnprotected(t.sheet);
      for (const [r, c] of cellsOf(t.area)) {
        const f = t.sheet.fills.get(ck(r, c));
        if (f && v) f.pattern = v;
      }
    });
  }
  get patternColor(): string {
    return this.prop('patternColor');
  }
  set patternColor(v: string) {
    this.context.gate('1.9', 'RangeFill.patternColor');
    this.write(this.setBytes() + json(v), (t) => {
      requireUnprotected(t.sheet);
      const m = /^#?([0-9A-Fa-f]{6})$/.exec(v);
      if (!m) throw new FakeOfficeError('InvalidArgument', `The color ${v} is not supported by this fake.`);
      const color = `#${m[1].toUpperCase()}`;
      for (const [r, c] of cellsOf(t.area)) {
        const f = t.sheet.fills.get(ck(r, c));
        if (!f) continue;
        if (color === AUTOMATIC_PATTERN_COLOR) delete f.patternColor;
        else f.patternColor = color;
      }
    });
  }
  get patternTintAndShade(): number | null {
    return this.prop('patternTintAndShade');
  }
  set patternTintAndShade(v: number | null) {
    this.context.gate('1.9', 'RangeFill.patternTintAndShade');
    this.write(this.setBytes() + 4, (t) => {
      requireUnprotected(t.sheet);
      for (const [r, c] of cellsOf(t.area)) {
        const f = t.sheet.fills.get(ck(r, c));
        if (!f || typeof v !== 'number') continue;
        if (v === 0) delete f.patternTintAndShade;
        else f.patternTintAndShade = v;
      }
    });
  }
  clear(): void {
    this.write(this.setBytes(), (t) => {
      requireUnprotected(t.sheet);
      for (const [r, c] of cellsOf(t.area)) t.sheet.fills.delete(ck(r, c));
    });
  }
}

interface AreasTarget {
  sheet: FakeSheet;
  areas: Area[];
}

export class FakeRangeAreas extends FakeObject<AreasTarget> {
  /** RangeAreas.format (1.9): only its fill is modelled, set on every cell of every area. */
  /** The address given to getRanges (its JSON rides the first request that uses the areas). */
  address0 = '';
  get format(): { fill: FakeAreasFill } {
    return this.child('format', () => {
      const fill = new FakeAreasFill(this.context, () => this.resolver());
      fill.addressBytes = json(this.address0);
      return { fill };
    });
  }
  protected scalar(name: string, t: AreasTarget): unknown {
    if (name === 'address') return t.areas.map((area) => rangeAddress({ sheet: t.sheet, area })).join(',');
    if (name === 'areaCount') return t.areas.length;
    throw unknownProperty(name, 'RangeAreas');
  }
  /** Request bytes of a query besides its paths (the merged areas' getRange and method ride their query). */
  queryBytes = 24;
  protected override loadBytes(paths: string[]): number {
    return this.queryBytes + json(paths);
  }
  get address(): string {
    return this.prop('address');
  }
  get areaCount(): number {
    return this.prop('areaCount');
  }
}

/** The fill of a RangeAreas from getRanges: colour and clear, charged like Office.js's request for them. */
export class FakeAreasFill extends FakeObject<AreasTarget> {
  addressBytes = 0;
  private addressedIn = -1;
  private setBytes(): number {
    const first = this.addressedIn !== this.context.request;
    this.addressedIn = this.context.request;
    return first ? WIRE.areasFillFirst + this.addressBytes : WIRE.fillMore;
  }
  protected scalar(name: string): unknown {
    throw unknownProperty(name, 'RangeFill');
  }
  private each(t: AreasTarget, fn: (k: string) => void): void {
    requireUnprotected(t.sheet);
    for (const area of t.areas) for (const [r, c] of cellsOf(area)) fn(ck(r, c));
  }
  get color(): string {
    return this.prop('color');
  }
  set color(v: string) {
    this.write(this.setBytes() + json(v), (t) => {
      const m = /^#?([0-9A-Fa-f]{6})$/.exec(v);
      if (!m) throw new FakeOfficeError('InvalidArgument', `The color ${v} is not supported by this fake.`);
      this.each(t, (k) => t.sheet.fills.set(k, { color: `#${m[1].toUpperCase()}`, tintAndShade: 0, pattern: 'Solid' }));
    });
  }
  clear(): void {
    this.write(this.setBytes(), (t) => this.each(t, (k) => t.sheet.fills.delete(k)));
  }
}

export class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  protected scalar(name: string, t: FakeSheet): unknown {
    if (name === 'protected') return t.protected;
    throw unknownProperty(name, 'WorksheetProtection');
  }
  get protected(): boolean {
    return this.prop('protected');
  }
}

function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  const keys = [...sheet.cells.keys()];
  if (!valuesOnly) {
    keys.push(...sheet.fills.keys(), ...sheet.notes.keys());
    keys.push(...sheet.threads.map((t) => ck(t.row, t.col)));
  }
  if (keys.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const k of keys) {
    const [r, c] = k.split(',').map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return { top, left, bottom, right };
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  protected scalar(name: string, t: FakeSheet): unknown {
    if (name === 'name') return t.name;
    if (name === 'visibility') return t.visibility;
    if (name === 'position') return this.doc.sheets.indexOf(t);
    throw unknownProperty(name, 'Worksheet');
  }
  protected override nav(name: string): FakeObject<unknown> | undefined {
    if (name === 'protection') return this.protection as FakeObject<unknown>;
    if (name === 'comments') return this.comments as FakeObject<unknown>;
    return undefined;
  }
  get name(): string {
    return this.prop('name');
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  get protection(): FakeWorksheetProtection {
    return this.child('protection', () => new FakeWorksheetProtection(this.context, () => this.resolver()));
  }
  get comments(): FakeCommentCollection {
    if (this.context.doc.library?.('Worksheet.comments') === false)
      return undefined as unknown as FakeCommentCollection;
    return this.child('comments', () => {
      this.context.gate('1.10', 'Worksheet.comments');
      return new FakeCommentCollection(this.context, () => this.resolver());
    });
  }
  get notes(): FakeNoteCollection {
    if (this.context.doc.library?.('Worksheet.notes') === false) return undefined as unknown as FakeNoteCollection;
    return this.child('notes', () => {
      this.context.gate('1.18', 'Worksheet.notes');
      return new FakeNoteCollection(this.context, () => this.resolver());
    });
  }
  /** Several areas of this sheet ("E2:E4,E7"); Excel refuses a reference longer than 255 characters. */
  getRanges(address: string): FakeRangeAreas {
    this.context.gate('1.9', 'Worksheet.getRanges');
    const areas = new FakeRangeAreas(this.context, () => {
      const sheet = this.target();
      if (address.length > 255) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing.');
      return { sheet, areas: address.split(',').map((a) => parseLocal(a)) };
    });
    areas.address0 = address;
    return areas;
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      const area = address ? parseLocal(address) : { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
      return { sheet, area };
    });
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.context.gate('1.2', 'getUsedRange(valuesOnly)');
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      return { sheet, area: usedArea(sheet, valuesOnly ?? false) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.gate('1.4', 'getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target();
        const area = usedArea(sheet, valuesOnly ?? false);
        return area ? { sheet, area } : null;
      },
      true,
    );
  }
  activate(): void {
    this.write(20, (t) => {
      if (t.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.doc.active = t.name;
    });
  }
  delete(): void {
    this.write(20, (t) => {
      const doc = this.doc;
      doc.sheets = doc.sheets.filter((s) => s !== t);
      if (doc.active === t.name) doc.active = doc.sheets[0]?.name ?? '';
    });
  }
}

export class FakeWorksheetCollection extends FakeObject<FakeSheet[]> {
  protected override isCollection = true;
  private itemList: FakeWorksheet[] | null = null;
  protected scalar(name: string): unknown {
    throw unknownProperty(name, 'WorksheetCollection');
  }
  protected override nav(name: string): FakeObject<unknown>[] | undefined {
    if (name !== 'items') return undefined;
    const list = this.target().map(
      (s) => new FakeWorksheet(this.context, () => this.doc.sheets.find((x) => x === s) ?? null),
    );
    this.itemList = list;
    return list as FakeObject<unknown>[];
  }
  get items(): FakeWorksheet[] {
    if (!this.loaded.has('items') || !this.itemList) throw notLoaded('items');
    return this.prop('items');
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.doc.sheets.find((s) => s.name === this.doc.active) ?? null);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => this.doc.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.gate('1.4', 'getItemOrNullObject');
    return new FakeWorksheet(
      this.context,
      () => this.doc.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null,
      true,
    );
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.write(json(name ?? '') + 20, () => {
      const n = name ?? `Sheet${this.doc.sheets.length + 1}`;
      if (/[:\\/?*[\]]/.test(n) || n.length > 31) throw new FakeOfficeError('InvalidArgument', `Bad sheet name ${n}`);
      if (this.doc.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${n} exists.`);
      }
      created = this.doc.addSheet(n);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Comments (1.10) and notes (1.18).

interface ThreadTarget {
  sheet: FakeSheet;
  thread: FakeThread;
}

export class FakeComment extends FakeObject<ThreadTarget> {
  protected scalar(name: string, t: ThreadTarget): unknown {
    if (name === 'id') return t.thread.id;
    if (name === 'content') return t.thread.content;
    if (name === 'authorName') return t.thread.authorName;
    throw unknownProperty(name, 'Comment');
  }
  protected override nav(name: string): FakeObject<unknown> | undefined {
    if (name === 'replies') return this.replies as FakeObject<unknown>;
    return undefined;
  }
  get id(): string {
    return this.prop('id');
  }
  get content(): string {
    return this.prop('content');
  }
  set content(v: string) {
    this.write(WIRE.commentEdit + json(v), (t) => {
      requireUnprotected(t.sheet);
      requireAuthor(this.doc, t.thread.authorName);
      t.thread.content = v;
    });
  }
  get authorName(): string {
    return this.prop('authorName');
  }
  get replies(): FakeCommentReplyCollection {
    return this.child('replies', () => new FakeCommentReplyCollection(this.context, () => this.resolver()));
  }
  delete(): void {
    this.write(WIRE.commentDelete, (t) => {
      requireUnprotected(t.sheet);
      requireAuthor(this.doc, t.thread.authorName);
      t.sheet.removeThread(t.thread);
    });
  }
  override read(paths: string[]): Staged {
    commentsNotImplemented(this.doc);
    return super.read(paths);
  }
  getLocation(): FakeRange {
    this.context.enqueue({ bytes: WIRE.locate, write: false, run: () => undefined });
    return new FakeRange(this.context, () => {
      commentsNotImplemented(this.doc);
      const t = this.target();
      return {
        sheet: t.sheet,
        area: { top: t.thread.row, left: t.thread.col, bottom: t.thread.row, right: t.thread.col },
      };
    });
  }
}

export class FakeCommentCollection extends FakeObject<FakeSheet> {
  protected override isCollection = true;
  private itemList: FakeComment[] | null = null;
  protected scalar(name: string): unknown {
    throw unknownProperty(name, 'CommentCollection');
  }
  override read(paths: string[]): Staged {
    commentsNotImplemented(this.doc);
    return super.read(paths);
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({
      bytes: 40,
      write: false,
      run: () => {
        commentsNotImplemented(this.doc);
        const n = this.target().threads.length;
        return { bytes: 8, commit: () => result.settle(n) };
      },
    });
    return result;
  }
  protected override nav(name: string): FakeObject<unknown>[] | undefined {
    if (name !== 'items') return undefined;
    const sheet = this.target();
    const list = this.paged(sheet.threads).map((th) => {
      const id = th.id;
      return new FakeComment(this.context, () => {
        const found = sheet.threadById(id);
        return found ? { sheet, thread: found } : null;
      });
    });
    this.itemList = list;
    return list as FakeObject<unknown>[];
  }
  get items(): FakeComment[] {
    if (!this.itemList) throw notLoaded('items');
    return this.prop('items');
  }
  add(cellAddress: FakeRange | string, content: string): FakeComment {
    let created: ThreadTarget | null = null;
    this.write(WIRE.commentAdd + json(content) + json(typeof cellAddress === 'string' ? cellAddress : ''), (sheet) => {
      commentsNotImplemented(this.doc);
      let target: RangeTarget;
      if (typeof cellAddress === 'string') {
        // "The string address must contain the full address, including the sheet name."
        const bang = cellAddress.lastIndexOf('!');
        if (bang < 0) throw new FakeOfficeError('InvalidArgument', 'The address must include the sheet name.');
        const named = cellAddress
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'");
        const owner = this.doc.sheets.find((x) => x.name === named);
        if (!owner) throw new FakeOfficeError('InvalidArgument', `No sheet ${named}.`);
        target = { sheet: owner, area: parseLocal(cellAddress) };
      } else target = rangeTargetOf(cellAddress);
      if (target.sheet !== sheet) throw new FakeOfficeError('InvalidArgument', 'The cell is on another sheet.');
      const { area } = target;
      if (area.top !== area.bottom || area.left !== area.right)
        throw new FakeOfficeError('InvalidArgument', 'A comment goes on one cell.');
      requireUnprotected(sheet);
      if (sheet.threadAtRC(area.top, area.left) || sheet.notes.has(ck(area.top, area.left))) {
        throw new FakeOfficeError('InvalidArgument', 'The cell already has a comment or a note.');
      }
      const thread: FakeThread = {
        id: this.doc.id('comment'),
        row: area.top,
        col: area.left,
        content,
        authorName: this.doc.user,
        replies: [],
      };
      sheet.addThread(thread);
      created = { sheet, thread };
    });
    return new FakeComment(this.context, () => created);
  }
}

function rangeTargetOf(range: FakeRange): RangeTarget {
  return (range as unknown as { target(): RangeTarget }).target();
}

interface ReplyTarget {
  sheet: FakeSheet;
  thread: FakeThread;
  reply: FakeReply;
}

export class FakeCommentReply extends FakeObject<ReplyTarget> {
  protected scalar(name: string, t: ReplyTarget): unknown {
    if (name === 'id') return t.reply.id;
    if (name === 'content') return t.reply.content;
    if (name === 'authorName') return t.reply.authorName;
    throw unknownProperty(name, 'CommentReply');
  }
  get id(): string {
    return this.prop('id');
  }
  get content(): string {
    return this.prop('content');
  }
  get authorName(): string {
    return this.prop('authorName');
  }
  set content(v: string) {
    this.write(WIRE.replyEdit + json(v), (t) => {
      requireUnprotected(t.sheet);
      requireAuthor(this.doc, t.reply.authorName);
      t.reply.content = v;
    });
  }
  delete(): void {
    this.write(WIRE.replyDelete, (t) => {
      requireUnprotected(t.sheet);
      requireAuthor(this.doc, t.reply.authorName);
      t.thread.replies = t.thread.replies.filter((x) => x !== t.reply);
    });
  }
}

export class FakeCommentReplyCollection extends FakeObject<ThreadTarget> {
  protected override isCollection = true;
  private itemList: FakeCommentReply[] | null = null;
  protected scalar(name: string): unknown {
    throw unknownProperty(name, 'CommentReplyCollection');
  }
  protected override nav(name: string): FakeObject<unknown>[] | undefined {
    if (name !== 'items') return undefined;
    const { sheet, thread } = this.target();
    const list = thread.replies.map((rp) => {
      const id = rp.id;
      return new FakeCommentReply(this.context, () => {
        const th = sheet.threadById(thread.id);
        const reply = th?.replies.find((x) => x.id === id);
        return th && reply ? { sheet, thread: th, reply } : null;
      });
    });
    this.itemList = list;
    return list as FakeObject<unknown>[];
  }
  get items(): FakeCommentReply[] {
    if (!this.itemList) throw notLoaded('items');
    return this.prop('items');
  }
  add(content: string): FakeCommentReply {
    let created: ReplyTarget | null = null;
    this.write(WIRE.replyAdd + json(content), (t) => {
      requireUnprotected(t.sheet);
      const reply: FakeReply = { id: this.doc.id('reply'), content, authorName: this.doc.user };
      t.thread.replies.push(reply);
      created = { ...t, reply };
    });
    return new FakeCommentReply(this.context, () => created);
  }
}

interface NoteTarget {
  sheet: FakeSheet;
  row: number;
  col: number;
  note: FakeNote;
}

export class FakeNoteObject extends FakeObject<NoteTarget> {
  protected override loadBytes(paths: string[]): number {
    return WIRE.noteLoad + json(paths);
  }
  protected scalar(name: string, t: NoteTarget): unknown {
    if (name === 'content') return t.note.content;
    if (name === 'authorName') return t.note.authorName;
    throw unknownProperty(name, 'Note');
  }
  get content(): string {
    return this.prop('content');
  }
  set content(v: string) {
    this.write(WIRE.noteEdit + json(v), (t) => {
      requireUnprotected(t.sheet);
      t.note.content = v;
    });
  }
  delete(): void {
    this.write(WIRE.noteDelete, (t) => {
      requireUnprotected(t.sheet);
      t.sheet.notes.delete(ck(t.row, t.col));
    });
  }
}

export class FakeNoteCollection extends FakeObject<FakeSheet> {
  protected scalar(name: string): unknown {
    throw unknownProperty(name, 'NoteCollection');
  }
  private lookup(key: string): NoteTarget | null {
    const sheet = this.target();
    const { row, col } = parseA1(key.slice(key.lastIndexOf('!') + 1));
    const note = sheet.notes.get(ck(row, col));
    return note ? { sheet, row, col, note } : null;
  }
  getItem(key: string): FakeNoteObject {
    return new FakeNoteObject(this.context, () => this.lookup(key));
  }
  getItemOrNullObject(key: string): FakeNoteObject {
    return new FakeNoteObject(this.context, () => this.lookup(key), true);
  }
  add(cellAddress: FakeRange | string, content: string): FakeNoteObject {
    let created: NoteTarget | null = null;
    this.write(WIRE.noteAdd + json(content) + json(typeof cellAddress === 'string' ? cellAddress : ''), (sheet) => {
      const target =
        typeof cellAddress === 'string' ? { sheet, area: parseLocal(cellAddress) } : rangeTargetOf(cellAddress);
      const { area } = target;
      if (area.top !== area.bottom || area.left !== area.right)
        throw new FakeOfficeError('InvalidCellAddress', 'A note goes on one cell.');
      requireUnprotected(sheet);
      const k = ck(area.top, area.left);
      if (sheet.notes.has(k) || sheet.threadAtRC(area.top, area.left)) {
        throw new FakeOfficeError('InvalidArgument', 'The cell already has a note or a comment.');
      }
      const note: FakeNote = { content, authorName: this.doc.user };
      sheet.notes.set(k, note);
      created = { sheet, row: area.top, col: area.left, note };
    });
    return new FakeNoteObject(this.context, () => created);
  }
}

// ---------------------------------------------------------------------------------------------------------------

export class FakeApplication extends FakeObject<object> {
  protected scalar(name: string): unknown {
    throw unknownProperty(name, 'Application');
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.gate('1.9', 'suspendScreenUpdatingUntilNextSync');
    this.context.enqueue({ bytes: 20, write: false, run: () => undefined });
  }
}

export class FakeWorkbook extends FakeObject<FakeWorkbookDoc> {
  constructor(context: FakeRequestContext) {
    super(context, () => context.doc);
  }
  protected scalar(name: string, t: FakeWorkbookDoc): unknown {
    if (name === 'readOnly') {
      if (!t.supports('1.8')) throw new FakeOfficeError('ApiNotFound', 'Workbook.readOnly needs ExcelApi 1.8');
      return t.readOnly;
    }
    if (name === 'name') return 'Book1.xlsx';
    throw unknownProperty(name, 'Workbook');
  }
  get readOnly(): boolean {
    return this.prop('readOnly');
  }
  get worksheets(): FakeWorksheetCollection {
    return this.child('worksheets', () => new FakeWorksheetCollection(this.context, () => this.doc.sheets));
  }
  get settings(): FakeSettingCollection {
    if (this.doc.library?.('Workbook.settings') === false) return undefined as unknown as FakeSettingCollection;
    return this.child('settings', () => {
      this.context.gate('1.4', 'Workbook.settings');
      return new FakeSettingCollection(this.context, () => this.doc);
    });
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const sel = this.doc.selection;
      if (!sel) return null;
      // "If there are multiple ranges selected, this method will throw an error."
      if (sel.more?.length)
        throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      const sheet = this.doc.sheets.find((s) => s.name === sel.sheet);
      return sheet ? { sheet, area: sel.area } : null;
    });
  }
  getSelectedRanges(): FakeRangeAreas {
    this.context.gate('1.9', 'Workbook.getSelectedRanges');
    return new FakeRangeAreas(this.context, () => {
      const sel = this.doc.selection;
      const sheet = sel && this.doc.sheets.find((s) => s.name === sel.sheet);
      return sel && sheet ? { sheet, areas: [sel.area, ...(sel.more ?? [])] } : null;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook.settings (1.4): the document's settings, read and written live by every runtime.

export class FakeSetting extends FakeObject<{ key: string }> {
  protected scalar(name: string, t: { key: string }): unknown {
    if (name === 'key') return t.key;
    // A JSON copy, as Office.js gives it.
    if (name === 'value') return JSON.parse(this.doc.savedSettings[t.key]) as unknown;
    throw unknownProperty(name, 'Setting');
  }
  get key(): string {
    return this.prop('key');
  }
  get value(): unknown {
    return this.prop('value');
  }
  delete(): void {
    this.write(20, (t) => {
      if (this.doc.settingsWriteFails())
        throw new FakeOfficeError('GeneralException', 'The setting could not be deleted.');
      this.doc.settingsWrites.push('workbook');
      delete this.doc.savedSettings[t.key];
    });
  }
}

export class FakeSettingCollection extends FakeObject<FakeWorkbookDoc> {
  protected scalar(name: string): unknown {
    throw unknownProperty(name, 'SettingCollection');
  }
  private lookup(key: string): { key: string } | null {
    return Object.prototype.hasOwnProperty.call(this.doc.savedSettings, key) ? { key } : null;
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => this.lookup(key));
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => this.lookup(key), true);
  }
  /** Sets or adds a setting. */
  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this.write(utf8(json) + utf8(JSON.stringify(key)) + 40, (doc) => {
      if (doc.settingsWriteFails()) throw new FakeOfficeError('GeneralException', 'The setting could not be saved.');
      const next = { ...doc.savedSettings, [key]: json };
      if (doc.settingsBytes(next) > doc.settingsCap)
        throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
      doc.settingsWrites.push('workbook');
      doc.savedSettings = next;
    });
    return new FakeSetting(this.context, () => this.lookup(key));
  }
}
