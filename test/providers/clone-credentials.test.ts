import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleGit } from 'simple-git'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openRepository } from '../../src/providers/open.js'
import { parseSource } from '../../src/providers/source.js'
import { runCliAsync } from '../helpers/cli.js'
import { PROJECT } from '../helpers/shared.js'

/**
 * A git server over smart HTTP (git's own http-backend) that asks for Basic credentials, and a
 * `git` on PATH that records its command line: credentials in a URL must reach the server, and
 * never a command line that `ps` shows.
 */
const backend = spawnSync('git', ['--exec-path'], { encoding: 'utf8' }).stdout.trim() + '/git-http-backend'
let server: Server
let url: string
let root: string
const seenAuth: string[] = []

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tmi-sync-http-git-'))
  const work = join(root, 'work')
  await simpleGit().init([work])
  const git = simpleGit(work)
  writeFileSync(
    join(work, 'payments-api.tm.yaml'),
    readFileSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`),
  )
  await git.add('.').addConfig('user.name', 't').addConfig('user.email', 't@example.com')
  await git.commit('models')
  await git.branch(['-M', 'main'])
  await simpleGit().clone(work, join(root, 'models.git'), ['--bare'])
  server = createServer((req, res) => {
    const auth = req.headers.authorization ?? ''
    seenAuth.push(auth)
    if (auth !== `Basic ${Buffer.from('x-token:p@ss w/rd').toString('base64')}`) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end()
      return
    }
    const u = new URL(req.url ?? '/', 'http://git')
    const cgi = spawn(backend, [], {
      env: {
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: u.pathname,
        QUERY_STRING: u.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_USER: 'x-token',
      },
    })
    req.pipe(cgi.stdin)
    const chunks: Buffer[] = []
    cgi.stdout.on('data', (c: Buffer) => chunks.push(c))
    cgi.on('close', () => {
      const out = Buffer.concat(chunks)
      const split = out.indexOf('\r\n\r\n')
      const head = out.subarray(0, split).toString('utf8').split('\r\n')
      const headers: Record<string, string> = {}
      let status = 200
      for (const line of head) {
        const [k, ...v] = line.split(':')
        if (k?.toLowerCase() === 'status') status = Number(v.join(':').trim().split(' ')[0])
        else if (k) headers[k] = v.join(':').trim()
      }
      res.writeHead(status, headers).end(out.subarray(split + 4))
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/models.git`
})
afterAll(() => new Promise<void>((ok) => server.close(() => ok())))

describe('a git: source whose URL carries credentials', () => {
  it('clones with them through GIT_ASKPASS, never on a command line', async () => {
    const shim = mkdtempSync(join(tmpdir(), 'tmi-sync-git-shim-'))
    const log = join(shim, 'argv.log')
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim()
    writeFileSync(
      join(shim, 'git'),
      `#!/bin/sh\nprintf '%s\\n' "$*" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(real)} "$@"\n`,
    )
    chmodSync(join(shim, 'git'), 0o755)
    const path = process.env.PATH
    process.env.PATH = `${shim}:${path ?? ''}`
    try {
      const secretUrl = url.replace('http://', `http://x-token:${encodeURIComponent('p@ss w/rd')}@`)
      const spec = parseSource(`git:${secretUrl}@main`)
      if (spec.kind === 'local') throw new Error('not a repository spec')
      const opened = await openRepository(spec)
      const commit = await opened.repository.resolve('main')
      const files = await opened.repository.listFiles(commit)
      expect(files.map((f) => f.path)).toEqual(['payments-api.tm.yaml'])
      await opened.close()
      expect(opened.repository.id).toBe(`git:${url.replace(/\.git$/, '')}`)
    } finally {
      process.env.PATH = path
    }
    const argv = readFileSync(log, 'utf8')
    expect(argv).toContain('clone')
    expect(argv).not.toMatch(/p@ss|p%40ss|x-token/)
    expect(seenAuth).toContain(`Basic ${Buffer.from('x-token:p@ss w/rd').toString('base64')}`)
  })

  it('shows no credential under DEBUG=*, which makes simple-git log its commands and environment', async () => {
    const secretUrl = url.replace('http://', `http://x-token:${encodeURIComponent('p@ss w/rd')}@`)
    const r = await runCliAsync(['validate', `git:${secretUrl}@main`], {
      env: { DEBUG: '*', TMI_CLIENT_SECRET: 'client-secret-in-env' },
    })
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain('simple-git')
    expect(r.stdout + r.stderr).not.toMatch(/p@ss|p%40ss|x-token|client-secret-in-env/)
  })
})
