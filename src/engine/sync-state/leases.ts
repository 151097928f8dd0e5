// engine/sync-state: a scheduled sync's lease on a threat model, `tmi-sync-lease`: the run applying
// the model now, and until when. Taken with TMI's create-only metadata call, so of two overlapping
// runs (or a run and the addon service applying for another) one applies it and the other waits.
import { randomUUID } from 'node:crypto'
import { META, metadataMap } from '../../model/remote.js'
import type { TmiClient } from '../../tmi/client.js'
import { unlessGone } from '../../tmi/snapshot.js'

export interface Lease {
  release(): Promise<void>
}

export interface LeaseOptions {
  /** Whose lease: a run's id. */
  holder?: string
  /** How long it holds if the run never releases it (a crash): then anyone may take it. */
  ttlMs: number
  /** How long to wait for another run's lease before giving up. */
  waitMs: number
  pollMs?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

const leaseText = (holder: string, until: number) => `holder:${holder} until:${new Date(until).toISOString()}`
/** A lease as written; anything else (an unreadable expiry included) is no lease, so never held forever. */
function parseLease(value: string | undefined): { holder: string; until: number } | undefined {
  const m = value ? /^holder:(\S+) until:(\S+)$/.exec(value) : null
  const until = m ? Date.parse(m[2] as string) : NaN
  return m && !Number.isNaN(until) ? { holder: m[1] as string, until } : undefined
}

/**
 * Takes the lease on a threat model: TMI's create-only metadata call succeeds for one run only. A
 * lease past its expiry is removed and taken again (of two runs doing that at once, the create
 * still lets one through). Undefined when another run held it for all of `waitMs`.
 */
export async function takeLease(
  client: TmiClient,
  threatModel: string,
  options: LeaseOptions,
): Promise<Lease | undefined> {
  const holder = options.holder ?? randomUUID()
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const giveUp = now() + options.waitMs
  const target = { threatModel }
  const read = async () => parseLease(metadataMap(await client.listMetadata(target))[META.lease])
  // Removing a dead lease and creating ours may lose to another run doing the same: a few times,
  // then it is waited for like any lease held (a server that always answered so must not spin).
  let takeovers = 0
  for (;;) {
    try {
      await client.createMetadata(target, [
        { key: META.lease, value: leaseText(holder, now() + options.ttlMs) },
      ])
      return leaseOf(client, threatModel, holder)
    } catch (e) {
      if ((e as { status?: number }).status !== 409) throw e
    }
    const held = await read()
    // Our own create, answered 409 on a retry after its first answer was lost.
    if (held?.holder === holder) return leaseOf(client, threatModel, holder)
    if ((!held || held.until <= now()) && takeovers++ < 3) {
      await client.deleteMetadata(target, META.lease).catch((e: unknown) => {
        if ((e as { status?: number }).status !== 404) throw e
      })
      continue
    }
    if (now() >= giveUp) return undefined
    await sleep(Math.min(options.pollMs ?? 1_000, Math.max(1, giveUp - now())))
  }
}

function leaseOf(client: TmiClient, threatModel: string, holder: string): Lease {
  return {
    // Only our own: a lease that expired and was taken by another run is theirs now.
    release: async () => {
      const held = parseLease(metadataMap(await unlessGone(client.listMetadata({ threatModel })))[META.lease])
      if (held?.holder !== holder) return
      await client.deleteMetadata({ threatModel }, META.lease).catch((e: unknown) => {
        if ((e as { status?: number }).status !== 404) throw e
      })
    },
  }
}
