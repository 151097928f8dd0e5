import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { Diagnostic } from '../common/diagnostic.js'
import { redactSecrets, registerSecret } from '../common/secrets.js'
import { pullModels } from '../engine/pull/pull.js'
import { planReport, type PlanOptions } from '../engine/plan-apply/plan.js'
import { validatePaths, type ValidateReport } from '../engine/validate/validate.js'
import { applyAsAllowed } from '../engine/addon/invoke.js'
import type { ModelResult } from '../reconcile/apply.js'
import { hasChanges, type OnDrift, type Plan } from '../reconcile/plan.js'
import { markdownCode, markdownText, renderMarkdown } from '../reconcile/render.js'
import { openRepository } from '../providers/open.js'
import { parseSource, repositoryId } from '../providers/source.js'
import { clientFromEnv, type TmiClient } from '../tmi/client.js'
import {
  COMMENT_MARKER,
  diagramSections,
  noChangesComment,
  planComment,
  planDigest,
  shownPlanDigest,
} from './comment.js'

type Mode = 'validate' | 'plan' | 'apply' | 'drift' | 'pull'

/** GitHub shows this many annotations of each kind per step; the rest go to the summary. */
const ANNOTATIONS_SHOWN = 10

interface Inputs {
  mode: Mode
  sources: string[]
  tmiUrl: string
  githubToken: string
  addonId: string
  prune: boolean
  onDrift: OnDrift
  comment: boolean
  failOn: Set<string>
  /** Apply on push only what the merged pull request's comment showed. */
  requireReviewedPlan: boolean
}

/** The action, run by `dist/action/index.js`: every outcome is one line, never a stack trace. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Masked before anything else runs, so no later line can print them.
  for (const name of ['tmi-client-secret', 'tmi-token', 'github-token']) {
    const value = core.getInput(name)
    if (value) {
      core.setSecret(value)
      registerSecret(value)
    }
  }
  try {
    await act(readInputs(env), env)
  } catch (e) {
    core.setFailed(redactSecrets(e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'failed')
  }
}

function readInputs(env: NodeJS.ProcessEnv): Inputs {
  const mode = core.getInput('mode') || 'auto'
  const choices = ['auto', 'validate', 'plan', 'apply', 'drift', 'pull']
  if (!choices.includes(mode)) throw new Error(`mode "${mode}": use one of ${choices.join(', ')}`)
  const onDrift = core.getInput('on-drift') || 'fail'
  if (!['fail', 'overwrite', 'skip'].includes(onDrift))
    throw new Error(`on-drift "${onDrift}": use fail, overwrite or skip`)
  const sources = core
    .getInput('sources')
    .split(/\s+/)
    .filter((s) => s !== '')
  return {
    mode: mode === 'auto' ? modeOf(github.context.eventName) : (mode as Mode),
    sources: sources.length > 0 ? sources : [defaultSource(env)],
    tmiUrl: core.getInput('tmi-url'),
    githubToken: core.getInput('github-token'),
    addonId: core.getInput('addon-id'),
    prune: core.getInput('prune') === 'true',
    onDrift: onDrift as OnDrift,
    comment: core.getInput('comment') !== 'false',
    requireReviewedPlan: core.getInput('require-reviewed-plan') === 'true',
    failOn: new Set((core.getInput('fail-on') || 'error').split(/[\s,]+/).filter((s) => s !== '')),
  }
}

/** What each event asks for when `mode` is `auto`. */
function modeOf(event: string): Mode {
  if (event === 'pull_request' || event === 'pull_request_target') return 'plan'
  if (event === 'push') return 'apply'
  if (event === 'schedule' || event === 'workflow_dispatch') return 'drift'
  return 'validate'
}

/** The repository at the event's commit (a pull request's merge commit), read through the API. */
function defaultSource(env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_REPOSITORY
  if (!repo) throw new Error('GITHUB_REPOSITORY is not set: give the sources input')
  const event = github.context.eventName
  if (event === 'schedule' || event === 'workflow_dispatch') return `github:${repo}`
  return `github:${repo}@${env.GITHUB_SHA}`
}

