// Code renders only ids its catalog has. The ids are typed (`keyof typeof CATALOG`), so `npm run typecheck` catches a
// wrong literal; jest does not type-check, and a key built from a template (`severity_${s}`, `role_${base}` cast to
// StringKey) escapes the type. This test reads the sources: every literal id handed to a renderer must be in its
// catalog, and every key family built from a template must have an entry for each value it can take.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Catalog } from '../../src/core/messages';
import { ProfileNameSchema, SeveritySchema } from '../../src/core/model';
import { APP_MESSAGES } from '../../src/app/i18n';
import { ALL_CATALOGS } from './all-catalogs';

const SRC = path.join(__dirname, '../../src');

function sources(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...sources(full));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

const FILES = sources(SRC).map((file) => ({ file: path.relative(SRC, file), text: readFileSync(file, 'utf8') }));

function enumValues(file: string, schema: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const m = new RegExp(`${schema}\\s*=\\s*z\\.enum\\(\\[([^\\]]+)\\]`).exec(text);
  if (!m) throw new Error(`${schema} not found in ${file}`);
  return [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!);
}

function arrayValues(file: string, name: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const m = new RegExp(`const ${name} = \\[([^\\]]+)\\]`).exec(text);
  if (!m) throw new Error(`${name} not found in ${file}`);
  return [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!);
}

/** The values each key family built from a template can take (a new family must be added here). */
const FAMILIES: Readonly<Record<string, () => readonly string[]>> = {
  severity_: () => SeveritySchema.options,
  profile_: () => ['auto', ...ProfileNameSchema.options],
  tableKind_: () => enumValues('core/model.ts', 'TableKindSchema'),
  role_: () => arrayValues('taskpane/mapping.ts', 'BASE_ROLES'),
};

const APP_RENDERERS = [
  // t(lang, 'key' …), heading('key' …), both('key' …), paneMessage(code, intent, 'key' …), progress labels.
  /\bt\(\s*[\w.'-]+,\s*'([^']+)'/g,
  /\bheading\(\s*'([^']+)'/g,
  /\bboth\(\s*'([^']+)'/g,
  /\bpaneMessage\(\s*'[^']*',\s*'[^']*',\s*'([^']+)'/g,
  /\blabel: '([^']+)'/g,
];

describe('rendered message ids', () => {
  it('every key family built from a template has an entry for each of its values', () => {
    const missing: string[] = [];
    const unknownFamilies: string[] = [];
    for (const { file, text } of FILES) {
      for (const m of text.matchAll(/\bt\(\s*\w+,\s*`([A-Za-z]+_)\$\{/g)) {
        const family = m[1]!;
        const values = FAMILIES[family];
        if (!values) {
          unknownFamilies.push(`${file}: ${family}`);
          continue;
        }
        for (const v of values()) if (!(`${family}${v}` in APP_MESSAGES)) missing.push(`${family}${v} (${file})`);
      }
    }
    expect(unknownFamilies).toEqual([]);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every literal id handed to the pane’s renderers is in the app catalog', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const { file, text } of FILES) {
      if (!/from '[./]*(app\/)?i18n'/.test(text) && !file.startsWith('app/')) continue;
      for (const re of APP_RENDERERS) {
        for (const m of text.matchAll(re)) {
          seen++;
          if (!(m[1]! in APP_MESSAGES)) missing.push(`${file}: ${m[1]}`);
        }
      }
    }
    // `label:` is also a self-test line's field; only the keys that look like the pane's (no spaces, no CJK) count.
    expect(seen).toBeGreaterThan(100);
    expect(missing.filter((x) => /: [A-Za-z][\w-]*$/.test(x) && !x.includes('selftest'))).toEqual([]);
  });

  it('every literal id handed to formatMessage/formatBoth with a named catalog is in that catalog', () => {
    const catalogs = ALL_CATALOGS as Record<string, Catalog>;
    const missing: string[] = [];
    let seen = 0;
    for (const { file, text } of FILES) {
      const calls = [
        ...text.matchAll(/\bformatBoth\(\s*([A-Z_]+),\s*'([^']+)'/g),
        ...text.matchAll(/\bformatMessage\(\s*([A-Z_]+),\s*[\w.'-]+,\s*'([^']+)'/g),
      ];
      for (const m of calls) {
        seen++;
        const catalog = catalogs[m[1]!];
        if (!catalog) missing.push(`${file}: catalog ${m[1]} is not in test/i18n/all-catalogs.ts`);
        else if (!(m[2]! in catalog)) missing.push(`${file}: ${m[1]}.${m[2]}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('every catalog declared in src is listed in test/i18n/all-catalogs.ts', () => {
    const declared: string[] = [];
    for (const { file, text } of FILES) {
      for (const m of text.matchAll(/export const ([A-Z_]+) = \{/g)) {
        const end = text.indexOf('\n}', m.index);
        if (end >= 0 && text.startsWith('\n} as const satisfies Catalog', end)) declared.push(`${file}: ${m[1]}`);
      }
    }
    const names = declared.map((d) => d.split(': ')[1]!);
    expect(declared.filter((d) => !(d.split(': ')[1]! in ALL_CATALOGS))).toEqual([]);
    expect(Object.keys(ALL_CATALOGS).filter((name) => !names.includes(name))).toEqual([]);
  });
});
