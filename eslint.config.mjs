import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

// The layers import in one direction (format → model → reconcile → adapters → front ends).
// Each entry forbids a layer from reaching "up" or sideways.
const layerRules = [
  {
    layer: 'common',
    forbidden: [
      'format',
      'model',
      'reconcile',
      'tmi',
      'providers',
      'engine',
      'cli',
      'action',
      'watch',
      'sync',
      'serve',
      'emulator',
    ],
  },
  {
    layer: 'format',
    forbidden: [
      'model',
      'reconcile',
      'tmi',
      'providers',
      'engine',
      'cli',
      'action',
      'watch',
      'sync',
      'serve',
      'emulator',
    ],
  },
  {
    layer: 'model',
    forbidden: [
      'reconcile',
      'tmi',
      'providers',
      'engine',
      'cli',
      'action',
      'watch',
      'sync',
      'serve',
      'emulator',
    ],
  },
  {
    layer: 'reconcile',
    forbidden: ['tmi', 'providers', 'engine', 'cli', 'action', 'watch', 'sync', 'serve', 'emulator'],
  },
  { layer: 'tmi', forbidden: ['providers', 'engine', 'cli', 'action', 'watch', 'sync', 'serve', 'emulator'] },
  { layer: 'providers', forbidden: ['tmi', 'engine', 'cli', 'action', 'watch', 'sync', 'serve', 'emulator'] },
  { layer: 'engine', forbidden: ['cli', 'action', 'watch', 'sync', 'serve', 'emulator'] },
  // The CLI is the process entry: it starts the emulator and the addon service, as commands.
  { layer: 'cli', forbidden: ['action', 'watch', 'sync'] },
  { layer: 'action', forbidden: ['cli', 'watch', 'sync', 'serve', 'emulator'] },
  { layer: 'watch', forbidden: ['cli', 'action', 'sync', 'serve', 'emulator'] },
  { layer: 'sync', forbidden: ['cli', 'action', 'watch', 'serve', 'emulator'] },
  { layer: 'serve', forbidden: ['cli', 'action', 'watch', 'sync', 'emulator'] },
  // The emulator is an independent implementation of TMI's rules: it must not share the engine's.
  {
    layer: 'emulator',
    forbidden: [
      'format',
      'model',
      'reconcile',
      'tmi',
      'providers',
      'engine',
      'cli',
      'action',
      'watch',
      'sync',
      'serve',
    ],
  },
]

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'vitest.config.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules.map(({ layer, forbidden }) => ({
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((f) => ({
            group: [`**/${f}/*`, `../${f}`, `../../${f}`],
            message: `src/${layer}/ must not import from src/${f}/ (layers import in one direction).`,
          })),
        },
      ],
    },
  })),
  {
    // Tests read raw JSON responses on purpose (the emulator is tested without our typed client).
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js'],
    languageOptions: {
      globals: {
        URL: 'readonly',
        process: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        globalThis: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  prettier,
)
