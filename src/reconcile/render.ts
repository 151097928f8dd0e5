import type { Action, FieldChange, ModelPlan, ObjectChange, OrphanModel, Plan } from './plan.js'

type Colour = (s: string) => string
export interface Paint {
  green: Colour
  yellow: Colour
  red: Colour
  cyan: Colour
  bold: Colour
  dim: Colour
}

const PLAIN: Paint = {
  green: (s) => s,
  yellow: (s) => s,
  red: (s) => s,
  cyan: (s) => s,
  bold: (s) => s,
  dim: (s) => s,
}
const SYMBOL: Record<Action, string> = {
  create: '+',
  update: '~',
  delete: '-',
  unchanged: ' ',
  orphan: '?',
  conflict: '!',
  skip: '=',
}
const LIMIT = 120

function paintFor(action: Action, p: Paint): (s: string) => string {
  return action === 'create'
    ? p.green
    : action === 'update'
      ? p.yellow
      : action === 'delete' || action === 'conflict'
        ? p.red
        : action === 'orphan' || action === 'skip'
          ? p.cyan
          : p.dim
}

function show(v: unknown): string {
  const s = v === undefined ? '(none)' : JSON.stringify(v)
  return s.length > LIMIT ? `${s.slice(0, LIMIT - 1)}…` : s
}

function fieldLine(c: FieldChange): string {
  if (c.old === undefined) return `${c.field}: ${show(c.new)}`
  if (c.new === undefined) return `${c.field}: ${show(c.old)} → (removed)`
  return `${c.field}: ${show(c.old)} → ${show(c.new)}`
}

/** Terraform-like text: one block per model that changes, one line per object, fields old → new. */
export function renderText(plan: Plan, paint: Paint = PLAIN, options: { verbose?: boolean } = {}): string {
  const lines: string[] = []
  for (const m of plan.models) {
    const visible = m.changes.filter((c) => c.action !== 'unchanged')
    if (visible.length === 0 && !options.verbose) continue
    lines.push(
      '',
      paint.bold(
        `# ${m.key} (${m.file}) ${m.action === 'create' ? 'will be created' : m.action === 'unchanged' ? 'is up to date' : 'will be updated'}`,
      ),
    )
    for (const c of visible) {
      const p = paintFor(c.action, paint)
      lines.push(
        p(
          `  ${SYMBOL[c.action]} ${c.kind} ${c.key === m.key && c.kind === 'threat_model' ? '' : `${c.key} `}"${c.name}"`,
        ) + paint.dim(`  # ${c.reason}`),
      )
      const fields = c.action === 'create' && !options.verbose ? [] : c.changes
      for (const f of fields) lines.push(p(`      ${fieldLine(f)}`))
    }
  }
  const orphans = plan.orphaned_models ?? []
  if (orphans.length > 0) lines.push('', paint.bold('# threat models no file claims'))
  for (const o of orphans)
    lines.push(
      paintFor(o.action, paint)(`  ${SYMBOL[o.action]} ${orphanLabel(o)}`) + paint.dim(`  # ${o.reason}`),
    )
  lines.push('', renderSummary(plan, paint))
  return lines.join('\n').replace(/^\n/, '') + '\n'
}

function orphanLabel(o: OrphanModel): string {
  return `threat_model ${o.key} "${o.name}" (${o.threat_model_id}, source ${o.source})`
}

