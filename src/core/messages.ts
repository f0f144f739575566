// The one shape of every message catalog — `{ id: { 'zh-CN': text, 'en-US': text } }` — and the one formatter that
// renders an id in a language: `{name}` placeholders (the rule templates' filler) and `{name:singular|plural}` forms.
// Messages travel as `{ code, data }`; the edge (CLI, pane, a host's dialog) renders them with formatMessage.

import type { Lang } from './model';
import { fillTemplate } from './rules/i18n';

/** Both languages of one message. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** A message catalog: every id has its text in both languages. Declare one with `{ … } as const satisfies Catalog`. */
export type Catalog = Readonly<Record<string, Bilingual>>;

/** The values a message's placeholders are filled from; a list is joined the language's way (`、` or `, `). */
export type MessageData = Readonly<Record<string, string | number | readonly string[]>>;

/** How a list given as a placeholder's value is joined, by language. */
export const LIST_SEPARATOR: Bilingual = { 'zh-CN': '、', 'en-US': ', ' };

/** `{count:cell|cells}`: the singular when the value named is 1, else the plural (English; Chinese needs none). */
const PLURAL = /\{([A-Za-z_][A-Za-z0-9_]*):([^|{}]*)\|([^{}]*)\}/g;

/**
 * A template in one language with its plural forms chosen and its `{name}` placeholders filled; a value the data
 * lacks is left visible as `{name}` (and its plural form is the plural) rather than hidden.
 */
export function format(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  const chosen = template.includes('|')
    ? template.replace(PLURAL, (_whole, name: string, one: string, other: string) =>
        Object.prototype.hasOwnProperty.call(data, name) && Number(data[name]) === 1 ? one : other,
      )
    : template;
  return fillTemplate(chosen, data).text;
}

/** Message `id` of `catalog` in `lang`; an id the catalog lacks is a type error. */
export function formatMessage<C extends Catalog>(
  catalog: C,
  lang: Lang,
  id: keyof C & string,
  data: MessageData | ((lang: Lang) => MessageData) = {},
): string {
  const given = typeof data === 'function' ? data(lang) : data;
  let values: Record<string, string | number> | MessageData = given;
  for (const name in given) {
    const v = given[name];
    if (typeof v === 'object') values = { ...values, [name]: v.join(LIST_SEPARATOR[lang]) };
  }
  return format(catalog[id][lang], values as Readonly<Record<string, string | number>>);
}

/**
 * Message `id` of `catalog` in both languages (the shape of a HostMessage's texts); `data` may depend on the language
 * (a quoted list, a sheet name that has a translation).
 */
export function formatBoth<C extends Catalog>(
  catalog: C,
  id: keyof C & string,
  data: MessageData | ((lang: Lang) => MessageData) = {},
): Record<Lang, string> {
  return { 'zh-CN': formatMessage(catalog, 'zh-CN', id, data), 'en-US': formatMessage(catalog, 'en-US', id, data) };
}

/** Placeholder names a template uses, plain (`{name}`) or plural (`{name:one|other}`), sorted. */
export function templateNames(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)(?::[^{}]*)?\}/g)) names.add(m[1] as string);
  return [...names].sort();
}

/** The severities' names: the comment lines' labels (always Chinese, see annotate/types.ts LABELS) and the summary sheet's. */
export const SEVERITY_NAMES = {
  error: { 'zh-CN': '错误', 'en-US': 'Error' },
  warning: { 'zh-CN': '警告', 'en-US': 'Warning' },
  info: { 'zh-CN': '提示', 'en-US': 'Info' },
} as const satisfies Catalog;
