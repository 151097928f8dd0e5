import type { DocPath } from '../common/pointer.js'
import { NORMALISED_KEYS, normaliseEnum } from '../format/enum-normaliser.js'
import { isEdge, type Cell, type Metadata, type ThreatModelFile } from '../format/native.js'
import { forbiddenCharacter } from '../format/source.js'
import { error, warning, type Finding } from './finding.js'

/** Prefix of the metadata keys tmi-sync writes to record ownership; users may not set them. */
export const RESERVED_METADATA_PREFIX = 'tmi-sync-'

export const SEVERITIES = ['unknown', 'informational', 'low', 'medium', 'high', 'critical']
export const STATUSES = [
  'open',
  'confirmed',
  'deferred',
  'mitigation_planned',
  'mitigation_in_progress',
  'verification_pending',
  'resolved',
  'accepted',
  'closed',
  'false_positive',
  // legacy values TMI still accepts
  'identified',
  'investigating',
  'in_progress',
  'mitigated',
]

/**
 * TMI's injection check (tmi-api.md §5.2) as one regex: tags, `javascript:`, template delimiters
 * and event-handler attributes (`on\w+\s*=`, which also matches e.g. `condition=`).
 */
const INJECTION =
  /<script|<\/script>|<iframe|<\/iframe>|<object|<embed|<applet|javascript:|\$\{\{|\{\{|\}\}|\$\{|<%|%>|#\{|on\w+\s*=/i
/**
 * What TMI stores as a metadata key: its endpoints take `.` and `:` too (`G:api/metadata_handlers.go:19`),
 * but the database hook then refuses them with a 500 (`G:api/models/hooks.go:124`,
 * `G:api/validation/validators.go:68,212-223`), on every path that saves metadata.
 */
const METADATA_KEY = /^[a-zA-Z0-9_-]{1,128}$/
const NAME_FORBIDDEN = /[<>"'&]/
const ANGLE_BRACKETS = /[<>]/
// eslint-disable-next-line no-control-regex -- TMI's own pattern: no control characters in labels and names
const CONTROL = /[\u0000-\u001f]/

type Check = (value: string, path: DocPath) => Finding | undefined

/** The texts of each kind of item that TMI's bulk endpoints check for injection. */
const ITEM_TEXTS = [
  ['assets', ['description', 'criticality', 'sensitivity']],
  ['threats', ['description', 'mitigation', 'priority']],
  ['documents', ['description']],
  ['repositories', ['description']],
  ['notes', ['description']],
] as const

/**
 * TMI's content rules (tmi-api.md §5), checked before anything is sent: what the server would
 * reject (errors) and what it would silently rewrite or may reject by configuration (warnings).
 * `plainStrings`: the parser knows every string is printable ASCII, so none needs the Unicode checks.
 */
export function checkTmiRules(model: ThreatModelFile, { plainStrings = false } = {}): Finding[] {
  const out: Finding[] = []
  // Most values pass every check: a finding's path is built only when there is a finding.
  const run = (value: unknown, at: DocPath, field: string, check: Check) => {
    if (typeof value !== 'string') return
    const f = check(value, at)
    if (f) out.push({ ...f, path: [...at, field] })
  }
  run(model.name, [], 'name', modelName)
  run(model.name, [], 'name', MODEL_INJECTION)
  run(model.description, [], 'description', descriptionChars)
  run(model.description, [], 'description', MODEL_INJECTION)
  run(model.issue_uri, [], 'issue_uri', issueUri)
  run(model.issue_uri, [], 'issue_uri', MODEL_INJECTION)
  out.push(...metadataRules(model.metadata, ['metadata']), ...authorizationRules(model))

  for (const [kind, texts] of ITEM_TEXTS) {
    const list = model[kind] ?? []
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as (typeof list)[number]
      const at: DocPath = [kind, i]
      const fields = item as unknown as Record<string, unknown>
      run(fields.name, at, 'name', itemName)
      if (kind !== 'notes') run(fields.name, at, 'name', BULK_INJECTION)
      run(fields.description, at, 'description', descriptionChars)
      if (kind !== 'notes') for (const field of texts) run(fields[field], at, field, BULK_INJECTION)
      if (item.metadata) out.push(...metadataRules(item.metadata, [...at, 'metadata']))
    }
  }
  ;(model.threats ?? []).forEach((t, i) => {
    const at: DocPath = ['threats', i]
    if (t.issue_uri !== undefined) run(t.issue_uri, at, 'issue_uri', issueUri)
    run(t.severity, at, 'severity', SEVERITY_VOCABULARY)
    run(t.status, at, 'status', STATUS_VOCABULARY)
    if (typeof t.score === 'number' && !oneDecimal(t.score)) {
      out.push(
        error(
          [...at, 'score'],
          'tmi.score-precision',
          `score ${t.score} has more than one decimal; TMI rejects it`,
        ),
      )
    }
    ;(t.cvss ?? []).forEach((c, k) => {
      if (!oneDecimal(c.score))
        out.push(
          error(
            [...at, 'cvss', k, 'score'],
            'tmi.score-precision',
            `CVSS score ${c.score} has more than one decimal; TMI rejects it`,
          ),
        )
    })
  })
  for (const kind of ['documents', 'repositories'] as const) {
    ;(model[kind] ?? []).forEach((d, i) => run(d.uri, [kind, i], 'uri', resourceUri))
  }
  ;(model.diagrams ?? []).forEach((d, di) => {
    run(d.name, ['diagrams', di], 'name', itemName)
    run(d.name, ['diagrams', di], 'name', DIAGRAM_INJECTION)
    out.push(...metadataRules(d.metadata, ['diagrams', di, 'metadata']))
    ;(d.cells ?? []).forEach((cell, ci) => out.push(...cellRules(cell, ['diagrams', di, 'cells', ci])))
  })
  if (!plainStrings) {
    // Most files are printable ASCII throughout: one test of the whole model then stands for all
    // of its strings and keys (JSON.stringify escapes control characters, hence the second test).
    const json = JSON.stringify(model)
    if (!PRINTABLE.test(json) || ESCAPED_CONTROL.test(json)) out.push(...unicodeRules(model, []))
  }
  return out
}

function modelName(value: string, path: DocPath): Finding | undefined {
  if (CONTROL.test(value))
    return error(
      path,
      'tmi.name-chars',
      'threat model name contains a line break or control character; TMI rejects it',
    )
  if (ANGLE_BRACKETS.test(value))
    return error(
      path,
      'tmi.name-chars',
      'threat model name contains < or >; TMI strips markup, so it would never match',
    )
  if (NAME_FORBIDDEN.test(value)) {
    return warning(
      path,
      'tmi.name-chars',
      'threat model name contains " \' or &: TMI accepts it on write, but its read schema forbids it and strict clients may fail',
    )
  }
  return undefined
}

function itemName(value: string, path: DocPath): Finding | undefined {
  const m = NAME_FORBIDDEN.exec(value)
  return m
    ? error(
        path,
        'tmi.name-chars',
        `name contains ${JSON.stringify(m[0])}; TMI forbids < > " ' & in names and will reject it`,
      )
    : undefined
}

function descriptionChars(value: string, path: DocPath): Finding | undefined {
  return ANGLE_BRACKETS.test(value)
    ? error(
        path,
        'tmi.description-chars',
        'description contains < or >; TMI forbids them in descriptions and will reject it',
      )
    : undefined
}

function injection(severity: 'error' | 'warning', where: string): Check {
  return (value, path) => {
    const hit = injectionHit(value)
    if (!hit) return undefined
    const message =
      severity === 'error'
        ? `contains ${JSON.stringify(hit)}, which TMI's injection check rejects; the server will reject it`
        : `contains ${JSON.stringify(hit)}, which TMI's injection check rejects on ${where}`
    return { path, severity, rule: 'tmi.injection', message }
  }
}

export function injectionHit(value: string): string | undefined {
  return INJECTION.exec(value)?.[0]
}

function issueUri(value: string, path: DocPath): Finding | undefined {
  if (value.trim() === '') return undefined
  if (!/^\s*https?:\/\/[^\s/]+/i.test(value))
    return error(path, 'tmi.uri-scheme', 'issue URI must be an http(s) URL; TMI rejects anything else')
  if (/^\s*http:/i.test(value))
    return warning(
      path,
      'tmi.https-uri',
      'issue URI uses http; TMI accepts it only if its scheme policy allows http (https is the default)',
    )
  return undefined
}

function resourceUri(value: string, path: DocPath): Finding | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return error(path, 'tmi.uri-scheme', 'URI is not a valid URL; TMI rejects it')
  }
  if (url.protocol !== 'https:') {
    return warning(
      path,
      'tmi.https-uri',
      `URI scheme "${url.protocol.replace(':', '')}": TMI's default policy accepts only https and will reject it unless configured otherwise`,
    )
  }
  if (/^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[?::1\]?$)/i.test(url.hostname)) {
    return warning(
      path,
      'tmi.uri-host',
      `host "${url.hostname}" is local or private; TMI's SSRF check rejects it unless allowlisted`,
    )
  }
  return undefined
}

