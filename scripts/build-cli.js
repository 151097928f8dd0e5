// Part of `npm run build`, after tsc, the validators and the build id: the CLI as `bin/tmi-sync.js`
// runs it, bundled into dist/bundle/ from tsc's output. Loading some 70 modules one by one (resolve,
// read, compile each, and node_modules' package.json files) was a third of a small `validate`.
// esbuild's code splitting keeps what a command loads lazily in chunks of its own, so `validate`
// still loads no emulator, provider or Mermaid code. The library (dist/index.js) stays as tsc made it.
//
// Beside each bundled validator goes V8's code cache of it (src/common/code-cache.ts), made after
// running the validator over the fixtures so that the functions a document reaches are compiled in it.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import { CODE_CACHE_SUFFIX, codeCache, compileCommonJs } from '../dist/common/code-cache.js'
import { bundleFrontEnd, bundleValidators } from './esbuild-common.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = `${root}dist/bundle/`

rmSync(out, { recursive: true, force: true })
await bundleFrontEnd(out, { main: `${root}dist/cli/main.js` }, `${root}dist/engine/validate/load-worker.js`, {
  splitting: true,
})

const fixtures = readdirSync(join(root, 'fixtures'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
  .map((e) => load(readFileSync(join(e.parentPath, e.name), 'utf8')))
for (const file of await bundleValidators(out)) {
  const compiled = compileCommonJs(file)
  for (const doc of [{}, ...fixtures]) compiled.exports(doc)
  writeFileSync(file + CODE_CACHE_SUFFIX, codeCache(compiled))
}
