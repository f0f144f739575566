// The WPS host's self-test probes (the pane's 诊断 page): the WPS version, a settings round trip through the hidden
// settings sheet, a fill and comments written and removed on a scratch sheet (does AddComment put the author's name
// first?), and whether strings over 255 characters survive the ET API. Every probe leaves the workbook as it was.

import { FILLS, LINE_PREFIX } from '../../core/annotate/types';
import { formatBoth, type Bilingual } from '../../core/messages';
import {
  freeName,
  LONG_PROBE_TEXT as LONG_TEXT,
  ORIGINAL_FILL,
  removedOr,
  roundTrip,
  SELFTEST_LINES,
  textKept,
  yesNo,
} from '../selftest-common';
import type { SelfTestLine, SelfTestOptions, SelfTestProbe } from '../host';
import { fillOf, piecesOf, splitWpsComment } from './annotate';
import { hexToWps } from './color';
import {
  MSO_LANGUAGE_ID_UI,
  XL_NONE,
  XL_PATTERN_SOLID,
  XL_SHEET_VISIBLE,
  type WpsApplication,
  type WpsRange,
  type WpsWorkbook,
  type WpsWorksheet,
} from './et';
import { errorText, WPS_SELFTEST, WPS_SELFTEST_LINES } from './messages';
import { activeWorkbook } from './read';
import {
  CHUNK,
  SETTINGS_SHEET_NAME,
  chunksOf,
  findSheet,
  loadSetting,
  quietly,
  readStored,
  saveSetting,
  worksheets,
} from './store';

/** A comment line of ours, short enough for any WPS: for seeing what AddComment puts before it. */
const SHORT_TEXT = `${LINE_PREFIX}提示】诊断自检写入的临时批注（self-test）`;

/** A property of the Application the narrowed typings leave out (Version, Build…), or why it could not be read. */
function appProperty(app: WpsApplication, name: string): string {
  try {
    const v = (app as unknown as Record<string, unknown>)[name];
    return v === undefined || v === null ? '?' : String(v);
  } catch (e) {
    return `? (${errorText(e)})`;
  }
}

/** A line's words from the WPS probes' catalog. */
function say(id: keyof typeof WPS_SELFTEST_LINES, data: Readonly<Record<string, string | number>> = {}): Bilingual {
  return formatBoth(WPS_SELFTEST_LINES, id, data);
}

/** A line's words shared with the Excel probes. */
function common(id: keyof typeof SELFTEST_LINES, data: Readonly<Record<string, string | number>> = {}): Bilingual {
  return formatBoth(SELFTEST_LINES, id, data);
}

/** A scratch sheet added after the last sheet, the person's sheet active again; deleted by `remove`. */
class Scratch {
  sheet: WpsWorksheet | null = null;
  private activeName: string | null = null;
  constructor(private readonly app: WpsApplication) {}

  add(): WpsWorksheet {
    const wb = activeWorkbook(this.app);
    const all = worksheets(wb);
    const name = freeName(all.map((ws) => ws.Name));
    const active = wb.ActiveSheet;
    this.activeName = active.Name;
    return quietly(this.app, () => {
      const ws = wb.Worksheets.Add(undefined, all[all.length - 1]);
      this.sheet = ws;
      ws.Name = name;
      active.Activate();
      return ws;
    });
  }

  remove(): void {
    const ws = this.sheet;
    if (!ws) return;
    const wb = activeWorkbook(this.app);
    quietly(this.app, () => ws.Delete());
    this.sheet = null;
    // Deleting the active sheet (a failure half-way through add) activates another: the person's comes back.
    const back = this.activeName === null ? null : findSheet(wb, this.activeName);
    if (back && wb.ActiveSheet.Name !== back.Name) back.Activate();
  }
}

/** The last row of a sheet's used range (formats count, as in WPS). */
function bottomRow(ws: WpsWorksheet): number {
  const used = ws.UsedRange;
  return used.Row + used.Rows.Count - 1;
}

function setSolid(range: WpsRange, hex: string): void {
  const interior = range.Interior;
  interior.Pattern = XL_PATTERN_SOLID;
  interior.Color = hexToWps(hex);
}

type Report = (line: SelfTestLine) => void;

/** The probes in the order the 诊断 page shows them; each makes one probe (with its own cleanup state) for a run. */
const PROBES: readonly ((app: WpsApplication, options: SelfTestOptions) => SelfTestProbe)[] = [
  applicationProbe,
  settingsProbe,
  annotateProbe,
  stringsProbe,
];

export function wpsProbes(app: WpsApplication, options: SelfTestOptions): SelfTestProbe[] {
  return PROBES.map((probe) => probe(app, options));
}

