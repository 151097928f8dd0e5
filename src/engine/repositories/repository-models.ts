// engine/repositories: the library's repository API (Threat Dragon's server API over every
// provider): list repositories, branches and models, read, create and update a model file.
import { UserError } from '../../common/errors.js'
import type { ThreatModelFile } from '../../format/native.js'
import { updateModelText } from '../../format/update.js'
import { gitBlobId } from '../../providers/archive.js'
import { toNativeYaml } from '../../format/write.js'
import { loadModelFile, type ModelFormat } from '../../model/load.js'
import { listBitbucketRepositories } from '../../providers/bitbucket.js'
import type { DiscoverOptions } from '../../providers/filesystem.js'
import { listGitHubRepositories } from '../../providers/github.js'
import { listGitLabRepositories } from '../../providers/gitlab.js'
import { openRepository, readModelFiles } from '../../providers/open.js'
import { parseSource, type SourceSpec } from '../../providers/source.js'
import type { Branch, Repository, RepositoryInfo } from '../../providers/types.js'

/**
 * Threat Dragon's server API (repositories, branches, models, read, create, update) over every
 * provider, for tools that build on tmi-sync. A repository is named as a source:
 * `github:OWNER/REPO@BRANCH`, `gitlab:GROUP/PROJECT@BRANCH`, `bitbucket:WS/REPO@BRANCH`,
 * `git:URL@BRANCH`. Credentials come from `env` (GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN …).
 */
type Env = Record<string, string | undefined>

export interface ModelSummary {
  path: string
  key: string
  name: string
  format: ModelFormat
  /** The file's content id on that branch: pass it to `updateModel` to refuse a concurrent edit. */
  blob: string
}

export interface ReadModel extends ModelSummary {
  model: ThreatModelFile
  text: string
}

/** Repositories the credentials can see: an organisation's, group's or workspace's, or your own. */
export async function listRepositories(
  host: 'github' | 'gitlab' | 'bitbucket',
  owner: string | undefined,
  env: Env = process.env,
): Promise<RepositoryInfo[]> {
  if (host === 'github')
    return listGitHubRepositories(owner, {
      ...(env.GITHUB_TOKEN ? { token: env.GITHUB_TOKEN } : {}),
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    })
  if (host === 'gitlab')
    return listGitLabRepositories(owner, {
      ...(env.GITLAB_TOKEN ? { token: env.GITLAB_TOKEN } : {}),
      ...(env.GITLAB_URL ? { host: env.GITLAB_URL } : {}),
    })
  if (!owner) throw new UserError('Bitbucket lists repositories by workspace: name one', 2)
  return listBitbucketRepositories(owner, {
    ...(env.BITBUCKET_TOKEN ? { token: env.BITBUCKET_TOKEN } : {}),
    ...(env.BITBUCKET_USER ? { user: env.BITBUCKET_USER } : {}),
    ...(env.BITBUCKET_API_TOKEN ? { apiToken: env.BITBUCKET_API_TOKEN } : {}),
    ...(env.BITBUCKET_API_URL ? { baseUrl: env.BITBUCKET_API_URL } : {}),
  })
}

export async function listBranches(repository: string, env: Env = process.env): Promise<Branch[]> {
  return withRepository(repository, env, ({ repo }) => repo.listBranches())
}

/** The model files on a branch (ours and Threat Dragon's layout), each read once. */
export async function listModels(
  repository: string,
  options: DiscoverOptions & { env?: Env } = {},
): Promise<ModelSummary[]> {
  return withRepository(repository, options.env ?? process.env, async ({ repo, commit, spec }) => {
    return (await readModelFiles(repo, commit, spec, options)).flatMap((f) => {
      const loaded = loadModelFile({ path: f.path, bytes: f.bytes })
      if (!loaded.model || !loaded.key || !loaded.format) return []
      return [{ path: f.path, key: loaded.key, name: loaded.model.name, format: loaded.format, blob: f.blob }]
    })
  })
}

export async function readModel(
  repository: string,
  path: string,
  env: Env = process.env,
): Promise<ReadModel> {
  return withRepository(repository, env, async ({ repo, commit }) => {
    const { blob, bytes } = await readFile(repo, commit, path, repository)
    const loaded = loadModelFile({ path, bytes })
    if (!loaded.model || !loaded.key || !loaded.format)
      throw new UserError(
        `${repository}: ${path} is not a valid model (${loaded.diagnostics[0]?.message ?? 'unreadable'})`,
        1,
      )
    return {
      path,
      key: loaded.key,
      name: loaded.model.name,
      format: loaded.format,
      blob,
      model: loaded.model,
      text: Buffer.from(bytes).toString('utf8'),
    }
  })
}

/** Adds a model file in one commit on the branch; refuses if the path is taken. */
export async function createModel(
  repository: string,
  path: string,
  model: ThreatModelFile,
  options: { message?: string; env?: Env } = {},
): Promise<string> {
  return withRepository(repository, options.env ?? process.env, ({ repo, commit, branch }) =>
    repo.commit({
      branch,
      parent: commit,
      message: options.message ?? `Add threat model ${model.name}`,
      files: [
        {
          path,
          content: /\.json$/i.test(path) ? `${JSON.stringify(model, null, 2)}\n` : toNativeYaml(model),
          expectedBlob: null,
        },
      ],
    }),
  )
}

/**
 * Replaces a model file's content in one commit, changing only what differs (comments stay), and
 * only if the file is still `expectedBlob` (from `listModels` or `readModel`).
 */
export async function updateModel(
  repository: string,
  path: string,
  model: ThreatModelFile,
  expectedBlob: string,
  options: { message?: string; env?: Env } = {},
): Promise<string> {
  return withRepository(repository, options.env ?? process.env, async ({ repo, commit, branch }) => {
    const text = Buffer.from((await readFile(repo, commit, path, repository)).bytes).toString('utf8')
    const content = updateModelText(
      text,
      /\.json$/i.test(path) ? 'json' : 'yaml',
      model as unknown as Record<string, unknown>,
    )
    return repo.commit({
      branch,
      parent: commit,
      message: options.message ?? `Update threat model ${model.name}`,
      files: [{ path, content, expectedBlob }],
    })
  })
}

/** One file on a commit, with its content id. */
async function readFile(
  repo: Repository,
  commit: string,
  path: string,
  named: string,
): Promise<{ blob: string; bytes: Uint8Array }> {
  const file = (await repo.listFiles(commit)).find((f) => f.path === path)
  if (!file) throw new UserError(`${named}: no file ${path}`, 1)
  const bytes = (await repo.readFiles(commit, [file])).get(path) ?? new Uint8Array()
  return { blob: gitBlobId(bytes), bytes }
}

async function withRepository<T>(
  text: string,
  env: Env,
  run: (at: {
    repo: Repository
    spec: Extract<SourceSpec, { repo: string }>
    branch: string
    commit: string
  }) => Promise<T>,
): Promise<T> {
  const spec = parseSource(text)
  if (spec.kind === 'local')
    throw new UserError(`${text}: name a repository (github:, gitlab:, bitbucket: or git:)`, 2)
  const { repository: repo, close } = await openRepository(spec, env)
  try {
    const branch = spec.ref ?? (await repo.info()).defaultBranch
    return await run({ repo, spec, branch, commit: await repo.resolve(branch) })
  } finally {
    await close()
  }
}
