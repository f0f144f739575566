// The record and the pane's settings across runtimes: the task pane and the ribbon's function file run in separate
// runtimes (no shared runtime), each with its own in-memory copy of Office.context.document.settings. The record lives
// in Workbook.settings (ExcelApi 1.4, live, read and written inside the run that writes), or before 1.4 in the
// document settings with refreshAsync before every read and write; its size is checked against the ~2 MB limit.

import { FILLS, LINE_PREFIX } from '../../../src/core/annotate/types';
import type { Finding } from '../../../src/core/model';
import { commandHandlers, type CommandEnv } from '../../../src/commands/run';
import { LAST_COMMAND_KEY } from '../../../src/app/summary';
import { createExcelHost, type ExcelHostOptions } from '../../../src/hosts/excel';
import {
  emptyStored,
  encodeStored,
  recordJson,
  RECORD_LIMIT_BYTES,
  StaleRecordError,
  StoredSchema,
  storedFromValue,
  type Stored,
} from '../../../src/hosts/excel/record';
import { STATE_KEY, WorkbookRecordStore, type BatchRunner, type SettingsStore } from '../../../src/hosts/excel/state';
import { HostError, type Host } from '../../../src/hosts/host';
import { CONTRACT_FINDINGS, contractWorkbook, OTHER_SHEET, SHEET } from '../contract';
import type { FakeWorkbookDoc } from './fake-excel';
import {
  annotationText,
  countingRun,
  docFromContract,
  excelUnderTest,
  NO_WORKBOOK_SETTINGS,
  snapshot,
  storedState,
  SyncCounter,
} from './helpers';

/** How each runtime reaches the record. */
interface Setup {
  api: string;
  /** The loaded library's probe (NO_WORKBOOK_SETTINGS: document settings although Excel has 1.4). */
  libraryHas?: (member: string) => boolean;
  /** The settings writes expected: live Workbook.settings commands, or saveAsync of a runtime's copy. */
  writes: 'workbook' | 'saveAsync';
  /** Whether comments are written (1.10+) or fills and the findings sheet only. */
  comments: boolean;
}

const SETUPS: Array<[string, Setup]> = [
  ['ExcelApi 1.18: Workbook.settings, live', { api: '1.18', writes: 'workbook', comments: true }],
  [
    'ExcelApi 1.18 under a library without Workbook.settings: document settings with refreshAsync',
    { api: '1.18', libraryHas: NO_WORKBOOK_SETTINGS, writes: 'saveAsync', comments: true },
  ],
  [
    'ExcelApi 1.3: document settings with refreshAsync (fills and the findings sheet)',
    { api: '1.3', writes: 'saveAsync', comments: false },
  ],
];

/** A runtime of the add-in: its own copy of the document settings, loaded when it starts. */
function runtimeOptions(
  doc: FakeWorkbookDoc,
  setup: Setup,
  settings: SettingsStore = doc.settings(),
): ExcelHostOptions {
  return {
    run: countingRun(doc, new SyncCounter()),
    settings,
    isSetSupported: doc.isSetSupported,
    libraryHas: setup.libraryHas,
  };
}

/** The ribbon's function file: a host made per command, over the one settings copy the runtime holds. */
function ribbon(options: ExcelHostOptions): ReturnType<typeof commandHandlers> {
  const env: CommandEnv = {
    createHost: () => createExcelHost(options),
    displayLanguage: () => 'zh-CN',
    report: () => undefined,
  };
  return commandHandlers(env);
}

/** What an earlier release did before 1.4: it read and saved its copy without refreshing it first. */
function withoutRefresh(settings: SettingsStore): SettingsStore {
  return {
    get: (n) => settings.get(n),
    set: (n, v) => settings.set(n, v),
    remove: (n) => settings.remove(n),
    saveAsync: (cb) => settings.saveAsync(cb),
    refreshAsync: (cb) => cb({ status: 'succeeded', error: null }),
  };
}

/** A record of comments of ours on these cells of the contract sheet, none with a fill before. */
function recordOf(cells: string[], id = (i: number) => `{c-${i}}`): Stored {
  return {
    product: 'indicator-checker',
    version: 1,
    state: { version: 1, cells: cells.map((cell) => ({ sheet: SHEET, cell, originalFill: null })) },
    refs: cells.map((cell, i) => ({ sheet: SHEET, cell, kind: 'comment' as const, commentId: id(i) })),
    findingsSheet: null,
  };
}