/** The plan's last line: counts of what it does, or "No changes". */
export function renderSummary(plan: Plan, paint: Paint = PLAIN): string {
  const s = plan.summary
  const total = s.create + s.update + s.delete
  const models = `${plan.models.length} model${plan.models.length === 1 ? '' : 's'}`
  // "TMI matches the files" only when it does: orphans and skipped conflicts mean it does not.
  if (total + s.conflict === 0 && s.orphan + s.skip === 0)
    return paint.green(`No changes. TMI matches the files (${models}).`)
  return (
    (total + s.conflict === 0
      ? paint.bold(`No changes to make (${models}), but TMI does not match the files:`)
      : paint.bold(`Plan: ${s.create} to create, ${s.update} to update, ${s.delete} to delete.`)) +
    (s.orphan ? paint.cyan(` ${s.orphan} orphaned (not in the files; --prune deletes them).`) : '') +
    (s.conflict
      ? paint.red(
          ` ${s.conflict} conflict${s.conflict === 1 ? '' : 's'}: changed in TMI since the last apply (--on-drift).`,
        )
      : '') +
    (s.skip ? paint.cyan(` ${s.skip} skipped (--on-drift=skip).`) : '')
  )
}

/** Markdown for a pull-request comment: a summary table, then the changes per model, collapsed. */
export function renderMarkdown(plan: Plan): string {
  const s = plan.summary
  const out = [
    '### tmi-sync plan',
    '',
    `| create | update | delete | orphaned | conflicts |`,
    `|---:|---:|---:|---:|---:|`,
    `| ${s.create} | ${s.update} | ${s.delete} | ${s.orphan} | ${s.conflict} |`,
    '',
  ]
  const changed = plan.models.filter((m) => m.changes.some((c) => c.action !== 'unchanged'))
  const orphans = plan.orphaned_models ?? []
  if (changed.length === 0 && orphans.length === 0)
    out.push(`No changes: TMI matches the files (${plan.models.length} models).`)
  for (const m of changed) out.push(...modelMarkdown(m))
  if (orphans.length > 0) {
    out.push('<details>', `<summary>Threat models no file claims (${orphans.length})</summary>`, '')
    out.push('| | threat model | why |', '|---|---|---|')
    for (const o of orphans)
      out.push(
        `| ${SYMBOL[o.action]} | ${markdownCode(o.key)} ${markdownText(o.name)} | ${markdownText(o.reason)} |`,
      )
    out.push('', '</details>', '')
  }
  return out.join('\n') + '\n'
}

function modelMarkdown(m: ModelPlan): string[] {
  const rows = m.changes.filter((c) => c.action !== 'unchanged')
  const out = [
    '<details>',
    `<summary><code>${html(m.file)}</code>: ${html(m.name)} (${m.action === 'create' ? 'new' : `${rows.length} change${rows.length === 1 ? '' : 's'}`})</summary>`,
    '',
    '| | object | change |',
    '|---|---|---|',
  ]
  for (const c of rows)
    out.push(
      `| ${SYMBOL[c.action]} | ${c.kind} ${markdownCode(c.key)} ${markdownText(c.name)} | ${markdownText(describe(c))} |`,
    )
  out.push('', '</details>', '')
  return out
}

function describe(c: ObjectChange): string {
  if (c.action === 'create') return 'create'
  const fields = c.changes.map((f) => fieldLine(f)).join('; ')
  return fields ? `${c.reason}: ${fields}` : c.reason
}

/**
 * Text from model files, made inert in a table cell of a PR comment: no markup, links, HTML, line
 * breaks, and no @mentions (a threat named "@security-team" must not notify a team).
 */
export function markdownText(s: string): string {
  return html(s.replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`))
}

/**
 * Inside HTML (the collapsed summary line), where Markdown escapes would show literally. GitHub
 * also turns bare URLs, `www.` names, `#123`/`GH-123` references and `:emoji:` into links and
 * pictures after escaping: a zero-width space breaks each pattern, and the text reads the same.
 */
function html(s: string): string {
  return s
    .replace(/[<>&]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[ch] as string)
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200b.`)
    .replace(/(#|\bGH-)(\d)/gi, '$1\u200b$2')
    .replace(/:([a-z0-9_+-]+):/gi, ':\u200b$1:')
    .replace(/\r?\n/g, ' ')
}

/** A code span in a table cell: no backticks or line breaks inside, pipes escaped for the table. */
export function markdownCode(s: string): string {
  return `\`${s.replace(/[`\r\n]/g, ' ').replace(/\|/g, '\\|')}\``
}
