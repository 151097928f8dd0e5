import { forbidden } from './errors.js'
import type { Caller } from './store.js'

/**
 * TMI's subject-authority gate (tmi-api.md §00.1, `G:api/authz_middleware.go:133-156`, server
 * 1.4+): the operations the spec marks `x-tmi-authz.subject_authority: invoker` (every write
 * inside a threat model) refuse a service-account token with 403, before any role check. Users and
 * addon delegation tokens pass. Written out here from TMI's resource layout; the contract test
 * checks it against the official spec, operation by operation.
 */
const TM = '/threat_models/{threat_model_id}'
const CHILDREN = [
  ['threats', 'threat_id'],
  ['documents', 'document_id'],
  ['repositories', 'repository_id'],
  ['notes', 'note_id'],
  ['assets', 'asset_id'],
  ['diagrams', 'diagram_id'],
] as const
const BULK: Record<string, string[]> = {
  threats: ['POST', 'PUT', 'PATCH', 'DELETE'],
  documents: ['POST', 'PUT'],
  repositories: ['POST', 'PUT'],
  assets: ['POST', 'PUT'],
}

function metadataWrites(base: string): string[] {
  return [
    `POST ${base}/metadata`,
    `PUT ${base}/metadata/{key}`,
    `DELETE ${base}/metadata/{key}`,
    `POST ${base}/metadata/bulk`,
    `PUT ${base}/metadata/bulk`,
    `PATCH ${base}/metadata/bulk`,
  ]
}

export const INVOKER_OPERATIONS: readonly string[] = [
  `PUT ${TM}`,
  `PATCH ${TM}`,
  `DELETE ${TM}`,
  `POST ${TM}/restore`,
  ...metadataWrites(TM),
  ...CHILDREN.flatMap(([kind, param]) => {
    const one = `${TM}/${kind}/{${param}}`
    return [
      `POST ${TM}/${kind}`,
      `PUT ${one}`,
      `PATCH ${one}`,
      `DELETE ${one}`,
      `POST ${one}/restore`,
      ...metadataWrites(one),
      ...(BULK[kind] ?? []).map((method) => `${method} ${TM}/${kind}/bulk`),
    ]
  }),
  `POST ${TM}/diagrams/{diagram_id}/collaborate`,
  `DELETE ${TM}/diagrams/{diagram_id}/collaborate`,
  `POST ${TM}/audit_trail/{entry_id}/rollback`,
  `POST ${TM}/chat/sessions`,
  `DELETE ${TM}/chat/sessions/{session_id}`,
  `POST ${TM}/chat/sessions/{session_id}/messages`,
  `POST ${TM}/chat/sessions/{session_id}/refresh_sources`,
  `POST ${TM}/documents/{document_id}/request_access`,
]

const compiled = INVOKER_OPERATIONS.map((op) => {
  const [method, path] = op.split(' ') as [string, string]
  return { method, segments: path.split('/').filter(Boolean) }
})

export function isInvokerOperation(method: string, path: string): boolean {
  const parts = path.split('/').filter(Boolean)
  return compiled.some(
    (op) =>
      op.method === method &&
      op.segments.length === parts.length &&
      op.segments.every((seg, i) => seg.startsWith('{') || seg === parts[i]),
  )
}

/** TMI's exact refusal, so a client can recognise it. */
export const SERVICE_ACCOUNT_REFUSAL =
  'service account credentials cannot be used here; addon write-backs must use the delegation token from X-TMI-Delegation-Token'

export function enforceSubjectAuthority(method: string, path: string, caller: Caller): void {
  if (caller.serviceAccount && isInvokerOperation(method, path)) throw forbidden(SERVICE_ACCOUNT_REFUSAL)
}
