// `npm run build:action`: the GitHub Action as the runner runs it (action.yml → dist/action/index.js),
// one ESM bundle with every dependency inside (a runner installs nothing), committed, and checked by
// .ci/run against a fresh build. Beside it: the worker threads' entry and the precompiled schema
// validators, each bundled too; the schemas themselves are read from schemas/ in the checkout.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = `${root}dist/action/`
const validators = `${root}dist/format/validators/`

/**
 * Modules the sources load only when needed (`require('yaml')` in format/yaml-document.ts, through
 * createRequire, which esbuild leaves alone): a runner has no node_modules, so the bundle imports
 * them ahead instead (the Action starts once a job; the CLI is the one that pays per start-up).
 */
const LAZY = { 'format/yaml-document.ts': 'yaml' }
const bundleLazyRequires = {
  name: 'bundle-lazy-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const file = Object.keys(LAZY).find((f) => args.path.replaceAll('\\', '/').endsWith(`src/${f}`))
      if (!file) return undefined
      const name = LAZY[file]
      const text = readFileSync(args.path, 'utf8')
      const call = `require('${name}')`
      if (!text.includes(call))
        throw new Error(`${file} no longer calls ${call}: update LAZY in build-action.js`)
      return {
        loader: 'ts',
        contents: `import * as __lazy from '${name}'\n${text.replaceAll(call, '__lazy')}`,
      }
    })
  },
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
}
await build({
  ...common,
  entryPoints: {
    index: `${root}src/action/index.ts`,
    'load-worker': `${root}src/engine/validate/load-worker.ts`,
  },
  outdir: out,
  format: 'esm',
  plugins: [bundleLazyRequires],
  // CommonJS dependencies inside an ESM bundle still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
})
for (const name of readdirSync(validators).filter((f) => f.endsWith('.cjs')))
  await build({
    ...common,
    entryPoints: [`${validators}${name}`],
    outfile: `${out}validators/${name}`,
    format: 'cjs',
  })
