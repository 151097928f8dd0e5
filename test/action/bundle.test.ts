import { builtinModules } from 'node:module'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUNDLE } from '../helpers/action-runner.js'

// A runner checks out the repository and runs dist/action: no node_modules. What the sources load
// lazily (createRequire) must be inside the bundle, or the Action fails on the first invalid file.
describe('the Action bundle', () => {
  it('requires nothing but Node, the checkout schemas, and the never-reached Ajv fallback', () => {
    for (const file of [BUNDLE, BUNDLE.replace(/index\.js$/, 'load-worker.js')]) {
      const text = readFileSync(file, 'utf8')
      const outside = [...text.matchAll(/\brequire\d*\(\s*"([^"]+)"\s*\)/g)]
        .map((m) => m[1] as string)
        .filter((name) => !builtinModules.includes(name.replace(/^node:/, '').split('/')[0] as string))
        .filter((name) => !name.startsWith('../../schemas/'))
        // Ajv compiles only a validator not built beside the bundle (dist/action/validators): never.
        .filter((name) => name !== 'ajv' && name !== 'ajv/dist/2020.js')
      expect(outside, file).toEqual([])
    }
  })
})
