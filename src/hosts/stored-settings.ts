// Where the add-in keeps its per-workbook settings (the pane's configuration and the column mapping), per host, and
// how a program that only has the file (the CLI, the standalone page) finds them again:
// - WPS: a very hidden sheet, marker in A1, ASCII-escaped JSON `{ product, version, settings }` in chunks from A2;
// - Excel: Office's document settings, saved in the package as xl/webextensions/webextensionN.xml properties, each
//   value the setting's JSON, under the names the Excel host uses (`indicatorChecker.setting.<key>`).

import { z } from 'zod';
import { MappingOverrideSchema, type MappingOverride } from '../core/model';

export const SETTINGS_SHEET_NAME = 'IndicatorCheckerSettings';
export const SETTINGS_MARKER = 'indicator-checker settings v1 — 指标审核设置，请勿修改 / do not edit';
/** The Excel host's prefix for a pane setting's name in Office's document settings. */
export const EXCEL_SETTING_PREFIX = 'indicatorChecker.setting.';
export const MAPPING_KEY = 'mapping';

export const SettingsRecordSchema = z.object({
  product: z.literal('indicator-checker'),
  version: z.literal(1),
  settings: z.record(z.string(), z.unknown()),
});

const MappingListSchema = z.array(MappingOverrideSchema);

/** The mapping in the WPS settings sheet's joined JSON, or [] when absent, edited or damaged. */
export function mappingFromSettingsJson(json: string | null): MappingOverride[] {
  if (!json) return [];
  try {
    const record = SettingsRecordSchema.safeParse(JSON.parse(json));
    if (!record.success) return [];
    const list = MappingListSchema.safeParse(record.data.settings[MAPPING_KEY]);
    return list.success ? list.data : [];
  } catch {
    return [];
  }
}

const PROPERTY = /<(?:\w+:)?property\b([^>]*?)\/?>/g;
const ATTRIBUTE = /(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function xmlDecode(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g,
    (_m, dec: string, hex: string, named: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[named as 'lt'] ?? '';
    },
  );
}

/** The mapping among a webextension part's properties (Office's saved document settings), or [] when none. */
export function mappingFromWebExtension(xml: string): MappingOverride[] {
  const wanted = EXCEL_SETTING_PREFIX + MAPPING_KEY;
  for (const m of xml.matchAll(PROPERTY)) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(ATTRIBUTE)) attrs.set(a[1] as string, xmlDecode(a[2] ?? a[3] ?? ''));
    if (attrs.get('name') !== wanted) continue;
    try {
      let value: unknown = JSON.parse(attrs.get('value') ?? '');
      // A value saved as a JSON string of the JSON.
      if (typeof value === 'string') value = JSON.parse(value);
      const list = MappingListSchema.safeParse(value);
      return list.success ? list.data : [];
    } catch {
      return [];
    }
  }
  return [];
}

/** Overrides of `later` replace those of `earlier` for the same sheet and header row. */
export function mergeMappings(
  earlier: readonly MappingOverride[],
  later: readonly MappingOverride[],
): MappingOverride[] {
  const key = (o: MappingOverride) => `${o.sheet}\u0000${o.headerRow}`;
  const taken = new Set(later.map(key));
  return [...earlier.filter((o) => !taken.has(key(o))), ...later];
}
