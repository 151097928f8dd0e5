import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'

export interface Caller {
  provider: string
  provider_id: string
  email: string
  display_name: string
  /** A client-credentials token (`sub` = `sa:…`): it acts for its owner, but TMI refuses its writes in a threat model. */
  serviceAccount: boolean
  admin: boolean
  /** Group memberships (`tmi-automation` for automation accounts). */
  groups: string[]
  credentialId?: string
  /** Set on an addon delegation token. */
  delegation?: { addon_id: string; delivery_id: string; threat_model_id: string }
}

export interface Meta {
  key: string
  value: string
}

/** One stored object: its API fields, its metadata, its version and, when deleted, its tombstone. */
export interface Entity {
  data: Record<string, unknown>
  metadata: Meta[]
  version: number
  deleted_at?: string
}

export const CHILD_KINDS = ['threats', 'assets', 'documents', 'repositories', 'notes', 'diagrams'] as const
export type ChildKind = (typeof CHILD_KINDS)[number]

export interface ThreatModelRecord extends Entity {
  children: Record<ChildKind, Map<string, Entity>>
  aliases: Record<ChildKind, number>
}

/** Microsecond precision, as TMI stores timestamps. */
export function now(): string {
  return new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
}

export function newId(): string {
  return randomUUID()
}

/** The emulator's whole state; plain data so it can be saved to and loaded from `--data`. */
export class Store {
  models = new Map<string, ThreatModelRecord>()
  /** Every id ever created, tombstoned ones included: TMI refuses to re-create them (409). */
  usedIds = new Set<string>()
  /** Users who have "logged in" (`provider:provider_id` and emails): only they may be named in ACLs. */
  knownUsers = new Set<string>()
  /**
   * Groups TMI has a row for (`provider:name`): its built-in ones, and those an administrator made
   * (`POST /admin/groups`, or the emulator's `groups` option). An access list naming any other is
   * a 500 on TMI 1.8.22 (`G:api/database_store_gorm.go:116-139`).
   */
  knownGroups = new Set<string>(
    ['everyone', 'tmi-automation', 'security-reviewers', 'administrators'].map((g) => `tmi:${g}`),
  )

  rememberUser(caller: Pick<Caller, 'provider' | 'provider_id' | 'email'>): void {
    this.knownUsers.add(`${caller.provider}:${caller.provider_id}`)
    this.knownUsers.add(caller.email.toLowerCase())
  }

  isKnownUser(principal: { provider?: unknown; provider_id?: unknown; email?: unknown }): boolean {
    return (
      this.knownUsers.has(`${String(principal.provider)}:${String(principal.provider_id)}`) ||
      (typeof principal.provider_id === 'string' &&
        this.knownUsers.has(principal.provider_id.toLowerCase())) ||
      (typeof principal.email === 'string' && this.knownUsers.has(principal.email.toLowerCase()))
    )
  }
  private nextModelAlias = 1

  createModel(data: Record<string, unknown>, metadata: Meta[]): ThreatModelRecord {
    const id = newId()
    const record: ThreatModelRecord = {
      data: { ...data, id, alias: this.nextModelAlias++ },
      metadata,
      version: 1,
      children: emptyChildren(),
      aliases: { threats: 1, assets: 1, documents: 1, repositories: 1, notes: 1, diagrams: 1 },
    }
    this.models.set(id, record)
    this.usedIds.add(id)
    return record
  }

  addChild(
    model: ThreatModelRecord,
    kind: ChildKind,
    id: string,
    data: Record<string, unknown>,
    metadata: Meta[],
  ): Entity {
    const entity: Entity = { data: { ...data, id, alias: model.aliases[kind]++ }, metadata, version: 1 }
    model.children[kind].set(id, entity)
    this.usedIds.add(id)
    return entity
  }

  save(path: string): void {
    const models = [...this.models.values()].map((m) => ({
      ...m,
      children: Object.fromEntries(CHILD_KINDS.map((k) => [k, [...m.children[k].values()]])),
    }))
    writeFileSync(
      path,
      JSON.stringify(
        {
          version: 1,
          nextModelAlias: this.nextModelAlias,
          usedIds: [...this.usedIds],
          knownGroups: [...this.knownGroups],
          models,
        },
        null,
        1,
      ),
    )
  }

  static load(path: string): Store {
    const store = new Store()
    let raw: string
    try {
      raw = readFileSync(path, 'utf8')
    } catch {
      return store
    }
    const saved = JSON.parse(raw) as {
      nextModelAlias: number
      usedIds: string[]
      knownUsers?: string[]
      knownGroups?: string[]
      models: Array<Entity & { children: Record<ChildKind, Entity[]>; aliases: Record<ChildKind, number> }>
    }
    store.nextModelAlias = saved.nextModelAlias
    store.usedIds = new Set(saved.usedIds)
    store.knownUsers = new Set(saved.knownUsers ?? [])
    for (const g of saved.knownGroups ?? []) store.knownGroups.add(g)
    for (const m of saved.models) {
      const children = emptyChildren()
      for (const k of CHILD_KINDS) for (const e of m.children[k] ?? []) children[k].set(String(e.data.id), e)
      store.models.set(String(m.data.id), { ...m, children })
    }
    return store
  }
}

function emptyChildren(): Record<ChildKind, Map<string, Entity>> {
  return {
    threats: new Map(),
    assets: new Map(),
    documents: new Map(),
    repositories: new Map(),
    notes: new Map(),
    diagrams: new Map(),
  }
}
