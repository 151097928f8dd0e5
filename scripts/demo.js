// `npm run demo`: what tmi-sync does today, on the bundled fixtures (and Threat Dragon's own models
// when ../shared is beside the project). Runs the real binary, as a user would.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin/tmi-sync.js')
const step = (title, args) => {
  console.log(`\n$ tmi-sync ${args.join(' ')}   # ${title}`)
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' })
  return r.status ?? 1
}

let failed = 0
failed += step('validate every fixture', ['validate', 'fixtures']) === 0 ? 0 : 1
failed +=
  step('an invalid file: every error at file:line:col', ['validate', 'test/corpus/unknown-cell.tm.yaml']) ===
  1
    ? 0
    : 1

const td = join(root, '..', 'shared', 'threat-dragon', 'models')
if (existsSync(td)) {
  const out = mkdtempSync(join(tmpdir(), 'tmi-sync-demo-'))
  const files = readdirSync(td).filter(
    (f) => f.endsWith('.json') && !f.startsWith('v1-') && !f.includes('malformed'),
  )
  failed +=
    step('Threat Dragon v2 → native files, listing what TMI cannot hold', [
      'import',
      'threat-dragon',
      ...files.map((f) => join(td, f)),
      '--out',
      out,
    ]) === 0
      ? 0
      : 1
  failed += step('the imported files validate', ['validate', out]) === 0 ? 0 : 1
} else {
  console.log('\n(../shared/threat-dragon/models not found: skipping the Threat Dragon import step)')
}

console.log(`
Next, as the TMI client and emulator land: this demo starts the embedded TMI emulator, then runs
plan → apply → plan on these fixtures, the last plan showing no changes.`)
process.exitCode = failed > 0 ? 1 : 0
