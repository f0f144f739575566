// The Excel host's self-test probes (the pane's 诊断 page): what this Office reports, what the host computed from it
// and from the loaded Office.js, a settings round trip, and a fill, comment and note written and removed on a scratch
// sheet. A pilot unit runs them in its real Excel and sends the report back; every probe leaves the workbook as it was.

import { FILLS } from '../../core/annotate/types';
import { formatBoth } from '../../core/messages';
import { freeName, LONG_PROBE_TEXT as PROBE_TEXT, ORIGINAL_FILL, yesNo } from '../selftest-common';
import type { SelfTestLine, SelfTestOptions, SelfTestProbe } from '../host';
import { EXCEL_SETTING_PREFIX } from '../stored-settings';
import { GUARDED, type ExcelCapabilities, type IsSetSupported, type LibraryHas } from './capabilities';
import { EXCEL_SELFTEST } from './messages';
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

/** What a text came back as, compared with what was written. */
function textKept(written: string, back: string): SelfTestLine['value'] {
  if (back === written) return `kept whole (${written.length} characters)`;
  if (written.startsWith(back)) return `cut to ${back.length} of ${written.length} characters`;
  return `changed (${back.length} characters came back for ${written.length})`;
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
      report({ label: 'host', value: o.host ?? '?' });
      report({ label: 'platform', value: o.platform ?? '?' });
      report({ label: 'version', value: o.version ?? '?' });
      report({ label: 'display language', value: o.displayLanguage ?? '?' });
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
        const why: string[] = [];
        if (!set) why.push(`ExcelApi ${guard.set}: no`);
        // The set is there but the library is older than this Excel: the self-hosted Office.js needs replacing.
        if (lacking.length > 0) why.push(`the loaded Office.js lacks ${lacking.join(', ')}`);
        const failure = key === 'comments' ? env.commentsFailure() : undefined;
        if (failure !== undefined) why.push(`turned off this session: ${failure}`);
        report({
          label: key,
          value: caps[key] ? 'yes' : `no (${why.join('; ') || 'off'})`,
          flag: set && (lacking.length > 0 || failure !== undefined) ? 'warn' : undefined,
        });
      }
    },
  };
}

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
        label: 'store',
        value: env.caps().workbookSettings
          ? 'Workbook.settings (ExcelApi 1.4, read and written live)'
          : 'Office.context.document.settings (a copy per runtime, refreshed before every read and write)',
      });
      const value = { text: PROBE_TEXT, at: new Date().toISOString() };
      keyWritten = true;
      await store.saveSetting(env.run, key, value);
      const back = await store.loadSetting(env.run, key);
      const same = JSON.stringify(back) === JSON.stringify(value);
      report({
        label: 'write and read back',
        value: same
          ? `same (${utf8Length(JSON.stringify(value))} bytes)`
          : `different: ${JSON.stringify(back) ?? 'nothing'}`,
        flag: same ? undefined : 'fail',
      });
      await store.saveSetting(env.run, key, undefined);
      keyWritten = false;
      const gone = (await store.loadSetting(env.run, key)) === undefined;
      report({ label: 'remove', value: gone ? 'removed' : 'still there', flag: gone ? undefined : 'fail' });
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
    label: 'annotation record',
    value: record ? `${record.state.cells.length} cells, ${recordBytes} bytes` : 'none',
  });
  let paneBytes = 0;
  for (const k of options.settingKeys) {
    const v = await store.loadSetting(env.run, k);
    if (v !== undefined) paneBytes += entryBytes(EXCEL_SETTING_PREFIX + k, JSON.stringify(v));
  }
  report({ label: 'pane settings', value: `${paneBytes} bytes` });
  const total = recordBytes + paneBytes;
  const share = (100 * total) / SETTINGS_LIMIT_BYTES;
  report({
    label: 'size',
    value: `${kilobytes(total)} KB of about ${kilobytes(SETTINGS_LIMIT_BYTES)} KB (${share.toFixed(1)} %)`,
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
      report({ label: 'request limit', value: `${kilobytes(PAYLOAD_CAP)} KB` });
      report({ label: 'budget per sync', value: `${kilobytes(env.budget)} KB` });
      const note = caps.notes ? REQUEST_BYTES.noteAdd : caps.comments ? REQUEST_BYTES.commentAdd : 0;
      const inspect = caps.fillTint ? REQUEST_BYTES.inspectFill : REQUEST_BYTES.inspectColor;
      // A finding's cell: its fill read, its fill set, its note or comment added with a line of about 120 characters.
      const perCell = inspect + REQUEST_BYTES.fill + note + 3 * 120;
      report({ label: 'one annotated cell', value: `about ${perCell} bytes` });
      for (const cells of [1_000, 6_000]) {
        const syncs = Math.ceil((cells * perCell) / env.budget);
        report({ label: `${cells} cells`, value: `about ${syncs} sync${syncs === 1 ? '' : 's'}` });
      }
      report({
        label: 'fills',
        value: caps.rangeAreas ? 'one request per colour (RangeAreas, 1.9)' : 'one request per cell (before 1.9)',
      });
      report({ label: 'most annotated cells', value: String(MAX_ANNOTATED_CELLS) });
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
        else report({ label: 'comments', value: 'not available', flag: 'warn' });
        if (caps.notes) await probeNote(context, ws, report);
        else report({ label: 'notes', value: 'not available' });
        if (!caps.comments && !caps.notes) {
          report({
            label: 'annotations',
            value: 'findings go to the 审核结果 sheet (no comments or notes API)',
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
  report({ label: 'scratch sheet', value: `"${name}" added` });
  const original = before.map((f) => fillSeen(f, exact));

  plain.format.fill.color = FILLS.error;
  filled.format.fill.color = FILLS.error;
  const during = [loadFill(plain, exact), loadFill(filled, exact)];
  await context.sync();
  const set = during.every((r) => r.format.fill.color.toUpperCase() === FILLS.error);
  report({
    label: 'fill written',
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
    label: 'fill restored',
    value: same
      ? `exactly (no fill, and ${ORIGINAL_FILL}${exact ? '' : '; no fill told from white by colour only, before ExcelApi 1.9'})`
      : `differently: ${JSON.stringify(restored)} for ${JSON.stringify(original)}`,
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
    label: 'comment text',
    value: textKept(PROBE_TEXT, comment.content),
    flag: comment.content === PROBE_TEXT ? undefined : 'fail',
  });
  comment.delete();
  // A ClientResult, not a proxy: its value is there once the sync has run (no load applies).
  const after = { count: comments.getCount() };
  await context.sync();
  const none = after.count.value === 0;
  report({ label: 'comment removed', value: yesNo(none), flag: none ? undefined : 'fail' });
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
    label: 'note text',
    value: textKept(PROBE_TEXT, text),
    flag: text === PROBE_TEXT ? undefined : 'fail',
  });
  if (!note.isNullObject) note.delete();
  const gone = notes.getItemOrNullObject('D1');
  gone.load('content');
  await context.sync();
  report({
    label: 'note removed',
    value: yesNo(gone.isNullObject),
    flag: gone.isNullObject ? undefined : 'fail',
  });
}

export { LONG_PROBE_TEXT as PROBE_TEXT, SCRATCH_SHEET } from '../selftest-common';