/** The WPS version, and whether the workbook can be written at all. */
function applicationProbe(app: WpsApplication): SelfTestProbe {
  return {
    id: 'wps.application',
    title: formatBoth(WPS_SELFTEST, 'wps.application'),
    async run(report) {
      report({ label: common('version'), value: appProperty(app, 'Version') });
      report({ label: say('build'), value: appProperty(app, 'Build') });
      report({ label: say('operatingSystem'), value: appProperty(app, 'OperatingSystem') });
      report({ label: say('uiLanguage'), value: String(app.LanguageSettings.LanguageID(MSO_LANGUAGE_ID_UI)) });
      const wb = activeWorkbook(app);
      report({ label: say('readOnly'), value: yesNo(wb.ReadOnly), flag: wb.ReadOnly ? 'warn' : undefined });
      report({
        label: say('structureProtected'),
        value: yesNo(wb.ProtectStructure),
        flag: wb.ProtectStructure ? 'warn' : undefined,
      });
    },
  };
}

/** A settings key written, read back and removed through the hidden settings sheet, and what the product's keys take. */
function settingsProbe(app: WpsApplication, options: SelfTestOptions): SelfTestProbe {
  const key = options.testKey;
  let keyWritten = false;
  let sheetAdded = false;
  // The settings sheet's extent before the probe and the format of the row below it: a longer record leaves its text
  // format on the rows it used (the store clears contents, not formats), which cleanup puts back.
  let extent: { bottom: number; format: string | null } | null = null;
  return {
    id: 'wps.settings',
    title: formatBoth(WPS_SELFTEST, 'wps.settings'),
    async run(report) {
      const wb = activeWorkbook(app);
      const sheet = findSheet(wb, SETTINGS_SHEET_NAME);
      report({ label: say('settingsSheet'), value: say(sheet ? 'present' : 'noneYet') });
      if (sheet) {
        const bottom = bottomRow(sheet);
        extent = { bottom, format: sheet.Range(`A${bottom + 1}`).NumberFormat };
      }
      const value = { text: LONG_TEXT, at: new Date().toISOString() };
      keyWritten = true;
      sheetAdded = !sheet;
      saveSetting(app, wb, key, value);
      const back = loadSetting(wb, key);
      const same = JSON.stringify(back) === JSON.stringify(value);
      report({
        label: common('writeReadBack'),
        value: roundTrip(same, back, say('sameChunks', { chars: JSON.stringify(value).length, chunk: CHUNK })),
        flag: same ? undefined : 'fail',
      });
      saveSetting(app, wb, key, undefined);
      keyWritten = false;
      const gone = loadSetting(wb, key) === undefined;
      report({ label: common('remove'), value: removedOr(gone), flag: gone ? undefined : 'fail' });

      reportSettingsSize(wb, options, report);
    },
    async cleanup() {
      const wb = activeWorkbook(app);
      // Only a key that is there is removed: a write refused at once (a read-only workbook) left nothing.
      if (keyWritten && loadSetting(wb, key) !== undefined) saveSetting(app, wb, key, undefined);
      keyWritten = false;
      const sheet = findSheet(wb, SETTINGS_SHEET_NAME);
      if (sheetAdded && sheet) {
        // There was no settings sheet before the probe: the one it made goes again (shown first: a very hidden sheet
        // cannot be deleted).
        quietly(app, () => {
          sheet.Visible = XL_SHEET_VISIBLE;
          sheet.Delete();
        });
      } else if (extent && sheet) {
        const { bottom, format } = extent;
        const now = bottomRow(sheet);
        if (now > bottom && format !== null)
          quietly(app, () => (sheet.Range(`A${bottom + 1}:A${now}`).NumberFormat = format));
      }
      sheetAdded = false;
      extent = null;
    },
  };
}

/** The characters the annotation record and the pane's settings take in the settings sheet. */
function reportSettingsSize(wb: WpsWorkbook, options: SelfTestOptions, report: Report): void {
  const stored = readStored(wb).stored;
  const recordChars = stored ? chunksOf(stored).join('').length : 0;
  report({
    label: common('annotationRecord'),
    value: stored ? say('recordSize', { cells: stored.state.cells.length, chars: recordChars }) : common('none'),
  });
  const pane: Record<string, unknown> = {};
  for (const k of options.settingKeys) {
    const v = loadSetting(wb, k);
    if (v !== undefined) pane[k] = v;
  }
  const paneChars =
    Object.keys(pane).length > 0
      ? chunksOf({ product: 'indicator-checker', version: 1, settings: pane }).join('').length
      : 0;
  report({ label: common('paneSettings'), value: say('characters', { chars: paneChars }) });
}

/** A fill and comments written and removed on a scratch sheet, which cleanup deletes. */
function annotateProbe(app: WpsApplication): SelfTestProbe {
  const annotateScratch = new Scratch(app);
  return {
    id: 'wps.annotate',
    title: formatBoth(WPS_SELFTEST, 'wps.annotate'),
    async run(report) {
      const ws = annotateScratch.add();
      report({ label: common('scratchSheet'), value: common('scratchAdded', { name: ws.Name }) });
      probeFill(app, ws, report);
      probeComments(app, ws, report);
    },
    async cleanup() {
      annotateScratch.remove();
    },
  };
}

