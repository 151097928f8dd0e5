import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT } from '../helpers/shared.js'

// Debian's chromium (.ci/run installs it when missing); without it this test cannot run here.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const available = existsSync(CHROMIUM)
if (!available)
  console.warn(`skipping the preview's browser test: no Chromium at ${CHROMIUM} (apt-get install chromium)`)

const stops: Array<() => void> = []
afterAll(() => stops.forEach((stop) => stop()))

describe.runIf(available)('the watch preview, in a real headless browser', () => {
  it('draws a fixture diagram, and shows a saved change without a reload', async () => {
    const { chromium } = await import('playwright-core')
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-preview-'))
    const file = join(dir, 'diagrams.tm.yaml')
    copyFileSync(`${PROJECT}fixtures/features/diagrams.tm.yaml`, file)
    const child = spawn(
      process.execPath,
      [`${PROJECT}bin/tmi-sync.js`, 'watch', dir, '--preview', '--format', 'json', '--refresh', '0'],
      { env: { ...process.env, TMI_URL: '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    stops.push(() => child.kill('SIGKILL'))
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        out += s
        const m = /"type":"preview","url":"([^"]+)"/.exec(out)
        if (m) resolve(m[1] as string)
      })
      child.once('exit', (code) => reject(new Error(`watch exited ${code}`)))
    })
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/$/)
    // Without the token, nothing is served.
    expect((await fetch(url.replace(/[0-9a-f]{32}\/$/, ''))).status).toBe(404)

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    stops.push(() => void browser.close())
    const page = await browser.newPage()
    const external: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url())
    })
    await page.goto(url)
    await page.waitForSelector('svg g.cell')
    // The fixture's first diagram: every cell drawn, with its label.
    const cells = (readFileSync(file, 'utf8').match(/^\s+- id: /gm) ?? []).length
    expect(await page.locator('.diagram svg g.cell').count()).toBeGreaterThanOrEqual(Math.min(cells, 7))
    expect(await page.locator('svg').first().textContent()).toContain('Orders API')
    await page.screenshot({ path: join(dir, 'preview.png') })
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))

    writeFileSync(file, readFileSync(file, 'utf8').replace('Orders API', 'Orders service'))
    await page.waitForFunction(() => document.body.textContent?.includes('Orders service'), undefined, {
      timeout: 15_000,
    })
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true)
    expect(external).toEqual([])
  })
})
