// The Excel host's self-test probes (the pane's 诊断 page): what this Office reports, what the host computed from it
// and from the loaded Office.js, a settings round trip, and a fill, comment and note written and removed on a scratch
// sheet. A pilot unit runs them in its real Excel and sends the report back; every probe leaves the workbook as it was.

import { FILLS } from '../../core/annotate/types';
import { formatBoth, type Bilingual } from '../../core/messages';
import {
  freeName,
  LONG_PROBE_TEXT as PROBE_TEXT,
  ORIGINAL_FILL,
  removedOr,
  roundTrip,
  SELFTEST_LINES,
  textKept,
  yesNo,
} from '../selftest-common';
import type { SelfTestLine, SelfTestOptions, SelfTestProbe } from '../host';
import { EXCEL_SETTING_PREFIX } from '../stored-settings';
import { GUARDED, type ExcelCapabilities, type IsSetSupported, type LibraryHas } from './capabilities';
import { EXCEL_SELFTEST, EXCEL_SELFTEST_LINES } from './messages';
import { MAX_ANNOTATED_CELLS, PAYLOAD_CAP, qualified, REQUEST_BYTES, utf8Length } from './payload';
import { recordJson, SETTINGS_LIMIT_BYTES } from './record';
import { STATE_KEY, type BatchRunner, type RecordStore } from './state';

/** What Office says about itself: Office.context.diagnostics, the display language, where Office.js came from. */
export interface OfficeReport {
  host?: string;
  platform?: string;
  version?: string;
  displayLanguage?: string;
  /** The address of the Office.js script the page loaded (the CDN, or a self-hosted copy). */
  library?: string;
}

/** The running Office's report; throws where Office.context is not available (outside an Office host). */
export function officeReport(): OfficeReport {
  if (typeof Office === 'undefined') throw new Error('Office.js is not loaded');
  const d = Office.context.diagnostics;
  const script =
    typeof document === 'undefined'
      ? null
      : Array.from(document.scripts).find((s) => /office(\.debug)?\.js(\?|$)/i.test(s.src));
  return {
    host: d ? String(d.host) : undefined,
    platform: d ? String(d.platform) : undefined,
    version: d?.version,
    displayLanguage: Office.context.displayLanguage,
    library: script?.src,
  };
}

/** What the probes need from the host: its runner, its view of the capabilities, and its settings store. */
export interface ExcelSelfTestEnv {
  run: BatchRunner;
  caps: () => ExcelCapabilities;
  /** Why comments were turned off this session (the comments API failed), if they were. */
  commentsFailure: () => string | undefined;
  isSetSupported: IsSetSupported;
  libraryHas: LibraryHas;
  store: () => RecordStore;
  office: () => OfficeReport;
  /** Bytes one sync may carry (PAYLOAD_BUDGET unless the host was given another). */
  budget: number;
}

export const EXCEL_API_VERSIONS: readonly string[] = Array.from({ length: 18 }, (_, i) => `1.${i + 1}`);

/** A value as Office stores it: its JSON's UTF-8 bytes, with the key's. */
function entryBytes(key: string, json: string): number {
  return utf8Length(JSON.stringify(key)) + utf8Length(json);
}

function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** A line's words from the Excel probes' catalog. */
function say(id: keyof typeof EXCEL_SELFTEST_LINES, data: Readonly<Record<string, string | number>> = {}): Bilingual {
  return formatBoth(EXCEL_SELFTEST_LINES, id, data);
}

/** A line's words shared with the WPS probes. */
function common(id: keyof typeof SELFTEST_LINES, data: Readonly<Record<string, string | number>> = {}): Bilingual {
  return formatBoth(SELFTEST_LINES, id, data);
}

type FillSeen = { color: string; tintAndShade?: number | null; pattern?: string | null };

/** Queues the read of a cell's fill, through the range as the host reads fills. */
function loadFill(range: Excel.Range, exact: boolean): Excel.Range {
  range.load(exact ? 'format/fill/color,format/fill/tintAndShade,format/fill/pattern' : 'format/fill/color');
  return range;
}

function fillSeen(range: Excel.Range, exact: boolean): FillSeen {
  const fill = range.format.fill;
  return exact ? { color: fill.color, tintAndShade: fill.tintAndShade, pattern: fill.pattern } : { color: fill.color };
}

