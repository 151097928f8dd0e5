import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { validatePaths } from '../../src/engine/validate/validate.js'
import { GitHubRepository, listGitHubRepositories } from '../../src/providers/github.js'
import { WriteConflictError } from '../../src/providers/types.js'
import { GitHubFake } from '../helpers/github-fake.js'
import { repositoryContract, storeHost } from './repository-contract.js'

const TOKEN = 'ghp_secret_token_value_123'
let fake: GitHubFake
let main: string

function repository(options: { baseUrl?: string; throttle?: boolean } = {}) {
  return new GitHubRepository(fake.fullName, {
    token: TOKEN,
    baseUrl: options.baseUrl ?? fake.baseUrl,
    fetch: fake.fetch(),
    // GitHub asks for a second between writes; the tests keep the waits, but make a second short.
    throttle: options.throttle === false ? { enabled: false } : { retryAfterBaseValue: 1 },
    retry: { retryAfterBaseValue: 1 },
  })
}

function seed(): void {
  const tree = fake.writeFiles({
    'README.md': '# models\n',
    'models/a.tm.yaml': 'tmi_sync: 1\nkey: a\nname: A\n',
    'models/b.tm.yaml': 'tmi_sync: 1\nkey: b\nname: B\n',
    'ThreatDragonModels/Shop/Shop.json': '{"version":"2.2.0"}',
  })
  main = fake.writeCommit(tree, [], 'models')
  fake.refs.set('refs/heads/main', main)
  fake.refs.set('refs/heads/feature', fake.writeCommit(fake.writeFiles({ 'x.tm.yaml': 'x' }), [main], 'x'))
  fake.refs.set('refs/heads/docs', main)
}

