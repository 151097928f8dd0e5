// engine/watch: one watch session: each save validated, planned (from what TMI was last known to
// hold) and, with --apply, applied; the front end (src/watch/) only watches files and serves the preview.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Diagnostic } from '../../common/diagnostic.js'
import { hasErrors } from '../../common/diagnostic.js'
import { DriftRefusal, type ModelResult } from '../../reconcile/apply.js'
import { appliedState } from '../../reconcile/applied-state.js'
import { hasChanges, summarise, type ModelPlan, type Plan, type PlanSummary } from '../../reconcile/plan.js'
import type { RemoteModel } from '../../model/remote.js'
import type { TmiClient } from '../../tmi/client.js'
import { planReport, type PlanOutcome, type PlanOptions } from '../plan-apply/plan.js'
import { applyPlan } from '../plan-apply/apply.js'
import { identity } from '../plan-apply/find-remote.js'
import { reportOf, validatePaths, type ValidatedFile } from '../validate/validate.js'

/** What the watcher reports, one per line with `--format json` (schemas/watch-event.schema.json). */
export type WatchEvent =
  | { type: 'validated'; file: string; valid: boolean; diagnostics: Diagnostic[]; deleted?: true }
  | { type: 'planned'; file: string; key: string; summary: PlanSummary; changes: string[] }
  | { type: 'applied'; file: string; key: string; threat_model_id: string; writes: number }
  | { type: 'drift'; file: string; key: string; objects: string[] }
  | { type: 'error'; message: string; file?: string; key?: string }
  /** The watcher stopped (Ctrl-C), after what was in flight. */
  | { type: 'stopped' }
  /** `--preview`: where the page is (127.0.0.1, behind a token). */
  | { type: 'preview'; url: string }

export interface WatchOptions extends PlanOptions {
  apply: boolean
  /** Each event as it happens (a plan made from what TMI held comes before TMI is read again). */
  emit?: (event: WatchEvent) => void
}

/**
 * The state behind `tmi-sync watch`: every watched file as last loaded, and for each model the
 * threat model that holds it in TMI. A change re-validates only the files it names (and those that
 * share a key with them) and plans only their models, reading just those threat models; nothing
 * invalid is ever planned or applied, and a failure is an event, never the end of the session.
 */
export class WatchSession {
  private readonly files = new Map<string, ValidatedFile>()
  /** model key → its threat model in TMI, once known: a touched model is read by id, nothing listed. */
  private readonly threatModels = new Map<string, string>()
  private readonly planned = new Map<string, string>()

  private readonly paths: string[]
  private readonly client: TmiClient | undefined
  private readonly options: WatchOptions

  constructor(paths: string[], client: TmiClient | undefined, options: WatchOptions) {
    this.paths = paths
    this.client = client
    this.options = options
  }

  /** Everything once: validate all files, and plan every valid model in one pass. */
  async start(): Promise<WatchEvent[]> {
    const report = await validatePaths(this.paths, { ...this.options, digest: true })
    const events: WatchEvent[] = []
    for (const f of report.files.filter((x) => !x.skipped)) {
      this.files.set(this.id(f), f)
      this.push(events, validated(f))
    }
    const valid = [...this.files.values()].filter((f) => !hasErrors(f.diagnostics)).map((f) => this.pathOf(f))
    if (valid.length > 0) events.push(...(await this.plan(valid)))
    return events
  }

