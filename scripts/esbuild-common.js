// What the two bundles share (scripts/build-cli.js and scripts/build-action.js): esbuild's
// options, and the schema validators bundled beside each one (`validators/NAME.cjs`, where
// src/format/schema.ts looks for them), with Ajv's runtime helpers inside.
import { build } from 'esbuild'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const validators = fileURLToPath(new URL('../dist/format/validators/', import.meta.url))

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
}

/** CommonJS dependencies inside an ESM bundle still call require() for Node's own modules. */
export const requireBanner = {
  js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
}

/**
 * A front end bundled as ESM into `out` (`entries`: output name → entry file), with the worker
 * threads' entry beside it, where engine/validate/load-pool.ts looks for it.
 */
export function bundleFrontEnd(out, entries, worker, options = {}) {
  return build({
    ...common,
    entryPoints: { ...entries, 'load-worker': worker },
    outdir: out,
    format: 'esm',
    banner: requireBanner,
    ...options,
  })
}

/** Bundles every validator `npm run build` generated into `${out}validators/`; returns their paths. */
export async function bundleValidators(out) {
  const names = readdirSync(validators).filter((f) => f.endsWith('.cjs'))
  for (const name of names)
    await build({
      ...common,
      entryPoints: [`${validators}${name}`],
      outfile: `${out}validators/${name}`,
      format: 'cjs',
    })
  return names.map((name) => `${out}validators/${name}`)
}
