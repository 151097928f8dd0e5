// `npm run demo`: what tmi-sync does today, on the bundled fixtures (and Threat Dragon's own models
// when ../shared is beside the project). Runs the real binary, as a user would.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator } from '../dist/emulator/server.js'
import { clientCredentials } from '../dist/tmi/auth.js'
import { TmiClient } from '../dist/tmi/client.js'

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

// The embedded TMI emulator, in-process on a free port, and the TMI client talking to it.
const emulator = await startEmulator({ clients: ['demo:demo-secret'] })
try {
  console.log(`\n# The embedded TMI emulator is listening on ${emulator.url} (client demo:demo-secret)`)
  const auth = clientCredentials({ baseUrl: emulator.url, clientId: 'demo', clientSecret: 'demo-secret' })
  const tmi = new TmiClient({ baseUrl: emulator.url, auth })
  const model = await tmi.createThreatModel({
    name: 'Demo model',
    description: 'Created through the TMI client',
  })
  const listed = await tmi.all(tmi.listThreatModels())
  console.log(
    `client-credentials token obtained; created "${model.name}"; GET /threat_models lists ${listed.length} model(s)`,
  )
  console.log(
    `TMI added these to its access list: ${model.authorization.map((a) => `${a.provider_id} (${a.role})`).join(', ')}`,
  )
} finally {
  await emulator.close()
}

console.log(`
Next, as the reconciler lands: plan → apply → plan on these fixtures against the emulator, the last
plan showing no changes.`)
process.exitCode = failed > 0 ? 1 : 0