async function act(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  const hostEnv = {
    ...env,
    ...(inputs.githubToken ? { GITHUB_TOKEN: inputs.githubToken } : {}),
  }
  const pr = github.context.payload.pull_request as
    | {
        number: number
        head?: { repo?: { full_name?: string } | null }
        base?: { repo?: { full_name?: string } }
      }
    | undefined
  // A fork's pull request runs without the repository's secrets: validation only, and say so.
  const fork = pr !== undefined && pr.head?.repo?.full_name !== pr.base?.repo?.full_name
  const report = await validate(inputs, hostEnv)
  if (!report || inputs.mode === 'validate') return
  if (fork) {
    await core.summary
      .addRaw(
        'tmi-sync validated the models. A pull request from a fork gets no secrets, so it is not planned against TMI; it is once merged.\n',
      )
      .write()
    return
  }
  const client = tmiClient(inputs, env)
  if (!client) {
    await core.summary
      .addRaw('tmi-sync validated the models. No TMI credentials were given, so nothing was planned.\n')
      .write()
    return
  }
  const options: PlanOptions = {
    source: 'default',
    prune: inputs.prune,
    onDrift: inputs.onDrift,
    env: hostEnv,
  }
  if (inputs.mode === 'pull') return pull(inputs, client, hostEnv)
  // Planned from the files as validated above: the repository is read once.
  const outcome = await planReport(report, inputs.sources, client, options)
  if (!outcome.ok) throw new Error('the models are invalid: nothing was planned')
  const { plan } = outcome
  const planFile = join(env.RUNNER_TEMP ?? process.cwd(), 'tmi-sync-plan.json')
  writeFileSync(planFile, JSON.stringify(plan, null, 2) + '\n')
  core.setOutput('plan-file', planFile)
  setPlanOutputs(plan)
  const summaryUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
  await core.summary.addRaw([renderMarkdown(plan), ...diagramSections(plan)].join('\n\n') + '\n').write()
  if (inputs.mode === 'plan') {
    if (pr && inputs.comment) await comment(pr.number, plan, summaryUrl, hostEnv)
    if (inputs.failOn.has('changes') && hasChanges(plan))
      core.setFailed('the plan has changes (fail-on: changes)')
    return
  }
  if (inputs.mode === 'drift') {
    core.setOutput('drift', String(hasChanges(plan)))
    if (hasChanges(plan) && inputs.failOn.has('changes'))
      core.setFailed('TMI and the files differ (fail-on: changes)')
    return
  }
  await apply(inputs, plan, client, env)
}

/**
 * Validates every model; annotations on file/line/col, and all of them in the summary. The report,
 * when the files may be planned; undefined when the step has failed.
 */
async function validate(
  inputs: Inputs,
  hostEnv: Record<string, string | undefined>,
): Promise<ValidateReport | undefined> {
  const report = await validatePaths(inputs.sources, { env: hostEnv, digest: true })
  const all = report.files.flatMap((f) => f.diagnostics).filter((d) => d.severity !== 'info')
  const errors = all.filter((d) => d.severity === 'error')
  const warnings = all.filter((d) => d.severity === 'warning')
  for (const d of errors.slice(0, ANNOTATIONS_SHOWN)) core.error(d.message, annotation(d))
  for (const d of warnings.slice(0, ANNOTATIONS_SHOWN)) core.warning(d.message, annotation(d))
  core.setOutput('errors', String(errors.length))
  core.setOutput('warnings', String(warnings.length))
  const s = report.summary
  const lines = [
    `### tmi-sync validate`,
    '',
    `${s.files} files: ${s.valid} valid, ${s.invalid} invalid; ${errors.length} errors, ${warnings.length} warnings.`,
  ]
  if (all.length > 0) {
    const shown = all.slice(0, 500)
    lines.push('', '| | where | problem |', '|---|---|---|')
    for (const d of shown)
      lines.push(
        `| ${d.severity === 'error' ? '✖' : '⚠'} | ${markdownCode(`${pathInRepository(d.file)}:${d.line}:${d.col}`)} | ${markdownText(d.message)} (${markdownText(d.rule)}) |`,
      )
    if (all.length > shown.length) lines.push('', `…and ${all.length - shown.length} more.`)
    if (errors.length > ANNOTATIONS_SHOWN || warnings.length > ANNOTATIONS_SHOWN)
      lines.push('', `GitHub shows ${ANNOTATIONS_SHOWN} annotations of each kind; all are listed here.`)
  }
  await core.summary.addRaw(lines.join('\n') + '\n\n').write()
  if (s.files === 0) {
    core.setFailed(`no threat-model files in ${inputs.sources.join(', ')}`)
    return undefined
  }
  const failed = errors.length > 0 || (inputs.failOn.has('warning') && warnings.length > 0)
  if (failed)
    core.setFailed(
      `${s.invalid} of ${s.files} model files are invalid (${errors.length} errors, ${warnings.length} warnings)`,
    )
  return failed ? undefined : report
}

function annotation(d: Diagnostic): core.AnnotationProperties {
  return { file: pathInRepository(d.file), startLine: d.line, startColumn: d.col, title: d.rule }
}

/** `github:OWNER/REPO@REF:path` → `path`, as annotations name files; a local path stays. */
function pathInRepository(file: string): string {
  return /^(?:github|gitlab|bitbucket|git):.+@[^:@]+:(.+)$/.exec(file)?.[1] ?? file
}

