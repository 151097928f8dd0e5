import { Option, type Command } from 'commander'
import type { WatchEvent } from '../../engine/watch-session.js'
import { colours, formatDiagnostic, plural } from '../output.js'
import { parseDuration, parsePort, type GlobalOptions } from '../options.js'
import { addSyncOptions, syncOptions, tmiClient, type SyncFlags } from './sync-options.js'

interface WatchFlags extends SyncFlags {
  apply?: boolean
  format: 'text' | 'json'
  refresh: string
  preview?: boolean
  previewPort: string
}

export function registerWatch(program: Command, global: () => GlobalOptions): void {
  addSyncOptions(
    program
      .command('watch')
      .description('validate and plan on every save; with --apply, TMI follows the files as you edit')
      .argument('[paths...]', 'files or directories to watch (default: .)'),
  )
    .option('--apply', "apply each valid model on save (a person's login: a service account cannot write)")
    .addOption(
      new Option('--format <format>', 'text, or json: one event per line (schemas/watch-event.schema.json)')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option(
      '--preview',
      'serve a page (127.0.0.1 only) that draws the diagrams and redraws them on each save',
    )
    .option('--preview-port <port>', "the preview page's port (0 picks a free one)", '0')
    .option('--refresh <duration>', 'read TMI again this often, to show edits made there (0: never)', '60s')
    .addHelpText(
      'after',
      `
Without TMI credentials it validates only. An invalid save is reported at file:line:col and never
sent; a failure of TMI is reported and retried on the next save; Ctrl-C stops after what is in flight.

Examples:
  $ tmi-sync watch models/
  $ tmi-sync watch models/payments.tm.yaml --apply
  $ tmi-sync watch . --format json | your-editor-plugin`,
    )
    .action(async (paths: string[], flags: WatchFlags) => {
      const { startWatcher } = await import('../../watch/watch.js')
      const hasTmi = Boolean(flags.tmiUrl ?? process.env.TMI_URL)
      const client = hasTmi ? tmiClient(flags) : undefined
      const print = flags.format === 'json' ? printJson : printText(global().quiet === true)
      const preview = flags.preview
        ? await (await import('../../watch/preview.js')).startPreview(parsePort(flags.previewPort))
        : undefined
      if (preview) print({ type: 'preview', url: preview.url })
      const watcher = startWatcher(paths, client, {
        ...syncOptions(flags),
        allowEmpty: true,
        apply: flags.apply === true,
        refreshMs: parseDuration(flags.refresh),
        emit: (event) => {
          preview?.update(event)
          print(event)
        },
      })
      await watcher.ready
      if (flags.format === 'text')
        process.stderr.write(
          colours(process.stderr).dim(
            `watching ${paths.length > 0 ? paths.join(', ') : '.'}${client ? '' : ' (no TMI: validating only)'}; Ctrl-C stops\n`,
          ),
        )
      await new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
      })
      await watcher.close()
      await preview?.close()
      if (flags.format === 'json') printJson({ type: 'stopped' })
      else process.stderr.write('stopped\n')
    })
}

function printJson(event: WatchEvent): void {
  process.stdout.write(JSON.stringify(event) + '\n')
}

function printText(quiet: boolean): (event: WatchEvent) => void {
  const c = colours()
  return (event) => {
    switch (event.type) {
      case 'validated':
        for (const d of event.diagnostics.filter((x) => x.severity !== 'info'))
          process.stdout.write(formatDiagnostic(d, c) + '\n')
        if (event.deleted) process.stdout.write(c.dim(`- ${event.file} removed\n`))
        else if (!event.valid) process.stdout.write(c.red(`✖ ${event.file} invalid: nothing sent\n`))
        else if (!quiet) process.stdout.write(c.green(`✔ ${event.file} valid\n`))
        return
      case 'planned': {
        const s = event.summary
        const changes = s.create + s.update + s.delete + s.conflict
        process.stdout.write(
          changes === 0
            ? c.dim(`= ${event.key}: TMI matches the file\n`)
            : `~ ${event.key}: ${plural(s.create, 'create')}, ${plural(s.update, 'update')}, ${plural(s.delete, 'delete')}${s.conflict ? c.yellow(`, ${plural(s.conflict, 'conflict')}`) : ''}\n` +
                event.changes.map((l) => `    ${l}\n`).join(''),
        )
        return
      }
      case 'applied':
        process.stdout.write(c.green(`✔ ${event.key}: applied (${plural(event.writes, 'write')})\n`))
        return
      case 'drift':
        process.stdout.write(c.yellow(`⚠ ${event.key}: changed in TMI: ${event.objects.join(', ')}\n`))
        return
      case 'error':
        process.stdout.write(c.red(`✖ ${event.key ? `${event.key}: ` : ''}${event.message}\n`))
        return
      case 'preview':
        process.stderr.write(`preview: ${event.url}\n`)
        return
      case 'stopped':
    }
  }
}
