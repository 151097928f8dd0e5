import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { UserError } from '../../common/errors.js'
import type { SyncReport } from '../../engine/scheduled-sync/report.js'
import { markdownCode, markdownText } from '../../reconcile/render.js'
import { colours, plural } from '../output.js'
import { checkOutputFile, type GlobalOptions } from '../options.js'
import { tmiClient } from './plan-options.js'

interface SyncFlags {
  config?: string
  shard?: string
  dryRun?: boolean
  report?: string
  markdown?: string
  tmiUrl?: string
  json?: boolean
}

export function registerSync(program: Command, global: () => GlobalOptions): void {
  program
    .command('sync')
    .description('the scheduled run: every source of tmi-sync.yaml read, planned and applied; one report')
    .option('--config <file>', 'the configuration (default: tmi-sync.yaml here or in a folder above)')
    .option('--shard <i/n>', 'take only shard I of N (a CI matrix spreads the sources over N jobs)')
    .option('--dry-run', 'plan every source, apply nothing')
    .option('--report <file>', 'write the report as JSON (schemas/sync-report.schema.json)')
    .option('--markdown <file>', 'write the report as Markdown, for people')
    .option('--json', 'print the report as JSON on stdout (schemas/sync-report.schema.json)')
    .option('--tmi-url <url>', 'TMI server (default: the configuration, then $TMI_URL)')
    .addHelpText(
      'after',
      `
Credentials come from the environment only: the variables tmi-sync.yaml names under tmi: (default
TMI_TOKEN, else TMI_CLIENT_ID + TMI_CLIENT_SECRET), or the session file of write: credentials; Git
host tokens from GITHUB_TOKEN, GITLAB_TOKEN, BITBUCKET_TOKEN. A source whose ref has not moved and
whose models TMI holds as synced is not read (what it needs is kept in TMI's metadata).
Exit codes: 0 every source synced, 1 one or more failed (the others were still synced), 2 usage.

Examples:
  $ tmi-sync sync --report report.json
  $ tmi-sync sync --shard 2/8 --dry-run`,
    )
    .action(async (flags: SyncFlags) => {
      checkOutputFile('--report', flags.report)
      checkOutputFile('--markdown', flags.markdown)
      const shard = flags.shard ? parseShard(flags.shard) : undefined
      const [{ findSyncConfig, tmiEnvironment }, { runScheduledSync }] = await Promise.all([
        import('../../engine/scheduled-sync/config.js'),
        import('../../engine/scheduled-sync/sync.js'),
      ])
      const { config } = findSyncConfig(flags.config)
      const env = tmiEnvironment(config, {
        ...process.env,
        ...(flags.tmiUrl ? { TMI_URL: flags.tmiUrl } : {}),
      })
      const client = await tmiClient({}, 2, env)
      const c = colours(process.stderr)
      const tty = process.stderr.isTTY === true && global().quiet !== true
      const report = await runScheduledSync(config, client, {
        ...(shard ? { shard } : {}),
        dryRun: flags.dryRun === true,
        onProgress: (r, done, total) => {
          if (!tty) return
          const mark = r.status === 'failed' ? c.red('✖') : c.green('✔')
          const what = r.status === 'unchanged' && !r.read ? 'unchanged (not read)' : r.status
          process.stderr.write(
            `[${done}/${total}] ${mark} ${r.source}: ${what}${r.error ? ` (${r.error})` : ''}\n`,
          )
        },
      })
      if (flags.report) await writeFile(flags.report, JSON.stringify(report, null, 2) + '\n')
      if (flags.markdown) await writeFile(flags.markdown, markdown(report))
      if (flags.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
      else {
        const t = report.totals
        process.stdout.write(
          `${plural(t.sources, 'source')}: ${t.applied} applied, ${t.unchanged} unchanged (${t.not_read} not read)${report.dry_run ? `, ${t.planned} with changes (dry run)` : ''}, ${t.failed} failed; ${plural(t.writes, 'write')}, ${plural(t.conflicts, 'conflict')}\n`,
        )
        for (const r of report.sources.filter((x) => x.status === 'failed'))
          process.stdout.write(`${c.red('✖')} ${r.source}: ${r.error ?? 'failed'}\n`)
      }
      for (const d of report.notifications.filter((x) => x.status === 'failed'))
        process.stderr.write(
          `tmi-sync: warning: ${d.event} to ${d.url} not delivered: ${d.error ?? 'failed'}\n`,
        )
      process.exitCode = report.totals.failed > 0 ? 1 : 0
    })
}

function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index < 1 || index > count)
    throw new UserError(`--shard ${text}: write I/N with 1 ≤ I ≤ N (e.g. 2/8)`, 2)
  return { index, count }
}

function markdown(report: SyncReport): string {
  const t = report.totals
  const lines = [
    `### tmi-sync sync${report.dry_run ? ' (dry run)' : ''}`,
    '',
    `${plural(t.sources, 'source')}: ${t.applied} applied, ${t.unchanged} unchanged (${t.not_read} not read), ${t.failed} failed; ${plural(t.writes, 'write')}, ${plural(t.conflicts, 'conflict')}, ${plural(t.orphans, 'orphan')}.`,
    '',
    '| source | outcome | models | changes | writes |',
    '|---|---|---:|---|---:|',
  ]
  for (const r of report.sources) {
    const changes = Object.entries(r.changes ?? {})
      .map(
        ([kind, byAction]) =>
          `${kind}: ${Object.entries(byAction)
            .map(([action, n]) => `${n} ${action}`)
            .join(', ')}`,
      )
      .join('; ')
    const outcome = `${r.status}${r.status === 'unchanged' && !r.read ? ' (not read)' : ''}${r.error ? `: ${r.error}` : ''}`
    lines.push(
      `| ${markdownCode(r.source)} | ${markdownText(outcome)} | ${r.models.length} | ${markdownText(changes || '–')} | ${r.models.reduce((n, m) => n + m.writes, 0)} |`,
    )
  }
  const conflicts = report.sources.flatMap((r) => r.conflicts.map((c) => ({ source: r.source, ...c })))
  if (conflicts.length > 0) {
    lines.push('', '#### Changed in TMI since the last sync', '')
    for (const c of conflicts)
      lines.push(`- ${markdownCode(c.source)} ${markdownText(`${c.model}: ${c.kind} ${c.key}: ${c.reason}`)}`)
  }
  return lines.join('\n') + '\n'
}