describe.each([
  ['github.com', 'https://api.github.com'],
  ['GitHub Enterprise Server', 'https://ghe.example.com/api/v3'],
])('GitHub adapter against a fake %s that follows the official API description', (_name, baseUrl) => {
  beforeAll(() => {
    fake = new GitHubFake('acme/threat-models', baseUrl, 2)
    fake.server.listen({ onUnhandledRequest: 'error' })
  })
  beforeEach(() => {
    seed()
    fake.requests.length = 0
  })
  afterEach(() => {
    expect(fake.violations.slice(0, 5)).toEqual([])
    fake.server.resetHandlers()
  })
  afterAll(() => fake.server.close())

  it('reads: repository, branches across pages, the whole tree in one call, one read per file', async () => {
    const repo = repository()
    expect(await repo.info()).toEqual({ fullName: 'acme/threat-models', defaultBranch: 'main' })
    expect((await repo.listBranches()).map((b) => b.name).sort()).toEqual(['docs', 'feature', 'main'])
    expect(fake.requests.filter((r) => r.path.endsWith('/branches'))).toHaveLength(2)
    expect(await repo.resolve('main')).toBe(main)
    await expect(repo.resolve('nope')).rejects.toThrow('no branch, tag or commit named nope')

    fake.requests.length = 0
    const files = await repo.listFiles(main)
    expect(files.map((f) => f.path)).toEqual([
      'README.md',
      'ThreatDragonModels/Shop/Shop.json',
      'models/a.tm.yaml',
      'models/b.tm.yaml',
    ])
    const wanted = files.filter((f) => f.path.endsWith('.tm.yaml'))
    const contents = await repo.readFiles(main, wanted)
    expect(Buffer.from(contents.get('models/b.tm.yaml')!).toString()).toBe('tmi_sync: 1\nkey: b\nname: B\n')
    expect(fake.requests.map((r) => r.path.split('/').slice(-3, -1).join('/'))).toEqual([
      'git/trees',
      'git/blobs',
      'git/blobs',
    ])
  })

  it('is a source for validate and plan: github:OWNER/REPO@REF:GLOB, with GITHUB_TOKEN and GITHUB_API_URL', async () => {
    const report = await validatePaths([`github:${fake.fullName}@main:models/*.tm.yaml`], {
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: baseUrl },
    })
    expect(report.files.map((f) => [f.file, f.source, f.key])).toEqual([
      ['github:acme/threat-models@main:models/a.tm.yaml', 'github:acme/threat-models', 'a'],
      ['github:acme/threat-models@main:models/b.tm.yaml', 'github:acme/threat-models', 'b'],
    ])
    // One listing of the tree and one read per model file: nothing else.
    expect(fake.requests.map((r) => r.path.split('/').slice(-3, -1).join('/'))).toEqual([
      'threat-models/commits',
      'git/trees',
      'git/blobs',
      'git/blobs',
    ])
  })

  repositoryContract(
    `GitHub (${_name})`,
    () =>
      storeHost(fake, () => repository({ throttle: false }), {
        pullRequests: () => fake.pulls.map((p) => ({ title: p.title, body: p.body })),
        comments: () => fake.comments.map((c) => c.body),
        addComment: (body) => fake.comments.push({ id: 1, issue: 1, body }),
      }),
    { pullRequests: true, archive: true },
  )

  it('lets exactly one of two concurrent writers win (GitHub refuses the other fast-forward)', async () => {
    const repo = repository({ throttle: false })
    const write = (name: string) =>
      repo.commit({ branch: 'docs', parent: main, message: name, files: [{ path: 'n.md', content: name }] })
    const results = await Promise.allSettled([write('one'), write('two')])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(
      WriteConflictError,
    )
  })

  it('reads blobs one at a time, as GitHub asks of integrators', async () => {
    let inFlight = 0
    let most = 0
    const counting: typeof fetch = async (input, init) => {
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise((r) => setTimeout(r, 5))
      try {
        return await fake.fetch()(input, init)
      } finally {
        inFlight--
      }
    }
    const repo = new GitHubRepository(fake.fullName, {
      token: TOKEN,
      baseUrl,
      fetch: counting,
      throttle: { enabled: false },
    })
    const files = await repo.listFiles(main)
    await repo.readFiles(main, files)
    expect([files.length, most]).toEqual([4, 1])
  })

  it('reads many model files in three requests: the ref, the tree, the tarball (without the token)', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `models/m${i}.tm.yaml`,
        `tmi_sync: 1\nkey: m${i}\nname: M${i}\n`,
      ]),
    )
    const head = fake.writeCommit(fake.writeFiles({ ...fake.filesOf(main), ...files }), [main], 'more')
    fake.refs.set('refs/heads/many', head)
    fake.codeloadAuthorization.length = 0
    const report = await validatePaths([`github:${fake.fullName}@many:models/*.tm.yaml`], {
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: baseUrl },
    })
    expect(report.summary.valid).toBe(14)
    expect(fake.requests.map((r) => r.path.split('/').slice(-2, -1)[0])).toEqual([
      'commits',
      'trees',
      'tarball',
      'legacy.tar.gz',
    ])
    expect(fake.codeloadAuthorization).toEqual([null])
  })

  it('leaves out deletions of files the branch no longer has, which GitHub refuses in a tree', async () => {
    const repo = repository({ throttle: false })
    const head = await repo.commit({
      branch: 'docs',
      parent: main,
      message: 'm',
      files: [
        { path: 'gone.tm.yaml', content: null },
        { path: 'models/a.tm.yaml', content: null },
      ],
    })
    expect(Object.keys(fake.filesOf(head)).sort()).toEqual([
      'README.md',
      'ThreatDragonModels/Shop/Shop.json',
      'models/b.tm.yaml',
    ])
  })

  it('says a protected branch or ruleset refused the update, rather than that the branch moved', async () => {
    const repo = repository({ throttle: false })
    fake.protectedBranches.set(
      'docs',
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
    )
    try {
      const refused = await repo
        .commit({ branch: 'docs', parent: main, message: 'm', files: [{ path: 'n.md', content: 'n' }] })
        .then(
          () => undefined,
          (e: unknown) => e as Error,
        )
      expect(refused).not.toBeInstanceOf(WriteConflictError)
      expect(refused?.message).toBe(
        'github:acme/threat-models: GitHub refused to update docs: Repository rule violations found Changes must be made through a pull request. (a branch protection rule or ruleset); write to another branch with --branch',
      )
    } finally {
      fake.protectedBranches.clear()
    }
  })

  it('checks the head again right before the update: a branch reset to an ancestor is a conflict', async () => {
    const repo = repository({ throttle: false })
    const child = fake.writeCommit(fake.writeFiles({ 'c.md': 'c' }), [main], 'child')
    fake.refs.set('refs/heads/docs', child)
    // Between the first check and the update, someone force-pushes docs back to main, an ancestor
    // of the commit being made: a fast-forward alone would accept it.
    const original = fake.refs.get.bind(fake.refs)
    let reads = 0
    fake.refs.get = (name: string) => {
      if (name === 'refs/heads/docs' && ++reads === 2) fake.refs.set('refs/heads/docs', main)
      return original(name)
    }
    try {
      await expect(
        repo.commit({ branch: 'docs', parent: child, message: 'm', files: [{ path: 'n.md', content: 'n' }] }),
      ).rejects.toBeInstanceOf(WriteConflictError)
      expect(original('refs/heads/docs')).toBe(main)
    } finally {
      fake.refs.get = original
    }
  })

  it('makes a comment once when the answer to its POST was lost', async () => {
    const repo = repository({ throttle: false })
    fake.fail('POST', /\/issues\/7\/comments$/, 502, { afterDone: true })
    await repo.upsertComment(7, '<!-- tmi-sync -->', 'plan')
    expect(fake.comments.filter((c) => c.issue === 7).map((c) => c.body)).toEqual(['<!-- tmi-sync -->\nplan'])
  })

  it('lists what a workflow token (an installation) can see, which has no user', async () => {
    const options = {
      token: 'ghs_workflow_token',
      baseUrl,
      fetch: fake.fetch(),
      throttle: { enabled: false },
    } as const
    expect(await listGitHubRepositories(undefined, options)).toEqual([
      { fullName: 'acme/threat-models', defaultBranch: 'main', archived: false, fork: false },
    ])
    expect(fake.requests.map((r) => r.path.replace(/^\/api\/v3/, ''))).toEqual([
      '/user/repos',
      '/installation/repositories',
    ])
  })

  it('walks the tree level by level when GitHub truncates the recursive answer', async () => {
    fake.treeLimit = 2
    try {
      const files = await repository().listFiles(main)
      expect(files.map((f) => f.path).sort()).toEqual([
        'README.md',
        'ThreatDragonModels/Shop/Shop.json',
        'models/a.tm.yaml',
        'models/b.tm.yaml',
      ])
      // The truncated answer, then the root, ThreatDragonModels, Shop and models, one level each.
      expect(fake.requests.filter((r) => r.path.includes('/git/trees/'))).toHaveLength(5)
    } finally {
      fake.treeLimit = 100_000
    }
  })

  it('lists the repositories of an organisation, or of the token owner', async () => {
    const options = { token: TOKEN, baseUrl, fetch: fake.fetch(), throttle: { enabled: false } } as const
    expect(await listGitHubRepositories('acme', options)).toEqual([
      { fullName: 'acme/threat-models', defaultBranch: 'main', archived: false, fork: false },
    ])
    expect(await listGitHubRepositories(undefined, options)).toHaveLength(1)
    // Archived repositories and forks say so: a scheduled sync passes them over by default.
    fake.listed = [
      { full_name: 'acme/threat-models' },
      { full_name: 'acme/old', archived: true },
      { full_name: 'acme/copy', fork: true },
    ]
    expect(
      (await listGitHubRepositories('acme', options)).map((r) => [r.fullName, r.archived, r.fork]),
    ).toEqual([
      ['acme/threat-models', false, false],
      ['acme/old', true, false],
      ['acme/copy', false, true],
    ])
    fake.listed = undefined
  })

  it('rides out server errors and rate limits, and never shows the token', async () => {
    const repo = repository()
    fake.fail('GET', /\/git\/trees\//, 500)
    fake.fail('GET', /\/git\/trees\//, 502)
    fake.secondaryRateLimit('GET', /\/git\/blobs\//)
    fake.primaryRateLimit('GET', /\/git\/blobs\//, 429)
    fake.primaryRateLimit('GET', /\/git\/blobs\//, 403)
    const files = await repo.listFiles(main)
    const contents = await repo.readFiles(main, files.slice(0, 1))
    expect(Buffer.from(contents.get('README.md')!).toString()).toBe('# models\n')
    // Each failure was met by a retry: 2 + 1 tree reads, 3 + 1 blob reads.
    expect(fake.requests.map((r) => r.path.split('/').at(-2))).toEqual([
      'trees',
      'trees',
      'trees',
      'blobs',
      'blobs',
      'blobs',
      'blobs',
    ])

    fake.fail('GET', /\/repos\/acme\/threat-models$/, 401, { message: 'Bad credentials' })
    const refused = (await repo.info().then(
      () => undefined,
      (e: unknown) => e,
    )) as Error
    expect(refused.message).toContain('GitHub refused the token')
    expect(JSON.stringify(refused) + refused.message + (refused.stack ?? '')).not.toContain(TOKEN)
  })
})
