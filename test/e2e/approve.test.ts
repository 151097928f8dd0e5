import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { PROJECT } from '../helpers/shared.js'

// `apply` on a terminal asks; util-linux `script` gives the binary a real pseudo-terminal.
const hasScript = spawnSync('script', ['--version']).status === 0
if (!hasScript) {
  if (process.env.CI === 'true') throw new Error('CI needs util-linux `script` to test apply on a terminal')
  console.warn('skipping: util-linux `script` is not installed, so no terminal can be given')
}

let emulator: RunningEmulator
let dir: string
beforeEach(async () => {
  emulator = await startEmulator({
    tokens: ['ci-user-token'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
  })
  dir = mkdtempSync(join(tmpdir(), 'tmi-sync-tty-'))
  cpSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, join(dir, 'payments-api.tm.yaml'))
})
afterEach(() => emulator.close())

/** Runs `tmi-sync apply .` on a terminal and types `answer` at the question. */
function applyOnTerminal(answer: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(`${PROJECT}bin/tmi-sync.js`)} apply .`
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: dir,
      env: {
        ...process.env,
        TMI_URL: emulator.url,
        TMI_TOKEN: 'ci-user-token',
        NO_COLOR: '1',
      },
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      output += s
      if (output.includes('Only "yes" is accepted') && !child.stdin.writableEnded)
        child.stdin.end(`${answer}\n`)
    })
    child.on('close', (code) => resolve({ code: code ?? -1, output }))
  })
}

const models = () => [...emulator.store.models.values()].filter((m) => !m.deleted_at)

describe.runIf(hasScript)('apply on a terminal', () => {
  it('shows the plan, asks, and sends nothing unless the answer is "yes"', async () => {
    const declined = await applyOnTerminal('y')
    expect(declined.output).toContain('Plan: 5 to create, 0 to update, 0 to delete.')
    expect(declined.output).toContain('Apply cancelled: nothing was sent to TMI.')
    expect(declined.code).toBe(1)
    expect(models()).toHaveLength(0)

    const approved = await applyOnTerminal('yes')
    expect(approved.output).toContain('payments-api: applied')
    expect(approved.code).toBe(0)
    expect(models()).toHaveLength(1)
  })
})

describe.runIf(hasScript)('login on a terminal', () => {
  it("asks which of TMI's identity providers to sign in with, when there are several", async () => {
    const config = mkdtempSync(join(tmpdir(), 'tmi-sync-tty-config-'))
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(`${PROJECT}bin/tmi-sync.js`)} login --no-browser --login-hint tty`
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], {
        cwd: dir,
        env: {
          ...process.env,
          TMI_URL: emulator.url,
          XDG_CONFIG_HOME: config,
          NO_COLOR: '1',
          TMI_CREDENTIALS_FILE: '',
        },
      })
      let output = ''
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        output += s
        if (output.includes('Sign in with which one?') && !child.stdin.writableEnded) child.stdin.end('1\n')
      })
      child.on('close', (code) => resolve({ code: code ?? -1, output }))
    })
    expect(result.output).toMatch(/1\. tmi \(tmi\)\s+2\. google \(google\)/)
    expect(result.output).toContain('signed in to')
    expect(result.output).toContain('(tmi:tty)')
    expect(result.code).toBe(0)
  })
})
