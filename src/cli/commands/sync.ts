import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { UserError } from '../../common/errors.js'
import type { SyncReport } from '../../engine/scheduled-sync.js'
import { markdownCode, markdownText } from '../../reconcile/render.js'
import { colours, plural } from '../output.js'
import { checkOutputFile, type GlobalOptions } from '../options.js'
import { tmiClient } from './sync-options.js'

interface SyncFlags {
  config?: string
  shard?: string
  dryRun?: boolean
  report?: string
  markdown?: string
  tmiUrl?: string
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
    .option('--tmi-url <url>', 'TMI server (default: the configuration, then $TMI_URL)')
    .addHelpText(
      'after',
      `
Credentials come from the environment only, as for every command; Git host tokens too.
Exit codes: 0 every source synced, 1 one or more failed (the others were still synced), 2 usage.

Examples:
  $ tmi-sync sync --report report.json
  $ tmi-sync sync --shard 2/8 --dry-run`,
    )
    .action(async (flags: SyncFlags) => {
      checkOutputFile('--report', flags.report)
      checkOutputFile('--markdown', flags.markdown)
      const shard = flags.shard ? parseShard(flags.shard) : undefined
      const { findSyncConfig, runScheduledSync } = await import('../../engine/scheduled-sync.js')
      const { config } = findSyncConfig(flags.config)
      const url = flags.tmiUrl ?? process.env.TMI_URL ?? config.tmi_url
      const client = tmiClient(url ? { tmiUrl: url } : {})
      const c = colours(process.stderr)
      const tty = process.stderr.isTTY === true && global().quiet !== true
      const report = await runScheduledSync(config, client, {
        ...(shard ? { shard } : {}),
        dryRun: flags.dryRun === true,
        onProgress: (r) => {
          if (!tty) return
          const mark = r.status === 'failed' ? c.red('✖') : c.green('✔')
          process.stderr.write(`${mark} ${r.source}: ${r.status}${r.error ? ` (${r.error})` : ''}\n`)
        },
      })
      if (flags.report) await writeFile(flags.report, JSON.stringify(report, null, 2) + '\n')
      if (flags.markdown) await writeFile(flags.markdown, markdown(report))
      const t = report.totals
      process.stdout.write(
        `${plural(t.sources, 'source')}: ${t.applied} applied, ${t.unchanged} unchanged${report.dry_run ? `, ${t.planned} with changes (dry run)` : ''}, ${t.failed} failed; ${plural(t.writes, 'write')}\n`,
      )
      for (const r of report.sources.filter((x) => x.status === 'failed'))
        process.stdout.write(`${c.red('✖')} ${r.source}: ${r.error ?? 'failed'}\n`)
      process.exitCode = t.failed > 0 ? 1 : 0
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
  const lines = [
    `### tmi-sync sync${report.dry_run ? ' (dry run)' : ''}`,
    '',
    '| source | outcome | models | writes |',
    '|---|---|---:|---:|',
  ]
  for (const r of report.sources)
    lines.push(
      `| ${markdownCode(r.source)} | ${markdownText(`${r.status}${r.error ? `: ${r.error}` : ''}`)} | ${r.models.length} | ${r.models.reduce((n, m) => n + m.writes, 0)} |`,
    )
  return lines.join('\n') + '\n'
}
