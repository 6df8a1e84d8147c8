/**
 * Lint: the recommended JavaScript and TypeScript rules, and the import rules that keep the layers
 * (README, "Layout"): the domain is pure, the API reaches neither the compile step nor the CLI, and the
 * browser takes from src/ only types and a short list of pure modules, through the @domain alias.
 * Formatting is Prettier's (.prettierrc.json), not ESLint's.
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules of src/domain the browser may import values from: pure, small, and free of zod. */
export const browserSafeDomainModules = [
  'permalink.ts',
  'verdicts.ts',
  'record-id.ts',
  'quote-input.ts',
  'canonical-json.ts',
  'relations.ts',
  // Forgiving name search (MiniSearch), shared by the explorer and /list.
  'name-search.ts',
  // The comparison contract: the workbench validates its own state with the API's bounds (zod, run jitless).
  'match/contract.ts',
  // The languages and the message catalogues (issue #12): the pages' words, pure strings.
  'i18n/lang.ts',
  'i18n/format.ts',
  'i18n/messages.ts',
  'i18n/messages-en.ts',
  'i18n/messages-zh.ts',
  'i18n/workbench-en.ts',
  'i18n/workbench-zh.ts',
  'i18n/web-messages.ts',
  'i18n/record-names.ts',
  'calendar-date.ts',
  // The engine's sentences per language (robustness in words, for the workbench).
  'match/sentence-catalogues.ts',
  'match/sentences-en.ts',
  'match/sentences-zh.ts',
];

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are for the compile step, the CLI and scripts.' };
const hono = { group: ['hono', 'hono/*', '@hono/*'], message: 'HTTP belongs to src/api; the domain is pure.' };
const outerLayers = (message) => ({ group: ['**/casebase/*', '**/cli/*'], message });
/** The import rule of one layer: none of these patterns. */
const restrictImports = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'web/dist/',
      'web/public/vendor/',
      'web/public/citations/',
      'src/generated/',
      '.wrangler/',
      'test-results/',
      'worker-configuration.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrictImports(hono, nodeBuiltins, {
      group: ['**/api/*', '**/casebase/*', '**/cli/*', '**/citation-renderer/*', '**/generated/*'],
      message: 'The domain depends on nothing outside it.',
    }),
  },
  {
    files: ['src/api/**', 'src/worker.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
    rules: restrictImports(
      nodeBuiltins,
      outerLayers('The Worker reaches neither the compile step nor the CLI; shared code lives in src/domain.'),
    ),
  },
  {
    // Until the one comparison contract moves the zod-issue helper (src/casebase/zod-issues.ts) into src/domain.
    files: ['src/api/problem.ts'],
    rules: restrictImports(nodeBuiltins, { group: ['**/cli/*'], message: 'The Worker does not reach the CLI.' }),
  },
  {
    files: ['web/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrictImports(
      nodeBuiltins,
      hono,
      { group: ['**/src/*'], message: 'Import from src/domain through the @domain alias.' },
      {
        // gitignore-style: a file is re-included only if its folder is, so match/ is opened and closed again.
        group: [
          '@domain/**',
          '!@domain/match',
          '@domain/match/*',
          '!@domain/i18n',
          '@domain/i18n/*',
          ...browserSafeDomainModules.map((m) => `!@domain/${m}`),
        ],
        allowTypeImports: true,
        message: `The browser imports only types from src/domain, and values only from ${browserSafeDomainModules.join(', ')}.`,
      },
    ),
  },
);