const PANE_CELLS = new Set(['E15', 'E20']);
const PANE_FINDINGS: Finding[] = CONTRACT_FINDINGS.filter((f) => PANE_CELLS.has(f.cell));

function ourLines(doc: FakeWorkbookDoc, sheet: string, cell: string): string[] {
  return (annotationText(doc, sheet, cell) ?? '').split(/\r?\n/).filter((l) => l.startsWith(LINE_PREFIX));
}

/** Every comment or note line of ours anywhere in the workbook. */
function anyOurLines(doc: FakeWorkbookDoc): string[] {
  return doc.sheets
    .flatMap((s) => [
      ...s.threads.flatMap((t) => [t.content, ...t.replies.map((r) => r.content)]),
      ...[...s.notes.values()].map((n) => n.content),
    ])
    .filter((text) => text.includes(LINE_PREFIX));
}

/**
 * The pane annotates E15 and E20; then 审核本表 on the ribbon annotates every finding of the sheet (E17 and E18 too,
 * both yellow); then the pane, open all along, clears.
 */
async function paneRibbonPane(doc: FakeWorkbookDoc, paneOptions: ExcelHostOptions, ribbonOptions: ExcelHostOptions) {
  const pane: Host = createExcelHost(paneOptions);
  await pane.read('active');
  await pane.annotate(PANE_FINDINGS);
  const s = doc.sheet(SHEET);
  expect([s.fillAt('E15')?.color, s.fillAt('E17')?.color]).toEqual([FILLS.warning, '#FFFF00']);

  const summary = await ribbon(ribbonOptions).checkActiveSheet({ completed: () => undefined });
  expect(summary.ok).toBe(true);
  // The command annotated the yellow cells the pane left alone.
  expect(s.fillAt('E17')?.color).toBe(FILLS.error);
  expect(s.fillAt('E18')?.color).toBe(FILLS.warning);

  const cleared = await pane.clear();
  return { pane, cleared };
}

describe.each(SETUPS)('pane annotates, 审核本表 annotates, the pane clears — %s', (_label, setup) => {
  test('every original fill is back, no line of ours is left, and the record is gone', async () => {
    const doc = docFromContract(contractWorkbook(), setup.api);
    const before = snapshot(doc);
    // Both runtimes start with the workbook: each holds the settings as they were then.
    const paneOptions = runtimeOptions(doc, setup);
    const ribbonOptions = runtimeOptions(doc, setup);

    const { pane, cleared } = await paneRibbonPane(doc, paneOptions, ribbonOptions);

    const s = doc.sheet(SHEET);
    expect([s.fillAt('E17')?.color, s.fillAt('E18')?.color]).toEqual(['#FFFF00', '#FFFF00']);
    for (const cell of ['E15', 'E17', 'E18', 'E20']) expect([cell, ourLines(doc, SHEET, cell)]).toEqual([cell, []]);
    expect(anyOurLines(doc)).toEqual([]);
    // Values, fills, comments (a person's kept byte for byte), notes and sheets as before: the findings sheet is gone.
    expect(snapshot(doc)).toEqual(before);
    expect(cleared.written).toEqual(expect.arrayContaining([`${SHEET}!E17`, `${SHEET}!E18`]));
    expect(storedState(doc)).toBeNull();
    expect(doc.savedSettings[STATE_KEY]).toBeUndefined();
    // The ribbon's summary is still there for the pane: a settings write of one runtime never drops another's.
    expect(await pane.loadSetting(LAST_COMMAND_KEY)).toMatchObject({ command: 'check', ok: true });
    // Each store only: live commands, or saveAsync of a refreshed copy.
    expect(new Set(doc.settingsWrites)).toEqual(new Set([setup.writes]));
    if (setup.comments) expect(doc.sheet(SHEET).threads.length).toBeGreaterThan(0);
  });
});

describe('the bug this prevents: a runtime saving its stale copy of the document settings', () => {
  test.each([
    ['ExcelApi 1.3', { api: '1.3', writes: 'saveAsync', comments: false } as Setup],
    [
      'ExcelApi 1.18, document settings',
      { api: '1.18', libraryHas: NO_WORKBOOK_SETTINGS, writes: 'saveAsync', comments: true } as Setup,
    ],
  ])(
    '%s: without refreshAsync the pane clears from its old record and the yellow fills are lost',
    async (_label, setup) => {
      const doc = docFromContract(contractWorkbook(), setup.api);
      const paneOptions = runtimeOptions(doc, setup, withoutRefresh(doc.settings()));
      const ribbonOptions = runtimeOptions(doc, setup, withoutRefresh(doc.settings()));

      await paneRibbonPane(doc, paneOptions, ribbonOptions);

      // The pane's copy still held its own record (E15, E20): E17 and E18 are not restored to yellow.
      const s = doc.sheet(SHEET);
      expect(s.fillAt('E17')?.color).not.toBe('#FFFF00');
      expect(s.fillAt('E18')?.color).not.toBe('#FFFF00');
    },
  );
});

