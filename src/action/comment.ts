import { mermaidFlowchart, type CellLike, type CellStatus } from '../draw/mermaid.js'
import type { ObjectChange, Plan } from '../reconcile/plan.js'
import { markdownText, renderMarkdown } from '../reconcile/render.js'
import { digest } from '../model/ids.js'

/** Finds the one comment tmi-sync keeps on a pull request (hidden in the rendered comment). */
export const COMMENT_MARKER = '<!-- tmi-sync:plan -->'

/** What a plan changes, as a digest: the comment records it, and a merge can be held to it. */
export function planDigest(plan: Plan): string {
  return digest(plan.models.map((m) => ({ source: m.source, key: m.key, changes: m.changes })))
}

/** The digest a plan comment recorded, if it is one. */
export function shownPlanDigest(body: string): string | undefined {
  return /^<!-- tmi-sync:plan-digest ([0-9a-f]+) -->$/m.exec(body)?.[1]
}

/** GitHub refuses a comment body over 65,536 characters; a margin for the marker and the note. */
const COMMENT_LIMIT = 65_000

/** A diagram a change touches: the cells as they will be (removed ones added back) and what changed. */
export function diagramChange(change: ObjectChange): { cells: CellLike[]; status: Map<string, CellStatus> } {
  const status = new Map<string, CellStatus>()
  const cells = [...((change.desired?.fields.cells as CellLike[] | undefined) ?? [])]
  if (change.action === 'create') for (const c of cells) status.set(String(c.id), 'added')
  for (const f of change.changes) {
    const id = /^cells\[(.+)\]$/.exec(f.field)?.[1]
    if (!id) continue
    if (f.old === undefined) status.set(id, 'added')
    else if (f.new === undefined) {
      status.set(id, 'removed')
      cells.push(f.old as CellLike)
    } else status.set(id, 'changed')
  }
  return { cells, status }
}

/** Every diagram the plan creates or changes, as a fenced Mermaid block under its name. */
export function diagramSections(plan: Plan): string[] {
  const out: string[] = []
  for (const model of plan.models)
    for (const change of model.changes) {
      if (change.kind !== 'diagram' || (change.action !== 'create' && change.action !== 'update')) continue
      const { cells, status } = diagramChange(change)
      if (status.size === 0) continue
      out.push(
        [
          `#### Diagram: ${markdownText(change.name)} (${markdownText(model.key)})`,
          '',
          '```mermaid',
          mermaidFlowchart(cells, status),
          '```',
          '',
          'Added, changed and removed cells are green, yellow and red (dashed).',
        ].join('\n'),
      )
    }
  return out
}

/**
 * The sticky comment: the Markdown plan and the changed diagrams, under GitHub's limit. What does
 * not fit is cut (diagrams first, then the plan at a line), with a pointer to the job summary.
 */
export function planComment(plan: Plan, summaryUrl: string): string {
  const head = `${COMMENT_MARKER}\n<!-- tmi-sync:plan-digest ${planDigest(plan)} -->\n`
  const note = `\n\n_Cut to fit a comment: the whole plan is in the [job summary](${summaryUrl})._`
  const markdown = renderMarkdown(plan)
  const diagrams = diagramSections(plan)
  let body = [markdown, ...diagrams].join('\n\n')
  if (head.length + body.length <= COMMENT_LIMIT) return head + body
  // Diagrams go first, as many as fit whole.
  body = markdown
  for (const d of diagrams)
    if (head.length + body.length + d.length + note.length + 2 <= COMMENT_LIMIT) body += `\n\n${d}`
  if (head.length + body.length + note.length <= COMMENT_LIMIT) return head + body + note
  const room = COMMENT_LIMIT - head.length - note.length
  const cut = markdown.lastIndexOf('\n', room)
  return head + markdown.slice(0, cut > 0 ? cut : room) + note
}

/** What the comment becomes when the pull request no longer changes anything in TMI. */
export function noChangesComment(): string {
  return `${COMMENT_MARKER}\n### tmi-sync plan\n\n✔ This pull request no longer changes anything in TMI.`
}
