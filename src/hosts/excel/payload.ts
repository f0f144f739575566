// Payload arithmetic: Excel on the web caps a request and a response at 5 MB, so reads and writes are sized to fit.

import { areaA1 } from '../../core/a1';
import type { Area } from '../../core/grid';

/** Excel on the web: 5 MB per request and per response (RequestPayloadSizeLimitExceeded beyond). */
export const PAYLOAD_CAP = 5 * 1024 * 1024;
/**
 * What one sync may carry by our estimate: the estimates count Office.js's object paths and actions (REQUEST_BYTES),
 * and a fifth is kept back for their error (within 20 % of the measured bytes).
 */
export const PAYLOAD_BUDGET = Math.floor(PAYLOAD_CAP * 0.8);
/** Excel reads at most five million cells in one get; the product reads at most that many per sheet. */
export const MAX_READ_CELLS = 5_000_000;
/**
 * The first guess at what one cell costs in a read (values + valueTypes + numberFormat as JSON): an empty cell is
 * about 20 bytes, a short Chinese label about 45, a long target text a few hundred; a flat export of indicator rows
 * comes back at 38 a cell (payload-calibration.test.ts). Later blocks use what was measured.
 */
export const ESTIMATED_CELL_BYTES = 44;
/**
 * getMergedAreasOrNullObject fails beyond 512 areas. Merged areas never overlap, so a band of at most 512 cells meets at
 * most 512 of them, even those that start in it and spill out of its edge (1 000 cells could meet 1 000).
 */
export const MERGE_BAND_CELLS = 512;
/** One run writes at most this many annotated cells (the pane lists far fewer in practice). */
export const MAX_ANNOTATED_CELLS = 250_000;

/** UTF-8 length of a string (what it costs on the wire), without needing TextEncoder. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The JSON size of a value in bytes. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits and '_'. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: string, ref: string): string {
  return `${quoteSheet(sheet)}!${ref}`;
}

/** Splits a multi-area address ("S!A1:B2,'a,b'!C3") at the commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = address.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** The A1 part of an address, without the sheet ("'批复表'!E15" → "E15"). */
export function localRef(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

export function areaAddress(area: Area): string {
  return areaA1(area);
}

/**
 * What Office.js puts on the wire per operation, besides the JSON of the texts, addresses and ids it carries: the
 * object paths, their instantiate actions and the action itself, in a batch of thousands (ids of four and five
 * digits). Measured by building the requests with the library (test/hosts/excel/payload-calibration.test.ts pins each
 * estimate within 20 % of the measured size). Inside Excel.run a range is tracked: the sync that creates it adds
 * _KeepReference, later syncs address it by its reference id.
 */
export const REQUEST_BYTES = {
  /** getRange(cell), its _KeepReference and a query of format/fill/color (before 1.9). */
  inspectColor: 445,
  /** The same querying colour, tint, pattern, pattern colour and pattern tint (1.9). */
  inspectFill: 555,
  /** notes.getItemOrNullObject(cell) and its content (1.18). */
  inspectNote: 286,
  /** One sheet of the inspection: getItem, protection, the comment count and the first page of its comments. */
  inspectSheet: 707,
  /** getRange(address).getMergedAreasOrNullObject() and its address, besides the address's JSON (1.13). */
  inspectMerges: 780,
  /** comment.getLocation() (a tracked range) and its address. */
  locate: 641,
  /** The first fill property set on an inspected range (its reference, format, fill and the set). */
  fill: 557,
  /** Each further fill property set on the same range in the same batch. */
  fillProperty: 104,
  /** worksheet.getRanges(address).format.fill and one property set (or clear), besides the address's JSON. */
  areasFill: 650,
  /** comments.add(address, text) and the new comment's id. */
  commentAdd: 265,
  /** notes.add(cell, text). */
  noteAdd: 173,
  /** comment(id).replies.add(text) and the new reply's id. */
  replyAdd: 574,
  /** comment(id).content = text. */
  commentEdit: 266,
  /** comment(id).replies(id).content = text. */
  replyEdit: 573,
  /** comment(id).delete(). */
  commentDelete: 265,
  /** comment(id).replies(id).delete(). */
  replyDelete: 572,
  /** notes.getItemOrNullObject(cell).content = text (the note as inspected). */
  noteEdit: 285,
  /** notes.getItemOrNullObject(cell).delete(). */
  noteDelete: 284,
};

/** Estimated request bytes of the host's operations, with the JSON of what each carries. */
export const requestBytes = {
  inspectCell: (caps: { fillTint: boolean; notes: boolean }): number =>
    (caps.fillTint ? REQUEST_BYTES.inspectFill : REQUEST_BYTES.inspectColor) +
    (caps.notes ? REQUEST_BYTES.inspectNote : 0),
  /** A fill written with `properties` properties set (colour; colour and pattern; …). */
  fill: (properties: number): number => REQUEST_BYTES.fill + (properties - 1) * REQUEST_BYTES.fillProperty,
  commentAdd: (address: string, text: string): number =>
    REQUEST_BYTES.commentAdd + jsonBytes(address) + jsonBytes(text),
  noteAdd: (cell: string, text: string): number => REQUEST_BYTES.noteAdd + jsonBytes(cell) + jsonBytes(text),
  replyAdd: (commentId: string, text: string): number =>
    REQUEST_BYTES.replyAdd + jsonBytes(commentId) + jsonBytes(text),
  commentEdit: (commentId: string, text: string): number =>
    REQUEST_BYTES.commentEdit + jsonBytes(commentId) + jsonBytes(text),
  replyEdit: (commentId: string, replyId: string, text: string): number =>
    REQUEST_BYTES.replyEdit + jsonBytes(commentId) + jsonBytes(replyId) + jsonBytes(text),
  noteEdit: (cell: string, text: string): number => REQUEST_BYTES.noteEdit + jsonBytes(cell) + jsonBytes(text),
  commentDelete: (commentId: string): number => REQUEST_BYTES.commentDelete + jsonBytes(commentId),
  replyDelete: (commentId: string, replyId: string): number =>
    REQUEST_BYTES.replyDelete + jsonBytes(commentId) + jsonBytes(replyId),
  noteDelete: (cell: string): number => REQUEST_BYTES.noteDelete + jsonBytes(cell),
};
