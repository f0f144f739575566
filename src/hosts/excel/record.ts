// The annotation record the Excel host keeps in the add-in's settings: the state plus where our comments and notes are
// (refs), its compact stored form (version 2; version 1 is still read), and the size check against Office's settings
// limit (about 2 MB in all, office-js issue 621) made before anything is written. The stores are in state.ts.

import { z } from 'zod';
import { AnnotationStateSchema, FillSchema, type AnnotatedCell } from '../../core/annotate/types';
import { A1Schema } from '../../core/model';
import { compareCells } from '../../core/order';
import { HostError } from '../host';
import { messages } from './messages';
import { utf8Length } from './payload';

/** Office's limit on an add-in's settings in one document (office-js issue 621). */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
/** The record may use this much of it; the rest is kept for the pane's settings (configuration, mapping, summary). */
export const RECORD_LIMIT_BYTES = SETTINGS_LIMIT_BYTES - 128 * 1024;
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
    s.cells.sort((a, b) => compareCells(cellOf(a), cellOf(b)));
    s.refs.sort((a, b) => compareCells(a[0], b[0]) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
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
export function jsonOf(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export function storedFromJson(json: string | null): Stored | null {
  return json === null ? null : storedFromValue(JSON.parse(json));
}

/** Thrown when the record changed in another runtime after a run started from this runtime's last view of it. */
export class StaleRecordError extends HostError {
  constructor() {
    super(messages.recordChanged());
  }
}
