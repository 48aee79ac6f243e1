// Layer rules (see docs): core is pure, only cli touches process and the console.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'zlib',
  'crypto',
  'stream',
];
const builtinPatterns = nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // import('exceljs') type annotations type lazily loaded modules without loading them.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Only src/cli may touch process.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: builtinPatterns, message: 'core is pure: no I/O.' },
            {
              group: [
                'exceljs',
                'saxes',
                'chalk',
                'commander',
                'cli-table3',
                'csv-parse',
                'csv-parse/*',
                'iconv-lite',
              ],
              message: 'core imports only zod, yaml and itself.',
            },
            {
              group: ['**/io/**', '**/render/**', '**/cli/**'],
              message: 'core must not import outer layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/io/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', 'commander', 'chalk'],
              message: 'io/render must not import the cli layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles, type-only imports included: a cycle is a folder that does not know its job.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{js,ts}', 'bench/**/*.{js,ts}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
