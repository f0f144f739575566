// Comment text shared by every host: our line format, telling our lines from a person's, merging and stripping them.

import type { Finding } from '../model';
import { LABELS, LINE_PREFIX } from './types';

/** One comment line for a finding: `【绩效审核·错误】message（rule-id）`. */
export function formatLine(finding: Pick<Finding, 'severity' | 'message' | 'ruleId'>): string {
  // A line is the unit we recognise and remove, so a message must never span two lines.
  const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return `${LINE_PREFIX}${LABELS[finding.severity]}】${message}（${finding.ruleId}）`;
}

/** True for a line the product wrote (it starts with the product's prefix). */
export function isOurLine(line: string): boolean {
  return line.startsWith(LINE_PREFIX);
}

interface Line {
  start: number;
  /** End of the line's text, before its separator. */
  end: number;
  /** End of the separator (`\n` or `\r\n`); equals `end` for the last line. */
  next: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      out.push({ start, end: text.length, next: text.length });
      return out;
    }
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    out.push({ start, end, next: nl + 1 });
    start = nl + 1;
  }
}

/**
 * The character ranges `[start, end)` of the product's lines in a comment, each with the separator that
 * `mergeComment` put next to it, so that removing them gives back the person's text byte for byte.
 * Hosts with rich-text comments (runs) cut these ranges out of their runs.
 */
export function ourLineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const all = lines(text);
  let leading = true;
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (!isOurLine(text.slice(line.start, line.end))) {
      leading = false;
      continue;
    }
    // A run of our lines at the top (no person's text above) goes with the separator after it;
    // anywhere else a line goes with the separator before it (merge wrote `person + sep + ours`).
    const range: [number, number] = leading ? [line.start, line.next] : [all[i - 1].end, line.end];
    const last = ranges[ranges.length - 1];
    if (last && last[1] >= range[0]) last[1] = Math.max(last[1], range[1]);
    else ranges.push(range);
  }
  return ranges;
}

function removeRanges(text: string, ranges: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += text.slice(at, s);
    at = e;
  }
  return out + text.slice(at);
}

/** A comment's text split into the person's part (byte for byte, '' when none) and the product's lines. */
export function splitComment(text: string): { person: string; ours: string[] } {
  const ours = lines(text)
    .map((l) => text.slice(l.start, l.end))
    .filter(isOurLine);
  return { person: removeRanges(text, ourLineRanges(text)), ours };
}

/**
 * The comment to write: the person's text first, unchanged, then our lines below it.
 * A null or empty person's text gives our lines alone; no lines give the person's text alone ('' for nothing).
 */
export function mergeComment(personText: string | null, ourLines: readonly string[]): string {
  const person = personText ?? '';
  if (ourLines.length === 0) return person;
  // Keep the person's line-break style so a Windows host's CRLF text stays consistent.
  const sep = person.includes('\r\n') ? '\r\n' : '\n';
  const ours = ourLines.join(sep);
  return person === '' ? ours : person + sep + ours;
}

/** The comment without our lines: the person's text byte for byte, or null when nothing of theirs is left. */
export function stripOurLines(text: string): string | null {
  const person = splitComment(text).person;
  return person === '' ? null : person;
}

/** True when a comment holds at least one line of ours. */
export function hasOurLines(text: string): boolean {
  return ourLineRanges(text).length > 0;
}
