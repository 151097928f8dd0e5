// engine/plan-apply: a plan saved with `plan --out`, read back and checked for `apply PLAN`.
import { readFile } from 'node:fs/promises'
import type { Diagnostic } from '../../common/diagnostic.js'
import { UserError } from '../../common/errors.js'
import { parseText } from '../../format/parse.js'
import { validatePlanDocument } from '../../format/schema.js'
import { PLAN_FORMAT, type Plan } from '../../reconcile/plan.js'

export type PlanFile = { ok: true; plan: Plan } | { ok: false; diagnostics: Diagnostic[] }

/**
 * Reads a plan saved by `plan --out`. Undefined when the file is not a tmi-sync plan at all (a
 * model file, say); located diagnostics when it is one but was damaged or edited out of shape,
 * so that nothing is applied from it.
 */
export async function readPlanFile(path: string): Promise<PlanFile | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return undefined
  }
  const parsed = parseText(path, text, 'json')
  if (!parsed.ok) return undefined
  const value = parsed.document.value as Partial<Plan>
  if (value.tool !== 'tmi-sync') return undefined
  if (value.format !== PLAN_FORMAT)
    throw new UserError(
      `${path}: plan format ${String(value.format)} is not supported (expected ${PLAN_FORMAT}); make a new plan`,
      1,
    )
  const diagnostics = validatePlanDocument(parsed.document)
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, plan: value as Plan }
}