describe('Workbook.settings: a run starts from its runtime’s last view and checks it against the live record', () => {
  test('another runtime changed the record: the write is refused before anything is written, and the next run is fresh', async () => {
    const doc = docFromContract(contractWorkbook(), '1.18');
    const context = () => doc.context() as unknown as Excel.RequestContext;
    const runner: BatchRunner = (batch) => batch(context());
    const pane = new WorkbookRecordStore();
    const ribbonStore = new WorkbookRecordStore();
    const r1 = storedFromValue(encodeStored(recordOf(['E15', 'E20']))) as Stored;
    const r2 = storedFromValue(encodeStored(recordOf(['E15', 'E17', 'E18', 'E20']))) as Stored;
    // The pane's first run reads the record in a sync of its own (none yet) and saves R1.
    const first = await pane.begin(context());
    expect(first.stored).toBeNull();
    await first.persist(r1);
    // The ribbon's runtime saves R2.
    const other = await ribbonStore.begin(context());
    expect(other.stored).toEqual(r1);
    await other.persist(r2);
    const writes = doc.settingsWrites.length;

    // The pane's next run starts from its view (R1) without a sync; the fresh read rides the run's first sync.
    const ctx = context();
    const syncs = doc.stats.syncs;
    const next = await pane.begin(ctx);
    expect(next.stored).toEqual(r1);
    expect(doc.stats.syncs).toBe(syncs);
    await ctx.sync();
    await expect(next.persist(emptyStored())).rejects.toBeInstanceOf(StaleRecordError);
    expect(doc.settingsWrites.length).toBe(writes);
    expect(storedFromValue(JSON.parse(doc.savedSettings[STATE_KEY]))).toEqual(r2);
    // The run after it starts from R2.
    expect((await pane.begin(context())).stored).toEqual(r2);
    expect(await pane.load(runner)).toEqual(r2);
  });

  test('a large record is read in a sync of its own, so that it cannot push the first sync past the payload', async () => {
    const doc = docFromContract(contractWorkbook(), '1.18');
    const store = new WorkbookRecordStore();
    const cells = Array.from({ length: 12_000 }, (_, i) => `E${i + 2}`);
    const big = recordOf(cells, (i) => `{5A1C9E3B-0D2F-4B7A-9C61-${String(i).padStart(12, '0')}}`);
    await (await store.begin(doc.context() as unknown as Excel.RequestContext)).persist(big);
    expect(doc.savedSettings[STATE_KEY].length).toBeGreaterThan(512 * 1024);
    const syncs = doc.stats.syncs;
    const run = await store.begin(doc.context() as unknown as Excel.RequestContext);
    expect(doc.stats.syncs).toBe(syncs + 1);
    expect(run.stored?.refs).toHaveLength(12_000);
  });

  test('the same record is not written again', async () => {
    const doc = docFromContract(contractWorkbook(), '1.18');
    const store = new WorkbookRecordStore();
    const record = recordOf(['E15']);
    await (await store.begin(doc.context() as unknown as Excel.RequestContext)).persist(record);
    const run = await store.begin(doc.context() as unknown as Excel.RequestContext);
    const syncs = doc.stats.syncs;
    await run.persist({ ...record, refs: [...record.refs].reverse() });
    expect(doc.stats.syncs).toBe(syncs + 1);
    expect(doc.settingsWrites).toEqual(['workbook']);
  });

  test('a record written by an earlier release (version 1, in the document settings) is read and cleared', async () => {
    const doc = docFromContract(contractWorkbook(), '1.18');
    const before = snapshot(doc);
    const old = excelUnderTest(doc, { libraryHas: NO_WORKBOOK_SETTINGS });
    await old.host.annotate(CONTRACT_FINDINGS);
    // Rewrite what it saved in the form earlier releases used.
    const stored = storedFromValue(JSON.parse(doc.savedSettings[STATE_KEY])) as Stored;
    doc.savedSettings[STATE_KEY] = JSON.stringify(StoredSchema.parse(stored));

    await excelUnderTest(doc).host.clear();
    expect(snapshot(doc)).toEqual(before);
    expect(doc.savedSettings[STATE_KEY]).toBeUndefined();
  });

  test('the pane’s settings are live too: a setting saved by one runtime is read by another, and removed', async () => {
    const doc = docFromContract(contractWorkbook(), '1.18');
    const a = excelUnderTest(doc).host;
    const b = excelUnderTest(doc).host;
    await a.saveSetting('pane', { preferNotes: true });
    expect(await b.loadSetting('pane')).toEqual({ preferNotes: true });
    await b.saveSetting('pane', undefined);
    expect(await a.loadSetting('pane')).toBeUndefined();
    await b.saveSetting('pane', undefined);
    expect(doc.settingsWrites).toEqual(['workbook', 'workbook']);
  });
});

