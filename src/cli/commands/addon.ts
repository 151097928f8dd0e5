import type { Command } from 'commander'
import { colours } from '../output.js'
import type { GlobalOptions } from '../options.js'
import { tmiClient } from './plan-options.js'

export function registerAddon(program: Command, global: () => GlobalOptions): void {
  const addon = program
    .command('addon')
    .description('register the tmi-sync addon service with TMI, and see how it stands (an administrator)')
  addon
    .command('register')
    .description('create the webhook subscription and the addon for a running "tmi-sync serve" (idempotent)')
    .requiredOption('--url <url>', 'where TMI reaches the service (TMI checks it with a challenge)')
    .option('--tmi-url <url>', 'TMI server (default: $TMI_URL); an administrator\'s "tmi-sync login"')
    .addHelpText(
      'after',
      `
The webhook secret is TMI_WEBHOOK_SECRET (or TMI_WEBHOOK_SECRET_FILE): the same one the service
has. TMI's SSRF settings must allow the URL, and the service must be running to answer TMI's challenge.

Example:
  $ TMI_WEBHOOK_SECRET=... tmi-sync addon register --url https://tmi-sync.internal.example.com/`,
    )
    .action(async (flags: { url: string; tmiUrl?: string }) => {
      const { webhookSecret } = await import('../../serve/config.js')
      const { registerAddon } = await import('../../engine/addon/registration.js')
      const secret = webhookSecret(process.env)
      const result = await registerAddon(await tmiClient(flags), flags.url, secret)
      const c = colours()
      const made = (what: 'subscription' | 'addon') => (result.created.includes(what) ? 'created' : 'exists')
      process.stdout.write(
        `${c.green('✔')} webhook subscription ${result.subscription.id} (${made('subscription')}, ${result.subscription.status})\n` +
          `${c.green('✔')} addon ${result.addon.id} (${made('addon')})\n`,
      )
      if (global().quiet !== true && result.subscription.status !== 'active')
        process.stderr.write(
          c.dim(
            'TMI activates the subscription once the service answers its challenge: see "tmi-sync addon status"\n',
          ),
        )
    })
  addon
    .command('status')
    .description('show the tmi-sync addon and its webhook subscription as TMI holds them')
    .option('--addon <id>', 'the addon (default: every addon named tmi-sync)')
    .option('--tmi-url <url>', 'TMI server (default: $TMI_URL)')
    .option('--json', 'as JSON')
    .action(async (flags: { addon?: string; tmiUrl?: string; json?: boolean }) => {
      const { addonStatus } = await import('../../engine/addon/registration.js')
      const found = await addonStatus(await tmiClient(flags), flags.addon)
      if (flags.json) {
        process.stdout.write(JSON.stringify(found, null, 2) + '\n')
        return
      }
      if (found.length === 0) {
        process.stdout.write('no tmi-sync addon: register one with "tmi-sync addon register --url URL"\n')
        process.exitCode = 1
        return
      }
      for (const { addon: a, subscription: s } of found)
        process.stdout.write(
          `addon ${a.id} "${a.name}" → ${s ? `webhook ${s.id} ${s.url} (${s.status})` : `webhook ${a.webhook_id} (only an administrator sees it)`}\n`,
        )
    })
}