  /** Files that changed (or were added, renamed, deleted): re-validated, planned, applied if asked. */
  async changed(paths: string[]): Promise<WatchEvent[]> {
    const events: WatchEvent[] = []
    const touched = new Set<string>()
    for (const path of paths) {
      const id = resolve(path)
      const before = this.files.get(id)
      const report = await validatePaths([path], { ...this.options, digest: true }).catch(() => undefined)
      const now = report?.files[0]
      if (!now || now.skipped) {
        if (before) {
          this.files.delete(id)
          this.push(events, {
            type: 'validated',
            file: before.file,
            valid: true,
            diagnostics: [],
            deleted: true,
          })
          // Another file may hold that key now (a rename seen as an add, then a delete).
          if (before.key) touched.add(before.key)
        }
        continue
      }
      this.files.set(id, now)
      if (before?.key) touched.add(before.key)
      if (now.key) touched.add(now.key)
    }
    // Events can arrive out of order (a rename's add before its unlink): a file that is gone from
    // disk is gone, whatever the watcher has said so far.
    for (const [id, f] of this.files)
      if (!existsSync(id)) {
        this.files.delete(id)
        this.push(events, { type: 'validated', file: f.file, valid: true, diagnostics: [], deleted: true })
        if (f.key) touched.add(f.key)
      }
    // A key two files claim is an error on both, and neither is planned.
    const owners = new Map<string, ValidatedFile[]>()
    for (const f of this.files.values()) if (f.key) owners.set(f.key, [...(owners.get(f.key) ?? []), f])
    const toPlan: string[] = []
    for (const [id, f] of this.files) {
      if (!(f.key && touched.has(f.key)) && !paths.some((p) => resolve(p) === id)) continue
      const claimants = f.key ? (owners.get(f.key) ?? []) : []
      const diagnostics =
        claimants.length > 1
          ? [
              ...f.diagnostics,
              {
                file: f.file,
                line: 1,
                col: 1,
                severity: 'error' as const,
                rule: 'ref.duplicate-model-key',
                message: `model key "${f.key}" is also used by ${claimants
                  .filter((c) => c !== f)
                  .map((c) => c.file)
                  .join(', ')}`,
              },
            ]
          : f.diagnostics
      this.push(events, { type: 'validated', file: f.file, diagnostics, valid: !hasErrors(diagnostics) })
      if (!hasErrors(diagnostics)) toPlan.push(this.pathOf(f))
    }
    for (const path of toPlan) events.push(...(await this.plan([path])))
    return events
  }

  /** TMI re-read for every model (on a timer): edits made there show as drift, never overwritten. */
  async refresh(): Promise<WatchEvent[]> {
    const valid = [...this.files.values()].filter((f) => !hasErrors(f.diagnostics)).map((f) => this.pathOf(f))
    return valid.length > 0 ? this.plan(valid, { quietUnchanged: true, fresh: true }) : []
  }

  /** What TMI held for each model when last read (by source and key), and the models it covers. */
  private readonly remotes = new Map<string, RemoteModel | null>()
  private readonly cachedKeys = new Set<string>()

  /**
   * Plans the models of `paths`. A save of a model TMI was read for is planned at once from that
   * reading (so the person sees the plan in the time it takes to parse and diff), then that one
   * threat model is read again and planned again, reported only if TMI moved meanwhile; applies use
   * the fresh reading only. `fresh`: read TMI first (the refresh timer).
   */
  private async plan(
    paths: string[],
    how: { quietUnchanged?: boolean; fresh?: boolean } = {},
  ): Promise<WatchEvent[]> {
    if (!this.client) return []
    const events: WatchEvent[] = []
    const out = (e: WatchEvent) => {
      events.push(e)
      this.options.emit?.(e)
    }
    try {
      const key = paths.length === 1 ? this.files.get(resolve(paths[0] as string))?.key : undefined
      const known = key !== undefined ? this.threatModels.get(key) : undefined
      // Planned from the files as just validated: each save is read and checked once.
      // A save plans its own models only: no search for orphans of the rest (that is `plan`'s job).
      const subset = paths.length < this.files.size
      const files = paths
        .flatMap((p) => this.files.get(resolve(p)) ?? [])
        .map((f) => (subset ? { ...f, named: true } : f))
      const report = reportOf(files)
      const options = {
        ...this.options,
        // A single model whose threat model is known is read by id: no listing of TMI.
        ...(known ? { threatModel: known } : {}),
        allowEmpty: true,
        keepRemotes: true,
      }
      const covered = !how.fresh && files.every((f) => f.key !== undefined && this.cachedKeys.has(f.key))
      if (covered) {
        const early = await planReport(report, paths, this.client, options, this.remotes)
        if (early.ok) this.report(early.plan, how.quietUnchanged === true, out)
      }
      const outcome = await planReport(report, paths, this.client, options)
      if (!outcome.ok) {
        for (const d of outcome.diagnostics.filter((x) => x.severity === 'error'))
          out({ type: 'error', message: `${d.file}:${d.line}:${d.col}: ${d.message}`, file: d.file })
        return events
      }
      this.remember(outcome)
      this.report(outcome.plan, covered || how.quietUnchanged === true, out)
      if (!this.options.apply) return events
      for (const model of outcome.plan.models) {
        if (!hasChanges({ ...outcome.plan, models: [model], summary: summarise([model]) })) continue
        const { event: applied, result } = await this.applyOne(outcome.plan, model)
        out(applied)
        // What TMI holds now is what was written: told from the plan and TMI's answers, so the next
        // save plans from it without waiting for a reading; read again only if it cannot be told.
        const id = identity(model.source, model.key)
        const state = result && appliedState(this.remotes.get(id) ?? undefined, model, result)
        if (state) this.remotes.set(id, state)
        else if (applied.type === 'applied') {
          const after = await planReport(
            reportOf(files.filter((f) => f.key === model.key)),
            paths,
            this.client,
            {
              ...options,
              threatModel: applied.threat_model_id,
            },
          ).catch(() => undefined)
          if (after?.ok) this.remember(after)
        }
      }
    } catch (e) {
      out({ type: 'error', message: e instanceof Error ? e.message : String(e) })
    }
    return events
  }