type Report = (line: SelfTestLine) => void;

/** The probes in the order the 诊断 page shows them; each makes one probe (with its own cleanup state) for a run. */
const PROBES: readonly ((env: ExcelSelfTestEnv, options: SelfTestOptions) => SelfTestProbe)[] = [
  officeProbe,
  capabilitiesProbe,
  settingsProbe,
  requestsProbe,
  annotateProbe,
];

export function excelProbes(env: ExcelSelfTestEnv, options: SelfTestOptions): SelfTestProbe[] {
  return PROBES.map((probe) => probe(env, options));
}

/** What this Office reports about itself, and the ExcelApi requirement sets it supports. */
function officeProbe(env: ExcelSelfTestEnv): SelfTestProbe {
  return {
    id: 'excel.office',
    title: formatBoth(EXCEL_SELFTEST, 'excel.office'),
    async run(report) {
      const o = env.office();
      report({ label: common('host'), value: o.host ?? '?' });
      report({ label: say('platform'), value: o.platform ?? '?' });
      report({ label: common('version'), value: o.version ?? '?' });
      report({ label: common('displayLanguage'), value: o.displayLanguage ?? '?' });
      report({ label: 'Office.js', value: o.library ?? '?' });
      for (const v of EXCEL_API_VERSIONS) {
        const yes = env.isSetSupported('ExcelApi', v);
        report({ label: `ExcelApi ${v}`, value: yesNo(yes), flag: !yes && v === '1.1' ? 'fail' : undefined });
      }
    },
  };
}

/** The capabilities the host computed, and why each missing one is missing. */
function capabilitiesProbe(env: ExcelSelfTestEnv): SelfTestProbe {
  return {
    id: 'excel.capabilities',
    title: formatBoth(EXCEL_SELFTEST, 'excel.capabilities'),
    async run(report) {
      const caps = env.caps();
      report({ label: 'settings', value: yesNo(caps.settings) });
      for (const key of Object.keys(GUARDED) as Array<keyof typeof GUARDED>) {
        const guard = GUARDED[key];
        const set = env.isSetSupported('ExcelApi', guard.set);
        const lacking = guard.members.filter((m) => !env.libraryHas(m));
        const why: Bilingual[] = [];
        if (!set) why.push(say('setMissing', { set: guard.set }));
        // The set is there but the library is older than this Excel: the self-hosted Office.js needs replacing.
        if (lacking.length > 0) why.push(formatBoth(EXCEL_SELFTEST_LINES, 'libraryLacks', { members: lacking }));
        const failure = key === 'comments' ? env.commentsFailure() : undefined;
        if (failure !== undefined) why.push(say('turnedOff', { failure }));
        if (why.length === 0) why.push(say('off'));
        report({
          label: key,
          value: caps[key]
            ? yesNo(true)
            : formatBoth(EXCEL_SELFTEST_LINES, 'capNo', (lang) => ({
                why: why.map((w) => w[lang]).join(WHY_SEPARATOR[lang]),
              })),
          flag: set && (lacking.length > 0 || failure !== undefined) ? 'warn' : undefined,
        });
      }
    },
  };
}

/** How the reasons a capability is missing are joined, by language. */
const WHY_SEPARATOR: Bilingual = { 'zh-CN': '；', 'en-US': '; ' };

/** A settings key written, read back and removed, and how much of the settings' room the product's keys take. */
function settingsProbe(env: ExcelSelfTestEnv, options: SelfTestOptions): SelfTestProbe {
  const key = options.testKey;
  let keyWritten = false;
  return {
    id: 'excel.settings',
    title: formatBoth(EXCEL_SELFTEST, 'excel.settings'),
    async run(report) {
      const store = env.store();
      report({
        label: say('store'),
        value: say(env.caps().workbookSettings ? 'storeWorkbook' : 'storeDocument'),
      });
      const value = { text: PROBE_TEXT, at: new Date().toISOString() };
      keyWritten = true;
      await store.saveSetting(env.run, key, value);
      const back = await store.loadSetting(env.run, key);
      const same = JSON.stringify(back) === JSON.stringify(value);
      report({
        label: common('writeReadBack'),
        value: roundTrip(same, back, say('sameBytes', { bytes: utf8Length(JSON.stringify(value)) })),
        flag: same ? undefined : 'fail',
      });
      await store.saveSetting(env.run, key, undefined);
      keyWritten = false;
      const gone = (await store.loadSetting(env.run, key)) === undefined;
      report({ label: common('remove'), value: removedOr(gone), flag: gone ? undefined : 'fail' });
      await reportSettingsSize(env, store, options, report);
    },
    async cleanup() {
      if (!keyWritten) return;
      // Only a key that is there is removed: a write refused at once left nothing.
      const store = env.store();
      if ((await store.loadSetting(env.run, key)) !== undefined) await store.saveSetting(env.run, key, undefined);
      keyWritten = false;
    },
  };
}

