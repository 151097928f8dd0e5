import { existsSync } from 'node:fs'
import { clientCredentials, staticToken, userSession, type Principal, type TokenSource } from './auth.js'
import { stripUrlCredentials } from '../common/secrets.js'
import { requestTimeoutMs } from '../common/timeout.js'
import { credentialsPath } from './credentials.js'
import { tmiUrlProblem } from './url.js'
import { TmiHttpError } from './errors.js'
import { RequestCore, type RequestCoreOptions, type TmiResponse } from './request.js'
import type * as T from './types.js'

/** Per-call item caps of TMI's bulk endpoints (tmi-api.md §0 item 9). */
export const BULK_CAPS = { threats: 20, assets: 50, documents: 20, repositories: 20 } as const
/** Metadata bulk caps per parent kind. */
export const METADATA_CAPS = {
  threat_model: 20,
  threats: 20,
  documents: 20,
  repositories: 20,
  diagrams: 20,
  notes: 100,
  assets: 100,
} as const

export type BulkKind = keyof typeof BULK_CAPS
export type ChildKind = BulkKind | 'notes' | 'diagrams'
/** What carries metadata: the threat model itself, or one of its items. */
export type MetadataTarget =
  { threatModel: string; kind?: undefined } | { threatModel: string; kind: ChildKind; id: string }

type Input<K extends BulkKind> = {
  threats: T.ThreatInput
  assets: T.AssetInput
  documents: T.DocumentInput
  repositories: T.RepositoryInput
}[K]
type Output<K extends BulkKind> = {
  threats: T.Threat
  assets: T.Asset
  documents: T.Document
  repositories: T.Repository
}[K]

export interface TmiClientOptions extends Omit<RequestCoreOptions, 'auth'> {
  auth: TokenSource
}

/**
 * Env: TMI_URL, and credentials in this order: TMI_TOKEN, the session `tmi-sync login` saved for
 * that TMI (TMI_CREDENTIALS_FILE to point elsewhere), TMI_CLIENT_ID + TMI_CLIENT_SECRET.
 */
export function clientFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<TmiClientOptions> = {},
): TmiClient {
  const baseUrl = overrides.baseUrl ?? env.TMI_URL
  if (!baseUrl) throw new Error('TMI_URL (or --tmi-url) is not set')
  const problem = tmiUrlProblem(baseUrl)
  if (problem) throw new Error(`the TMI URL ${stripUrlCredentials(baseUrl)} ${problem}`)
  // One deadline for every request, the token requests included.
  const timeoutMs = overrides.timeoutMs ?? requestTimeoutMs(env)
  const shared = { baseUrl, timeoutMs, ...(overrides.fetch ? { fetch: overrides.fetch } : {}) }
  let auth = overrides.auth
  if (!auth && env.TMI_TOKEN) auth = staticToken(env.TMI_TOKEN)
  if (!auth) {
    const file = credentialsPath(baseUrl, env)
    if (existsSync(file)) auth = userSession({ ...shared, file })
    else if (env.TMI_CREDENTIALS_FILE && !(env.TMI_CLIENT_ID && env.TMI_CLIENT_SECRET))
      throw new Error(`TMI_CREDENTIALS_FILE names ${file}, which does not exist: run "tmi-sync login" first`)
  }
  if (!auth && env.TMI_CLIENT_ID && env.TMI_CLIENT_SECRET)
    auth = clientCredentials({ ...shared, clientId: env.TMI_CLIENT_ID, clientSecret: env.TMI_CLIENT_SECRET })
  if (!auth)
    throw new Error(
      'not signed in to TMI: run "tmi-sync login", or set TMI_TOKEN, or TMI_CLIENT_ID and TMI_CLIENT_SECRET',
    )
  return new TmiClient({ ...overrides, baseUrl, auth, timeoutMs })
}

const tm = (id: string) => `/threat_models/${encodeURIComponent(id)}`

/** Typed operations for what tmi-sync needs, over the one request core. */
export class TmiClient {
  readonly core: RequestCore
  private readonly auth: TokenSource

  constructor(options: TmiClientOptions) {
    this.core = new RequestCore(options)
    this.auth = options.auth
  }

