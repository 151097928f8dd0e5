import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Command } from 'commander'
import { UserError } from '../../common/errors.js'
import { parsePort } from '../options.js'

interface EmulatorFlags {
  host: string
  port: string
  data?: string
  client: string[]
  token: string[]
  user: string[]
  admin: string[]
  callbackAllowlist?: string[]
  tokenTtl?: string
  refreshTtl?: string
  latency?: string
  requireIfMatch?: boolean
  rateLimit?: string
  webhooksToLoopback?: boolean
  group: string[]
}

export function registerEmulator(program: Command): void {
  program
    .command('emulator')
    .description(
      'run the embedded TMI emulator: the TMI contract (1.8.x) in memory, for trying tmi-sync and for tests',
    )
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', '0')
    .option('--data <file>', 'keep state in this JSON file across restarts')
    .option(
      '--client <id:secret>',
      'a service account (client credentials): reads, creates threat models, invokes addons; TMI refuses its writes inside a threat model (repeatable)',
      collect,
      [],
    )
    .option('--token <token>', 'accept this static bearer token as a user (repeatable)', collect, [])
    .option(
      '--user <provider:id>',
      'a user who has logged in, so access lists may name them (repeatable)',
      collect,
      [],
    )
    .option(
      '--admin <provider:id>',
      'a TMI administrator (registers webhooks and addons; repeatable)',
      collect,
      [],
    )
    .option(
      '--group <provider:name>',
      'a group an administrator has made, so access lists may name it (repeatable); TMI answers 500 to a group it has no row for',
      collect,
      [],
    )
    .option(
      '--callback-allowlist <url...>',
      'client_callback URLs /oauth2/authorize accepts: exact, or a prefix ending in * (default: http://127.0.0.1:* http://localhost:*; "none" refuses all)',
    )
    .option('--token-ttl <seconds>', 'access-token lifetime (TMI default 3600)')
    .option('--refresh-ttl <seconds>', 'refresh-token lifetime (TMI default 604800, 7 days)')
    .option('--latency <ms>', 'add latency to every API response')
    .option('--require-if-match', 'answer 428 to versioned writes without If-Match (TMI_REQUIRE_IF_MATCH)')
    .option('--rate-limit <n>', 'requests per minute per caller before 429 (TMI default 1000)')
    .option(
      '--webhooks-to-loopback',
      'let webhook subscriptions name http:// and loopback URLs, as a TMI operator allows them (TMI_WEBHOOK_ALLOW_HTTP_TARGETS and an emptied webhook_url_deny_list): for an addon service on this machine',
    )
    .addHelpText(
      'after',
      `
The first line of output is the base URL. Identity is TMI's: user tokens are JWTs from
"tmi-sync login" (TMI's development provider signs in whoever login_hint names, at once);
--client tokens are service accounts, refused (403) on every write inside a threat model.

Fault injection at run time: PUT /__emulator/faults with {"latencyMs", "rateLimitPerMinute",
"failRequests": [{"index", "status"}], "failMatching": [...]}; PUT /__emulator/collaboration
{"diagram_id", "active"}; POST /__emulator/expire-tokens; GET /__emulator/state.

Examples:
  $ tmi-sync emulator --port 8080 --client demo:demo-secret --admin tmi:admin
  $ tmi-sync login --tmi-url http://127.0.0.1:8080 --login-hint alice`,
    )
    .action(async (flags: EmulatorFlags) => {
      const port = parsePort(flags.port)
      if (flags.client.some((c) => !/^[^:]+:.+$/.test(c))) throw new UserError('--client takes ID:SECRET', 2)
      for (const u of [...flags.user, ...flags.admin])
        if (!/^[a-zA-Z][a-zA-Z0-9_-]*:.+$/.test(u))
          throw new UserError(`--user and --admin take PROVIDER:ID, not ${u}`, 2)
      const seconds = (name: string, v: string | undefined) => {
        if (v === undefined) return undefined
        const n = Number(v)
        if (!Number.isInteger(n) || n < 1) throw new UserError(`${name} takes a whole number of seconds`, 2)
        return n
      }
      // Saved after every write: a folder that is not there must fail now, not at the first write.
      if (flags.data && !existsSync(dirname(resolve(flags.data))))
        throw new UserError(
          `--data ${flags.data}: the folder ${dirname(resolve(flags.data))} does not exist`,
          2,
        )
      const tokenTtl = seconds('--token-ttl', flags.tokenTtl)
      const refreshTtl = seconds('--refresh-ttl', flags.refreshTtl)
      const { startEmulator } = await import('../../emulator/server.js')
      const emulator = await startEmulator({
        host: flags.host,
        port,
        clients: flags.client,
        tokens: flags.token,
        users: flags.user,
        admins: flags.admin,
        groups: flags.group,
        ...(flags.callbackAllowlist
          ? { callbackAllowlist: flags.callbackAllowlist.filter((u) => u !== 'none') }
          : {}),
        ...(tokenTtl ? { tokenLifetimeSeconds: tokenTtl } : {}),
        ...(refreshTtl ? { refreshLifetimeSeconds: refreshTtl } : {}),
        requireIfMatch: flags.requireIfMatch === true,
        ...(flags.webhooksToLoopback ? { addonLimits: { allowHttpTargets: true, webhookDenyList: [] } } : {}),
        ...(flags.data ? { data: flags.data } : {}),
        faults: {
          ...(flags.latency ? { latencyMs: Number(flags.latency) } : {}),
          ...(flags.rateLimit ? { rateLimitPerMinute: Number(flags.rateLimit) } : {}),
        },
      })
      process.stdout.write(`${emulator.url}\n`)
      if (flags.client.length === 0 && flags.token.length === 0) {
        process.stderr.write(
          'tmi-sync emulator: sign in with "tmi-sync login --tmi-url URL" (no --client or --token given)\n',
        )
      }
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
      })
      await emulator.close()
    })
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}
