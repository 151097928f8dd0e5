import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { colours, formatDiagnostic } from '../output.js'
import { checkOutputFile, type GlobalOptions } from '../options.js'
import { addPlanOptions, planOptions, tmiClient, type PlanFlags as SharedFlags } from './plan-options.js'

interface PlanFlags extends SharedFlags {
  detailedExitcode?: boolean
  json?: string
  markdown?: string
  out?: string
}

export function registerPlan(program: Command, global: () => GlobalOptions): void {
  addPlanOptions(
    program
      .command('plan')
      .description('show, field by field, what apply would change in TMI to match the files')
      .argument('[sources...]', 'files, directories or repositories (git:URL@REF:GLOB …); default: .'),
  )
    .option('--detailed-exitcode', 'exit 0 for no changes, 2 for changes, 1 for errors')
    .option('--json <file>', 'write the plan as JSON (the documented plan format)')
    .option('--markdown <file>', 'write the plan as Markdown (for a pull-request comment)')
    .option('--out <file>', 'save the plan, to apply exactly it later: tmi-sync apply FILE')
    .addHelpText(
      'after',
      `
Examples:
  $ TMI_URL=https://tmi.example.com TMI_CLIENT_ID=... TMI_CLIENT_SECRET=... tmi-sync plan models/
  $ tmi-sync plan models/ --out plan.json --markdown plan.md --detailed-exitcode

Exit codes: 0 success (with --detailed-exitcode: no changes), 2 changes (only with
--detailed-exitcode), 1 invalid files or any error (usage errors too, with --detailed-exitcode).`,
    )
    .action(async (paths: string[], flags: PlanFlags) => {
      const { verbose } = global()
      for (const [flag, path] of [
        ['--out', flags.out],
        ['--json', flags.json],
        ['--markdown', flags.markdown],
      ] as const)
        checkOutputFile(flag, path)
      const client = await tmiClient(flags, flags.detailedExitcode ? 1 : 2)
      // Loaded when the command runs: every command pays only for what it uses (start-up).
      const [{ planPaths }, { hasChanges }, { renderMarkdown, renderText }] = await Promise.all([
        import('../../engine/plan-apply/plan.js'),
        import('../../reconcile/plan.js'),
        import('../../reconcile/render.js'),
      ])
      const outcome = await planPaths(paths, client, planOptions(flags))
      const c = colours()
      if (!outcome.ok) {
        for (const d of outcome.diagnostics.filter((x) => x.severity !== 'info'))
          process.stdout.write(formatDiagnostic(d, c) + '\n')
        process.stderr.write(c.red('✖ invalid files: nothing was sent to TMI') + '\n')
        process.exitCode = 1
        return
      }
      const { plan } = outcome
      process.stdout.write(renderText(plan, c, { verbose: verbose === true }))
      // Made only when asked for: the plan of 2,000 models is tens of megabytes of text.
      const json = flags.json || flags.out ? JSON.stringify(plan, null, 2) + '\n' : ''
      if (flags.json) await writeFile(flags.json, json)
      if (flags.out) await writeFile(flags.out, json)
      if (flags.markdown) await writeFile(flags.markdown, renderMarkdown(plan))
      process.exitCode = flags.detailedExitcode && hasChanges(plan) ? 2 : 0
    })
}
