// `npm run build:action`: the GitHub Action as the runner runs it (action.yml → dist/action/index.js),
// one ESM bundle with every dependency inside (a runner installs nothing), committed, and checked by
// .ci/run against a fresh build. Beside it: the worker threads' entry and the precompiled schema
// validators, each bundled too; the schemas themselves are read from schemas/ in the checkout.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = `${root}dist/action/`
const validators = `${root}dist/format/validators/`

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
