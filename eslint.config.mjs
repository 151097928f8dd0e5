import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

// The layers import in one direction (format → model → reconcile → adapters → engine → front ends):
// each may import only the layers it lists. The front ends never import each other, except that
// the CLI, the process entry, starts the watcher, the emulator and the addon service as commands.
const FRONT_ENDS = ['cli', 'action', 'watch', 'serve']
const ALL = [
  'common',
  'format',
  'model',
  'reconcile',
  'tmi',
  'providers',
  'engine',
  ...FRONT_ENDS,
  'emulator',
]
const below = {
  common: [],
  format: ['common'],
  model: ['common', 'format'],
  // Drawing (Mermaid, SVG) is a pure layer over the model, for the front ends.
  draw: ['common', 'format', 'model'],
  reconcile: ['common', 'format', 'model'],
  tmi: ['common', 'format', 'model', 'reconcile'],
  providers: ['common', 'format', 'model', 'reconcile'],
  engine: ['common', 'format', 'model', 'reconcile', 'tmi', 'providers'],
  ...Object.fromEntries(
    FRONT_ENDS.map((f) => [
      f,
      ['common', 'format', 'model', 'draw', 'reconcile', 'tmi', 'providers', 'engine'],
    ]),
  ),
  // The emulator is an independent implementation of TMI's rules: it must not share the engine's.
  emulator: ['common'],
}
below.cli = [...below.cli, 'watch', 'serve', 'emulator']
const layerRules = ALL.map((layer) => ({
  layer,
  forbidden: ALL.filter((other) => other !== layer && !below[layer].includes(other)),
}))

// Inside engine/, one folder per use case, in the same one direction: each may import only the
// folders it lists (the scheduled sync applies through the addon, which plans and applies, …).
const ENGINE_BELOW = {
  validate: [],
  'plan-apply': ['validate'],
  pull: [],
  import: [],
  export: ['validate', 'pull'],
  repositories: [],
  'sync-state': [],
  watch: ['validate', 'plan-apply'],
  addon: ['validate', 'plan-apply', 'pull', 'sync-state'],
  'scheduled-sync': ['validate', 'plan-apply', 'addon', 'sync-state', 'repositories'],
}
const layerPatterns = (layer, forbidden) =>
  forbidden.map((f) => ({
    group: [`**/${f}/*`, `../${f}`, `../../${f}`],
    message: `src/${layer}/ must not import from src/${f}/ (layers import in one direction).`,
  }))
const engineRules = Object.entries(ENGINE_BELOW).map(([folder, allowed]) => ({
  files: [`src/engine/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...layerPatterns('engine', layerRules.find((r) => r.layer === 'engine').forbidden),
          ...Object.keys(ENGINE_BELOW)
            .filter((other) => other !== folder && !allowed.includes(other))
            .map((other) => ({
              group: [`../${other}/*`],
              message: `engine/${folder}/ must not import from engine/${other}/ (use cases import in one direction).`,
            })),
        ],
      },
    ],
  },
}))

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
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(layer, forbidden) }] },
  })),
  ...engineRules,
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
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  prettier,
)
