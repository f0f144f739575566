// What the WPS host keeps in the workbook: the annotation state and the pane's settings, each on a very hidden sheet.
//
// Why sheets: WPS has no Office.js settings; a custom document property holds a short string (and the typings leave
// CustomDocumentProperties untyped); PluginStorage is not saved with the document. A very hidden sheet holds any
// amount of text, is saved in the .xlsx/.et file and is invisible to a person (not even in Unhide). The annotation
// state uses exactly the file host's format (src/hosts/file/annotate.ts: sheet name, marker in A1, ASCII-escaped
// JSON in chunks from A2, the same stored record), so a workbook annotated by the CLI can be cleared in WPS and the
// other way round. That module patches the zip package, which the WPS pages do not bundle, so the format is restated
// here; test/hosts/wps/cross-host.test.ts checks both sides still agree. Chunks are joined whatever their length:
// the file host (and earlier versions of this one) write 30 000 characters a cell, this host 255 (see CHUNK).

import { z } from 'zod';
import { HostError } from '../host';
import {
  XL_SHEET_VERY_HIDDEN,
  XL_SHEET_VISIBLE,
  isWorksheet,
  type WpsApplication,
  type WpsWorkbook,
  type WpsWorksheet,
} from './et';
import { messages } from './messages';

export const STATE_SHEET_NAME = 'IndicatorCheckerState';
export const STATE_MARKER = 'indicator-checker annotation state v1 — 指标审核批注状态，请勿修改 / do not edit';
export { SETTINGS_SHEET_NAME, SETTINGS_MARKER } from '../stored-settings';
import { SETTINGS_MARKER, SETTINGS_SHEET_NAME } from '../stored-settings';
import { StoredSchema, type Stored } from '../../core/annotate/types';

/** Sheets the product writes for itself: never read as a person's table, never annotated. */
export const OWN_SHEETS: ReadonlySet<string> = new Set([STATE_SHEET_NAME, SETTINGS_SHEET_NAME]);

/**
 * Characters per cell. A cell keeps 32 767, but strings passed through the ET API are reported to be cut at 255 on
 * some WPS builds, which would silently lose the rest of a longer chunk; the reader joins chunks of any length.
 */
export const CHUNK = 255;

export { StoredSchema, type Stored };

const SettingsSchema = z.object({
  product: z.literal('indicator-checker'),
  version: z.literal(1),
  settings: z.record(z.string(), z.unknown()),
});
type Settings = z.infer<typeof SettingsSchema>;

/** Every worksheet of the workbook, in tab order. */
export function worksheets(wb: WpsWorkbook): WpsWorksheet[] {
  const sheets = wb.Worksheets;
  const out: WpsWorksheet[] = [];
  for (let i = 1; i <= sheets.Count; i++) {
    const item = sheets.Item(i);
    if (isWorksheet(item)) out.push(item);
  }
  return out;
}

/** The worksheet of that name (sheet names are compared without case, as WPS and Excel do), or null. */
export function findSheet(wb: WpsWorkbook, name: string): WpsWorksheet | null {
  const lower = name.toLowerCase();
  return worksheets(wb).find((ws) => ws.Name.toLowerCase() === lower) ?? null;
}

interface Chunks {
  sheet: WpsWorksheet | null;
  /** A sheet of our name exists but its A1 is not our marker: a person's sheet. */
  foreign: boolean;
  json: string;
}

function columnA(ws: WpsWorksheet): unknown[] {
  const used = ws.UsedRange;
  const bottom = used.Row + used.Rows.Count - 1;
  const value = ws.Range(`A1:A${Math.max(bottom, 1)}`).Value2;
  if (!Array.isArray(value)) return [value];
  return value.map((row: unknown) => (Array.isArray(row) ? row[0] : row));
}

function readChunks(wb: WpsWorkbook, name: string, marker: string): Chunks {
  const sheet = findSheet(wb, name);
  if (!sheet) return { sheet: null, foreign: false, json: '' };
  const column = columnA(sheet);
  if (column[0] !== marker) return { sheet, foreign: true, json: '' };
  let json = '';
  for (let i = 1; i < column.length && typeof column[i] === 'string'; i++) json += column[i] as string;
  return { sheet, foreign: false, json };
}

