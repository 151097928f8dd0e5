import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { simpleGit } from 'simple-git'
import { beforeEach, describe, expect, it } from 'vitest'
import { LocalGitRepository } from '../../src/providers/local-git.js'
import { UnsupportedError, WriteConflictError } from '../../src/providers/types.js'
import { repositoryContract, type ContractHost } from './repository-contract.js'

/** A bare repository with `main` (two model files) and `feature` (one more), made with real git. */
async function bareRepo(): Promise<{ bare: string; work: string }> {
  const root = mkdtempSync(join(tmpdir(), 'tmi-sync-git-'))
  const bare = join(root, 'models.git')
  const work = join(root, 'work')
  await simpleGit().init(['--bare', '--initial-branch=main', bare])
  await simpleGit().clone(bare, work)
  const git = simpleGit(work).addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
  await git.checkout(['-b', 'main'])
  writeFileSync(join(work, 'a.tm.yaml'), 'tmi_sync: 1\nkey: a\nname: A\n')
  writeFileSync(join(work, 'b.tm.yaml'), 'tmi_sync: 1\nkey: b\nname: B\n')
  await git.add('.').commit('two models').push('origin', 'main')
  await git.checkout(['-b', 'feature'])
  writeFileSync(join(work, 'c.tm.yaml'), 'tmi_sync: 1\nkey: c\nname: C\n')
  await git.add('.').commit('a third').push('origin', 'feature')
  return { bare, work }
}

let repo: LocalGitRepository
let bare: string
let work: string
beforeEach(async () => {
  ;({ bare, work } = await bareRepo())
  repo = new LocalGitRepository(bare)
})

/** Real repositories on disk: a bare one, and a clone in which "someone else" works. */
function gitHost(): ContractHost {
  const root = mkdtempSync(join(tmpdir(), 'tmi-sync-contract-'))
  const origin = join(root, 'models.git')
  const clone = join(root, 'work')
  const other = () =>
    simpleGit(clone).addConfig('user.name', 'Other').addConfig('user.email', 'o@example.com')
  const write = (files: Record<string, string>) => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(clone, path)), { recursive: true })
      writeFileSync(join(clone, path), content)
    }
  }
  const repository = () => new LocalGitRepository(origin)
  return {
    repository,
    seed: async (files) => {
      await simpleGit().init(['--bare', '--initial-branch=main', origin])
      await simpleGit().clone(origin, clone)
      await other().checkout(['-b', 'main'])
      write(files)
      await other().add('.').commit('models').push('origin', 'main')
      for (const b of ['feature', 'docs']) await other().push('origin', `main:${b}`)
      return repository().resolve('main')
    },
    pushBehind: async (branch, files) => {
      await other()
        .fetch('origin')
        .checkout(['-B', branch, `origin/${branch}`])
      write(files)
      await other().add('.').commit('by hand').push('origin', branch)
      return repository().resolve(branch)
    },
    filesOn: async (branch) => {
      const repo = repository()
      const commit = await repo.resolve(branch)
      const files = await repo.listFiles(commit)
      const contents = await repo.readFiles(commit, files)
      return Object.fromEntries([...contents].map(([p, b]) => [p, Buffer.from(b).toString('utf8')]))
    },
  }
}

repositoryContract('local git (bare repository)', gitHost, { pullRequests: false })

describe('local git: reading', () => {
  it('lists branches, resolves refs and lists files on each with one call', async () => {
    const branches = await repo.listBranches()
    expect(branches.map((b) => b.name).sort()).toEqual(['feature', 'main'])
    const main = await repo.resolve('main')
    expect(branches.find((b) => b.name === 'main')?.commit).toBe(main)
    expect((await repo.listFiles(main)).map((f) => f.path)).toEqual(['a.tm.yaml', 'b.tm.yaml'])
    const feature = await repo.listFiles(await repo.resolve('feature'))
    expect(feature.map((f) => f.path)).toEqual(['a.tm.yaml', 'b.tm.yaml', 'c.tm.yaml'])
    expect(feature[2]).toMatchObject({
      size: Buffer.byteLength('tmi_sync: 1\nkey: c\nname: C\n'),
      blob: expect.stringMatching(/^[0-9a-f]{40}$/),
    })
    await expect(repo.resolve('nope')).rejects.toThrow('no branch, tag or commit named nope')
    expect(await repo.info()).toMatchObject({ defaultBranch: 'main' })
  })
})

