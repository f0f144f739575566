// Every message catalog (the core/messages.ts shape `{ id: { 'zh-CN', 'en-US' } }`) is complete: each id has a
// non-empty text in both languages, and both languages use the same placeholders (but for the exceptions listed).

import type { Catalog } from '../../src/core/messages';
import { format, formatBoth, formatMessage, SEVERITY_NAMES, templateNames } from '../../src/core/messages';
import { CONFIG_ERRORS } from '../../src/core/rules/config';
import { BROWSER_FILE_MESSAGES } from '../../src/hosts/browser-file/messages';
import { EXCEL_MESSAGES } from '../../src/hosts/excel/messages';
import { FILE_ERRORS, fileError, fileErrorText } from '../../src/hosts/file/errors';
import { SUMMARY_TEXT } from '../../src/hosts/file/own-sheets';
import { COMMON_MESSAGES } from '../../src/hosts/messages';
import { WPS_MESSAGES } from '../../src/hosts/wps/messages';
import { ALL_CATALOGS } from './all-catalogs';

const LANGS = ['zh-CN', 'en-US'] as const;

/** `catalog.id` whose languages use different placeholders on purpose, and why. */
const PLACEHOLDER_EXCEPTIONS: Readonly<Record<string, string>> = {
  // zod's own words are English only; Chinese says "invalid value".
  'CONFIG_ERRORS.invalid': 'zod message in English only',
};

describe('message catalogs', () => {
  it('are all listed', () => {
    const listed = Object.values(ALL_CATALOGS);
    for (const c of [
      COMMON_MESSAGES,
      EXCEL_MESSAGES,
      WPS_MESSAGES,
      BROWSER_FILE_MESSAGES,
      FILE_ERRORS,
      SUMMARY_TEXT,
      SEVERITY_NAMES,
      CONFIG_ERRORS,
    ]) {
      expect(listed).toContain(c);
    }
  });

  for (const [name, catalog] of Object.entries(ALL_CATALOGS) as Array<[string, Catalog]>) {
    describe(name, () => {
      it('has a non-empty text in both languages for every id, and no other language', () => {
        const problems: string[] = [];
        for (const [id, entry] of Object.entries(catalog)) {
          for (const lang of LANGS) {
            const text: unknown = (entry as Record<string, unknown>)[lang];
            if (typeof text !== 'string' || text.trim() === '') problems.push(`${id}: ${lang} missing or empty`);
          }
          const extra = Object.keys(entry).filter((k) => !(LANGS as readonly string[]).includes(k));
          if (extra.length) problems.push(`${id}: unexpected keys ${extra.join(', ')}`);
        }
        expect(problems).toEqual([]);
      });

      it('uses the same placeholders in both languages', () => {
        const problems: string[] = [];
        for (const [id, entry] of Object.entries(catalog)) {
          if (PLACEHOLDER_EXCEPTIONS[`${name}.${id}`]) continue;
          const zh = templateNames(entry['zh-CN']);
          const en = templateNames(entry['en-US']);
          if (zh.join() !== en.join()) problems.push(`${id}: zh-CN {${zh.join('}, {')}} vs en-US {${en.join('}, {')}}`);
        }
        expect(problems).toEqual([]);
      });
    });
  }

  it('lists no placeholder exception for an id that does not exist or agrees anyway', () => {
    for (const key of Object.keys(PLACEHOLDER_EXCEPTIONS)) {
      const [name, id] = key.split(/\.(.*)/s) as [string, string];
      const entry = (ALL_CATALOGS as Record<string, Catalog>)[name]?.[id];
      expect(entry).toBeDefined();
      expect(templateNames(entry!['zh-CN']).join()).not.toBe(templateNames(entry!['en-US']).join());
    }
  });
});

describe('format', () => {
  it('fills placeholders, leaves missing ones visible and chooses plural forms', () => {
    expect(format('{n} {n:cell|cells} in {sheet}', { n: 1, sheet: 'S' })).toBe('1 cell in S');
    expect(format('{n} {n:cell|cells} in {sheet}', { n: 3 })).toBe('3 cells in {sheet}');
    expect(format('{n:cell|cells}', {})).toBe('cells');
  });

  it('joins a list the language’s way and takes data that depends on the language', () => {
    const catalog = { x: { 'zh-CN': '单元格：{cells}', 'en-US': 'cells: {cells}' } } as const satisfies Catalog;
    expect(formatBoth(catalog, 'x', { cells: ['A1', 'B2'] })).toEqual({
      'zh-CN': '单元格：A1、B2',
      'en-US': 'cells: A1, B2',
    });
    expect(formatMessage(catalog, 'en-US', 'x', (lang) => ({ cells: lang }))).toBe('cells: en-US');
  });

  it('renders a file error in each language from its data, and keeps the bilingual message for the report', () => {
    const e = fileError('corrupt', 'xl/a.xml: CRC');
    expect(e.message).toBe(
      '文件已损坏或不完整，无法读取（xl/a.xml: CRC） / The file is damaged or incomplete and cannot be read (xl/a.xml: CRC)',
    );
    expect(fileErrorText(e, 'zh-CN')).toBe('文件已损坏或不完整，无法读取（xl/a.xml: CRC）');
    expect(fileErrorText(e, 'en-US')).toBe('The file is damaged or incomplete and cannot be read (xl/a.xml: CRC)');
    // The data stays out of the report's JSON (its schema is { code, message }).
    expect(JSON.parse(JSON.stringify(e))).toEqual({ code: 'corrupt', message: e.message });
  });
});
