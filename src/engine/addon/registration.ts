// engine/addon: the addon as registered in TMI (and its webhook subscription), found or made.
import { UserError } from '../../common/errors.js'
import type { TmiClient } from '../../tmi/client.js'
import type { Addon, AddonInput, WebhookSubscription } from '../../tmi/types.js'

/** What TMI shows people: the name of the addon, its buttons' meaning, and what they may fill in. */
export const ADDON: Omit<AddonInput, 'webhook_id'> = {
  name: 'tmi-sync',
  description:
    'Threat models kept as code. "apply": make this threat model what its file in Git says. "pull": propose the edits made here in TMI to Git, as a pull request.',
  objects: ['threat_model'],
  parameters: [
    {
      name: 'action',
      type: 'enum',
      enum_values: ['apply', 'pull'],
      required: true,
      description: 'apply: Git → TMI; pull: TMI → a pull request',
    },
    {
      name: 'source',
      type: 'metadata_key',
      metadata_key: 'tmi-sync-source',
      description: 'The repository the model is kept in (filled in from the threat model)',
    },
    {
      name: 'key',
      type: 'metadata_key',
      metadata_key: 'tmi-sync-key',
      description: "The model's key in that repository (filled in from the threat model)",
    },
  ],
}

export interface Registration {
  subscription: WebhookSubscription
  addon: Addon
  /** What this run did: nothing when both existed already. */
  created: Array<'subscription' | 'addon'>
}

/**
 * Registers the addon service with TMI (an administrator's login): the webhook subscription for
 * `addon.invoked` at `url`, signed with `secret`, and the addon on it. Idempotent: what exists for
 * that URL is kept. TMI verifies the URL with a challenge, so the service must be running.
 */
export async function registerAddon(client: TmiClient, url: string, secret: string): Promise<Registration> {
  const created: Registration['created'] = []
  let subscription = (await client.all(client.listSubscriptions())).find(
    (s) => s.url === url && s.events.includes('addon.invoked'),
  )
  if (!subscription) {
    subscription = await client.createSubscription({
      name: `tmi-sync addon service (${new URL(url).host})`,
      url,
      events: ['addon.invoked'],
      secret,
    })
    created.push('subscription')
  }
  let addon = (await client.all(client.listAddons())).find(
    (a) => a.webhook_id === subscription.id && a.name === ADDON.name,
  )
  if (!addon) {
    addon = await client.createAddon({ ...ADDON, webhook_id: subscription.id })
    created.push('addon')
  }
  return { subscription, addon, created }
}

/** The addon and its subscription as TMI holds them, for `tmi-sync addon status`. */
export async function addonStatus(
  client: TmiClient,
  addonId?: string,
): Promise<Array<{ addon: Addon; subscription?: WebhookSubscription }>> {
  const addons = (await client.all(client.listAddons())).filter((a) =>
    addonId ? a.id === addonId : a.name === ADDON.name,
  )
  if (addonId && addons.length === 0) throw new UserError(`TMI has no addon ${addonId}`)
  // Only an administrator may read subscriptions; others see the addons alone.
  const subscriptions = await client.all(client.listSubscriptions()).catch(() => [] as WebhookSubscription[])
  return addons.map((addon) => {
    const subscription = subscriptions.find((s) => s.id === addon.webhook_id)
    return subscription ? { addon, subscription } : { addon }
  })
}

/** The tmi-sync addon of this TMI: the one named, or the only one there is. */
export async function findAddon(client: TmiClient, addonId?: string): Promise<Addon> {
  const addons = (await client.all(client.listAddons())).filter((a) =>
    addonId ? a.id === addonId : a.name === ADDON.name,
  )
  if (addons.length === 1) return addons[0] as Addon
  if (addonId) throw new UserError(`TMI has no addon ${addonId}`)
  throw new UserError(
    addons.length === 0
      ? 'TMI has no tmi-sync addon: an administrator registers it with "tmi-sync addon register --url URL"'
      : `TMI has ${addons.length} tmi-sync addons: name one with --addon ID (${addons.map((a) => a.id).join(', ')})`,
  )
}
