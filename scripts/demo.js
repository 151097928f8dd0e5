// `npm run demo`: the whole loop on the bundled fixtures (and Threat Dragon's own models when
// ../shared is beside the project): validate → plan → apply → plan again, which shows no changes,
// against the embedded TMI emulator. Runs the real binary, as a user would.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator } from '../dist/emulator/server.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin/tmi-sync.js')

// Asynchronous on purpose: the emulator answers from this same process.
function step(title, args, env = {}) {
  console.log(`\n$ tmi-sync ${args.join(' ')}   # ${title}`)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: work,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('close', (code) => resolve(code ?? 1))
  })
}

const failures = []
const expect = async (code, title, args, env) => {
  const got = await step(title, args, env)
  if (got !== code) failures.push(`${title}: exit ${got}, expected ${code}`)
}

// A scratch copy: the demo shows a Threat Dragon folder beside our own files, as a team's repo has.
const work = mkdtempSync(join(tmpdir(), 'tmi-sync-demo-'))
cpSync(join(root, 'fixtures'), join(work, 'models'), { recursive: true })
const td = join(root, '..', 'shared', 'threat-dragon', 'models')
if (existsSync(td)) {
  for (const file of readdirSync(td).filter(
    (f) => f.endsWith('.json') && !f.startsWith('v1-') && !f.includes('malformed'),
  )) {
    const title = basename(file, '.json')
    mkdirSync(join(work, 'ThreatDragonModels', title), { recursive: true })
    cpSync(join(td, file), join(work, 'ThreatDragonModels', title, `${title}.json`))
  }
} else {
  console.log('(../shared/threat-dragon/models not found: the demo uses the bundled fixtures only)')
}
console.log(`Working in a scratch copy: ${work}`)

await expect(0, 'validate every model file', ['validate', '.'])
await expect(1, 'an invalid file: every error at file:line:col', [
  'validate',
  join(root, 'test/corpus/unknown-cell.tm.yaml'),
])

// The embedded TMI emulator, in-process on a free port. The fixtures' access lists name
// alice@example.com, and TMI accepts only users it knows, so she has "logged in" once.
const emulator = await startEmulator({
  clients: ['demo:demo-secret'],
  users: ['google:alice@example.com'],
  groups: ['tmi:security-champions'],
})
// Sessions saved by `tmi-sync login` go in the scratch folder, never in your own config.
const session = {
  TMI_URL: emulator.url,
  XDG_CONFIG_HOME: join(work, '.config'),
  TMI_CREDENTIALS_FILE: '',
  TMI_TOKEN: '',
  TMI_CLIENT_ID: '',
}
const service = { TMI_URL: emulator.url, TMI_CLIENT_ID: 'demo', TMI_CLIENT_SECRET: 'demo-secret' }
console.log(`\n# The embedded TMI emulator is listening on ${emulator.url}`)
try {
  await expect(
    1,
    'a service account (client credentials) reads and plans, but TMI refuses its writes: apply stops first',
    ['apply', '.', '--auto-approve'],
    service,
  )
  // TMI's development provider signs in the user login_hint names at once: no browser needed.
  await expect(
    0,
    'sign in as a person (OAuth + PKCE, loopback redirect)',
    ['login', '--idp', 'tmi', '--login-hint', 'demo'],
    session,
  )
  await expect(0, 'who TMI sees, and whether they can write', ['whoami'], session)
  await expect(
    2,
    'what would change in TMI, saved for review (exit 2: there are changes)',
    ['plan', '.', '--detailed-exitcode', '--out', 'demo.plan.json'],
    session,
  )
  await expect(0, 'apply exactly the reviewed plan', ['apply', 'demo.plan.json'], session)
  await expect(0, 'plan again: nothing left to do', ['plan', '.', '--detailed-exitcode'], session)
} finally {
  await emulator.close()
}

if (failures.length > 0) {
  console.error(`\n✖ demo failed:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
} else {
  console.log(`
✔ Demo complete. Try it on your own files:
  npx tmi-sync emulator --port 8080 --user google:alice@example.com --group tmi:security-champions
  export TMI_URL=http://127.0.0.1:8080
  npx tmi-sync login --idp tmi --login-hint you   # TMI's development provider: no password
  npx tmi-sync plan models/ && npx tmi-sync apply models/`)
}
