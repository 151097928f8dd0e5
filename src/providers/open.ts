import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../common/errors.js'
import { countRequest } from '../common/request-count.js'
import { gitBlobId } from './archive.js'
import { redact, repositoryId, type SourceSpec } from './source.js'
import { fixedFolder, modelFileMatcher, type DiscoverOptions } from './filesystem.js'
import { ASKPASS_ENV, gitCredentials } from './git-credentials.js'
import { requestTimeoutMs } from '../common/timeout.js'
import type { RepoFile, Repository } from './types.js'

export interface OpenRepository {
  repository: Repository
  /** Removes what opening made (a temporary clone). */
  close: () => Promise<void>
}

/** The adapter for a remote source spec. Credentials come from `env`, never from the spec. */
export async function openRepository(
  spec: Extract<SourceSpec, { repo: string }>,
  env: Record<string, string | undefined> = process.env,
): Promise<OpenRepository> {
  const id = repositoryId(spec)
  // Each host's adapter (and its client library) loads only when a source names that host: a
  // command that reads local files starts without Octokit, gitbeaker and the rest.
  const timeout = { timeoutMs: requestTimeoutMs(env) }
  if (spec.kind === 'git') {
    const { LocalGitRepository } = await import('./local-git.js')
    // A repository on this machine is read in place; anything else is cloned, bare, once.
    if (existsSync(spec.repo))
      return { repository: new LocalGitRepository(spec.repo, id), close: async () => {} }
    const dir = await mkdtemp(join(tmpdir(), 'tmi-sync-clone-'))
    const credentials = await gitCredentials(spec.repo)
    try {
      countRequest('git')
      await (await gitWith(credentials)).clone(credentials.url, dir, ['--bare', '--quiet'])
    } catch (e) {
      await rm(dir, { recursive: true, force: true })
      await credentials.dispose()
      throw new UserError(
        redact(`${spec.text}: cannot clone ${spec.repo}: ${(e as Error).message.trim()}`),
        1,
      )
    }
    // What is committed in the clone is pushed back (with the same credentials), or it is lost.
    return {
      repository: new LocalGitRepository(dir, id, {
        url: credentials.url,
        env: { ...cleanEnv(process.env), ...credentials.env },
      }),
      close: async () => {
        await credentials.dispose()
        await rm(dir, { recursive: true, force: true })
      },
    }
  }
  if (spec.kind === 'github') {
    const { GitHubRepository } = await import('./github.js')
    const repository = new GitHubRepository(spec.repo, {
      ...timeout,
      ...(env.GITHUB_TOKEN ? { token: env.GITHUB_TOKEN } : {}),
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    })
    return { repository, close: async () => {} }
  }
  if (spec.kind === 'gitlab') {
    const { GitLabRepository } = await import('./gitlab.js')
    const repository = new GitLabRepository(spec.repo, {
      ...timeout,
      ...(env.GITLAB_TOKEN ? { token: env.GITLAB_TOKEN } : {}),
      ...(env.GITLAB_URL ? { host: env.GITLAB_URL } : {}),
    })
    return { repository, close: async () => {} }
  }
  const { BitbucketRepository } = await import('./bitbucket.js')
  const repository = new BitbucketRepository(spec.repo, {
    ...timeout,
    ...(env.BITBUCKET_TOKEN ? { token: env.BITBUCKET_TOKEN } : {}),
    ...(env.BITBUCKET_USER ? { user: env.BITBUCKET_USER } : {}),
    ...(env.BITBUCKET_API_TOKEN ? { apiToken: env.BITBUCKET_API_TOKEN } : {}),
    ...(env.BITBUCKET_API_URL ? { baseUrl: env.BITBUCKET_API_URL } : {}),
  })
  return { repository, close: async () => {} }
}

/**
 * The commit a source's ref (or its default branch) points to, in one request where the host
 * allows: an API call, or `git ls-remote` for a repository that is not on this machine (no clone).
 */
