import { Option, type Command } from 'commander'
import type { WatchEvent } from '../../engine/watch/session.js'
import { colours, formatDiagnostic, plural } from '../output.js'
import { parseDuration, parsePort, type GlobalOptions } from '../options.js'
import { addPlanOptions, planOptions, tmiClient, type PlanFlags } from './plan-options.js'

interface WatchFlags extends PlanFlags {
  apply?: boolean
  format: 'text' | 'json'
  refresh: string
  preview?: boolean
  previewPort: string
}

export function registerWatch(program: Command, global: () => GlobalOptions): void {
  addPlanOptions(
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
      // Ctrl-C is ours from the start, so that not even the first apply is cut off.
      const stop = new Promise<void>((resolve) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
      })
      const { startWatcher } = await import('../../watch/watch.js')
      const hasTmi = Boolean(flags.tmiUrl ?? process.env.TMI_URL)
      const client = hasTmi ? await tmiClient(flags) : undefined
      const print = flags.format === 'json' ? printJson : printText(global().quiet === true)
      const preview = flags.preview
        ? await (await import('../../watch/preview.js')).startPreview(parsePort(flags.previewPort))
        : undefined
      if (preview) print({ type: 'preview', url: preview.url })
      const watcher = startWatcher(paths, client, {
        ...planOptions(flags),
        allowEmpty: true,
        apply: flags.apply === true,
        refreshMs: parseDuration(flags.refresh),
        emit: (event) => {
          preview?.update(event)
          print(event)
        },
      })
      const ready = watcher.ready.then(() => {
        if (flags.format === 'text')
          process.stderr.write(
            colours(process.stderr).dim(
              `watching ${paths.length > 0 ? paths.join(', ') : '.'}${client ? '' : ' (no TMI: validating only)'}; Ctrl-C stops\n`,
            ),
          )
      })
      await stop
      // Also during the first validation, plan and apply: what is in flight finishes first.
      await watcher.close()
      await ready
      await preview?.close()
      print({ type: 'stopped' })
      if (flags.format === 'text') process.stderr.write('stopped\n')
    })
}

function printJson(event: WatchEvent): void {
  process.stdout.write(JSON.stringify(event) + '\n')
}

/**
 * Text: one line per event; on a terminal, a status line kept at the bottom and redrawn in place
 * (files, how many are valid, what happened last), so the screen does not scroll with every save.
 */
function printText(quiet: boolean): (event: WatchEvent) => void {
  const c = colours()
  const tty = process.stdout.isTTY === true
  const files = new Map<string, boolean>()
  let last = 'watching'
  const status = () => {
    const invalid = [...files.values()].filter((v) => !v).length
    return c.dim(
      `⟳ ${plural(files.size, 'file')}${invalid ? `, ${invalid} invalid` : ''} · ${last} · ${new Date().toLocaleTimeString()}`,
    )
  }
  const show = (text: string) => {
    if (tty) process.stdout.write('\r\x1b[K')
    process.stdout.write(text)
    if (tty) process.stdout.write(status())
  }
  return (event) => {
    switch (event.type) {
      case 'validated': {
        if (event.deleted) files.delete(event.file)
        else files.set(event.file, event.valid)
        last = `${event.file} ${event.deleted ? 'removed' : event.valid ? 'valid' : 'invalid'}`
        const lines = event.diagnostics
          .filter((x) => x.severity !== 'info')
          .map((d) => formatDiagnostic(d, c) + '\n')
        if (event.deleted) lines.push(c.dim(`- ${event.file} removed\n`))
        else if (!event.valid) lines.push(c.red(`✖ ${event.file} invalid: nothing sent\n`))
        else if (!quiet) lines.push(c.green(`✔ ${event.file} valid\n`))
        show(lines.join(''))
        return
      }
      case 'planned': {
        const s = event.summary
        const changes = s.create + s.update + s.delete + s.conflict
        last = `${event.key} planned`
        show(
          changes === 0
            ? c.dim(`= ${event.key}: TMI matches the file\n`)
            : `~ ${event.key}: ${plural(s.create, 'create')}, ${plural(s.update, 'update')}, ${plural(s.delete, 'delete')}${s.conflict ? c.yellow(`, ${plural(s.conflict, 'conflict')}`) : ''}\n` +
                event.changes.map((l) => `    ${l}\n`).join(''),
        )
        return
      }
      case 'applied':
        last = `${event.key} applied`
        show(c.green(`✔ ${event.key}: applied (${plural(event.writes, 'write')})\n`))
        return
      case 'drift':
        last = `${event.key} changed in TMI`
        show(c.yellow(`⚠ ${event.key}: changed in TMI: ${event.objects.join(', ')}\n`))
        return
      case 'error':
        last = 'error'
        show(c.red(`✖ ${event.key ? `${event.key}: ` : ''}${event.message}\n`))
        return
      case 'preview':
        process.stderr.write(`preview: ${event.url}\n`)
        return
      case 'stopped':
        if (tty) process.stdout.write('\r\x1b[K')
    }
  }
}