function vocabulary(field: 'severity' | 'status', known: string[]): Check {
  const values = new Set(known)
  return (value, path) => {
    const stored = normaliseEnum(value)
    if (!values.has(stored)) {
      return warning(
        path,
        `tmi.${field}-vocabulary`,
        `${field} "${value}" is not in TMI's vocabulary (${known.slice(0, 10).join(', ')}); TMI stores it as free text "${stored}"`,
      )
    }
    if (stored !== value)
      return warning(
        path,
        'tmi.enum-normalised',
        `${field} "${value}" is stored by TMI as "${stored}"; write "${stored}"`,
      )
    return undefined
  }
}

function metadataRules(metadata: Metadata | undefined, at: DocPath): Finding[] {
  const out: Finding[] = []
  for (const [key, value] of Object.entries(metadata ?? {})) {
    const path = [...at, key]
    if (key.startsWith(RESERVED_METADATA_PREFIX)) {
      out.push(
        error(
          path,
          'tmi.metadata-reserved',
          `metadata key "${key}": the ${RESERVED_METADATA_PREFIX}* keys are written by tmi-sync itself`,
          true,
        ),
      )
    } else if (!METADATA_KEY.test(key)) {
      out.push(
        error(
          path,
          'tmi.metadata-key',
          `metadata key "${key}": TMI stores only letters, digits, _ and - in metadata keys, at most 128 (no . : / or spaces)`,
          true,
        ),
      )
    }
    if (Buffer.byteLength(value, 'utf8') > 1024) {
      out.push(
        error(
          path,
          'tmi.metadata-value-size',
          `metadata value is ${Buffer.byteLength(value, 'utf8')} bytes; TMI allows 1024`,
        ),
      )
    }
    const hit = injectionHit(value)
    if (hit)
      out.push(
        error(
          path,
          'tmi.injection',
          `metadata value contains ${JSON.stringify(hit)}, which TMI's injection check rejects; the server will reject it`,
        ),
      )
  }
  return out
}