export async function resolveCommit(
  spec: Extract<SourceSpec, { repo: string }>,
  env: Record<string, string | undefined> = process.env,
): Promise<string> {
  if (spec.kind === 'git' && !existsSync(spec.repo)) {
    const credentials = await gitCredentials(spec.repo)
    try {
      countRequest('git')
      const ref = spec.ref ?? 'HEAD'
      const out = await (
        await gitWith(credentials)
      ).listRemote([credentials.url, ref, `refs/heads/${ref}`, `refs/tags/${ref}^{}`])
      const lines = out.trim().split('\n').filter(Boolean)
      // A tag's peeled line (^{}) names its commit; else the first match.
      const line = lines.find((l) => l.endsWith('^{}')) ?? lines[0]
      if (line) return line.split('\t')[0] as string
      if (spec.ref && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(spec.ref)) return spec.ref
      throw new UserError(`${spec.text}: no branch, tag or commit named ${ref}`, 1)
    } catch (e) {
      if (e instanceof UserError) throw e
      throw new UserError(redact(`${spec.text}: cannot read ${spec.repo}: ${(e as Error).message.trim()}`), 1)
    } finally {
      await credentials.dispose()
    }
  }
  const { repository, close } = await openRepository(spec, env)
  try {
    return await repository.resolve(spec.ref ?? (await repository.info()).defaultBranch)
  } finally {
    await close()
  }
}

/**
 * The model files a source picks on a commit, by path and blob id, without reading them: only
 * where the host lists a whole tree in one request (GitHub's recursive tree, a repository on this
 * machine). Undefined elsewhere (GitLab pages its tree, Bitbucket's has no blob ids, a `git:` URL
 * needs a clone): reading the source is then as cheap.
 */
export async function listModelFiles(
  spec: Extract<SourceSpec, { repo: string }>,
  commit: string,
  env: Record<string, string | undefined> = process.env,
): Promise<Array<{ path: string; blob: string }> | undefined> {
  if (spec.kind !== 'github' && !(spec.kind === 'git' && existsSync(spec.repo))) return undefined
  const wanted = sourceMatcher(spec)
  const { repository, close } = await openRepository(spec, env)
  try {
    return (await repository.listFiles(commit))
      .filter((f) => wanted(f.path))
      .map((f) => ({ path: f.path, blob: f.blob }))
  } finally {
    await close()
  }
}

/**
 * The model files a source picks on a commit (its glob, or the default globs): in one archive of
 * the tree where the host has one (2,000 files in 2 or 3 requests, not 2,001), or else one listing
 * of the tree and one read of each of those files.
 */
export async function readModelFiles(
  repository: Repository,
  commit: string,
  spec: Extract<SourceSpec, { repo: string }>,
  options: DiscoverOptions = {},
): Promise<Array<RepoFile & { bytes: Uint8Array }>> {
  const wanted = sourceMatcher(spec, options)
  // Any failure of the archive (refused, too large, cut off) falls back to reading file by file.
  const archived = await repository
    .readTree?.(commit, wanted, spec.glob ? fixedFolder(spec.glob) : undefined)
    .catch(() => undefined)
  if (archived) {
    countRequest('files', archived.length)
    return archived.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
  const listed = (await repository.listFiles(commit)).filter((f) => wanted(f.path))
  const contents = await repository.readFiles(commit, listed)
  countRequest('files', listed.length)
  // The blob is the content's git id on every host: Bitbucket's listing has none of its own.
  return listed.map((f) => {
    const bytes = contents.get(f.path) ?? new Uint8Array()
    return { ...f, blob: gitBlobId(bytes), bytes }
  })
}

/**
 * The files a repository source takes: its glob, or the default globs. One rule for reading them
 * and for listing them, so that a scheduled sync's "the same model files" means what was read.
 */
function sourceMatcher(
  spec: Extract<SourceSpec, { repo: string }>,
  options: DiscoverOptions = {},
): (path: string) => boolean {
  return modelFileMatcher(spec.glob ? { ...options, include: [spec.glob] } : options)
}

/** git for a repository elsewhere, with its credentials (`gitCredentials`) and a clean environment. */
async function gitWith(credentials: { env: Record<string, string> }) {
  const { simpleGit } = await import('simple-git')
  // allowUnsafeAskPass: the one askpass used is our own script, written just now, 0700.
  return simpleGit({ allowEnvironment: ASKPASS_ENV, unsafe: { allowUnsafeAskPass: true } }).env({
    ...cleanEnv(process.env),
    ...credentials.env,
  })
}

/**
 * The environment git clones with: what finding git, its config, proxies and certificates need.
 * Not the whole environment: simple-git's guard refuses EDITOR, PAGER, GIT_* … when named.
 */
const CLONE_ENV = [
  'PATH',
  'HOME',
  'USER',
  'TMPDIR',
  'LANG',
  'LC_ALL',
  'XDG_CONFIG_HOME',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
]
function cleanEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    CLONE_ENV.map((k) => [k, env[k]]).filter((e): e is [string, string] => e[1] !== undefined),
  )
}
