// ESLint 9 flat config over the whole repository: typescript-eslint's strict set and prettier everywhere, React's
// hooks-free JSX rules on the components, and Microsoft's eslint-plugin-office-addins rules (sync outside loops,
// load before read, isNullObject checks, named loads) on the Office.js host code, where they apply.

import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-plugin-prettier';
import tseslint from 'typescript-eslint';

const excel = ['src/hosts/excel/**/*.ts'];
const officeAddinsConfig = officeAddins.configs.recommended.find((c) => c.plugins?.['office-addins']);
const officeAddinsPlugin = officeAddinsConfig.plugins['office-addins'];
const officeAddinsRules = Object.fromEntries(
  Object.entries(officeAddinsConfig.rules).filter(([id]) => id.startsWith('office-addins/')),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'lib/**',
      'node_modules/**',
      'coverage/**',
      'test/artifacts/**',
      'test/fixtures/out/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.strict],
    plugins: { prettier },
    rules: {
      // The repository's formatting (.prettierrc.json): single quotes, 120 columns, trailing commas.
      'prettier/prettier': ['error', {}, { usePrettierrc: true }],
      // Unused parameters named _x are intentional (handler signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts'],
    rules: {
      // Tests index arrays and maps they have just built: `!` there states what the test set up, not a guess.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The Office.js and WPS fakes and jest's isolated module loads mirror dynamic hosts: deleting keyed cells and
      // properties, requiring a module afresh, and walking JSON documents of foreign schemas are what they test.
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-invalid-void-type': 'off',
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // Issue 19: a function a reader takes in at once (the rule counts every line, comments and blank lines too), a
    // component a screen or two long.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 80, IIFEs: true }] },
  },
  {
    files: ['src/**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 200 }] },
  },
  {
    // The plugin's own rules from its recommended set (its parser and formatting rules are the ones above).
    files: excel,
    plugins: { 'office-addins': officeAddinsPlugin },
    languageOptions: { globals: { Excel: 'readonly', Office: 'readonly' } },
    rules: {
      ...officeAddinsRules,
      // Office.js types live in the ambient Excel namespace; core's no-undef does not know TypeScript types.
      'no-undef': 'off',
      // The documented sync loops (row-block read, payload-sized write batches) carry an inline disable.
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-navigational-load': 'error',
    },
  },
);
