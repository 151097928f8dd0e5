import { beforeEach, describe, expect, it } from 'vitest'
import { gitBlobId } from '../../src/providers/archive.js'
import { UnsupportedError, WriteConflictError, type Repository } from '../../src/providers/types.js'
import type { GitStore } from '../helpers/git-store.js'

/** What the shared contract needs from each host under test (a fake, or real git). */
export interface ContractHost {
  repository(): Repository
  /** Makes `main`, `feature` and `docs` all hold `files`; returns main's commit. */
  seed(files: Record<string, string>): Promise<string>
  /** Someone else commits `files` (merged over what is there) on `branch`, behind the adapter's back. */
  pushBehind(branch: string, files: Record<string, string>): Promise<string>
  filesOn(branch: string): Promise<Record<string, string>>
  /** Hosts with pull requests: what the adapter opened, and the comments on the first one. */
  pullRequests?: () => Array<{ title: string; body: string }>
  comments?: () => string[]
  addComment?: (body: string) => void
}

/** A host whose state is a GitStore (the GitHub, GitLab and Bitbucket fakes). */
export function storeHost(
  store: GitStore,
  repository: () => Repository,
  extra: Pick<ContractHost, 'pullRequests' | 'comments' | 'addComment'>,
): ContractHost {
  return {
    repository,
    seed: (files) => {
      const main = store.writeCommit(store.writeFiles(files), [], 'models')
      store.refs.clear()
      for (const b of ['main', 'feature', 'docs']) store.refs.set(`refs/heads/${b}`, main)
      return Promise.resolve(main)
    },
    pushBehind: (branch, files) => {
      const head = store.refs.get(`refs/heads/${branch}`) as string
      const commit = store.writeCommit(
        store.writeFiles({ ...store.filesOf(head), ...files }),
        [head],
        'by hand',
      )
      store.refs.set(`refs/heads/${branch}`, commit)
      return Promise.resolve(commit)
    },
    filesOn: (branch) => Promise.resolve(store.filesOf(store.refs.get(`refs/heads/${branch}`) as string)),
    ...extra,
  }
}

/** What `seed` is given: two models and a file that is not one. */
export const CONTRACT_FILES = {
  'README.md': '# models\n',
  'models/a.tm.yaml': 'tmi_sync: 1\nkey: a\nname: A\n',
  'models/b.tm.yaml': 'tmi_sync: 1\nkey: b\nname: B\n',
}

/**
 * The behaviour every adapter owes the engine, whatever the host: the same tests for local git,
 * GitHub, GitLab and Bitbucket.
 */
