import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { validatePaths } from '../../src/engine/validate/validate.js'
import { gitBlobId } from '../../src/providers/archive.js'
import { BitbucketRepository, listBitbucketRepositories } from '../../src/providers/bitbucket.js'
import { readModelFiles } from '../../src/providers/open.js'
import { parseSource, type SourceSpec } from '../../src/providers/source.js'
import { WriteConflictError } from '../../src/providers/types.js'
import { BitbucketFake } from '../helpers/bitbucket-fake.js'
import { CONTRACT_FILES, repositoryContract, storeHost } from './repository-contract.js'

const TOKEN = 'ATCTT3xFfGN0-bitbucket-secret'
const fake = new BitbucketFake()
let main: string

const repository = (auth: Record<string, string> = { token: TOKEN }) =>
  new BitbucketRepository(fake.fullName, { ...auth, retryBaseMs: 1 })

// Basic auth (Atlassian account email + API token) for the contract; other tests use a Bearer token.
const host = storeHost(fake, () => repository({ user: 'dev@example.com', apiToken: TOKEN }), {
  pullRequests: () => fake.pulls.map((p) => ({ title: p.title, body: p.description })),
  comments: () => fake.comments.map((c) => c.raw),
  addComment: (raw) => fake.comments.push({ id: 1, pr: 1, raw }),
})

beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }))
beforeEach(async () => {
  main = await host.seed(CONTRACT_FILES)
  fake.requests.length = 0
})
afterEach(() => fake.server.resetHandlers())
afterAll(() => fake.server.close())

repositoryContract('Bitbucket Cloud', () => host, { pullRequests: true, archive: true })

describe('Bitbucket Cloud adapter against a fake of API 2.0', () => {
  it('commits with one POST /src, whose parents field Bitbucket checks', async () => {
    const repo = repository()
    await repo.commit({
      branch: 'main',
      parent: main,
      message: 'm',
      files: [
        { path: 'x.md', content: 'x' },
        { path: 'README.md', content: null },
      ],
    })
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      '/2.0/repositories/acme-security/threat-models/src',
    ])
  })

  it('resolves branch and tag names with "/" through refs, which /commit/{ref} cannot route', async () => {
    const repo = repository()
    fake.refs.set('refs/heads/release/2', main)
    fake.refs.set('refs/tags/v1/rc', main)
    expect(await repo.resolve('release/2')).toBe(main)
    expect(await repo.resolve('v1/rc')).toBe(main)
    expect(await repo.resolve(main)).toBe(main)
    await expect(repo.resolve('release/3')).rejects.toThrow('no branch, tag or commit named release/3')
  })

  it('refuses to commit to a branch deleted since it was read, which POST /src would recreate', async () => {
    const repo = repository()
    await repo.createBranch('tmi-sync/pull', main)
    fake.refs.delete('refs/heads/tmi-sync/pull')
    await expect(
      repo.commit({
        branch: 'tmi-sync/pull',
        parent: main,
        message: 'm',
        files: [{ path: 'x', content: 'x' }],
      }),
    ).rejects.toThrow(
      'branch tmi-sync/pull no longer exists (deleted since it was read); nothing was written',
    )
    expect(fake.refs.has('refs/heads/tmi-sync/pull')).toBe(false)
  })

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

  it('reads the model files of a commit in one download, or file by file where it is refused', async () => {
    const models = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `models/m${i}.tm.yaml`,
        `tmi_sync: 1\nkey: m${i}\nname: M${i}\n`,
      ]),
    )
    const head = await host.seed({ ...CONTRACT_FILES, ...models })
    const source = `bitbucket:${fake.fullName}@main:models/*.tm.yaml`
    const env = { BITBUCKET_TOKEN: TOKEN }
    fake.requests.length = 0
    expect((await validatePaths([source], { env })).summary.valid).toBe(14)
    expect(fake.requests.map((r) => r.path.split('/').slice(-2).join('/'))).toEqual([
      'refs/branches',
      `get/${head}.tar.gz`,
    ])
    fake.downloadRefused = true
    fake.requests.length = 0
    try {
      expect((await validatePaths([source], { env })).summary.valid).toBe(14)
      // Sent to sign in: the API's listing and a read per file instead.
      expect(fake.requests.filter((r) => r.path.includes('/src/'))).toHaveLength(1 + 7 + 14)
    } finally {
      fake.downloadRefused = false
    }
  })

  it('gives read files content ids, the same across commits, and writes against them', async () => {
    const repo = repository()
    const spec = parseSource(`bitbucket:${fake.fullName}@main:models/*.tm.yaml`) as Extract<
      SourceSpec,
      { repo: string }
    >
    const before = await readModelFiles(repo, main, spec)
    // A commit that changes another file: the model files' ids stay as they were.
    const next = await repo.commit({
      branch: 'main',
      parent: main,
      message: 'm',
      files: [{ path: 'x.md', content: 'x' }],
    })
    const after = await readModelFiles(repo, next, spec)
    expect(after.map((f) => [f.path, f.blob])).toEqual(before.map((f) => [f.path, f.blob]))
    expect(before[0]!.blob).toBe(gitBlobId(before[0]!.bytes))
    const write = (parent: string, expectedBlob: string) =>
      repo.commit({
        branch: 'main',
        parent,
        message: 'w',
        files: [{ path: before[0]!.path, content: 'new', expectedBlob }],
      })
    const head = await write(next, before[0]!.blob)
    await expect(write(head, before[0]!.blob)).rejects.toBeInstanceOf(WriteConflictError)
  })

  it('lists the repositories of a workspace', async () => {
    expect(await listBitbucketRepositories('acme-security', { token: TOKEN })).toEqual([
      { fullName: 'acme-security/threat-models', defaultBranch: 'main', fork: false },
    ])
    // A fork names its parent (Bitbucket Cloud has no archived repositories).
    fake.listed = [
      { full_name: 'acme-security/threat-models' },
      { full_name: 'acme-security/copy', fork: true },
    ]
    expect(
      (await listBitbucketRepositories('acme-security', { token: TOKEN })).map((r) => [r.fullName, r.fork]),
    ).toEqual([
      ['acme-security/threat-models', false],
      ['acme-security/copy', true],
    ])
    fake.listed = undefined
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
