// engine/pull: TMI → files. What TMI holds for a source is written into its model files, updated in
// place (merged with a local edit, never over one), in a folder or on a repository's branch.
import { readFile, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { UserError } from '../../common/errors.js'
import type { ThreatModelFile } from '../../format/native.js'
import { updateModelText } from '../../format/update.js'
import { toNativeYaml } from '../../format/write.js'
import { desiredModel, keysOf, PLURAL } from '../../model/desired.js'
import { exportModel } from '../../model/export.js'
import { loadModelFile } from '../../model/load.js'
import { META, metadataMap, remoteModel, type RemoteModel, type RemoteSnapshot } from '../../model/remote.js'
import { diffModel } from '../../reconcile/diff.js'
import { mergeModel, type MergeResult } from '../../reconcile/merge.js'
import { discoverFiles, fixedFolder, type DiscoverOptions } from '../../providers/filesystem.js'
import { openRepository, readModelFiles } from '../../providers/open.js'
import { parseSource, repositoryId, type SourceSpec } from '../../providers/source.js'
import type { Repository } from '../../providers/types.js'
import type { MetadataTarget, TmiClient } from '../../tmi/client.js'
import { readSnapshot, unlessGone } from '../../tmi/snapshot.js'

export interface PullOptions extends DiscoverOptions {
  /** The source name of a local destination (`--source`); a repository is named after itself. */
  source: string
  /** Threat models to pull by TMI id, owned or not (pulling one starts managing it). */
  ids?: string[]
  /** Repository destinations: the branch to write to, created from the ref, and a pull request. */
  branch?: string
  cwd?: string
  env?: Record<string, string | undefined>
}

export interface PulledFile {
  /** Where it is written: a path, or a path in the repository. */
  path: string
  key: string
  threatModelId: string
  status: 'created' | 'updated' | 'unchanged'
}

export interface PullResult {
  files: PulledFile[]
  /** Notes for the user: Threat Dragon files left alone, a branch and pull request opened. */
  notes: string[]
  /** Models that were not written, and why (a key from TMI that cannot be a file name). */
  refused: string[]
}

/** The format's key rule (schemas/threat-model.schema.json `$defs.key`): no `/`, no `..`, no hidden files. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

interface Existing {
  path: string
  text: string
  blob?: string
  model?: ThreatModelFile
  format?: string
}

/**
 * TMI → files. Every model tmi-sync owns for the destination's source (or those named by id) is
 * written as a model file: an existing file is updated in place, changing only what differs, so
 * the diff is small and comments stay; a new model gets `<key>.tm.yaml`. A pulled model then
 * plans as no changes.
 */
export async function pullModels(
  destination: string,
  client: TmiClient,
  options: PullOptions,
): Promise<PullResult> {
  const spec = parseSource(destination)
  if (spec.kind === 'local') return pullToDirectory(spec.path, client, options)
  const { repository, close } = await openRepository(spec, options.env)
  try {
    return await pullToRepository(spec, repository, client, options)
  } finally {
    await close()
  }
}

async function pullToDirectory(dir: string, client: TmiClient, options: PullOptions): Promise<PullResult> {
  const cwd = options.cwd ?? process.cwd()
  const root = resolve(cwd, dir)
  await mkdir(root, { recursive: true })
  const found = await discoverFiles([root], options, cwd)
  const existing: Existing[] = await Promise.all(
    found.map(async (f) => ({ path: f.absolute, text: await readFile(f.absolute, 'utf8') })),
  )
  const { writes, result, accept } = await plan(existing, options.source, client, options, (key) =>
    join(root, `${key}.tm.yaml`),
  )
  for (const w of writes) {
    await mkdir(dirname(w.path), { recursive: true })
    await writeFile(w.path, w.content)
  }
  await recordAccepted(client, accept)
  return result
}

async function pullToRepository(
  spec: Extract<SourceSpec, { repo: string }>,
  repository: Repository,
  client: TmiClient,
  options: PullOptions,
): Promise<PullResult> {
  const info = await repository.info()
  const base = spec.ref ?? info.defaultBranch
  const branch = options.branch ?? `tmi-sync/pull-${new Date().toISOString().slice(0, 10)}`
  // A pull branch left by an earlier pull (its request still open) is built on, not recreated.
  const existingBranch = (await repository.listBranches()).find((b) => b.name === branch)
  const commit = existingBranch?.commit ?? (await repository.resolve(base))
  const existing: Existing[] = (await readModelFiles(repository, commit, spec, options)).map((f) => ({
    path: f.path,
    blob: f.blob,
    text: Buffer.from(f.bytes).toString('utf8'),
  }))
  const folder = spec.glob ? fixedFolder(spec.glob) : ''
  const { writes, result, accept } = await plan(
    existing,
    repositoryId(spec),
    client,
    options,
    (key) => `${folder}${key}.tm.yaml`,
  )
  if (writes.length === 0) {
    if (options.branch === base) await recordAccepted(client, accept)
    return result
  }
  const blobs = new Map(existing.map((e) => [e.path, e.blob ?? null]))
  if (!existingBranch) await repository.createBranch(branch, commit)
  const head = await repository.commit({
    branch,
    parent: commit,
    message: `Pull ${writes.length} threat model${writes.length === 1 ? '' : 's'} from TMI`,
    files: writes.map((w) => ({ path: w.path, content: w.content, expectedBlob: blobs.get(w.path) ?? null })),
  })
  result.notes.push(`committed ${head.slice(0, 12)} to ${repositoryId(spec)}@${branch}`)
  // Written to the branch that is applied: TMI's edits are now the files', so record them as applied.
  // On a pull-request branch they are not yet: until it merges, a plan of the base still reports
  // them as changed in TMI rather than overwriting them.
  if (branch === base) await recordAccepted(client, accept)
  if (branch !== base) {
    try {
      const pr = await repository.openPullRequest({
        head: branch,
        base,
        title: 'Threat models from TMI',
        body: `Pulled by tmi-sync from TMI:\n\n${result.files
          .filter((f) => f.status !== 'unchanged')
          .map((f) => `- \`${f.path}\` (${f.status})`)
          .join('\n')}\n`,
      })
      result.notes.push(`${pr.created ? 'opened' : 'updated'} ${pr.url}`)
    } catch (e) {
      if ((e as Error).name !== 'UnsupportedError') throw e
      result.notes.push(`${spec.kind} has no pull requests: merge ${branch} into ${base} yourself`)
    }
  }
  return result
}

/** What to write: the models TMI holds for `source`, merged into the files that hold them now. */
async function plan(
  existing: Existing[],
  source: string,
  client: TmiClient,
  options: PullOptions,
  newPath: (key: string) => string,
): Promise<{ writes: Array<{ path: string; content: string }>; result: PullResult; accept: Accepted[] }> {
  const byKey = new Map<string, Existing>()
  for (const e of existing) {
    const loaded = loadModelFile({ path: e.path, bytes: Buffer.from(e.text) })
    if (!loaded.model || !loaded.key) continue
    e.model = loaded.model
    if (loaded.format) e.format = loaded.format
    byKey.set(loaded.key, e)
  }
  const result: PullResult = { files: [], notes: [], refused: [] }
  const writes: Array<{ path: string; content: string }> = []
  const accept: Accepted[] = []
  for (const snapshot of await ownedSnapshots(client, source, options.ids, existing)) {
    const meta = metadataMap(snapshot.threatModel.metadata)
    const id = String(snapshot.threatModel.id)
    // Named by --id but applied from elsewhere: pulled here, the next apply would make a second one.
    if (meta[META.source] && meta[META.source] !== source)
      throw new UserError(
        `threat model ${id} is managed from ${meta[META.source]}; pull it there (or remove its tmi-sync-* metadata in TMI first)`,
        1,
      )
    const key = meta[META.key] ?? id
    const file = byKey.get(key)
    if (file?.format === 'threat-dragon') {
      result.notes.push(
        `${file.path}: a Threat Dragon file; pull writes only tmi-sync's own format, so it was left as is`,
      )
      continue
    }
    const remote = remoteModel(
      snapshot,
      file?.model ? keysOf(desiredModel(file.model, file.path)) : new Map(),
    )
    const exported = exportModel(remote, key, file?.model)
    if (!file) {
      // The key becomes a file name: one TMI holds is data from elsewhere, so it must pass the rule
      // first (`../../x` would write outside the destination, `a/b` make folders).
      if (!KEY.test(key)) {
        result.refused.push(
          `threat model ${id}: its tmi-sync-key ${JSON.stringify(key)} is not a valid key (letters, digits, . _ -), so no file was written for it`,
        )
        continue
      }
      const path = newPath(key)
      writes.push({ path, content: toNativeYaml(exported) })
      result.files.push({ path, key, threatModelId: id, status: 'created' })
      if (meta[META.key]) accept.push(...accepted(snapshot, exported, path, source))
      continue
    }
    // Three-way: what the file changed since the last apply stays; both sides changing one field
    // refuses the whole file, so nothing a person wrote is lost.
    const { merged, conflicts, kept, rebased } = mergeModel(
      file.model as ThreatModelFile,
      exported,
      remote,
      file.path,
    )
    if (conflicts.length > 0) {
      result.refused.push(
        `${file.path}: not written, changed both in the file and in TMI: ${conflicts.join('; ')}. Apply or revert the file's edit, or take TMI's in the file, then pull again`,
      )
      continue
    }
    for (const k of kept) result.notes.push(`${file.path}: ${k}`)
    if (meta[META.key])
      accept.push(...accepted(snapshot, merged, file.path, source), ...rebase(remote, rebased))
    const syntax = /\.json$/i.test(file.path) ? 'json' : 'yaml'
    const content = updateModelText(file.text, syntax, merged as unknown as Record<string, unknown>)
    const status = content === file.text ? 'unchanged' : 'updated'
    if (status === 'updated') writes.push({ path: file.path, content })
    result.files.push({ path: file.path, key, threatModelId: id, status })
  }
  return { writes, result, accept }
}

