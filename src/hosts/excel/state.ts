// What the Excel host keeps in the workbook between runs: the annotation state plus where our comments and notes are.
//
// Kept in Office.context.document.settings (the Common API "Settings" set), not Worksheet.customProperties:
// settings exist on every Excel that runs add-ins (Office 2016 MSI has ExcelApi 1.1 only; customProperties need 1.12,
// Office 2021+), are private to this add-in and this document, hold one JSON value of any length per key (a custom
// property value is a short string), and are saved into the file by saveAsync, so clear works after close and reopen.

import { z } from 'zod';
import { AnnotationStateSchema, type AnnotationState } from '../../core/annotate/types';
import { A1Schema } from '../../core/model';
import { EXCEL_SETTING_PREFIX } from '../stored-settings';

/** The subset of Office.Settings the host uses; tests pass a fake whose saved copy survives a "reopen". */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

export const STATE_KEY = 'indicatorChecker.annotations';
const SETTING_PREFIX = EXCEL_SETTING_PREFIX;

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

/** The stored record, or null when there is none or it was damaged (then comments with our lines still are found). */
export function loadStored(settings: SettingsStore): Stored | null {
  const parsed = StoredSchema.safeParse(settings.get(STATE_KEY));
  return parsed.success ? parsed.data : null;
}

export function loadState(settings: SettingsStore): AnnotationState | null {
  const stored = loadStored(settings);
  return stored && stored.state.cells.length > 0 ? stored.state : null;
}

function saveAsync(settings: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      const failed = result.status === 'failed' || (result.error !== undefined && result.error !== null);
      if (failed) reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
      else resolve();
    });
  });
}

/** Stores the record (null or an empty one removes it) and saves it into the document. */
export async function saveStored(settings: SettingsStore, stored: Stored | null): Promise<void> {
  if (!stored || (stored.state.cells.length === 0 && stored.refs.length === 0 && !stored.findingsSheet)) {
    settings.remove(STATE_KEY);
  } else {
    settings.set(STATE_KEY, stored);
  }
  await saveAsync(settings);
}

export function loadSetting(settings: SettingsStore, key: string): unknown {
  const v = settings.get(SETTING_PREFIX + key);
  return v === null ? undefined : v;
}

export async function saveSetting(settings: SettingsStore, key: string, value: unknown): Promise<void> {
  if (value === undefined) settings.remove(SETTING_PREFIX + key);
  else settings.set(SETTING_PREFIX + key, value);
  await saveAsync(settings);
}
