// Message formatting for findings: `{placeholder}` templates filled from a report's data, in zh-CN or en-US.

import type { Lang } from '../model';
import type { MessageTemplate } from './types';

export const DEFAULT_LANG: Lang = 'zh-CN';

const PLACEHOLDER_RE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** A template that cannot be filled: a bug in a rule (unknown message id, missing data). */
export class MessageFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageFormatError';
  }
}

/** The placeholder names a template uses, in order of first appearance. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER_RE)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

/** Numbers as a reader writes them: no float noise (0.1 + 0.2 → 0.3), no exponent for ordinary sizes. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toPrecision(12));
  if (Math.abs(rounded) >= 1e21) return String(rounded);
  // toLocaleString is slow; integers (most figures in a table) come out the same from String.
  if (Number.isInteger(rounded)) return String(rounded);
  // So do fractions String writes without an exponent in at most ten decimals (12.5, 0.35): the usual case.
  const plain = String(rounded);
  const dot = plain.indexOf('.');
  if (dot >= 0 && plain.length - dot - 1 <= 10 && !plain.includes('e')) return plain;
  return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
}

interface FormatResult {
  text: string;
  /** Placeholders the data did not fill (left as `{name}` in `text`). */
  missing: string[];
}

/** A template cut at its placeholders: literal text at even indexes, placeholder names at odd ones. */
const COMPILED = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = COMPILED.get(template);
  if (!parts) {
    // split with a capturing group keeps the names: ['a ', 'name', ' b'].
    parts = template.split(PLACEHOLDER_RE);
    // Templates come from the rule modules (a few hundred); anything else is not worth keeping.
    if (COMPILED.size < 10000) COMPILED.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; reports the ones the data lacks instead of throwing, so callers choose. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> = {}): FormatResult {
  const missing: string[] = [];
  const parts = compile(template);
  let text = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const v = Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    if (v === undefined || v === null) {
      if (!missing.includes(name)) missing.push(name);
      text += `{${name}}`;
    } else {
      text += typeof v === 'number' ? formatNumber(v) : String(v);
    }
    text += parts[i + 1] ?? '';
  }
  return { text, missing };
}

/**
 * The filled template, or null when the data lacks a placeholder: the engine's path for every finding, which
 * builds no list of missing names (fillTemplate says which, once something is wrong).
 */
export function fillTemplateOrNull(template: string, data: Readonly<Record<string, string | number>>): string | null {
  const parts = compile(template);
  // Joined rather than added up piece by piece: a finding keeps its message, as one string instead of a chain of
  // string pieces for the garbage collector to copy and trace.
  const pieces = new Array<string>(parts.length);
  pieces[0] = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const v = Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    if (v === undefined || v === null) return null;
    pieces[i] = typeof v === 'number' ? formatNumber(v) : String(v);
    pieces[i + 1] = parts[i + 1] ?? '';
  }
  return pieces.join('');
}

/** Formats a message in one language; throws MessageFormatError on an unfilled placeholder. */
export function formatMessage(
  template: MessageTemplate,
  lang: Lang,
  data: Readonly<Record<string, string | number>> = {},
): string {
  const { text, missing } = fillTemplate(template[lang], data);
  if (missing.length > 0) {
    throw new MessageFormatError(
      `unfilled placeholder(s) ${missing.map((m) => `{${m}}`).join(', ')} in "${template[lang]}"`,
    );
  }
  return text;
}
