// `npm run build:action`: the GitHub Action as the runner runs it (action.yml → dist/action/index.js),
// one ESM bundle with every dependency inside (a runner installs nothing), committed, and checked by
// .ci/run against a fresh build. Beside it: the worker threads' entry and the precompiled schema
// validators, each bundled too; the schemas themselves are read from schemas/ in the checkout.
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { bundleFrontEnd, bundleValidators } from './esbuild-common.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = `${root}dist/action/`

/**
 * Modules the sources load only when needed (`require('yaml')` in format/yaml-document.ts, through
 * createRequire, which esbuild leaves alone): a runner has no node_modules, so the bundle imports
 * them ahead instead (the Action starts once a job; the CLI is the one that pays per start-up).
 * Both are CommonJS, so the default import is the very value require() returns.
 */
const LAZY = { 'format/yaml-document.ts': 'yaml', 'providers/filesystem.ts': 'picomatch' }
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
        contents: `import __lazy from '${name}'\n${text.replaceAll(call, '__lazy')}`,
      }
    })
  },
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
await bundleFrontEnd(
  out,
  { index: `${root}src/action/index.ts` },
  `${root}src/engine/validate/load-worker.ts`,
  { plugins: [bundleLazyRequires] },
)
await bundleValidators(out)