describe('the ~2 MB settings limit', () => {
  test.each([
    ['Workbook.settings', {}],
    ['document settings', { libraryHas: NO_WORKBOOK_SETTINGS }],
  ])('%s: a record over the limit is refused before anything is written, with what to do', async (_label, extra) => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    const before = snapshot(doc);
    const ut = excelUnderTest(doc, { ...extra, recordLimit: 300 });
    let caught: unknown;
    try {
      await ut.host.annotate(CONTRACT_FINDINGS);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HostError);
    const message = (caught as HostError).hostMessage;
    expect(message).toMatchObject({ code: 'record-too-large', intent: 'error' });
    expect(message['zh-CN']).toContain('标注 4 个单元格');
    expect(message['zh-CN']).toContain('工作簿未作任何修改');
    expect(message['zh-CN']).toMatch(/约 2 MB.*工作簿未作任何修改。请先清除已有标注，或一次审核较少的工作表/);
    expect(message['en-US']).toContain('Annotating 4 cells');
    expect(message['en-US']).toMatch(/about 2 MB.*Clear the existing annotations first, or check fewer sheets/);
    expect(snapshot(doc)).toEqual(before);
    expect(doc.settingsWrites).toEqual([]);
  });

  test('without the check Excel itself would fail the save, with nothing to tell the user what to do', async () => {
    const doc = docFromContract(contractWorkbook(), '1.13');
    doc.settingsCap = 64;
    const ut = excelUnderTest(doc, { recordLimit: Number.POSITIVE_INFINITY });
    let caught: unknown;
    try {
      await ut.host.annotate(CONTRACT_FINDINGS);
    } catch (e) {
      caught = e;
    }
    expect((caught as HostError).hostMessage.code).toBe('office-error');
  });

  test('at the real limit: 25 000 commented cells fit, 30 000 are refused; the stored form is compact', () => {
    const record = (cells: number, ids: boolean): Stored => ({
      product: 'indicator-checker',
      version: 1,
      state: {
        version: 1,
        cells: Array.from({ length: cells }, (_, i) => ({
          sheet: i % 2 ? SHEET : OTHER_SHEET,
          cell: `E${i + 2}`,
          originalFill: i % 3 ? null : '#FFFF00',
        })),
      },
      refs: Array.from({ length: cells }, (_, i) => ({
        sheet: i % 2 ? SHEET : OTHER_SHEET,
        cell: `E${i + 2}`,
        kind: 'comment' as const,
        // Real comment ids are GUIDs in braces.
        commentId: ids ? `{${'5A1C9E3B-0D2F-4B7A-9C61-'}${String(i).padStart(12, '0')}}` : undefined,
      })),
      findingsSheet: null,
    });
    const ten = record(10_000, true);
    const json = recordJson(ten) as string;
    // A third of the version 1 form, and it reads back as the same record.
    expect(json.length).toBeLessThan(JSON.stringify(ten).length / 2);
    expect(json.length).toBeLessThan(RECORD_LIMIT_BYTES / 2);
    expect(storedFromValue(JSON.parse(json))).toEqual(storedFromValue(encodeStored(ten)));
    expect(new Set(storedFromValue(JSON.parse(json))?.refs.map((r) => r.commentId))).toEqual(
      new Set(ten.refs.map((r) => r.commentId)),
    );
    expect(() => recordJson(record(30_000, true))).toThrow(HostError);
    // A record still waiting for the new comments' ids counts them: the record saved after the write holds them.
    expect(() => recordJson(record(25_000, true))).not.toThrow();
    const pending = record(30_000, false);
    expect(JSON.stringify(encodeStored(pending)).length).toBeLessThan(RECORD_LIMIT_BYTES);
    expect(() => recordJson(pending)).toThrow(/record of about \d\.\d\d MB/);
    expect(recordJson(null)).toBeNull();
  });
});
