import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { PROJECT, sharedAvailable, TD_MODELS } from '../helpers/shared.js'

const tmp = () => mkdtempSync(join(tmpdir(), 'tmi-sync-cli-'))
const VALID = 'tmi_sync: 1\nkey: one\nname: One\n'

describe('tmi-sync validate (through the real binary)', () => {
  it('stops quietly when its reader goes away (| head), without a stack trace', () => {
    const dir = tmp()
    const threats = Array.from(
      { length: 3000 },
      (_, i) => `  - key: t${i}\n    name: T${i}\n    asset: nope\n`,
    )
    writeFileSync(join(dir, 'm.tm.yaml'), `tmi_sync: 1\nkey: m\nname: M\nthreats:\n${threats.join('')}`)
    // Far more than a pipe holds: the writes after `head` has gone fail with EPIPE.
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${PROJECT}bin/tmi-sync.js" validate m.tm.yaml | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`,
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    )
    expect(r.stderr).not.toMatch(/EPIPE|node:events|\n\s+at /)
    expect(r.stderr).toContain('1 of 1 file invalid')
    // The command still finished, and says how it went.
    expect(r.status).toBe(1)
  })

  it('exits 0 on the fixtures and says how many files are valid', () => {
    const r = runCli(['validate', 'fixtures'])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('8 files valid')
    expect(r.stdout).toBe('')
  })

  it('exits 1 with file:line:col: severity: message [rule] for an invalid file', () => {
    const r = runCli(['validate', 'test/corpus/unknown-asset.tm.yaml'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^test\/corpus\/unknown-asset\.tm\.yaml:7:12: error: .*asset "nope".* \[ref\.unknown-asset\]$/m,
    )
    expect(r.stderr).toContain('1 of 1 file invalid')
  })

  it('exits 2 on a usage error, and on a path that does not exist', () => {
    expect(runCli(['validate', '--format', 'xml']).code).toBe(2)
    expect(runCli(['validate', '--no-such-flag']).code).toBe(2)
    const missing = runCli(['validate', 'no/such/dir'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no such file or directory: no/such/dir')
  })

  it('allows warnings, unless --strict', () => {
    const file = 'test/corpus/severity-case.tm.yaml'
    const lenient = runCli(['validate', file])
    expect(lenient.code).toBe(0)
    expect(lenient.stdout).toContain('warning: severity "High" is stored by TMI as "high"')
    expect(runCli(['validate', '--strict', file]).code).toBe(1)
  })

  it('--format json is machine-readable and complete', () => {
    const r = runCli(['validate', '--format', 'json', 'test/corpus/unknown-asset.tm.yaml', 'fixtures/small'])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout) as {
      version: number
      valid: boolean
      summary: { files: number; invalid: number }
      files: Array<{
        file: string
        valid: boolean
        diagnostics: Array<{ rule: string; line: number; col: number }>
      }>
    }
    expect(report.version).toBe(1)
    expect(report.valid).toBe(false)
    expect(report.summary).toMatchObject({ files: 2, invalid: 1 })
    const bad = report.files.find((f) => f.file.endsWith('unknown-asset.tm.yaml'))
    expect(bad?.diagnostics[0]).toMatchObject({ rule: 'ref.unknown-asset', line: 7, col: 12 })
  })

  it('--format github writes workflow commands with escaped properties', () => {
    const r = runCli(['validate', '--format', 'github', 'test/corpus/threat-name-chars.tm.yaml'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^::error file=test\/corpus\/threat-name-chars\.tm\.yaml,line=6,col=11,title=tmi\.name-chars::name contains "&"/m,
    )
  })

  it('walks directories with include and exclude globs, and skips foreign JSON there', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.tm.yaml'), VALID)
    writeFileSync(join(dir, 'b.tm.yaml'), VALID.replace('one', 'two'))
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}')
    expect(runCli(['validate', dir]).stderr).toContain('2 files valid')
    expect(runCli(['validate', dir, '--exclude', 'b.*']).stderr).toContain('1 file valid')
    const foreign = runCli(['validate', dir, '--include', '**/*.json'])
    expect(foreign.code).toBe(1)
    expect(foreign.stderr).toContain('no threat-model files in')
  })

  it('rejects two files that claim the same model key', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.tm.yaml'), VALID)
    writeFileSync(join(dir, 'b.tm.yaml'), VALID)
    const r = runCli(['validate', dir])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/b\.tm\.yaml:2:6: error: model key "one" is already used by .*a\.tm\.yaml/)
  })

  it('honours --max-file-size', () => {
    const r = runCli(['validate', '--max-file-size', '1KB', 'fixtures/large/online-bank.tm.yaml'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('[file.too-large]')
  })

  it('colours only when asked: NO_COLOR wins over FORCE_COLOR', () => {
    const file = 'test/corpus/unknown-asset.tm.yaml'
    expect(runCli(['validate', file], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain(
      '\u001b[',
    )
    expect(runCli(['validate', file], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    )
    expect(runCli(['validate', file], { env: { NO_COLOR: undefined } }).stdout).not.toContain('\u001b[')
  })

  it('prints its version, and help with examples and exit codes', () => {
    const v = runCli(['--version'])
    expect(v.code).toBe(0)
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    const help = runCli(['validate', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Examples:')
    expect(help.stdout).toContain('Exit codes: 0 valid')
  })
})

describe.runIf(sharedAvailable(TD_MODELS))('Threat Dragon files through the binary', () => {
  it('validates a model laid out as Threat Dragon saves it', () => {
    const dir = tmp()
    const target = join(dir, 'ThreatDragonModels/Demo Threat Model/Demo Threat Model.json')
    mkdirSync(dirname(target), { recursive: true })
    cpSync(join(TD_MODELS, 'v2-threat-model.json'), target)
    const r = runCli(['validate', dir, '--verbose'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('info: trust boundary curve dropped')
  })

  it('reports the malformed model with located errors', () => {
    const r = runCli(['validate', join(TD_MODELS, 'v2-malformed-new-model.json')])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /v2-malformed-new-model\.json:1:1: error: missing required field "detail" \[td\.schema\.required\]/,
    )
  })

  it('imports Threat Dragon files to .tm.yaml files that then validate', () => {
    const out = tmp()
    const r = runCli([
      'import',
      'threat-dragon',
      join(TD_MODELS, 'v2-threat-model.json'),
      join(TD_MODELS, 'generic-cms.json'),
      '--out',
      out,
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('[td.dangling-flow]')
    expect(r.stderr).toMatch(/v2-threat-model\.json → .*v2-threat-model\.tm\.yaml \(\d+ lossy points\)/)
    const again = runCli(['validate', out])
    expect(again.code).toBe(0)
    expect(again.stderr).toContain('2 files valid')
  })

  it('never overwrites an imported file edited by hand, unless --force', () => {
    const out = tmp()
    const source = join(TD_MODELS, 'generic-cms.json')
    expect(runCli(['import', 'threat-dragon', source, '--out', out]).code).toBe(0)
    const [name] = readdirSync(out)
    const file = join(out, name!)
    expect(runCli(['import', 'threat-dragon', source, '--out', out]).code).toBe(0)
    writeFileSync(file, `${readFileSync(file, 'utf8')}# my own note\n`)
    const edited = readFileSync(file, 'utf8')
    const again = runCli(['import', 'threat-dragon', source, '--out', out])
    expect(again.code).toBe(1)
    expect(again.stdout).toContain(
      'exists and differs from this import (edited since?); it was left as it is: --force replaces it [import.would-overwrite]',
    )
    expect(readFileSync(file, 'utf8')).toBe(edited)
    expect(runCli(['import', 'threat-dragon', source, '--out', out, '--force']).code).toBe(0)
    expect(readFileSync(file, 'utf8')).not.toContain('# my own note')
  })

  it('refuses to import a v1 model, saying what to do', () => {
    const r = runCli([
      'import',
      'threat-dragon',
      join(TD_MODELS, 'v1-demo-threat-model.json'),
      '--out',
      tmp(),
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('open it in Threat Dragon 2 and save it')
  })
})

describe.runIf(sharedAvailable(TD_MODELS))(
  'finding Threat Dragon files, and saying when nothing is found',
  () => {
    it('takes the ThreatDragonModels folder itself, and a model folder inside it', () => {
      const dir = tmp()
      mkdirSync(join(dir, 'ThreatDragonModels', 'Demo'), { recursive: true })
      cpSync(`${TD_MODELS}v2-threat-model.json`, join(dir, 'ThreatDragonModels', 'Demo', 'Demo.json'))
      for (const path of ['ThreatDragonModels', 'ThreatDragonModels/', 'ThreatDragonModels/Demo']) {
        const r = runCli(['validate', path], { cwd: dir })
        expect([path, r.code, r.stderr]).toEqual([path, 0, expect.stringContaining('1 file valid')])
      }
    })

    it('says what it looked for and what it passed over when nothing is found', () => {
      const dir = tmp()
      cpSync(`${TD_MODELS}v2-threat-model.json`, join(dir, 'loose.json'))
      const r = runCli(['validate', '.'], { cwd: dir })
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(
        "no threat-model files in .: looked for **/*.tm.{yaml,yml,json}, **/*.otm.{json,yaml,yml} and **/ThreatDragonModels/**/*.json; 1 other .json file was not taken (loose.json): Threat Dragon saves each model as ThreatDragonModels/<title>/<title>.json, so move them there, or pass --include '**/*.json'\n",
      )
    })

    it('refuses to plan nothing (exit 1, saying why) unless --allow-empty', () => {
      const dir = tmp()
      writeFileSync(join(dir, 'README.md'), 'no models here')
      const env = { TMI_URL: 'http://127.0.0.1:9', TMI_TOKEN: 'token-value' }
      const empty = runCli(['plan', '.'], { cwd: dir, env })
      expect(empty.code).toBe(1)
      expect(empty.stderr).toMatch(
        /^tmi-sync: no threat-model files in \.: looked for .*; --allow-empty plans nothing on purpose\n$/,
      )
      const apply = runCli(['apply', '.', '--auto-approve'], { cwd: dir, env })
      expect(apply.code).toBe(1)
    })
  },
)

describe('saved plans', () => {
  it('are named for what they are by validate, not called a Threat Dragon 1.x model', () => {
    const dir = tmp()
    const file = join(dir, 'plan.json')
    writeFileSync(file, JSON.stringify({ format: 1, tool: 'tmi-sync', summary: { create: 0 }, models: [] }))
    const r = runCli(['validate', file])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'error: this is a plan saved by tmi-sync plan, not a threat model: apply it with "tmi-sync apply FILE" [format.plan]',
    )
    expect(r.stdout).not.toContain('Threat Dragon')
  })

  it('are applied as planned: apply PLANFILE refuses flags that would change them', () => {
    const dir = tmp()
    const file = join(dir, 'plan.json')
    writeFileSync(file, JSON.stringify({ format: 1, tool: 'tmi-sync', models: [] }))
    const env = { TMI_URL: 'http://127.0.0.1:9', TMI_TOKEN: 'token-value' }
    for (const flags of [['--prune'], ['--on-drift', 'overwrite'], ['--source', 'other']]) {
      const r = runCli(['apply', file, ...flags], { env })
      expect([flags[0], r.code]).toEqual([flags[0], 2])
      expect(r.stderr).toContain(`tmi-sync: ${flags[0]}: a saved plan is applied exactly as it was planned`)
    }
  })
})

describe('files that are not files, or far too large', () => {
  it('refuses a FIFO or a device named on the command line, in one line', () => {
    const dir = tmp()
    const fifo = join(dir, 'pipe.tm.yaml')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    for (const path of [fifo, '/dev/zero']) {
      const r = runCli(['validate', path])
      expect([path, r.code, r.stderr]).toEqual([
        path,
        2,
        `tmi-sync: not a regular file or a directory: ${path}\n`,
      ])
    }
  })

  it('refuses a sparse 1 GB file by its size, without reading it', () => {
    const dir = tmp()
    const big = join(dir, 'big.tm.yaml')
    writeFileSync(big, '')
    truncateSync(big, 1024 ** 3)
    const started = Date.now()
    const r = runCli(['validate', big])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      `error: file is ${1024 ** 3} bytes, over the 5242880-byte limit (raise it with --max-file-size) [file.too-large]`,
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('every failure is one line', () => {
  it('names the folder an output would go into when it does not exist, before any work', () => {
    const dir = tmp()
    const env = { TMI_URL: 'http://127.0.0.1:9', TMI_TOKEN: 'token-value' }
    const plan = runCli(['plan', '.', '--out', 'missing/plan.json'], { cwd: dir, env })
    expect([plan.code, plan.stderr]).toEqual([
      2,
      `tmi-sync: --out missing/plan.json: the folder ${join(dir, 'missing')} does not exist\n`,
    ])
    writeFileSync(join(dir, 'a-file'), '')
    const imported = runCli(['import', 'threat-dragon', '.', '--out', 'a-file'], { cwd: dir })
    expect([imported.code, imported.stderr]).toEqual([
      2,
      'tmi-sync: --out a-file: is a file; name a folder\n',
    ])
    const pulled = runCli(['pull', 'a-file'], { cwd: dir, env })
    expect([pulled.code, pulled.stderr]).toEqual([
      2,
      'tmi-sync: DESTINATION a-file: is a file; name a folder\n',
    ])
    const data = runCli(['emulator', '--data', 'nowhere/state.json'], { cwd: dir })
    expect([data.code, data.stderr]).toEqual([
      2,
      `tmi-sync: --data nowhere/state.json: the folder ${join(dir, 'nowhere')} does not exist\n`,
    ])
  })

  it('says a port is in use in one line', async () => {
    const server = createServer()
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
    const port = (server.address() as AddressInfo).port
    const r = runCli(['emulator', '--port', String(port)])
    server.close()
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `tmi-sync: listen 127.0.0.1:${port}: the address is in use (choose another --port)\n`,
    )
  })
})