describe('local git: writing', () => {
  it('lets exactly one of two concurrent writers win', async () => {
    const parent = await repo.resolve('main')
    const write = (name: string) =>
      repo.commit({ branch: 'main', parent, message: name, files: [{ path: 'a.tm.yaml', content: name }] })
    const results = await Promise.allSettled([write('first'), write('second')])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const rejected = results.find((r) => r.status === 'rejected')
    expect(
      rejected?.reason,
      String((rejected as { reason?: Error } | undefined)?.reason?.message),
    ).toBeInstanceOf(WriteConflictError)
    expect((await simpleGit(bare).log(['main'])).total).toBe(2)
  })

  it('never moves the branch a working tree has checked out, and has no pull requests', async () => {
    const local = new LocalGitRepository(work)
    const git = simpleGit(work)
    await git.checkout('main')
    const parent = await local.resolve('main')
    await expect(
      local.commit({ branch: 'main', parent, message: 'm', files: [{ path: 'a.tm.yaml', content: 'x' }] }),
    ).rejects.toBeInstanceOf(UnsupportedError)
    expect(readFileSync(join(work, 'a.tm.yaml'), 'utf8')).toContain('name: A')
    // Another branch of the same repository is fine, and the working tree is untouched.
    await local.commit({
      branch: 'feature',
      parent: await local.resolve('feature'),
      message: 'm',
      files: [{ path: 'a.tm.yaml', content: 'x' }],
    })
    expect((await git.status()).isClean()).toBe(true)
    await expect(local.openPullRequest()).rejects.toBeInstanceOf(UnsupportedError)
  })

  it('never moves a branch checked out in a linked worktree, of a bare repository or a checkout', async () => {
    await simpleGit(work).checkout('main')
    for (const dir of [bare, work]) {
      const linked = join(mkdtempSync(join(tmpdir(), 'tmi-sync-wt-')), 'wt')
      await simpleGit(dir).raw(['worktree', 'add', linked, 'feature'])
      const local = new LocalGitRepository(dir)
      const parent = await local.resolve('feature')
      await expect(
        local.commit({
          branch: 'feature',
          parent,
          message: 'm',
          files: [{ path: 'c.tm.yaml', content: 'x' }],
        }),
      ).rejects.toThrow(/feature is checked out in the working tree at .*wt/)
      expect(await local.resolve('feature')).toBe(parent)
      await simpleGit(dir).raw(['worktree', 'remove', '--force', linked])
    }
  })
})

describe('a checkout with a detached HEAD (what CI checks out)', () => {
  it('reads the commit checked out, not main', async () => {
    const git = simpleGit(work)
    const feature = (await git.revparse(['feature'])).trim()
    await git.checkout(['--detach', feature])
    const checkout = new LocalGitRepository(work)
    const info = await checkout.info()
    expect(info.defaultBranch).toBe('HEAD')
    const files = await checkout.listFiles(await checkout.resolve(info.defaultBranch))
    expect(files.map((f) => f.path).sort()).toEqual(['a.tm.yaml', 'b.tm.yaml', 'c.tm.yaml'])
  })
})

describe('a git: URL, cloned rather than read in place', () => {
  it('pushes what it commits back to the repository, and refuses (never forces) a branch that moved there', async () => {
    const { openRepository } = await import('../../src/providers/open.js')
    const { parseSource } = await import('../../src/providers/source.js')
    const spec = parseSource(`git:file://${bare}@main`)
    if (spec.kind === 'local') throw new Error('not a repository')
    const opened = await openRepository(spec)
    try {
      const parent = await opened.repository.resolve('main')
      const pushed = await opened.repository.commit({
        branch: 'main',
        parent,
        message: 'from tmi-sync',
        files: [{ path: 'd.tm.yaml', content: 'tmi_sync: 1\nkey: d\nname: D\n' }],
      })
      expect((await simpleGit(bare).revparse(['main'])).trim()).toBe(pushed)
      await opened.repository.createBranch('tmi-sync/pull-test', pushed)
      expect((await simpleGit(bare).revparse(['tmi-sync/pull-test'])).trim()).toBe(pushed)

      // Someone else pushes to main meanwhile: the next push from the clone is refused.
      const git = simpleGit(work)
      await git.checkout('main').pull('origin', 'main')
      writeFileSync(join(work, 'e.tm.yaml'), 'tmi_sync: 1\nkey: e\nname: E\n')
      await git.add('.').commit('someone else').push('origin', 'main')
      const theirs = (await simpleGit(bare).revparse(['main'])).trim()
      await expect(
        opened.repository.commit({
          branch: 'main',
          parent: pushed,
          message: 'stale',
          files: [{ path: 'f.tm.yaml', content: 'tmi_sync: 1\nkey: f\nname: F\n' }],
        }),
      ).rejects.toBeInstanceOf(WriteConflictError)
      expect((await simpleGit(bare).revparse(['main'])).trim()).toBe(theirs)
      expect(await opened.repository.resolve('main')).toBe(pushed)
    } finally {
      await opened.close()
    }
  })
})

describe('file modes and symbolic links', () => {
  it('keeps an executable file executable, and never replaces a symbolic link with a file', async () => {
    const git = simpleGit(work)
    await git.checkout('main')
    const { symlinkSync, chmodSync } = await import('node:fs')
    chmodSync(join(work, 'a.tm.yaml'), 0o755)
    symlinkSync('a.tm.yaml', join(work, 'link.tm.yaml'))
    await git.add('.').commit('modes').push('origin', 'main')
    const parent = await repo.resolve('main')
    const modes = new Map((await repo.listFiles(parent)).map((f) => [f.path, f.mode]))
    expect([modes.get('a.tm.yaml'), modes.get('link.tm.yaml')]).toEqual(['100755', '120000'])
    const commit = await repo.commit({
      branch: 'main',
      parent,
      message: 'edit',
      files: [{ path: 'a.tm.yaml', content: 'tmi_sync: 1\nkey: a\nname: A2\n' }],
    })
    expect(new Map((await repo.listFiles(commit)).map((f) => [f.path, f.mode])).get('a.tm.yaml')).toBe(
      '100755',
    )
    await expect(
      repo.commit({
        branch: 'main',
        parent: commit,
        message: 'through the link',
        files: [{ path: 'link.tm.yaml', content: 'tmi_sync: 1\nkey: l\nname: L\n' }],
      }),
    ).rejects.toBeInstanceOf(UnsupportedError)
    expect(await repo.resolve('main')).toBe(commit)
  })
})