/** Office cannot list an add-in's settings: the product's own keys (record and pane settings) are added up. */
async function reportSettingsSize(
  env: ExcelSelfTestEnv,
  store: RecordStore,
  options: SelfTestOptions,
  report: Report,
): Promise<void> {
  const record = await store.load(env.run);
  const recordText = record ? recordJson(record, Number.POSITIVE_INFINITY) : null;
  const recordBytes = recordText === null ? 0 : entryBytes(STATE_KEY, recordText);
  report({
    label: common('annotationRecord'),
    value: record ? say('recordSize', { cells: record.state.cells.length, bytes: recordBytes }) : common('none'),
  });
  let paneBytes = 0;
  for (const k of options.settingKeys) {
    const v = await store.loadSetting(env.run, k);
    if (v !== undefined) paneBytes += entryBytes(EXCEL_SETTING_PREFIX + k, JSON.stringify(v));
  }
  report({ label: common('paneSettings'), value: say('bytes', { bytes: paneBytes }) });
  const total = recordBytes + paneBytes;
  const share = (100 * total) / SETTINGS_LIMIT_BYTES;
  report({
    label: say('size'),
    value: say('sizeOfLimit', {
      used: kilobytes(total),
      limit: kilobytes(SETTINGS_LIMIT_BYTES),
      share: share.toFixed(1),
    }),
    flag: share > 50 ? 'warn' : undefined,
  });
}

// What the host sends to this Excel: the request budget it keeps under, and what one typical annotation costs with
// the capabilities found here (estimates calibrated against the Office.js request serializer, payload.ts).
function requestsProbe(env: ExcelSelfTestEnv): SelfTestProbe {
  return {
    id: 'excel.requests',
    title: formatBoth(EXCEL_SELFTEST, 'excel.requests'),
    async run(report) {
      const caps = env.caps();
      report({ label: say('requestLimit'), value: `${kilobytes(PAYLOAD_CAP)} KB` });
      report({ label: say('budgetPerSync'), value: `${kilobytes(env.budget)} KB` });
      const note = caps.notes ? REQUEST_BYTES.noteAdd : caps.comments ? REQUEST_BYTES.commentAdd : 0;
      const inspect = caps.fillTint ? REQUEST_BYTES.inspectFill : REQUEST_BYTES.inspectColor;
      // A finding's cell: its fill read, its fill set, its note or comment added with a line of about 120 characters.
      const perCell = inspect + REQUEST_BYTES.fill + note + 3 * 120;
      report({ label: say('oneCell'), value: say('aboutBytes', { bytes: perCell }) });
      for (const cells of [1_000, 6_000]) {
        const syncs = Math.ceil((cells * perCell) / env.budget);
        report({ label: say('cells', { cells }), value: say('aboutSyncs', { syncs }) });
      }
      report({
        label: say('fills'),
        value: say(caps.rangeAreas ? 'fillsPerColour' : 'fillsPerCell'),
      });
      report({ label: say('mostCells'), value: String(MAX_ANNOTATED_CELLS) });
    },
  };
}

/** A fill, a comment and a note written and removed on a scratch sheet, which cleanup deletes. */
function annotateProbe(env: ExcelSelfTestEnv): SelfTestProbe {
  let scratch: string | null = null;
  return {
    id: 'excel.annotate',
    title: formatBoth(EXCEL_SELFTEST, 'excel.annotate'),
    async run(report) {
      const caps = env.caps();
      const exact = caps.fillTint;
      await env.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const name = freeName(sheets.items.map((s) => s.name));
        // Named before it exists: cleanup looks for it even when the add itself failed half-way.
        scratch = name;
        const ws = sheets.add(name);
        await probeFill(context, ws, name, exact, report);
        if (caps.comments) await probeComment(context, ws, name, report);
        else report({ label: say('comments'), value: say('notAvailable'), flag: 'warn' });
        if (caps.notes) await probeNote(context, ws, report);
        else report({ label: say('notes'), value: say('notAvailable') });
        if (!caps.comments && !caps.notes) {
          report({
            label: say('annotations'),
            value: say('findingsSheetOnly'),
            flag: 'warn',
          });
        }
      });
    },
    async cleanup() {
      if (scratch === null) return;
      const name = scratch;
      await env.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const ws = sheets.items.find((s) => s.name === name);
        if (!ws) return;
        ws.delete();
        await context.sync();
      });
      scratch = null;
    },
  };
}