export function repositoryContract(
  name: string,
  host: () => ContractHost,
  /** `archive`: the host serves an archive of a tree (`Repository.readTree`). */
  options: { pullRequests: boolean; archive?: boolean },
): void {
  describe(`${name}: the Repository contract`, () => {
    let h: ContractHost
    let main: string
    beforeEach(async () => {
      h = host()
      main = await h.seed(CONTRACT_FILES)
    })

    it.runIf(options.archive === true)(
      'reads a whole tree in one archive: the same files, bytes and blob ids as file by file',
      async () => {
        // Enough files for the archive to be worth it, one of them past tar's 100-character names.
        const deep = `models/${'a-rather-long-folder-name/'.repeat(4)}deep.tm.yaml`
        const models = Object.fromEntries(
          [deep, ...Array.from({ length: 12 }, (_, i) => `models/team-${i % 3}/m${i}.tm.yaml`)].map(
            (p, i) => [p, `tmi_sync: 1\nkey: m${i}\nname: Model ${i} é\n`],
          ),
        )
        const head = await h.seed({ ...CONTRACT_FILES, ...models })
        const repo = h.repository()
        const wanted = (path: string) => path.endsWith('.tm.yaml')
        const listed = (await repo.listFiles(head)).filter((f) => wanted(f.path))
        const read = await repo.readFiles(head, listed)
        // Content ids: the git id of the bytes (which is the listing's id where the host has one).
        const one = listed.map((f) => [
          f.path,
          gitBlobId(read.get(f.path)!),
          Buffer.from(read.get(f.path)!).toString(),
        ])
        const archived = await repo.readTree!(head, wanted)
        expect(archived?.map((f) => [f.path, f.blob, Buffer.from(f.bytes).toString()]).sort()).toEqual(
          one.sort(),
        )
        expect(archived?.map((f) => f.path)).toContain(deep)
      },
    )

    it('lists branches and every file on a commit, and reads them byte for byte', async () => {
      const repo = h.repository()
      expect((await repo.listBranches()).map((b) => b.name).sort()).toEqual(['docs', 'feature', 'main'])
      expect(await repo.resolve('main')).toBe(main)
      await expect(repo.resolve('no-such-branch')).rejects.toThrow(
        'no branch, tag or commit named no-such-branch',
      )
      const files = await repo.listFiles(main)
      expect(files.map((f) => f.path)).toEqual(['README.md', 'models/a.tm.yaml', 'models/b.tm.yaml'])
      const contents = await repo.readFiles(main, files)
      expect(Object.fromEntries([...contents].map(([p, b]) => [p, Buffer.from(b).toString('utf8')]))).toEqual(
        CONTRACT_FILES,
      )
    })

    it('writes, adds and deletes several files in one commit on the expected parent', async () => {
      const repo = h.repository()
      const a = (await repo.listFiles(main)).find((f) => f.path === 'models/a.tm.yaml')!
      const commit = await repo.commit({
        branch: 'docs',
        parent: main,
        message: 'Update models from TMI',
        files: [
          { path: 'models/a.tm.yaml', content: 'tmi_sync: 1\nkey: a\nname: A2\n', expectedBlob: a.blob },
          { path: 'models/new/c.tm.yaml', content: 'c', expectedBlob: null },
          { path: 'models/b.tm.yaml', content: null },
        ],
      })
      expect(await repo.resolve('docs')).toBe(commit)
      expect(await h.filesOn('docs')).toEqual({
        'README.md': '# models\n',
        'models/a.tm.yaml': 'tmi_sync: 1\nkey: a\nname: A2\n',
        'models/new/c.tm.yaml': 'c',
      })
      expect(await h.filesOn('main')).toEqual(CONTRACT_FILES)
    })

    it('refuses, writing nothing, when the branch moved or a file changed since it was read', async () => {
      const repo = h.repository()
      const a = (await repo.listFiles(main)).find((f) => f.path === 'models/a.tm.yaml')!
      const theirs = await h.pushBehind('docs', { 'models/a.tm.yaml': 'theirs' })
      await expect(
        repo.commit({
          branch: 'docs',
          parent: main,
          message: 'm',
          files: [{ path: 'README.md', content: 'x' }],
        }),
      ).rejects.toBeInstanceOf(WriteConflictError)
      await expect(
        repo.commit({
          branch: 'docs',
          parent: theirs,
          message: 'm',
          files: [{ path: 'models/a.tm.yaml', content: 'ours', expectedBlob: a.blob }],
        }),
      ).rejects.toMatchObject({ name: 'WriteConflictError', path: 'models/a.tm.yaml' })
      await expect(
        repo.commit({
          branch: 'docs',
          parent: theirs,
          message: 'm',
          files: [{ path: 'models/b.tm.yaml', content: 'ours', expectedBlob: null }],
        }),
      ).rejects.toMatchObject({ name: 'WriteConflictError', path: 'models/b.tm.yaml' })
      expect(await repo.resolve('docs')).toBe(theirs)
      expect((await h.filesOn('docs'))['models/a.tm.yaml']).toBe('theirs')
    })

    it('creates a branch only where none exists', async () => {
      const repo = h.repository()
      await repo.createBranch('tmi-sync/pull', main)
      expect(await repo.resolve('tmi-sync/pull')).toBe(main)
      await expect(repo.createBranch('main', main)).rejects.toBeInstanceOf(WriteConflictError)
    })

    if (!options.pullRequests)
      it('says it has no pull requests, rather than pretending', async () => {
        const repo = h.repository()
        const request = { head: 'docs', base: 'main', title: 't', body: 'b' }
        await expect(repo.openPullRequest(request)).rejects.toBeInstanceOf(UnsupportedError)
        await expect(repo.upsertComment(1, 'm', 'b')).rejects.toBeInstanceOf(UnsupportedError)
      })
    else
      it('opens one pull request and then updates it, and keeps one marked comment up to date', async () => {
        const repo = h.repository()
        await repo.createBranch('tmi-sync/pull', main)
        const request = { head: 'tmi-sync/pull', base: 'main', title: 'Models from TMI', body: 'first' }
        const opened = await repo.openPullRequest(request)
        expect(opened).toMatchObject({ number: 1, created: true })
        expect(await repo.openPullRequest({ ...request, body: 'second' })).toMatchObject({
          number: 1,
          created: false,
        })
        expect(h.pullRequests!()).toEqual([{ title: 'Models from TMI', body: 'second' }])
        h.addComment!('a reviewer')
        await repo.upsertComment(opened.number, '<!-- tmi-sync:plan -->', 'Plan: 1 to create')
        await repo.upsertComment(opened.number, '<!-- tmi-sync:plan -->', 'No changes')
        expect(h.comments!()).toEqual(['a reviewer', '<!-- tmi-sync:plan -->\nNo changes'])
      })
  })
}