  /** Every item of a list endpoint, page by page (limit 100) until `offset >= total`. */
  /**
   * Every item of a list endpoint (limit 100, TMI's most). The first page says how many there are;
   * the other pages are then asked for together (the request core caps how many are in flight),
   * so a 2,300-threat model is read in a few round trips, not 23, and yielded in order.
   */
  async *paginate<I>(
    path: string,
    itemsKey: string,
    query: Record<string, string | undefined> = {},
  ): AsyncGenerator<I> {
    const get = async (offset: number) =>
      (
        await this.core.request<Record<string, unknown>>('GET', path, {
          query: { ...query, limit: 100, offset },
        })
      ).body
    const first = await get(0)
    const items = (first[itemsKey] ?? []) as I[]
    yield* items
    const total = Number(first.total)
    if (items.length === 0 || !(items.length < total)) return
    const pages: Array<Promise<Record<string, unknown>>> = []
    for (let offset = items.length; offset < total; offset += items.length) {
      const page = get(offset)
      // Awaited in order below; a later page failing first must not go unhandled meanwhile.
      page.catch(() => undefined)
      pages.push(page)
    }
    for (const page of pages) yield* ((await page)[itemsKey] ?? []) as I[]
  }

  async all<I>(iterable: AsyncIterable<I>): Promise<I[]> {
    const out: I[] = []
    for await (const item of iterable) out.push(item)
    return out
  }

  /** What kind of credentials this client holds (a service account cannot write inside a threat model). */
  principal(): Promise<Principal> {
    return this.auth.principal()
  }

  /** Where its credentials come from (`TMI_TOKEN`, the session file, client credentials). */
  get credentialsOrigin(): string {
    return this.auth.origin
  }

  /** Who the token belongs to (`GET /me`). */
  async me(): Promise<T.Principal> {
    return (await this.core.request<T.Principal>('GET', '/me')).body
  }

  // addons and their deliveries (tmi-api.md §00.2)
  listAddons(): AsyncGenerator<T.Addon> {
    return this.paginate('/addons', 'addons')
  }
  async createAddon(input: T.AddonInput): Promise<T.Addon> {
    return (await this.core.request<T.Addon>('POST', '/addons', { body: input })).body
  }
  /** One attempt, 429 included: TMI's invocation limits are paced by the caller (see via-addon). */
  async invokeAddon(
    id: string,
    input: { threat_model_id: string; data: Record<string, unknown> },
  ): Promise<T.Invocation> {
    const path = `/addons/${encodeURIComponent(id)}/invoke`
    return (await this.core.request<T.Invocation>('POST', path, { body: input, once: true })).body
  }
  /**
   * A delivery, as an administrator reads it. Its invoker cannot read it at all (a bearer read of
   * `/webhook-deliveries/{id}` is always 401 on TMI: `engine/addon-outcome`).
   */
  async getDeliveryAsAdmin(id: string): Promise<T.Delivery> {
    const path = `/admin/webhooks/deliveries/${encodeURIComponent(id)}`
    return (await this.core.request<T.Delivery>('GET', path)).body
  }
  /** A delivery, as the addon it was sent to sees it: signed with the webhook secret, no token. */
  async getDeliverySigned(id: string, secret: string): Promise<T.Delivery> {
    const path = `/webhook-deliveries/${encodeURIComponent(id)}`
    return (await this.core.request<T.Delivery>('GET', path, { webhook: { secret, signed: id } })).body
  }
  /** The addon's progress report on a delivery (`X-TMI-Callback: async`), signed with the webhook secret. */
  async reportDelivery(id: string, secret: string, status: T.DeliveryStatusUpdate): Promise<void> {
    const path = `/webhook-deliveries/${encodeURIComponent(id)}/status`
    await this.core.request('POST', path, { body: status, webhook: { secret } })
  }
  listSubscriptions(): AsyncGenerator<T.WebhookSubscription> {
    return this.paginate('/admin/webhooks/subscriptions', 'subscriptions')
  }
  async createSubscription(input: T.WebhookSubscriptionInput): Promise<T.WebhookSubscription> {
    return (
      await this.core.request<T.WebhookSubscription>('POST', '/admin/webhooks/subscriptions', { body: input })
    ).body
  }
  async deleteSubscription(id: string): Promise<void> {
    await this.core.request('DELETE', `/admin/webhooks/subscriptions/${encodeURIComponent(id)}`)
  }

