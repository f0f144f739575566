// A file's part of the CLI's output, made where the file was checked (its worker thread): the readable text, or its
// element of the JSON report's `files` as UTF-8 bytes. The main thread then gets that and the file's tally instead
// of the whole report (on a 100 000-row export, tens of megabytes of objects to copy from one thread to the other),
// and prints the JSON report piece by piece, never as one string.

import type { FileError, FileReport, Lang, Report, Summary } from '../core/model';
import { checkFile, type CheckOutcome, type CheckTask } from './check-file';
import { formatFile, tally, type FileTally } from './report';

/**
 * `json`: the JSON report indented by two spaces (for a person: stdout is a terminal); `json-compact`: the same
 * document without white space (stdout is a file or a pipe: a program reads it, and the 100 000-row export's report
 * is 52 MB instead of 123 MB).
 */
export type RenderMode = 'text' | 'json' | 'json-compact';

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
    json: mode === 'text' ? null : jsonChunks(full, FILE_INDENT, 2, mode === 'json'),
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
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `indent` (or, not `pretty`,
 * `JSON.stringify(value)`), as UTF-8 in pieces: the value's objects and arrays are written member by member down to
 * `depth` levels, each member below that by JSON.stringify itself, so that no string of the whole value is ever
 * made. The bytes are exactly those of JSON.stringify (same members skipped, same `toJSON`, same escapes).
 */
export function jsonChunks(value: unknown, indent: string, depth: number, pretty = true): Uint8Array[] {
  // Each string is encoded as it comes into big buffers made once: a new array for every string, or joining the
  // strings first, costs ten times the encoding. Buffer's write, not TextEncoder's encodeInto: on the 100 000-row
  // export's report (68 MB, mostly Chinese) encodeInto took 0.4 s, Buffer 0.1 s; the same bytes (a lone surrogate,
  // which JSON.stringify escapes anyway, would become U+FFFD in both).
  const out: Uint8Array[] = [];
  let piece = Buffer.allocUnsafe(PIECE);
  let used = 0;
  const push = (text: string) => {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, 4): the text always fits.
    if (piece.length - used < text.length * 3) {
      if (used > 0) out.push(piece.subarray(0, used));
      piece = Buffer.allocUnsafe(Math.max(PIECE, text.length * 3));
      used = 0;
    }
    used += piece.write(text, used, 'utf8');
  };
  const top = toJsonValue(value, '');
  if (skipped(top)) push('null');
  else if (pretty) writeJson(top, indent, depth, push);
  else writeCompact(top, depth, push);
  // The last piece copied to its size (Buffer's slice would be a view of the whole 4 MB).
  if (used > 0) out.push(Uint8Array.prototype.slice.call(piece, 0, used));
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

/** An array or a plain object: what the writers below walk member by member (anything else is stringified whole). */
function isPlain(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/** `value` as JSON.stringify writes it, its `toJSON` already applied. */
function writeJson(value: unknown, indent: string, depth: number, push: (s: string) => void): void {
  const plain = isPlain(value);
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

/** `value` as JSON.stringify(value) writes it (no white space), its `toJSON` already applied. */
function writeCompact(value: unknown, depth: number, push: (s: string) => void): void {
  const plain = isPlain(value);
  if (depth <= 0 || !plain) {
    push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) push(',');
      const v = toJsonValue(value[i], String(i));
      if (skipped(v)) push('null');
      else writeCompact(v, depth - 1, push);
    }
    push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  let first = true;
  for (const k of Object.keys(record)) {
    const v = toJsonValue(record[k], k);
    if (skipped(v)) continue;
    push(`${first ? '{' : ','}${JSON.stringify(k)}:`);
    first = false;
    writeCompact(v, depth - 1, push);
  }
  push(first ? '{}' : '}');
}

/**
 * The JSON report (`JSON.stringify(report, null, 2)` and a line end; not `pretty`, `JSON.stringify(report)` and a
 * line end) written piece by piece: `head` before the files, each file's `json` pieces in order (made with the
 * same `pretty`), then `tail` with the totals.
 */
export const jsonReport = {
  head(tool: Report['tool'], pretty = true): string {
    if (!pretty) return `{"tool":${JSON.stringify(tool)},"files":`;
    return `{\n  "tool": ${JSON.stringify(tool, null, 2).replace(/\n/g, '\n  ')},\n  "files": `;
  },
  /** What goes before the file of this index. */
  before(index: number, pretty = true): string {
    if (!pretty) return index === 0 ? '[' : ',';
    return index === 0 ? '[\n    ' : ',\n    ';
  },
  tail(files: number, summary: Summary, pretty = true): string {
    if (!pretty) return `${files === 0 ? '[]' : ']'},"summary":${JSON.stringify(summary)}}\n`;
    const list = files === 0 ? '[]' : '\n  ]';
    return `${list},\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
  },
};