  /** An event of this step: kept for the caller, and emitted as it happens. */
  private push(events: WatchEvent[], event: WatchEvent): void {
    events.push(event)
    this.options.emit?.(event)
  }

  private remember(outcome: Extract<PlanOutcome, { ok: true }>): void {
    for (const [id, remote] of outcome.remotes) this.remotes.set(id, remote)
    for (const model of outcome.plan.models) {
      this.cachedKeys.add(model.key)
      if (model.threat_model_id) this.threatModels.set(model.key, model.threat_model_id)
    }
  }

  /** `planned` (and `drift`) for each model; with `quietUnchanged`, only when it differs from the last. */
  private report(plan: Plan, quietUnchanged: boolean, out: (e: WatchEvent) => void): void {
    for (const model of plan.models) {
      const text = changeList(model)
      const fingerprint = JSON.stringify(text)
      if (quietUnchanged && this.planned.get(model.key) === fingerprint) continue
      this.planned.set(model.key, fingerprint)
      const conflicts = model.changes.filter((c) => c.action === 'conflict')
      if (conflicts.length > 0)
        out({
          type: 'drift',
          file: model.file,
          key: model.key,
          objects: conflicts.map((c) => `${c.kind} ${c.key}`),
        })
      out({ type: 'planned', file: model.file, key: model.key, summary: summarise([model]), changes: text })
    }
  }

  /** Applies one model's plan: the event to report, and the result (its ids) when it was applied. */
  private async applyOne(
    plan: Parameters<typeof applyPlan>[0],
    model: ModelPlan,
  ): Promise<{ event: WatchEvent; result?: ModelResult }> {
    const failure = (message: string): { event: WatchEvent } => ({
      event: { type: 'error', file: model.file, key: model.key, message },
    })
    try {
      const [result] = await applyPlan(
        { ...plan, models: [model], orphaned_models: [], summary: summarise([model]) },
        this.client as TmiClient,
        { saved: false },
      )
      if (!result || result.status === 'failed') return failure(result?.error ?? 'apply failed')
      if (result.threatModelId) this.threatModels.set(model.key, result.threatModelId)
      // What TMI now holds is what was planned: the next plan starts from there.
      this.planned.delete(model.key)
      return {
        event: {
          type: 'applied',
          file: model.file,
          key: model.key,
          threat_model_id: result.threatModelId ?? '',
          writes: result.writes,
        },
        result,
      }
    } catch (e) {
      return failure(
        e instanceof DriftRefusal
          ? `${e.message}: shown, not overwritten (--on-drift overwrite to replace them)`
          : e instanceof Error
            ? e.message
            : String(e),
      )
    }
  }

  private id(f: ValidatedFile): string {
    return f.absolute ?? resolve(f.file)
  }

  private pathOf(f: ValidatedFile): string {
    return f.absolute ?? f.file
  }
}

function validated(f: ValidatedFile): Extract<WatchEvent, { type: 'validated' }> {
  return { type: 'validated', file: f.file, valid: !hasErrors(f.diagnostics), diagnostics: f.diagnostics }
}

/** The plan's changes of one model, one line each (`+ threat t-1`, `~ diagram main`, `! threat t-2`). */
function changeList(model: ModelPlan): string[] {
  const sign = { create: '+', update: '~', delete: '-', conflict: '!', orphan: '?', skip: '=' } as const
  return model.changes
    .filter((c) => c.action !== 'unchanged')
    .map((c) => `${sign[c.action as keyof typeof sign]} ${c.kind} ${c.key}`)
}