  // threat models
  listThreatModels(filters: T.ListFilters = {}): AsyncGenerator<T.ThreatModelListItem> {
    return this.paginate('/threat_models', 'threat_models', { ...filters })
  }
  async getThreatModel(id: string): Promise<T.ThreatModel> {
    return (await this.core.request<T.ThreatModel>('GET', tm(id))).body
  }
  async createThreatModel(input: T.ThreatModelInput): Promise<T.ThreatModel> {
    return (await this.core.request<T.ThreatModel>('POST', '/threat_models', { body: input })).body
  }
  /** JSON Patch (as `application/json-patch+json`): the safe way to change fields without touching the ACL. */
  async patchThreatModel(
    id: string,
    ops: T.JsonPatchOperation[],
    ifMatch?: string,
  ): Promise<TmiResponse<T.ThreatModel>> {
    return this.core.request<T.ThreatModel>('PATCH', tm(id), {
      body: ops,
      contentType: 'application/json-patch+json',
      ...(ifMatch ? { ifMatch } : {}),
    })
  }
  /** Full replacement. Careful: an omitted `authorization` clears the access list (tmi-api.md §2.2). */
  async putThreatModel(
    id: string,
    input: T.ThreatModelInput,
    ifMatch?: string,
  ): Promise<TmiResponse<T.ThreatModel>> {
    return this.core.request<T.ThreatModel>('PUT', tm(id), { body: input, ...(ifMatch ? { ifMatch } : {}) })
  }
  async deleteThreatModel(id: string): Promise<void> {
    await this.core.request('DELETE', tm(id))
  }
  async restore(threatModel: string, kind?: ChildKind, id?: string): Promise<unknown> {
    const path =
      kind && id
        ? `${tm(threatModel)}/${kind}/${encodeURIComponent(id)}/restore`
        : `${tm(threatModel)}/restore`
    return (await this.core.request('POST', path, { idempotent: true })).body
  }

  // threats, assets, documents, repositories
  list<K extends BulkKind>(threatModel: string, kind: K): AsyncGenerator<Output<K>> {
    return this.paginate(`${tm(threatModel)}/${kind}`, kind)
  }
  /**
   * Bulk POST in chunks of the kind's cap. Items with client-chosen ids may be retried safely: a
   * 409 on a repeat means the first attempt committed, which is checked by listing the ids.
   */
  async bulkCreate<K extends BulkKind>(
    threatModel: string,
    kind: K,
    items: Array<Input<K>>,
  ): Promise<Array<Output<K>>> {
    const out: Array<Output<K>> = []
    for (const chunk of chunks(items, BULK_CAPS[kind])) {
      const withIds = chunk.every((i) => typeof i.id === 'string')
      try {
        out.push(
          ...(
            await this.core.request<Array<Output<K>>>('POST', `${tm(threatModel)}/${kind}/bulk`, {
              body: chunk,
              idempotent: withIds,
            })
          ).body,
        )
      } catch (e) {
        if (!(e instanceof TmiHttpError && e.status === 409 && e.retried && withIds)) throw e
        const existing = new Map((await this.all(this.list(threatModel, kind))).map((x) => [x.id, x]))
        const found = chunk.map((i) => existing.get(i.id as string))
        if (found.some((x) => x === undefined)) throw e
        out.push(...(found as Array<Output<K>>))
      }
    }
    return out
  }
  /** Bulk PUT in chunks. Threats: update-only (unknown ids silently skipped); others: upsert. */
  async bulkUpdate<K extends BulkKind>(
    threatModel: string,
    kind: K,
    items: Array<Input<K> & { id: string }>,
  ): Promise<Array<Output<K>>> {
    const out: Array<Output<K>> = []
    for (const chunk of chunks(items, BULK_CAPS[kind]))
      out.push(
        ...(
          await this.core.request<Array<Output<K>>>('PUT', `${tm(threatModel)}/${kind}/bulk`, { body: chunk })
        ).body,
      )
    return out
  }
  /** Threats only: all-or-nothing per chunk of 20; any unknown id fails the chunk with 404. */
  async bulkDeleteThreats(threatModel: string, ids: string[]): Promise<string[]> {
    const deleted: string[] = []
    for (const chunk of chunks(ids, BULK_CAPS.threats)) {
      const res = await this.core.request<{ deleted_ids: string[] }>(
        'DELETE',
        `${tm(threatModel)}/threats/bulk`,
        { query: { threat_ids: chunk.join(',') } },
      )
      deleted.push(...res.body.deleted_ids)
    }
    return deleted
  }
  async deleteItem(threatModel: string, kind: ChildKind, id: string): Promise<void> {
    await this.core.request('DELETE', `${tm(threatModel)}/${kind}/${encodeURIComponent(id)}`)
  }

  // notes (no bulk)
  listNotes(threatModel: string): AsyncGenerator<T.Note> {
    return this.paginate(`${tm(threatModel)}/notes`, 'notes')
  }
  async getNote(threatModel: string, id: string): Promise<T.Note> {
    return (await this.core.request<T.Note>('GET', `${tm(threatModel)}/notes/${encodeURIComponent(id)}`)).body
  }
  async createNote(threatModel: string, note: T.NoteInput): Promise<T.Note> {
    return (await this.core.request<T.Note>('POST', `${tm(threatModel)}/notes`, { body: note })).body
  }
  async updateNote(threatModel: string, id: string, note: T.NoteInput): Promise<T.Note> {
    return (
      await this.core.request<T.Note>('PUT', `${tm(threatModel)}/notes/${encodeURIComponent(id)}`, {
        body: note,
      })
    ).body
  }