interface Accepted {
  target: MetadataTarget
  digest: string
}

/**
 * Objects whose TMI state the file now holds, but whose recorded digest is of an older state (or
 * none: items made in TMI, which the file now names by their TMI id).
 */
function accepted(snapshot: RemoteSnapshot, file: ThreatModelFile, path: string, source: string): Accepted[] {
  const desired = desiredModel(file, path)
  const remote = remoteModel(snapshot, keysOf(desired))
  const plan = diffModel(desired, remote, { prune: false, onDrift: 'overwrite' }, source)
  return plan.changes
    .filter((c) => c.action === 'update' && c.changes.length === 0 && c.id && c.digest)
    .map((c) => ({
      target:
        c.kind === 'threat_model'
          ? { threatModel: remote.id }
          : { threatModel: remote.id, kind: PLURAL[c.kind], id: c.id as string },
      digest: c.digest as string,
    }))
}

/** Objects merged field by field: TMI's state becomes what was last applied (`MergeResult.rebased`). */
function rebase(remote: RemoteModel, rebased: MergeResult['rebased']): Accepted[] {
  return rebased.flatMap(({ kind, key, digest }) => {
    if (kind === 'threat_model') return [{ target: { threatModel: remote.id }, digest }]
    const o = remote.objects.find((x) => x.kind === kind && (x.key ?? x.id) === key)
    return o ? [{ target: { threatModel: remote.id, kind: PLURAL[kind], id: o.id }, digest }] : []
  })
}

