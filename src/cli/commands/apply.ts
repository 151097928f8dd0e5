import { writeFile } from 'node:fs/promises'
import { createInterface } from 'node:readline/promises'
import type { Command } from 'commander'
import { UserError } from '../../common/errors.js'
import type { ModelResult } from '../../reconcile/apply.js'
import type { Plan } from '../../reconcile/plan.js'
import { colours, formatDiagnostic, plural } from '../output.js'
import { checkOutputFile, parseDuration, type GlobalOptions } from '../options.js'
import { addPlanOptions, planOptions, tmiClient, type PlanFlags } from './plan-options.js'

interface ApplyFlags extends PlanFlags {
  autoApprove?: boolean
  json?: string
  viaAddon?: boolean
  addon?: string
  maxWait?: string
}

export function registerApply(program: Command, global: () => GlobalOptions): void {
  addPlanOptions(
    program
      .command('apply')
      .description('make TMI match the files (or apply exactly a plan saved with plan --out)')
      .argument(
        '[sources...]',
        'files, directories or repositories (git:URL@REF:GLOB …), or one saved plan file',
      ),
  )
    .option('--auto-approve', 'apply without asking (needed when not on a terminal; a saved plan never asks)')
    .option('--json <file>', 'write what was applied, per model, as JSON')
    .option(
      '--via-addon',
      'write through the tmi-sync addon service (a service account may not write inside a threat model); needs a repository source',
    )
    .option('--addon <id>', 'with --via-addon: the addon to invoke (default: the tmi-sync addon)')
    .option(
      '--max-wait <duration>',
      "with --via-addon: how long to wait on TMI's hourly invocation quota (e.g. 90s, 30m, 2h)",
      '60m',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ tmi-sync apply models/                  # shows the plan and asks
  $ tmi-sync apply models/ --auto-approve --prune
  $ tmi-sync plan models/ --out plan.json && tmi-sync apply plan.json
  $ TMI_CLIENT_ID=… TMI_CLIENT_SECRET=… tmi-sync apply github:acme/models@main --via-addon --auto-approve

Exit codes: 0 applied (or nothing to do), 1 invalid files, refused or failed, 3 refused because
objects were changed in TMI since the last apply (--on-drift=fail).`,
    )
    .action(async (paths: string[], flags: ApplyFlags, command: Command) => {
      // Loaded when the command runs: every command pays only for what it uses (start-up).
      const [
        { readPlanFile },
        { assertFilesUnchanged, planPaths },
        { applyPlan, ServiceAccountApplyError, StalePlanError },
        { DriftRefusal },
        { hasChanges },
        { renderSummary, renderText },
        { applyViaAddon, pinnedSource },
      ] = await Promise.all([
        import('../../engine/plan-apply/plan-file.js'),
        import('../../engine/plan-apply/plan.js'),
        import('../../engine/plan-apply/apply.js'),
        import('../../reconcile/apply.js'),
        import('../../reconcile/plan.js'),
        import('../../reconcile/render.js'),
        import('../../engine/addon/invoke.js'),
      ])
      const { quiet } = global()
      const c = colours()
      checkOutputFile('--json', flags.json)
      const client = await tmiClient(flags)
      const viaAddon = flags.viaAddon === true
      if (!viaAddon && (flags.addon !== undefined || command.getOptionValueSource('maxWait') === 'cli'))
        throw new UserError('--addon and --max-wait go with --via-addon', 2)
      if (viaAddon && flags.prune)
        throw new UserError(
          '--prune with --via-addon: what the addon service deletes is its own policy (prune: true in its configuration); TMI lets a service account delete nothing',
          2,
        )
      const maxWaitMs = parseDuration(flags.maxWait ?? '60m')
      // TMI refuses a service account every write inside a threat model: say so before planning.
      if (!viaAddon && (await client.principal()) === 'service-account') throw new ServiceAccountApplyError()
      const planFile =
        paths.length === 1 && paths[0]?.endsWith('.json') ? await readPlanFile(paths[0]) : undefined
      if (planFile) refuseReplanningFlags(command, planFile.ok ? planFile.plan : undefined)
      if (planFile && !planFile.ok) {
        for (const d of planFile.diagnostics) process.stdout.write(formatDiagnostic(d, c) + '\n')
        process.stderr.write(
          c.red('✖ the saved plan is damaged: nothing was sent to TMI; make a new plan') + '\n',
        )
        process.exitCode = 1
        return
      }
      let plan = planFile?.plan
      let read: Array<{ path: string; absolute: string; digest: string }> = []
      const saved = plan !== undefined
      if (!plan) {
        // Through the addon, each model is read again by the service: at exactly the commit planned here.
        const sources = viaAddon ? await Promise.all(paths.map((p) => pinnedSource(p))) : paths
        const outcome = await planPaths(sources, client, planOptions(flags))
        if (!outcome.ok) {
          for (const d of outcome.diagnostics.filter((x) => x.severity !== 'info'))
            process.stdout.write(formatDiagnostic(d, c) + '\n')
          process.stderr.write(c.red('✖ invalid files: nothing was sent to TMI') + '\n')
          process.exitCode = 1
          return
        }
        plan = outcome.plan
        read = outcome.read
      }
      // A saved plan was printed when it was made; say only what it does (as terraform apply PLANFILE).
      process.stdout.write(
        saved ? `Applying the saved plan: ${renderSummary(plan, c)}\n` : renderText(plan, c),
      )
      const report = async (results: ModelResult[]) => {
        if (flags.json) await writeFile(flags.json, JSON.stringify(applyReport(results), null, 2) + '\n')
      }
      if (!hasChanges(plan)) {
        await report(
          plan.models.map((m) => ({
            key: m.key,
            file: m.file,
            status: 'unchanged',
            ...(m.threat_model_id ? { threatModelId: m.threat_model_id } : {}),
            writes: 0,
          })),
        )
        return
      }
      if (plan.summary.conflict > 0 && plan.options.on_drift === 'fail') {
        process.stderr.write(
          c.red(
            `✖ refused: ${plural(plan.summary.conflict, 'object')} changed in TMI since the last apply; review them, then rerun with --on-drift=overwrite or --on-drift=skip`,
          ) + '\n',
        )
        process.exitCode = 3
        return
      }
      // A saved plan was the thing reviewed and approved (as with `terraform apply PLANFILE`).
      if (!saved && !flags.autoApprove && !(await confirm())) {
        process.exitCode = 1
        return
      }
      assertFilesUnchanged(read)
      try {
        const onEvent = (e: string) =>
          void (!quiet && process.stderr.isTTY && process.stderr.write(c.dim(`  … ${e}\n`)))
        const results = viaAddon
          ? await applyViaAddon(plan, client, {
              saved,
              maxWaitMs,
              onEvent,
              ...(flags.addon ? { addonId: flags.addon } : {}),
            })
          : await applyPlan(plan, client, { saved, onEvent })
        let failed = 0
        for (const r of results) {
          if (r.status === 'failed') {
            failed++
            const advice = r.permanent ? '' : ' (rerun apply: it converges)'
            const written = r.writes > 0 ? `; ${plural(r.writes, 'write')} made before it` : ''
            process.stderr.write(c.red(`✖ ${r.key}: ${r.error ?? 'failed'}${written}${advice}`) + '\n')
          } else if (r.status === 'applied' && !quiet)
            process.stderr.write(`${c.green('✔')} ${r.key}: applied (${plural(r.writes, 'write')})\n`)
          else if (r.status === 'deleted' && !quiet)
            process.stderr.write(
              `${c.green('✔')} ${r.key}: orphaned threat model ${r.threatModelId ?? ''} deleted\n`,
            )
        }
        await report(results)
        process.exitCode = failed > 0 ? 1 : 0
      } catch (e) {
        if (e instanceof DriftRefusal) {
          process.stderr.write(c.red(`✖ ${e.message}`) + '\n')
          process.exitCode = 3
        } else if (e instanceof StalePlanError) throw new UserError(e.message, 1)
        else throw e
      }
    })
}

/**
 * A saved plan is applied exactly as it was made: flags that would change what it does (or which
 * files it reads) are refused rather than silently ignored, as `terraform apply PLANFILE` does.
 */
function refuseReplanningFlags(command: Command, plan: Plan | undefined): void {
  const given = ['prune', 'onDrift', 'source', 'include', 'exclude', 'maxFileSize', 'allowEmpty'].filter(
    (name) => command.getOptionValueSource(name) === 'cli',
  )
  if (given.length === 0) return
  const flags = given.map((g) => `--${g.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`).join(', ')
  const made = plan
    ? ` (it was made with prune ${String(plan.options.prune)}, on-drift ${plan.options.on_drift})`
    : ''
  throw new UserError(
    `${flags}: a saved plan is applied exactly as it was planned${made}; make a new plan with them instead`,
    2,
  )
}

/** The machine-readable outcome of an apply, in the plan file's naming style. */
function applyReport(results: ModelResult[]) {
  return {
    format: 1,
    tool: 'tmi-sync',
    applied_at: new Date().toISOString(),
    models: results.map((r) => ({
      key: r.key,
      file: r.file,
      status: r.status,
      ...(r.threatModelId ? { threat_model_id: r.threatModelId } : {}),
      writes: r.writes,
      ...(r.error ? { error: r.error } : {}),
    })),
  }
}

async function confirm(): Promise<boolean> {
  if (!process.stdin.isTTY) {
    process.stderr.write('tmi-sync: not on a terminal, so nobody can approve: rerun with --auto-approve\n')
    return false
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  const answer = await rl.question('\nApply these changes to TMI? Only "yes" is accepted: ')
  rl.close()
  if (answer.trim() === 'yes') return true
  process.stderr.write('Apply cancelled: nothing was sent to TMI.\n')
  return false
}