  // diagrams: POST (name, type) then PUT of the full cells
  listDiagrams(threatModel: string): AsyncGenerator<T.Diagram> {
    return this.paginate(`${tm(threatModel)}/diagrams`, 'diagrams')
  }
  async getDiagram(threatModel: string, id: string): Promise<T.Diagram> {
    return (
      await this.core.request<T.Diagram>('GET', `${tm(threatModel)}/diagrams/${encodeURIComponent(id)}`)
    ).body
  }
  async createDiagram(threatModel: string, name: string): Promise<T.Diagram> {
    return (
      await this.core.request<T.Diagram>('POST', `${tm(threatModel)}/diagrams`, {
        body: { name, type: 'DFD-1.0.0' },
      })
    ).body
  }
  async updateDiagram(
    threatModel: string,
    id: string,
    diagram: T.DiagramInput,
    ifMatch?: string,
  ): Promise<TmiResponse<T.Diagram>> {
    return this.core.request<T.Diagram>('PUT', `${tm(threatModel)}/diagrams/${encodeURIComponent(id)}`, {
      body: diagram,
      ...(ifMatch ? { ifMatch } : {}),
    })
  }

  // metadata
  async listMetadata(target: MetadataTarget): Promise<T.Metadata[]> {
    return (await this.core.request<T.Metadata[]>('GET', `${metadataBase(target)}`)).body
  }
  /** One key's value; undefined when the key is not set. */
  async getMetadataValue(target: MetadataTarget, key: string): Promise<string | undefined> {
    try {
      return (
        await this.core.request<T.Metadata>('GET', `${metadataBase(target)}/${encodeURIComponent(key)}`)
      ).body.value
    } catch (e) {
      if ((e as { status?: number }).status === 404) return undefined
      throw e
    }
  }
  /** Merge: sets the listed keys, leaves the others (chunked to the parent kind's cap). */
  async patchMetadata(target: MetadataTarget, entries: T.Metadata[]): Promise<T.Metadata[]> {
    let result: T.Metadata[] = []
    for (const chunk of chunks(entries, metadataCap(target)))
      result = (
        await this.core.request<T.Metadata[]>('PATCH', `${metadataBase(target)}/bulk`, {
          body: chunk,
          idempotent: true,
        })
      ).body
    return result
  }
  async deleteMetadata(target: MetadataTarget, key: string): Promise<void> {
    await this.core.request('DELETE', `${metadataBase(target)}/${encodeURIComponent(key)}`)
  }
  /** Create-only: 409 if any key exists. */
  async createMetadata(target: MetadataTarget, entries: T.Metadata[]): Promise<T.Metadata[]> {
    let result: T.Metadata[] = []
    for (const chunk of chunks(entries, metadataCap(target)))
      result = (
        await this.core.request<T.Metadata[]>('POST', `${metadataBase(target)}/bulk`, { body: chunk })
      ).body
    return result
  }
  /**
   * Replace all. One call, so at most the cap; a threat model's larger sets go through PATCH of
   * `/metadata` on the model itself (tmi-api.md §0 item 9).
   */
  async replaceMetadata(target: MetadataTarget, entries: T.Metadata[]): Promise<T.Metadata[]> {
    if (entries.length > metadataCap(target)) {
      if (target.kind !== undefined)
        throw new Error(
          `at most ${metadataCap(target)} metadata entries can be replaced at once on ${target.kind}`,
        )
      return (
        (
          await this.patchThreatModel(target.threatModel, [
            { op: 'replace', path: '/metadata', value: entries },
          ])
        ).body.metadata ?? []
      )
    }
    return (await this.core.request<T.Metadata[]>('PUT', `${metadataBase(target)}/bulk`, { body: entries }))
      .body
  }
}

function metadataBase(target: MetadataTarget): string {
  return target.kind === undefined
    ? `${tm(target.threatModel)}/metadata`
    : `${tm(target.threatModel)}/${target.kind}/${encodeURIComponent(target.id)}/metadata`
}

function metadataCap(target: MetadataTarget): number {
  return target.kind === undefined ? METADATA_CAPS.threat_model : METADATA_CAPS[target.kind]
}

export function chunks<I>(items: I[], size: number): I[][] {
  const out: I[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
