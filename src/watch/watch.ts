import { resolve } from 'node:path'
import { watch as chokidar } from 'chokidar'
import { modelFileMatcher, takesFile } from '../providers/filesystem.js'
import type { TmiClient } from '../tmi/client.js'
import { WatchSession, type WatchEvent, type WatchOptions } from '../engine/watch/session.js'

export interface WatcherOptions extends WatchOptions {
  /** Re-read TMI this often (ms) to notice edits made there; 0: never. */
  refreshMs: number
  /**
   * Saves closer together than this are one change (editors write a file in several steps).
   * 20 ms by default, webpack's `aggregateTimeout`: an editor's steps come within a few ms, and
   * every ms here is one the person waits for the plan.
   */
  debounceMs?: number
  /** Each event, as it happens. */
  emit: (event: WatchEvent) => void
}

export interface RunningWatcher {
  /** Resolves once the first validation and plan are reported and files are being watched. */
  ready: Promise<void>
  /** Stops watching; what is being validated, planned or applied finishes first. */
  close(): Promise<void>
}

/**
 * `tmi-sync watch`: the files (or directories) are watched with chokidar; a burst of saves, an
 * editor's atomic save (a temporary file renamed over the model), a rename or a delete each become
 * one change, handled one after the other by a WatchSession.
 */
export function startWatcher(
  paths: string[],
  client: TmiClient | undefined,
  options: WatcherOptions,
): RunningWatcher {
  const roots = (paths.length > 0 ? paths : ['.']).map((p) => resolve(p))
  const wanted = modelFileMatcher(options)
  const isModel = (file: string) => roots.some((root) => file === root || takesFile(wanted, root, file))
  const session = new WatchSession(roots, client, options)
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let working: Promise<void> = Promise.resolve()
  let closed = false

  // The session emits each event as it happens; a step that throws is one more event.
  const run = (step: () => Promise<WatchEvent[]>) => {
    working = working.then(async () => {
      await step().catch((e: unknown) =>
        options.emit({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
      )
    })
    return working
  }
  const flush = () => {
    timer = undefined
    const batch = [...pending]
    pending.clear()
    if (batch.length > 0) void run(() => session.changed(batch))
  }
  const touch = (file: string) => {
    if (closed || !isModel(resolve(file))) return
    pending.add(resolve(file))
    clearTimeout(timer)
    timer = setTimeout(flush, options.debounceMs ?? 20)
  }

  const watcher = chokidar(roots, {
    ignoreInitial: true,
    // Editors that save by writing a temporary file and renaming it: one change, not a delete and an add.
    atomic: true,
    ignored: (file, stats) =>
      /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(file) || (stats?.isFile() === true && !isModel(file)),
  })
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, touch)
  const refresh =
    options.refreshMs > 0
      ? setInterval(() => void run(() => session.refresh()), options.refreshMs)
      : undefined

  const ready = (async () => {
    await new Promise<void>((r) => watcher.once('ready', () => r()))
    await run(() => session.start())
  })()

  return {
    ready,
    close: async () => {
      closed = true
      clearInterval(refresh)
      clearTimeout(timer)
      await watcher.close()
      // What is in flight finishes (an apply is never cut off silently).
      await working
    },
  }
}