function authorizationRules(model: ThreatModelFile): Finding[] {
  const seen = new Map<string, number>()
  const out: Finding[] = []
  ;(model.authorization ?? []).forEach((a, i) => {
    const id = `${a.principal_type}|${a.provider}|${a.provider_id}`
    const first = seen.get(id)
    if (first !== undefined) {
      out.push(
        error(
          ['authorization', i],
          'tmi.authorization-duplicate',
          `${a.principal_type} ${a.provider}:${a.provider_id} is already listed in authorization[${first}]; TMI rejects duplicates`,
        ),
      )
    } else seen.set(id, i)
  })
  return out
}

/** The largest finite float32 (TMI's type for node geometry). */
const FLOAT32_MAX = 3.4028234663852886e38

function cellRules(cell: Cell, at: DocPath): Finding[] {
  const out: Finding[] = []
  if (isEdge(cell)) {
    ;(cell.labels ?? []).forEach((l, i) => {
      const text = l.attrs?.text?.text
      if (typeof text === 'string' && CONTROL.test(text))
        out.push(
          error(
            [...at, 'labels', i, 'attrs', 'text', 'text'],
            'tmi.label-newline',
            'label contains a line break; TMI labels are single-line',
          ),
        )
    })
  } else {
    const width = cell.width ?? cell.size?.width
    const height = cell.height ?? cell.size?.height
    const hasXY = (cell.x !== undefined && cell.y !== undefined) || cell.position !== undefined
    if (width === undefined || height === undefined || !hasXY) {
      out.push(
        error(
          at,
          'tmi.node-geometry',
          'node needs x, y, width and height (or position and size); TMI rejects nodes without geometry',
        ),
      )
    } else {
      // TMI stores node geometry as float32: beyond its range the server refuses the whole diagram.
      const coordinates: Array<[DocPath, unknown]> = [
        [cell.x !== undefined ? [...at, 'x'] : [...at, 'position', 'x'], cell.x ?? cell.position?.x],
        [cell.y !== undefined ? [...at, 'y'] : [...at, 'position', 'y'], cell.y ?? cell.position?.y],
        [cell.width !== undefined ? [...at, 'width'] : [...at, 'size', 'width'], width],
        [cell.height !== undefined ? [...at, 'height'] : [...at, 'size', 'height'], height],
      ]
      for (const [where, v] of coordinates)
        if (typeof v === 'number' && !(Math.abs(v) <= FLOAT32_MAX))
          out.push(
            error(
              where,
              'tmi.float32',
              `${String(where[where.length - 1])} ${v} is beyond what TMI stores (float32, at most ±3.4e38)`,
            ),
          )
      const sizeAt = cell.width !== undefined ? at : [...at, 'size']
      if (width < 40)
        out.push(
          error(
            [...sizeAt, 'width'],
            'tmi.node-min-size',
            `node width ${width} is under TMI's minimum of 40`,
          ),
        )
      if (height < 30)
        out.push(
          error(
            [...sizeAt, 'height'],
            'tmi.node-min-size',
            `node height ${height} is under TMI's minimum of 30`,
          ),
        )
    }
    const text = cell.attrs?.text?.text
    if (typeof text === 'string' && CONTROL.test(text))
      out.push(
        error(
          [...at, 'attrs', 'text', 'text'],
          'tmi.label-newline',
          'label contains a line break; TMI labels are single-line',
        ),
      )
  }
  ;(cell.data?._metadata ?? []).forEach((m, i) => {
    const hit = injectionHit(m.value)
    if (hit)
      out.push(
        error(
          [...at, 'data', '_metadata', i, 'value'],
          'tmi.injection',
          `metadata value contains ${JSON.stringify(hit)}, which TMI's injection check rejects`,
        ),
      )
  })
  if (cell.data) out.push(...normalisedKeys(cell.data, [...at, 'data']))
  return out
}

