// ESLint 9 flat config: Microsoft's eslint-plugin-office-addins recommended rules (sync outside loops, load before
// read, isNullObject checks, named loads) with the typescript-eslint parser, for the Office.js host code.

import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

const files = ['src/hosts/excel/**/*.ts'];

export default [
  // The plugin's recommended set (its own parser options included), applied to the Excel host only.
  ...officeAddins.configs.recommended.map((config) => ({ ...config, files })),
  {
    files,
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      // Office.js and DOM globals the host uses (type-only uses need none).
      globals: { Excel: 'readonly', Office: 'readonly', setTimeout: 'readonly' },
    },
    rules: {
      // The repository's formatting: single quotes, 120 columns, trailing commas.
      'prettier/prettier': ['error', { singleQuote: true, printWidth: 120, trailingComma: 'all', endOfLine: 'auto' }],
      // Office.js types live in the ambient Excel namespace; core's no-undef does not know TypeScript types.
      'no-undef': 'off',
      // The two documented sync loops (row-block read, payload-sized write batches) carry an inline disable.
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-navigational-load': 'error',
    },
  },
];
