// Part of `npm run build`, after tsc and the validators: writes dist/common/build-id.js with a
// digest of everything the build made (dist/, but the bundles, which are made from it after this)
// and of schemas/, so that what a build caches is never read by another build
// (src/common/build-id.ts says why).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const target = join(root, 'dist/common/build-id.js')

function files(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
}

const inputs = [...files(join(root, 'dist')), ...files(join(root, 'schemas'))]
  .filter(
    (f) => f !== target && !['action', 'bundle'].some((d) => relative(root, f).startsWith(join('dist', d))),
  )
  .filter((f) => /\.(c?js|json)$/.test(f))
  .sort()
const digest = createHash('sha256')
digest.update(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
for (const f of inputs) digest.update(`\0${relative(root, f)}\0`).update(readFileSync(f))
writeFileSync(
  target,
  `// Written by scripts/build-id.js: see src/common/build-id.ts.\nexport const BUILD_ID = '${digest.digest('hex').slice(0, 32)}'\n`,
)