async function recordAccepted(client: TmiClient, accept: Accepted[]): Promise<void> {
  for (const a of accept) await client.patchMetadata(a.target, [{ key: META.digest, value: a.digest }])
}

/**
 * The snapshots of the models to pull: those named by id, or every model whose tmi-sync-source is
 * `source`. The list has no metadata, so candidates are read: models named like a file, and models
 * this account created.
 */
async function ownedSnapshots(
  client: TmiClient,
  source: string,
  ids: string[] | undefined,
  existing: Existing[],
) {
  if (ids && ids.length > 0)
    return Promise.all(
      ids.map(async (id) => {
        try {
          return await readSnapshot(client, { id })
        } catch (e) {
          if ((e as { status?: number }).status === 404)
            throw new UserError(`no threat model ${id} in TMI (or no access)`, 1)
          throw e
        }
      }),
    )
  const listed = await client.all(client.listThreatModels())
  const names = new Set(existing.map((e) => e.model?.name).filter(Boolean))
  const me = (await client.me()).provider_id
  const candidates = listed.filter(
    (item) =>
      names.has(item.name) ||
      (item as { created_by?: { provider_id?: string } }).created_by?.provider_id === me,
  )
  const snapshots = await Promise.all(candidates.map((item) => unlessGone(readSnapshot(client, item))))
  return snapshots.filter(
    (s): s is NonNullable<typeof s> =>
      s !== undefined && metadataMap(s.threatModel.metadata)[META.source] === source,
  )
}

/**
 * What TMI holds for `source` (or the models named by id), each as a native model, keyed as
 * tmi-sync applied it: `export otm --from-tmi` writes them in another format.
 */
export async function modelsInTmi(
  client: TmiClient,
  source: string,
  ids?: string[],
): Promise<ThreatModelFile[]> {
  return (await ownedSnapshots(client, source, ids, [])).map((snapshot) =>
    exportModel(
      remoteModel(snapshot, new Map()),
      metadataMap(snapshot.threatModel.metadata)[META.key] ?? String(snapshot.threatModel.id),
    ),
  )
}
