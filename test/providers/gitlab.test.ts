import { delay, http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { validatePaths } from '../../src/engine/validate/validate.js'
import { GitLabRepository, listGitLabRepositories } from '../../src/providers/gitlab.js'
import { WriteConflictError } from '../../src/providers/types.js'
import { GitLabFake } from '../helpers/gitlab-fake.js'
import { CONTRACT_FILES, repositoryContract, storeHost } from './repository-contract.js'

const TOKEN = 'glpat-secret-token-value'
const fake = new GitLabFake()
let main: string

const repository = () =>
  new GitLabRepository(fake.fullPath, { token: TOKEN, host: fake.host, retryBaseMs: 1 })

const host = storeHost(fake, repository, {
  pullRequests: () => fake.mergeRequests.map((m) => ({ title: m.title, body: m.description })),
  comments: () => fake.notes.map((n) => n.body),
  addComment: (body) => fake.notes.push({ id: 1, mr: 1, body }),
})

beforeAll(() => fake.server.listen({ onUnhandledRequest: 'error' }))
beforeEach(async () => {
  main = await host.seed(CONTRACT_FILES)
  fake.requests.length = 0
})
afterEach(() => fake.server.resetHandlers())
afterAll(() => fake.server.close())

repositoryContract('GitLab', () => host, { pullRequests: true, archive: true })

describe('GitLab adapter against a fake self-managed GitLab (nested groups)', () => {
  it('gives each request of a paginated listing its own deadline, not one for all its pages', async () => {
    // Every answer takes 80 ms, each request may take 200: a listing of several pages takes longer
    // in all than one request may, and must still succeed (gitbeaker's own signal spans them all).
    fake.server.use(http.all(`${fake.host}/*`, () => delay(80)))
    const repo = new GitLabRepository(fake.fullPath, {
      token: TOKEN,
      host: fake.host,
      retryBaseMs: 1,
      timeoutMs: 200,
    })
    const start = Date.now()
    expect((await repo.listBranches()).map((b) => b.name).sort()).toEqual(['docs', 'feature', 'main'])
    expect((await repo.listFiles(main)).length).toBe(3)
    expect(Date.now() - start).toBeGreaterThan(200)
  })

  it('reads: project, branches across pages, the tree in keyset pages, one raw read per file', async () => {
    const repo = repository()
    expect(await repo.info()).toEqual({ fullName: 'security/platform/threat-models', defaultBranch: 'main' })
    expect((await repo.listBranches()).map((b) => b.name).sort()).toEqual(['docs', 'feature', 'main'])
    expect(fake.requests.filter((r) => r.path.endsWith('/repository/branches'))).toHaveLength(2)
    expect(fake.requests[0]?.path).toBe('/api/v4/projects/security%2Fplatform%2Fthreat-models')
    expect(await repo.resolve('main')).toBe(main)
    await expect(repo.resolve('nope')).rejects.toThrow('no branch, tag or commit named nope')
    const files = await repo.listFiles(main)
    expect(files.map((f) => f.path)).toEqual(['README.md', 'models/a.tm.yaml', 'models/b.tm.yaml'])
    fake.requests.length = 0
    const contents = await repo.readFiles(main, files.slice(1))
    expect(Buffer.from(contents.get('models/b.tm.yaml')!).toString()).toBe('tmi_sync: 1\nkey: b\nname: B\n')
    expect(fake.requests.map((r) => r.path.split('/').at(-1))).toEqual(['raw', 'raw'])
  })

  it('lets GitLab refuse a file changed between the check and the commit', async () => {
    const repo = repository()
    // Someone commits to the branch right after the adapter read the file's last commit.
    const theirs = fake.writeCommit(
      fake.writeFiles({ ...fake.filesOf(main), 'models/a.tm.yaml': 'theirs' }),
      [main],
      'by hand',
    )
    fake.server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/repository/commits'))
        fake.refs.set('refs/heads/docs', theirs)
    })
    const write = repo.commit({
      branch: 'docs',
      parent: main,
      message: 'm',
      files: [{ path: 'models/a.tm.yaml', content: 'ours' }],
    })
    await expect(write).rejects.toBeInstanceOf(WriteConflictError)
    fake.server.events.removeAllListeners()
    expect(fake.filesOf(fake.refs.get('refs/heads/docs')!)['models/a.tm.yaml']).toBe('theirs')
  })

  it('reads a file’s blob and last commit from HEAD, never downloading it to write it', async () => {
    const repo = repository()
    const [a] = (await repo.listFiles(main)).filter((f) => f.path === 'models/a.tm.yaml')
    fake.requests.length = 0
    await repo.commit({
      branch: 'docs',
      parent: main,
      message: 'm',
      files: [{ path: 'models/a.tm.yaml', content: 'ours', expectedBlob: a!.blob }],
    })
    expect(fake.requests.map((r) => `${r.method} ${r.path.split('/repository/')[1] ?? r.path}`)).toEqual([
      'GET commits/docs',
      'HEAD files/models%2Fa.tm.yaml',
      'POST commits',
    ])
  })

  it('tells a refusal that is not a race from a conflict: a protected branch, any other 400, a failed check', async () => {
    const repo = repository()
    const write = () =>
      repo.commit({ branch: 'docs', parent: main, message: 'm', files: [{ path: 'n.md', content: 'n' }] })
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => e as Error,
      )
    fake.protectedBranches.add('docs')
    const pushed = await refusal(write())
    fake.protectedBranches.clear()
    expect(pushed).not.toBeInstanceOf(WriteConflictError)
    expect(pushed?.message).toContain('You are not allowed to push into this branch')
    fake.fail('POST', /\/repository\/commits$/, 400, {}, 1, 'actions[0][file_path] is invalid')
    const invalid = await refusal(write())
    expect(invalid).not.toBeInstanceOf(WriteConflictError)
    expect(invalid?.message).toContain('actions[0][file_path] is invalid')
    fake.fail('GET', /\/repository\/commits\/docs$/, 401)
    const unauthorised = await refusal(write())
    expect(unauthorised).not.toBeInstanceOf(WriteConflictError)
    expect(unauthorised?.message).toContain('GitLab refused the token')
  })

  it('reads the model files of a commit in two requests: the ref, and the archive of their folder', async () => {
    const models = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `models/m${i}.tm.yaml`,
        `tmi_sync: 1\nkey: m${i}\nname: M${i}\n`,
      ]),
    )
    await host.seed({ ...CONTRACT_FILES, 'other/x.tm.yaml': 'not: wanted', ...models })
    fake.requests.length = 0
    const report = await validatePaths([`gitlab:${fake.fullPath}@main:models/*.tm.yaml`], {
      env: { GITLAB_TOKEN: TOKEN, GITLAB_URL: fake.host },
    })
    expect(report.summary.valid).toBe(14)
    expect(report.files.map((f) => f.file)).not.toContain(expect.stringContaining('other/'))
    expect(fake.requests.map((r) => r.path.split('/repository/')[1])).toEqual([
      'commits/main',
      'archive.tar.gz',
    ])
  })

  it('waits as GitLab asks on 429 and retries reads on 5xx, and never shows the token', async () => {
    const repo = repository()
    fake.fail('GET', /\/repository\/tree$/, 429, { 'retry-after': '20' })
    fake.fail('GET', /\/repository\/tree$/, 503)
    fake.fail('GET', /\/raw$/, 502)
    const started = Date.now()
    const files = await repo.listFiles(main)
    await repo.readFiles(main, files.slice(0, 1))
    // The 429, the 503, then the tree's two keyset pages; the 502, then the read.
    expect(fake.requests.map((r) => r.path.split('/').at(-1))).toEqual([
      'tree',
      'tree',
      'tree',
      'tree',
      'raw',
      'raw',
    ])
    expect(Date.now() - started).toBeGreaterThanOrEqual(20) // Retry-After: 20 units of 1 ms
    fake.fail('GET', /threat-models$/, 401)
    const refused = (await repo.info().then(
      () => undefined,
      (e: unknown) => e,
    )) as Error
    expect(refused.message).toContain('GitLab refused the token')
    expect(JSON.stringify(refused) + refused.message + (refused.stack ?? '')).not.toContain(TOKEN)
  })

  it("lists the projects of a group with its subgroups, or the token owner's", async () => {
    const options = { token: TOKEN, host: fake.host, retryBaseMs: 1 }
    expect(await listGitLabRepositories('security', options)).toEqual([
      { fullName: 'security/platform/threat-models', defaultBranch: 'main', archived: false, fork: false },
    ])
    expect(fake.requests.at(-1)?.path).toBe('/api/v4/groups/security/projects')
    expect(await listGitLabRepositories(undefined, options)).toHaveLength(1)
    // A user's namespace is no group: its projects are listed under /users.
    expect(await listGitLabRepositories(fake.user, options)).toEqual([
      { fullName: `${fake.user}/models`, defaultBranch: 'main', archived: false, fork: false },
    ])
    // Archived projects and forks say so; subgroups' projects are listed with the group's.
    fake.listed = [
      { path_with_namespace: 'security/platform/threat-models' },
      { path_with_namespace: 'security/old', archived: true },
      { path_with_namespace: 'security/apps/sub/copy', forked: true },
    ]
    expect(
      (await listGitLabRepositories('security', options)).map((r) => [r.fullName, r.archived, r.fork]),
    ).toEqual([
      ['security/platform/threat-models', false, false],
      ['security/old', true, false],
      ['security/apps/sub/copy', false, true],
    ])
    fake.listed = undefined
  })

  it('is a source: gitlab:GROUP/SUB/PROJECT@REF:GLOB, with GITLAB_TOKEN and GITLAB_URL', async () => {
    const report = await validatePaths([`gitlab:${fake.fullPath}@main:models/*.tm.yaml`], {
      env: { GITLAB_TOKEN: TOKEN, GITLAB_URL: fake.host },
    })
    expect(report.files.map((f) => [f.file, f.source, f.key])).toEqual([
      [
        'gitlab:security/platform/threat-models@main:models/a.tm.yaml',
        'gitlab:security/platform/threat-models',
        'a',
      ],
      [
        'gitlab:security/platform/threat-models@main:models/b.tm.yaml',
        'gitlab:security/platform/threat-models',
        'b',
      ],
    ])
  })
})