/** The scratch sheet's fills: ours over no fill and over a person's fill, then put back as clear does it. */
function probeFill(app: WpsApplication, ws: WpsWorksheet, report: Report): void {
  const plain = ws.Range('A1');
  const filled = ws.Range('B1');
  quietly(app, () => setSolid(filled, ORIGINAL_FILL));
  const original = [fillOf(plain), fillOf(filled)];
  quietly(app, () => {
    setSolid(plain, FILLS.error);
    setSolid(filled, FILLS.error);
  });
  const during = [fillOf(plain), fillOf(filled)];
  const set = during.every((f) => f.fill === FILLS.error && f.hostFill === undefined);
  report({
    label: common('fillWritten'),
    value: set ? FILLS.error : JSON.stringify(during),
    flag: set ? undefined : 'fail',
  });
  quietly(app, () => {
    plain.Interior.Pattern = XL_NONE;
    setSolid(filled, ORIGINAL_FILL);
  });
  const restored = [fillOf(plain), fillOf(filled)];
  const same = JSON.stringify(restored) === JSON.stringify(original);
  report({
    label: common('fillRestored'),
    value: same
      ? common('restoredExactly', { fill: ORIGINAL_FILL })
      : common('restoredDifferently', { restored: JSON.stringify(restored), original: JSON.stringify(original) }),
    flag: same ? undefined : 'fail',
  });
}

/** Comments on the scratch sheet: what AddComment puts before our text, long texts whole and in pieces, then removed. */
function probeComments(app: WpsApplication, ws: WpsWorksheet, report: Report): void {
  // What AddComment does with a short text: an author label before it is recognised and kept as ours.
  const short = ws.Range('C1');
  const shortBack = quietly(app, () => short.AddComment(SHORT_TEXT).Text());
  const label = shortBack.endsWith(SHORT_TEXT) ? shortBack.slice(0, shortBack.length - SHORT_TEXT.length) : null;
  report({
    label: say('authorLabel'),
    value:
      label === null
        ? say('textChanged', { text: JSON.stringify(shortBack) })
        : label === ''
          ? common('none')
          : JSON.stringify(label),
    flag: label === null ? 'fail' : undefined,
  });
  const ours = splitWpsComment(shortBack).ours.length > 0;
  report({ label: say('recognised'), value: yesNo(ours), flag: ours ? undefined : 'fail' });

  // The same for a long text in one call, as WPS takes it, and in pieces of 255 as the host writes it.
  const whole = ws.Range('D1');
  const wholeBack = quietly(app, () => whole.AddComment(LONG_TEXT).Text()).slice(label?.length ?? 0);
  report({
    label: say('longWhole'),
    value: textKept(LONG_TEXT, wholeBack),
    flag: wholeBack === LONG_TEXT ? undefined : 'warn',
  });
  const pieces = ws.Range('E1');
  const piecesBack = quietly(app, () => {
    const [first, ...rest] = piecesOf(LONG_TEXT);
    const comment = pieces.AddComment(first);
    for (const piece of rest) comment.Text(piece, comment.Text().length + 1, 0);
    return comment.Text();
  }).slice(label?.length ?? 0);
  report({
    label: say('longPieces', { chunk: CHUNK }),
    value: textKept(LONG_TEXT, piecesBack),
    flag: piecesBack === LONG_TEXT ? undefined : 'fail',
  });

  quietly(app, () => {
    for (const r of [short, whole, pieces]) r.Comment?.Delete();
  });
  const left = ws.Comments.Count;
  report({ label: say('commentsRemoved'), value: yesNo(left === 0), flag: left === 0 ? undefined : 'fail' });
}

/** Whether a cell keeps a string over 255 characters. */
function stringsProbe(app: WpsApplication): SelfTestProbe {
  const stringsScratch = new Scratch(app);
  return {
    id: 'wps.strings',
    title: formatBoth(WPS_SELFTEST, 'wps.strings'),
    async run(report) {
      const ws = stringsScratch.add();
      const cell = ws.Range('A1');
      const back = quietly(app, () => {
        // Text format, as the host's record cells: the string is kept as it is, never parsed.
        cell.NumberFormat = '@';
        cell.Value2 = LONG_TEXT;
        return cell.Value2;
      });
      const text = typeof back === 'string' ? back : String(back ?? '');
      const kept = text === LONG_TEXT;
      // A cut here is handled (records and comments are written 255 characters at a time) but worth knowing.
      report({ label: say('cellValue'), value: textKept(LONG_TEXT, text), flag: kept ? undefined : 'warn' });
    },
    async cleanup() {
      stringsScratch.remove();
    },
  };
}

export { LONG_PROBE_TEXT as LONG_TEXT, SCRATCH_SHEET } from '../selftest-common';