/** Free-form cell data is rewritten too: a `status: "Active"` inside it is stored as "active". */
function normalisedKeys(value: unknown, at: DocPath): Finding[] {
  if (value === null || typeof value !== 'object') return []
  const out: Finding[] = []
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && NORMALISED_KEYS.has(k) && normaliseEnum(v) !== v) {
      out.push(
        warning(
          [...at, k],
          'tmi.enum-normalised',
          `"${k}: ${v}" in cell data is stored by TMI as "${normaliseEnum(v)}"`,
        ),
      )
    } else out.push(...normalisedKeys(v, [...at, k]))
  }
  return out
}

const PRINTABLE = /^[\x20-\x7e]*$/
/**
 * A control character as JSON.stringify escapes it; `\t`, `\n` and `\r` are allowed in values
 * (they count as spaces) but not in keys, which end with `":`.
 */
const ESCAPED_CONTROL = /\\(?:u00[01]|[bf])|\\[tnr][^"]*":/

/** Escaped invisible characters (JSON `\u200b`) reach TMI too; raw ones were caught in the text. */
function unicodeRules(value: unknown, at: DocPath): Finding[] {
  if (typeof value === 'string') {
    const bad = forbiddenCharacter(value.replace(/[\t\n\r]/g, ' '))
    return bad ? [error(at, bad.rule, bad.message)] : []
  }
  if (value === null || typeof value !== 'object') return []
  const out: Finding[] = []
  for (const [k, v] of Object.entries(value)) {
    const bad = forbiddenCharacter(k)
    if (bad) out.push(error([...at, k], bad.rule, `key: ${bad.message}`, true))
    out.push(...unicodeRules(v, [...at, Array.isArray(value) ? Number(k) : k]))
  }
  return out
}

function oneDecimal(n: number): boolean {
  return Math.abs(Math.round(n * 10) - n * 10) < 1e-9
}

// The checks that take arguments, made once rather than for every value of every file.
const MODEL_INJECTION = injection('error', 'threat model fields')
const DIAGRAM_INJECTION = injection('error', 'diagram creation')
const BULK_INJECTION = injection(
  'warning',
  'single create/update (tmi-sync uses bulk calls, which accept it)',
)
const SEVERITY_VOCABULARY = vocabulary('severity', SEVERITIES)
const STATUS_VOCABULARY = vocabulary('status', STATUSES)
