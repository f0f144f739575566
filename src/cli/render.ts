// A file's part of the CLI's output, made where the file was checked (its worker thread): the readable text, or its
// element of the JSON report's `files` as UTF-8 bytes. The main thread then gets that and the file's tally instead
// of the whole report (on a 100 000-row export, tens of megabytes of objects to copy from one thread to the other),
// and prints the JSON report piece by piece, never as one string.

import type { FileError, FileReport, Lang, Report, Summary } from '../core/model';
import { checkFile, type CheckOutcome, type CheckTask } from './check-file';
import { formatFile, tally, type FileTally } from './report';

export type RenderMode = 'text' | 'json';

export interface RenderTask extends CheckTask {
  render: RenderMode;
  /** Why the copy does not carry the input's name (--out), for the report's warnings. */
  renamed?: FileError;
}

export interface RenderedOutcome {
  /** The file's report without its tables and findings (they were rendered where the file was checked). */
  report: FileReport;
  tally: FileTally;
  /** Lines for stderr, printed by the main thread in input order. */
  warnings: string[];
  /** Text mode: the file's part of the readable summary (formatFile). */
  text: string | null;
  /** JSON mode: the file's report as an element of the report's `files`, UTF-8, in pieces. */
  json: Uint8Array[] | null;
}

/** Checks one file and renders its output: the unit of work of a worker thread of the CLI. */
export async function renderFile(task: RenderTask): Promise<RenderedOutcome> {
  const outcome = await checkFile(task);
  noteRenamed(outcome.report, task.renamed);
  return rendered(outcome, task.render, task.settings.lang);
}

export function rendered(outcome: CheckOutcome, mode: RenderMode, lang: Lang): RenderedOutcome {
  const full = outcome.report;
  return {
    report: { ...full, tables: [], findings: [] },
    tally: tally(full),
    warnings: outcome.warnings,
    text: mode === 'text' ? formatFile(full, lang) : null,
    json: mode === 'json' ? jsonChunks(full, FILE_INDENT, 2) : null,
  };
}

/** A copy written under another name than its input's (the name was taken): the report says where and why. */
export function noteRenamed(report: FileReport, renamed: FileError | undefined): void {
  if (renamed && report.output !== undefined) report.warnings = [...(report.warnings ?? []), renamed];
}

/** How deep a file's report sits in the JSON report: `{ "files": [ {` … */
const FILE_INDENT = '    ';

/** The size of the pieces the JSON is encoded into. */
const PIECE = 1 << 22;

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `indent`, as UTF-8 in pieces: the
 * value's objects and arrays are written member by member down to `depth` levels, each member below that by
 * JSON.stringify itself, so that no string of the whole value is ever made. The bytes are exactly those of
 * JSON.stringify (same members skipped, same `toJSON`, same escapes).
 */
export function jsonChunks(value: unknown, indent: string, depth: number): Uint8Array[] {
  // Each string is encoded as it comes into big buffers made once (encodeInto): a new array for every string, or
  // joining the strings first, costs ten times the encoding.
  const encoder = new TextEncoder();
  const out: Uint8Array[] = [];
  let piece = new Uint8Array(PIECE);
  let used = 0;
  const push = (text: string) => {
    for (;;) {
      const { read, written } = encoder.encodeInto(text, piece.subarray(used));
      used += written;
      if (read === text.length) return;
      // The piece is full (a character that did not fit waits for the next).
      out.push(piece.subarray(0, used));
      piece = new Uint8Array(Math.max(PIECE, (text.length - read) * 3));
      used = 0;
      text = text.slice(read);
    }
  };
  const top = toJsonValue(value, '');
  if (skipped(top)) push('null');
  else writeJson(top, indent, depth, push);
  if (used > 0) out.push(piece.slice(0, used));
  return out;
}

/**
 * `JSON.stringify(value, null, 2)` with its lines after the first indented by `levels` × 2 spaces: the value written
 * inside as many arrays, which JSON.stringify indents itself (faster than adding the spaces to each line after).
 */
function indented(value: unknown, levels: number): string {
  if (levels === 0) return JSON.stringify(value, null, 2);
  let wrapped: unknown = value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  // `[\n  [\n    ` … before the value, `\n  ]\n]` … after it.
  const before = 2 * levels + levels * (levels + 1);
  const after = 2 * levels + levels * (levels - 1);
  const s = JSON.stringify(wrapped, null, 2);
  return s.slice(before, s.length - after);
}

/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function toJsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

/** `value` as JSON.stringify writes it, its `toJSON` already applied. */
function writeJson(value: unknown, indent: string, depth: number, push: (s: string) => void): void {
  const plain =
    value !== null &&
    typeof value === 'object' &&
    (Array.isArray(value) ||
      Object.getPrototypeOf(value) === Object.prototype ||
      Object.getPrototypeOf(value) === null);
  if (depth <= 0 || !plain) {
    push(indented(value, indent.length / 2));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      push('[]');
      return;
    }
    push('[');
    for (let i = 0; i < value.length; i++) {
      push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      const v = toJsonValue(value[i], String(i));
      if (skipped(v)) push('null');
      else writeJson(v, inner, depth - 1, push);
    }
    push(`\n${indent}]`);
    return;
  }
  const record = value as Record<string, unknown>;
  let first = true;
  for (const k of Object.keys(record)) {
    const v = toJsonValue(record[k], k);
    if (skipped(v)) continue;
    push(`${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `);
    first = false;
    writeJson(v, inner, depth - 1, push);
  }
  push(first ? '{}' : `\n${indent}}`);
}

/**
 * The JSON report (`JSON.stringify(report, null, 2)` and a line end) written piece by piece: `head` before the files,
 * each file's `json` pieces in order, then `tail` with the totals.
 */
export const jsonReport = {
  head(tool: Report['tool']): string {
    return `{\n  "tool": ${JSON.stringify(tool, null, 2).replace(/\n/g, '\n  ')},\n  "files": `;
  },
  /** What goes before the file of this index. */
  before(index: number): string {
    return index === 0 ? '[\n    ' : ',\n    ';
  },
  tail(files: number, summary: Summary): string {
    const list = files === 0 ? '[]' : '\n  ]';
    return `${list},\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
  },
};