function parse<T>(schema: z.ZodType<T>, json: string): T | null {
  if (json === '') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    // An edited or damaged record is treated as absent: our comments still show where we wrote.
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** ASCII-only JSON (\uXXXX escapes) in chunks of at most `size`, none starting like a formula or a signed number. */
export function chunksOf(value: unknown, size = CHUNK): string[] {
  const json = JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const out: string[] = [];
  let at = 0;
  while (at < json.length) {
    let cut = Math.min(at + size, json.length);
    // A cell whose text starts with = + - @ could be taken for a formula when written; move the cut back a little.
    while (cut < json.length && cut > at + 1 && '=+-@'.includes(json[cut])) cut--;
    out.push(json.slice(at, cut));
    at = cut;
  }
  return out;
}

/** Runs `write` with screen updating and alerts off (no flicker, no confirmation dialog), restoring both after. */
export function quietly<T>(app: WpsApplication, write: () => T): T {
  const screen = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.DisplayAlerts = false;
  try {
    return write();
  } finally {
    app.DisplayAlerts = alerts;
    app.ScreenUpdating = screen;
  }
}

/** Checks that `writeChunks` can write this record: our sheet (or room for it) and an editable workbook. */
export function checkWritable(wb: WpsWorkbook, name: string, marker: string): void {
  if (wb.ReadOnly) throw new HostError(messages.readOnly());
  const { sheet, foreign } = readChunks(wb, name, marker);
  if (foreign) throw new HostError(messages.foreignSheet(name));
  if (!sheet && wb.ProtectStructure) throw new HostError(messages.structureProtected());
}

function addHiddenSheet(wb: WpsWorkbook, name: string): WpsWorksheet {
  const active = wb.ActiveSheet;
  const all = worksheets(wb);
  // After the last sheet, so the person's sheets keep their positions; Add activates the new sheet, so the
  // person's sheet is activated again once ours is hidden.
  const sheet = wb.Worksheets.Add(undefined, all[all.length - 1]);
  sheet.Name = name;
  sheet.Visible = XL_SHEET_VERY_HIDDEN;
  active.Activate();
  return sheet;
}

function writeChunks(app: WpsApplication, wb: WpsWorkbook, name: string, marker: string, value: unknown): void {
  checkWritable(wb, name, marker);
  const chunks = chunksOf(value);
  quietly(app, () => {
    const sheet = findSheet(wb, name) ?? addHiddenSheet(wb, name);
    sheet.UsedRange.ClearContents();
    const block = sheet.Range(`A1:A${chunks.length + 1}`);
    // Text format: a chunk is stored as the text it is, never parsed as a number, a date or a formula.
    block.NumberFormat = '@';
    block.Value2 = [[marker], ...chunks.map((c) => [c])];
  });
  // Read back: a record WPS did not keep whole would read as no record, and the original fills with it.
  const back = readChunks(wb, name, marker);
  if (back.foreign || back.json !== chunks.join('')) throw new HostError(messages.recordCut(name));
}

function removeSheet(app: WpsApplication, wb: WpsWorkbook, sheet: WpsWorksheet, marker: string): void {
  quietly(app, () => {
    if (wb.ProtectStructure) {
      // The sheet cannot go: leave only the marker, which reads as "no record".
      sheet.UsedRange.ClearContents();
      sheet.Range('A1').Value2 = marker;
      return;
    }
    // A very hidden sheet is shown first: Excel refuses to delete one, and WPS follows Excel's model.
    sheet.Visible = XL_SHEET_VISIBLE;
    sheet.Delete();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The annotation record.

export interface StoredRead {
  stored: Stored | null;
  /** Our state sheet, present or not. */
  sheet: WpsWorksheet | null;
}

export function readStored(wb: WpsWorkbook): StoredRead {
  const { sheet, foreign, json } = readChunks(wb, STATE_SHEET_NAME, STATE_MARKER);
  if (foreign) throw new HostError(messages.foreignSheet(STATE_SHEET_NAME));
  return { stored: parse(StoredSchema, json), sheet };
}

/** Writes the record, or removes our state sheet when the record is empty. */
export function writeStored(app: WpsApplication, wb: WpsWorkbook, stored: Stored): void {
  if (stored.state.cells.length > 0 || stored.summarySheet) {
    writeChunks(app, wb, STATE_SHEET_NAME, STATE_MARKER, stored);
    return;
  }
  const { sheet } = readStored(wb);
  if (sheet) removeSheet(app, wb, sheet, STATE_MARKER);
}

// ---------------------------------------------------------------------------------------------------------------
// Settings.

function readSettings(wb: WpsWorkbook): Settings['settings'] {
  const { foreign, json } = readChunks(wb, SETTINGS_SHEET_NAME, SETTINGS_MARKER);
  if (foreign) return {};
  return parse(SettingsSchema, json)?.settings ?? {};
}

export function loadSetting(wb: WpsWorkbook, key: string): unknown {
  const settings = readSettings(wb);
  return Object.prototype.hasOwnProperty.call(settings, key) ? settings[key] : undefined;
}

export function saveSetting(app: WpsApplication, wb: WpsWorkbook, key: string, value: unknown): void {
  const settings = { ...readSettings(wb) };
  if (value === undefined) Reflect.deleteProperty(settings, key);
  else settings[key] = JSON.parse(JSON.stringify(value)) as unknown;
  const record: Settings = { product: 'indicator-checker', version: 1, settings };
  writeChunks(app, wb, SETTINGS_SHEET_NAME, SETTINGS_MARKER, record);
}