/** The scratch sheet's fills: ours over no fill and over a person's fill, then put back the way clear does it. */
async function probeFill(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  name: string,
  exact: boolean,
  report: Report,
): Promise<void> {
  const plain = ws.getRange('A1');
  const filled = ws.getRange('B1');
  filled.format.fill.color = ORIGINAL_FILL;
  const before = [loadFill(plain, exact), loadFill(filled, exact)];
  await context.sync();
  report({ label: common('scratchSheet'), value: common('scratchAdded', { name }) });
  const original = before.map((f) => fillSeen(f, exact));

  plain.format.fill.color = FILLS.error;
  filled.format.fill.color = FILLS.error;
  const during = [loadFill(plain, exact), loadFill(filled, exact)];
  await context.sync();
  const set = during.every((r) => r.format.fill.color.toUpperCase() === FILLS.error);
  report({
    label: common('fillWritten'),
    value: set ? FILLS.error : during.map((r) => r.format.fill.color).join(', '),
    flag: set ? undefined : 'fail',
  });
  plain.format.fill.clear();
  filled.format.fill.color = original[1].color;
  const tint = original[1].tintAndShade;
  if (exact && typeof tint === 'number') filled.format.fill.tintAndShade = tint;
  const after = [loadFill(plain, exact), loadFill(filled, exact)];
  await context.sync();
  const restored = after.map((f) => fillSeen(f, exact));
  const same = JSON.stringify(restored) === JSON.stringify(original);
  report({
    label: common('fillRestored'),
    value: same
      ? exact
        ? common('restoredExactly', { fill: ORIGINAL_FILL })
        : say('restoredByColour', { fill: ORIGINAL_FILL })
      : common('restoredDifferently', { restored: JSON.stringify(restored), original: JSON.stringify(original) }),
    flag: same ? (exact ? undefined : 'warn') : 'fail',
  });
}

/** A comment written on the scratch sheet, its text read back, then removed. */
async function probeComment(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  name: string,
  report: Report,
): Promise<void> {
  const comments = ws.comments;
  const comment = comments.add(qualified(name, 'C1'), PROBE_TEXT);
  comment.load('content');
  await context.sync();
  report({
    label: say('commentText'),
    value: textKept(PROBE_TEXT, comment.content),
    flag: comment.content === PROBE_TEXT ? undefined : 'fail',
  });
  comment.delete();
  // A ClientResult, not a proxy: its value is there once the sync has run (no load applies).
  const after = { count: comments.getCount() };
  await context.sync();
  const none = after.count.value === 0;
  report({ label: say('commentRemoved'), value: yesNo(none), flag: none ? undefined : 'fail' });
}

/** A note written on the scratch sheet, its text read back, then removed. */
async function probeNote(context: Excel.RequestContext, ws: Excel.Worksheet, report: Report): Promise<void> {
  const notes = ws.notes;
  notes.add('D1', PROBE_TEXT);
  const note = notes.getItemOrNullObject('D1');
  note.load('content');
  await context.sync();
  const text = note.isNullObject ? '' : note.content;
  report({
    label: say('noteText'),
    value: textKept(PROBE_TEXT, text),
    flag: text === PROBE_TEXT ? undefined : 'fail',
  });
  if (!note.isNullObject) note.delete();
  const gone = notes.getItemOrNullObject('D1');
  gone.load('content');
  await context.sync();
  report({
    label: say('noteRemoved'),
    value: yesNo(gone.isNullObject),
    flag: gone.isNullObject ? undefined : 'fail',
  });
}

export { LONG_PROBE_TEXT as PROBE_TEXT, SCRATCH_SHEET } from '../selftest-common';
