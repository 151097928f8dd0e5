import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { validatePaths } from '../../src/engine/validate.js'
import { BitbucketRepository, listBitbucketRepositories } from '../../src/providers/bitbucket.js'
import { WriteConflictError } from '../../src/providers/types.js'
import { BitbucketFake } from '../helpers/bitbucket-fake.js'

const TOKEN = 'ATCTT3xFfGN0-bitbucket-secret'
const fake = new BitbucketFake()
let main: string

const repository = (auth: Record<string, string> = { token: TOKEN }) =>
  new BitbucketRepository(fake.fullName, { ...auth, retryBaseMs: 1 })

beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  main = fake.writeCommit(
    fake.writeFiles({
      'README.md': '# models\n',
      'models/a.tm.yaml': 'tmi_sync: 1\nkey: a\nname: A\n',
      'models/b.tm.yaml': 'tmi_sync: 1\nkey: b\nname: B\n',
    }),
    [],
    'models',
  )
  fake.refs.clear()
  for (const b of ['main', 'feature', 'docs']) fake.refs.set(`refs/heads/${b}`, main)
  fake.requests.length = 0
})
afterEach(() => fake.server.resetHandlers())
afterAll(() => fake.server.close())

describe('Bitbucket Cloud adapter against a fake of API 2.0', () => {
  it('reads: repository, branches across pages, the recursive src listing, one raw read per file', async () => {
    const repo = repository()
    expect(await repo.info()).toEqual({ fullName: 'acme-security/threat-models', defaultBranch: 'main' })
    expect((await repo.listBranches()).map((b) => b.name).sort()).toEqual(['docs', 'feature', 'main'])
    expect(fake.requests.filter((r) => r.path.endsWith('/refs/branches'))).toHaveLength(2)
    expect(await repo.resolve('main')).toBe(main)
    await expect(repo.resolve('nope')).rejects.toThrow('no branch, tag or commit named nope')
    const files = await repo.listFiles(main)
    expect(files.map((f) => f.path)).toEqual(['README.md', 'models/a.tm.yaml', 'models/b.tm.yaml'])
    fake.requests.length = 0
    const contents = await repo.readFiles(main, files.slice(1))
    expect(Buffer.from(contents.get('models/a.tm.yaml')!).toString()).toBe('tmi_sync: 1\nkey: a\nname: A\n')
    expect(fake.requests).toHaveLength(2)
  })

  it('writes and deletes several files in one POST /src, and Bitbucket refuses a moved branch (409)', async () => {
    const repo = repository({ user: 'dev@example.com', apiToken: TOKEN })
    const [, a] = await repo.listFiles(main)
    const commit = await repo.commit({
      branch: 'main',
      parent: main,
      message: 'Update models from TMI',
      files: [
        { path: 'models/a.tm.yaml', content: 'tmi_sync: 1\nkey: a\nname: A2\n', expectedBlob: a!.blob },
        { path: 'models/c.tm.yaml', content: 'c', expectedBlob: null },
        { path: 'models/b.tm.yaml', content: null },
      ],
    })
    expect(fake.refs.get('refs/heads/main')).toBe(commit)
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(fake.filesOf(commit)).toEqual({
      'README.md': '# models\n',
      'models/a.tm.yaml': 'tmi_sync: 1\nkey: a\nname: A2\n',
      'models/c.tm.yaml': 'c',
    })
    const stale = repo.commit({
      branch: 'main',
      parent: main,
      message: 'm',
      files: [{ path: 'README.md', content: 'x' }],
    })
    await expect(stale).rejects.toBeInstanceOf(WriteConflictError)
    // A file read at an older commit and changed since is refused even on the current tip.
    await expect(
      repo.commit({
        branch: 'main',
        parent: commit,
        message: 'm',
        files: [{ path: 'models/a.tm.yaml', content: 'x', expectedBlob: a!.blob }],
      }),
    ).rejects.toMatchObject({ name: 'WriteConflictError', path: 'models/a.tm.yaml' })
    await expect(
      repo.commit({
        branch: 'main',
        parent: commit,
        message: 'm',
        files: [{ path: 'models/c.tm.yaml', content: 'x', expectedBlob: null }],
      }),
    ).rejects.toMatchObject({ path: 'models/c.tm.yaml' })
    expect(fake.refs.get('refs/heads/main')).toBe(commit)
  })

  it('creates branches, opens or updates one pull request, and keeps one comment up to date', async () => {
    const repo = repository()
    await repo.createBranch('tmi-sync/pull', main)
    await expect(repo.createBranch('main', main)).rejects.toBeInstanceOf(WriteConflictError)
    const request = { head: 'tmi-sync/pull', base: 'main', title: 'Models from TMI', body: 'first' }
    expect(await repo.openPullRequest(request)).toEqual({
      number: 1,
      url: 'https://bitbucket.org/acme-security/threat-models/pull-requests/1',
      created: true,
    })
    expect(await repo.openPullRequest({ ...request, body: 'second' })).toMatchObject({
      number: 1,
      created: false,
    })
    expect(fake.pulls.map((p) => p.description)).toEqual(['second'])
    fake.comments.push({ id: 1, pr: 1, raw: 'a reviewer' })
    await repo.upsertComment(1, '<!-- tmi-sync:plan -->', 'Plan: 1 to create')
    await repo.upsertComment(1, '<!-- tmi-sync:plan -->', 'No changes')
    expect(fake.comments.map((c) => c.raw)).toEqual(['a reviewer', '<!-- tmi-sync:plan -->\nNo changes'])
  })

  it('waits on 429 as told, retries reads on 5xx, and never shows the credentials', async () => {
    const repo = repository()
    fake.fail('GET', /\/src\/[0-9a-f]+\/$/, 429, { 'retry-after': '15' })
    fake.fail('GET', /\/src\/[0-9a-f]+\/$/, 500)
    await repo.listFiles(main)
    // The 429, the 500, then the two pages of the listing.
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'GET'])
    const refused = (await repository({})
      .info()
      .then(
        () => undefined,
        (e: unknown) => e,
      )) as Error
    expect(refused.message).toContain('Bitbucket refused the credentials')
    const basic = (await repository({ user: 'dev@example.com', apiToken: TOKEN })
      .info()
      .then(
        () => undefined,
        (e: unknown) => e,
      )) as Error | undefined
    expect(basic).toBeUndefined()
    expect(JSON.stringify(refused) + refused.message + (refused.stack ?? '')).not.toContain(TOKEN)
  })

  it('lists the repositories of a workspace', async () => {
    expect(await listBitbucketRepositories('acme-security', { token: TOKEN })).toEqual([
      { fullName: 'acme-security/threat-models', defaultBranch: 'main' },
    ])
  })

  it('is a source: bitbucket:WORKSPACE/REPO@REF:GLOB, with BITBUCKET_TOKEN', async () => {
    const report = await validatePaths([`bitbucket:${fake.fullName}@main:models/*.tm.yaml`], {
      env: { BITBUCKET_TOKEN: TOKEN },
    })
    expect(report.files.map((f) => [f.file, f.key])).toEqual([
      ['bitbucket:acme-security/threat-models@main:models/a.tm.yaml', 'a'],
      ['bitbucket:acme-security/threat-models@main:models/b.tm.yaml', 'b'],
    ])
  })
})
