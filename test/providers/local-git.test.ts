import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleGit } from 'simple-git'
import { beforeEach, describe, expect, it } from 'vitest'
import { LocalGitRepository } from '../../src/providers/local-git.js'
import { UnsupportedError, WriteConflictError } from '../../src/providers/types.js'

const text = (b: Uint8Array | undefined) => Buffer.from(b ?? []).toString('utf8')

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

  it('reads many files with one git process, byte for byte', async () => {
    const commit = await repo.resolve('feature')
    const files = await repo.listFiles(commit)
    const contents = await repo.readFiles(commit, files)
    expect([...contents.keys()]).toEqual(['a.tm.yaml', 'b.tm.yaml', 'c.tm.yaml'])
    expect(text(contents.get('c.tm.yaml'))).toBe('tmi_sync: 1\nkey: c\nname: C\n')
  })
})

describe('local git: writing', () => {
  it('writes and deletes several files in one commit on top of the expected parent', async () => {
    const parent = await repo.resolve('main')
    const [a] = await repo.listFiles(parent)
    const commit = await repo.commit({
      branch: 'main',
      parent,
      message: 'Update models from TMI',
      files: [
        { path: 'a.tm.yaml', content: 'tmi_sync: 1\nkey: a\nname: A2\n', expectedBlob: a!.blob },
        { path: 'models/new.tm.yaml', content: 'tmi_sync: 1\nkey: n\nname: N\n', expectedBlob: null },
        { path: 'b.tm.yaml', content: null },
      ],
    })
    expect(await repo.resolve('main')).toBe(commit)
    const log = await simpleGit(bare).log(['main'])
    expect([log.total, log.latest?.message, log.latest?.author_name]).toEqual([
      2,
      'Update models from TMI',
      'tmi-sync',
    ])
    const files = await repo.listFiles(commit)
    expect(files.map((f) => f.path)).toEqual(['a.tm.yaml', 'models/new.tm.yaml'])
    expect(text((await repo.readFiles(commit, files)).get('a.tm.yaml'))).toContain('name: A2')
  })

  it('refuses, writing nothing, when the branch moved or a file changed since it was read', async () => {
    const parent = await repo.resolve('main')
    const [a] = await repo.listFiles(parent)
    // Someone else pushes first.
    const git = simpleGit(work)
    await git.checkout('main')
    writeFileSync(join(work, 'b.tm.yaml'), 'tmi_sync: 1\nkey: b\nname: B by hand\n')
    await git.add('.').commit('by hand').push('origin', 'main')
    const moved = await repo.resolve('main')

    const stale = repo.commit({
      branch: 'main',
      parent,
      message: 'm',
      files: [{ path: 'a.tm.yaml', content: 'x' }],
    })
    await expect(stale).rejects.toBeInstanceOf(WriteConflictError)
    await expect(stale).rejects.toThrow('it moved since it was read')
    // On the new head, a write that expects b.tm.yaml as it was before is refused too.
    const [, b] = await repo.listFiles(parent)
    const changed = repo.commit({
      branch: 'main',
      parent: moved,
      message: 'm',
      files: [{ path: 'b.tm.yaml', content: 'x', expectedBlob: b!.blob }],
    })
    await expect(changed).rejects.toMatchObject({ name: 'WriteConflictError', path: 'b.tm.yaml' })
    const exists = repo.commit({
      branch: 'main',
      parent: moved,
      message: 'm',
      files: [{ path: 'a.tm.yaml', content: 'x', expectedBlob: null }],
    })
    await expect(exists).rejects.toMatchObject({ path: 'a.tm.yaml' })
    expect(await repo.resolve('main')).toBe(moved)
    expect(a).toBeDefined()
  })

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

  it('creates a branch only where none exists', async () => {
    const main = await repo.resolve('main')
    await repo.createBranch('tmi-sync/pull', main)
    expect(await repo.resolve('tmi-sync/pull')).toBe(main)
    await expect(repo.createBranch('feature', main)).rejects.toBeInstanceOf(WriteConflictError)
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
})
