import type { Command } from 'commander'
import { startEmulator } from '../../emulator/server.js'
import { UserError } from '../../common/errors.js'

interface EmulatorFlags {
  host: string
  port: string
  data?: string
  client: string[]
  token: string[]
  user: string[]
  latency?: string
  requireIfMatch?: boolean
  rateLimit?: string
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
    .option('--client <id:secret>', 'accept these client credentials (repeatable)', collect, [])
    .option('--token <token>', 'accept this static bearer token (repeatable)', collect, [])
    .option(
      '--user <provider:id>',
      'a user who has logged in, so access lists may name them (repeatable)',
      collect,
      [],
    )
    .option('--latency <ms>', 'add latency to every API response')
    .option('--require-if-match', 'answer 428 to versioned writes without If-Match (TMI_REQUIRE_IF_MATCH)')
    .option('--rate-limit <n>', 'requests per minute per caller before 429 (TMI default 1000)')
    .addHelpText(
      'after',
      `
The first line of output is the base URL. Fault injection at run time: PUT /__emulator/faults
with {"latencyMs", "rateLimitPerMinute", "failRequests": [{"index", "status"}], "failMatching": [...]};
PUT /__emulator/collaboration {"diagram_id", "active"}; GET /__emulator/state.

Examples:
  $ tmi-sync emulator --port 8080 --client demo:demo-secret
  $ TMI_URL=$(tmi-sync emulator --client demo:demo-secret | head -1) ...`,
    )
    .action(async (flags: EmulatorFlags) => {
      const port = Number(flags.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UserError(`not a port: ${flags.port}`, 2)
      if (flags.client.some((c) => !/^[^:]+:.+$/.test(c))) throw new UserError('--client takes ID:SECRET', 2)
      const emulator = await startEmulator({
        host: flags.host,
        port,
        clients: flags.client,
        tokens: flags.token,
        users: flags.user,
        requireIfMatch: flags.requireIfMatch === true,
        ...(flags.data ? { data: flags.data } : {}),
        faults: {
          ...(flags.latency ? { latencyMs: Number(flags.latency) } : {}),
          ...(flags.rateLimit ? { rateLimitPerMinute: Number(flags.rateLimit) } : {}),
        },
      })
      process.stdout.write(`${emulator.url}\n`)
      if (flags.client.length === 0 && flags.token.length === 0) {
        process.stderr.write(
          'tmi-sync emulator: no --client or --token given, so every API call will get 401\n',
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