function tmiClient(inputs: Inputs, env: NodeJS.ProcessEnv): TmiClient | undefined {
  const token = core.getInput('tmi-token')
  const id = core.getInput('tmi-client-id')
  const secret = core.getInput('tmi-client-secret')
  if (!inputs.tmiUrl || (!token && !(id && secret))) return undefined
  return clientFromEnv({
    TMI_URL: inputs.tmiUrl,
    ...(token ? { TMI_TOKEN: token } : { TMI_CLIENT_ID: id, TMI_CLIENT_SECRET: secret }),
    // A runner has no saved session: never look for one.
    TMI_CREDENTIALS_FILE: join(env.RUNNER_TEMP ?? process.cwd(), 'no-tmi-session'),
  })
}

function setPlanOutputs(plan: Plan): void {
  core.setOutput('has-changes', String(hasChanges(plan)))
  for (const k of ['create', 'update', 'delete', 'conflict'] as const)
    core.setOutput(k, String(plan.summary[k]))
}

/** One comment per pull request, found by its marker and updated in place. */
async function comment(
  number: number,
  plan: Plan,
  summaryUrl: string,
  hostEnv: Record<string, string | undefined>,
): Promise<void> {
  const spec = parseSource(`github:${hostEnv.GITHUB_REPOSITORY}`)
  if (spec.kind === 'local') return
  const { repository, close } = await openRepository(spec, hostEnv)
  try {
    if (hasChanges(plan))
      await repository.upsertComment(number, COMMENT_MARKER, planComment(plan, summaryUrl))
    else await repository.upsertComment(number, COMMENT_MARKER, noChangesComment(), { create: false })
  } finally {
    await close()
  }
}

/** Push: the merged commit, through the addon service (a service account) or directly (a person). */
async function apply(inputs: Inputs, plan: Plan, client: TmiClient, env: NodeJS.ProcessEnv): Promise<void> {
  if (!hasChanges(plan)) {
    await core.summary.addRaw('No changes: TMI matches the files.\n').write()
    return
  }
  if (inputs.requireReviewedPlan) await checkReviewed(plan, env)
  const results: ModelResult[] = await applyAsAllowed(plan, client, {
    maxWaitMs: 5 * 60_000,
    ...(inputs.addonId ? { addonId: inputs.addonId } : {}),
    onEvent: (e) => core.info(e),
  })
  const reportFile = join(env.RUNNER_TEMP ?? process.cwd(), 'tmi-sync-report.json')
  writeFileSync(reportFile, JSON.stringify(results, null, 2) + '\n')
  core.setOutput('report-file', reportFile)
  const lines = ['### tmi-sync apply', '', '| model | outcome |', '|---|---|']
  for (const r of results)
    lines.push(
      `| ${markdownText(r.key)} | ${markdownText(r.status === 'failed' ? `failed: ${r.error ?? ''}` : `${r.status} (${r.writes} writes)`)} |`,
    )
  await core.summary.addRaw(lines.join('\n') + '\n').write()
  const failed = results.filter((r) => r.status === 'failed')
  if (failed.length > 0)
    core.setFailed(
      `${failed.length} of ${results.length} models failed: ${failed[0]?.key}: ${failed[0]?.error ?? ''}`,
    )
}

/**
 * `require-reviewed-plan`: the plan about to be applied must be the one the merged pull request's
 * comment showed (same changes, by digest). Anything merged or edited in TMI since is refused, to
 * be reviewed first.
 */
async function checkReviewed(plan: Plan, env: NodeJS.ProcessEnv): Promise<void> {
  const commit = env.GITHUB_SHA ?? ''
  const { GitHubRepository } = await import('../providers/github.js')
  const repository = new GitHubRepository(env.GITHUB_REPOSITORY ?? '', {
    ...(core.getInput('github-token') ? { token: core.getInput('github-token') } : {}),
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
  })
  const pulls = await repository.mergedPullRequestsOf(commit)
  if (pulls.length === 0)
    throw new Error(`refused: commit ${commit} came from no merged pull request, so no plan was reviewed`)
  for (const number of pulls) {
    const shown = shownPlanDigest((await repository.findComment(number, COMMENT_MARKER))?.body ?? '')
    if (shown === planDigest(plan)) return
  }
  throw new Error(
    `refused: what would be applied differs from the plan shown on pull request #${pulls.join(', #')} (merged or edited in TMI since): review it again`,
  )
}

/** Schedule: TMI's edits proposed back as a pull request. */
async function pull(
  inputs: Inputs,
  client: TmiClient,
  hostEnv: Record<string, string | undefined>,
): Promise<void> {
  const destination = inputs.sources[0] as string
  const spec = parseSource(destination)
  const result = await pullModels(destination, client, {
    source: spec.kind === 'local' ? 'default' : repositoryId(spec),
    branch: 'tmi-sync/pull',
    env: hostEnv,
  })
  const lines = ['### tmi-sync pull', '', ...result.notes.map((n) => `- ${markdownText(n)}`)]
  if (result.files.every((f) => f.status === 'unchanged'))
    lines.push('', 'The files already hold what TMI holds.')
  await core.summary.addRaw(lines.join('\n') + '\n').write()
  if (result.refused.length > 0) core.setFailed(`not pulled: ${result.refused.join('; ')}`)
}
