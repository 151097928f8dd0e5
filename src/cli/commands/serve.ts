import type { Command } from 'commander'
import { parsePort } from '../options.js'

interface ServeFlags {
  config: string
  host: string
  port: string
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'run the tmi-sync addon service: TMI invokes it to apply a model from Git, or to propose TMI edits back as a pull request',
    )
    .requiredOption('--config <file>', 'the service configuration (schemas/serve-config.schema.json)')
    .option('--host <host>', 'address to listen on (0.0.0.0 in a container)', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', '8080')
    .addHelpText(
      'after',
      `
The first line of output is the service's base URL; register it with "tmi-sync addon register".
GET /healthz answers while the process runs, GET /readyz once TMI is reachable.

Environment: TMI_WEBHOOK_SECRET or TMI_WEBHOOK_SECRET_FILE (the subscription's secret, 16 to 128
characters), TMI_URL (overrides the file's tmi_url), and the Git hosts' tokens the sources need
(GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN …). Secrets are never read from the file or logged.

Examples:
  $ TMI_WEBHOOK_SECRET=... tmi-sync serve --config tmi-sync-addon.yaml --host 0.0.0.0 --port 8080`,
    )
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port)
      const { loadServiceConfig } = await import('../../serve/config.js')
      const { startAddonService } = await import('../../serve/service.js')
      const config = loadServiceConfig(flags.config, process.env)
      const service = await startAddonService(
        { ...config, log: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`) },
        { host: flags.host, port },
      )
      process.stdout.write(`${service.url}\n`)
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
      })
      // Deliveries in flight finish (each within its deadline) before the process ends.
      await service.close()
    })
}
