import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { SHARED } from './shared.js'

export const SPEC_PATH = `${SHARED}tmi/tmi-openapi.json`

type Media = { schema?: unknown; examples?: Record<string, { $ref?: string; value?: unknown }> }
interface Operation {
  operationId?: string
  'x-tmi-authz'?: { ownership?: string; subject_authority?: string; public?: boolean; roles?: string[] }
  requestBody?: { content: Record<string, Media>; required?: boolean }
  responses: Record<string, { content?: Record<string, Media> }>
}
type Spec = {
  paths: Record<string, Record<string, Operation>>
  components?: { examples?: Record<string, { value?: unknown }> }
}

export interface Violation {
  operation: string
  where: string
  message: string
}

/**
 * Checks exchanges against the official TMI OpenAPI spec (read in place from ../shared, never
 * copied): the operation exists, the request's Content-Type and body, the response status and body.
 */
export class SpecChecker {
  readonly violations: Violation[] = []
  /** Exchanges checked, and of those, bodies validated against a schema. */
  readonly counts = { exchanges: 0, bodies: 0 }
  private readonly spec: Spec
  private readonly ajv: Ajv
  private readonly compiled = new Map<string, ValidateFunction>()
  private readonly templates: Array<{ path: string; parts: string[] }>

  private readonly id: string
  private readonly basePath: string

  /**
   * `id` names the spec inside Ajv; `basePath` is what the server puts before the spec's paths
   * (`/api/v3` on GitHub Enterprise Server).
   */
  constructor(path = SPEC_PATH, options: { id?: string; basePath?: string } = {}) {
    this.id = options.id ?? 'tmi'
    this.basePath = options.basePath ?? ''
    this.spec = JSON.parse(readFileSync(path, 'utf8')) as Spec
    // Some of TMI's patterns (\- outside a class) are valid only without the u flag, as in Go.
    this.ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
    ;(addFormatsModule as unknown as { default: (a: Ajv) => void }).default(this.ajv)
    for (const f of ['int32', 'int64'])
      this.ajv.addFormat(f, { type: 'number', validate: (n: number) => Number.isInteger(n) })
    for (const f of ['float', 'double']) this.ajv.addFormat(f, { type: 'number', validate: () => true })
    for (const f of ['markdown', 'byte', 'xml']) this.ajv.addFormat(f, () => true)
    this.ajv.addSchema(nullableAsAnyOf(this.spec), this.id)
    this.templates = Object.keys(this.spec.paths).map((p) => ({
      path: p,
      parts: p.split('/').filter(Boolean),
    }))
  }

  /** The spec's path template for a concrete path (literal segments preferred). */
  template(path: string): string | undefined {
    const local = this.basePath && path.startsWith(this.basePath) ? path.slice(this.basePath.length) : path
    const parts = local.split('/').filter(Boolean)
    let best: { path: string; literals: number } | undefined
    for (const t of this.templates) {
      if (t.parts.length !== parts.length) continue
      let literals = 0
      if (!t.parts.every((seg, i) => seg.startsWith('{') || (seg === parts[i] && ++literals > 0))) continue
      if (!best || literals > best.literals) best = { path: t.path, literals }
    }
    return best?.path
  }

  check(exchange: {
    method: string
    path: string
    requestType?: string
    requestBody?: unknown
    status: number
    responseType?: string
    responseBody?: unknown
  }): void {
    this.counts.exchanges++
    const template = this.template(exchange.path)
    const method = exchange.method.toLowerCase()
    const operation = `${exchange.method} ${template ?? exchange.path}`
    const op = template ? this.spec.paths[template]?.[method] : undefined
    if (!template || !op) {
      this.violations.push({ operation, where: 'path', message: 'no such operation in the spec' })
      return
    }
    const pointer = (...segments: string[]) =>
      [`${this.id}#`, 'paths', template, method, ...segments]
        .map((s, i) => (i === 0 ? s : s.replace(/~/g, '~0').replace(/\//g, '~1')))
        .join('/')
    if (exchange.requestBody !== undefined) {
      const type = (exchange.requestType ?? '').split(';')[0]?.trim() ?? ''
      const media = op.requestBody?.content[type]
      if (!media)
        this.violations.push({
          operation,
          where: 'request Content-Type',
          message: `${type || '(none)'} is not among ${Object.keys(op.requestBody?.content ?? {}).join(', ')}`,
        })
      else if (media.schema)
        this.validate(
          operation,
          'request body',
          pointer('requestBody', 'content', type, 'schema'),
          exchange.requestBody,
        )
    }
    const response = op.responses[String(exchange.status)] ?? op.responses.default
    if (!response) {
      this.violations.push({
        operation,
        where: 'response status',
        message: `${exchange.status} is not a documented response`,
      })
      return
    }
    if (exchange.responseBody !== undefined && response.content) {
      const type = (exchange.responseType ?? '').split(';')[0]?.trim() ?? ''
      const media = response.content[type]
      if (!media)
        this.violations.push({
          operation,
          where: 'response Content-Type',
          message: `${type} not documented for ${exchange.status}`,
        })
      else if (media.schema)
        this.validate(
          operation,
          `response ${exchange.status}`,
          pointer('responses', String(exchange.status), 'content', type, 'schema'),
          exchange.responseBody,
        )
    }
  }

  /** Every operation of the spec, with its `x-tmi-authz` rule. */
  operations(): Array<{ method: string; path: string; authz: NonNullable<Operation['x-tmi-authz']> }> {
    return Object.entries(this.spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => typeof op === 'object' && op !== null && 'responses' in op)
        .map(([method, op]) => ({ method: method.toUpperCase(), path, authz: op['x-tmi-authz'] ?? {} })),
    )
  }

  /**
   * A small request body the spec accepts for an operation (its example where it has one, else
   * the required properties with the first value each allows), or none when it takes no body.
   */
  sampleRequest(template: string, method: string): { type: string; body: unknown } | undefined {
    const content = this.spec.paths[template]?.[method.toLowerCase()]?.requestBody?.content
    if (!content) return undefined
    const type = 'application/json' in content ? 'application/json' : (Object.keys(content)[0] as string)
    const media = content[type] as Media & { example?: unknown }
    const body = media.example ?? this.sample(media.schema, 0)
    return { type, body }
  }

  private resolve(schema: unknown): Record<string, unknown> {
    let s = (schema ?? {}) as Record<string, unknown>
    while (typeof s.$ref === 'string') {
      const path = s.$ref.replace(/^#\//, '').split('/')
      s = path.reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], this.spec) as Record<
        string,
        unknown
      >
    }
    return s
  }

  private sample(schema: unknown, depth: number): unknown {
    const s = this.resolve(schema)
    if (s.example !== undefined && depth > 0) return structuredClone(s.example)
    if (Array.isArray(s.allOf))
      return Object.assign({}, ...s.allOf.map((x) => this.sample(x, depth + 1) as object)) as unknown
    for (const k of ['oneOf', 'anyOf'] as const)
      if (Array.isArray(s[k])) return this.sample((s[k] as unknown[])[0], depth + 1)
    if (Array.isArray(s.enum)) return s.enum[0]
    if (s.default !== undefined) return s.default
    const type = Array.isArray(s.type) ? s.type[0] : s.type
    if (type === 'object' || s.properties) {
      const out: Record<string, unknown> = {}
      const props = (s.properties ?? {}) as Record<string, unknown>
      for (const k of (s.required as string[] | undefined) ?? []) out[k] = this.sample(props[k], depth + 1)
      return out
    }
    if (type === 'array') {
      const n = Math.max(1, Number(s.minItems ?? 1))
      return Array.from({ length: n }, () => this.sample(s.items, depth + 1))
    }
    if (type === 'integer' || type === 'number') return Number(s.minimum ?? 1)
    if (type === 'boolean') return false
    if (s.format === 'uuid') return crypto.randomUUID()
    if (s.format === 'date-time') return '2026-12-01T00:00:00Z'
    if (s.format === 'uri') return 'https://example.com/x'
    if (s.format === 'email') return 'someone@example.com'
    const text = 'x'.repeat(Math.max(1, Number(s.minLength ?? 1)))
    if (typeof s.pattern !== 'string') return text
    const pattern = new RegExp(s.pattern, 'u')
    return [text, `/${text}`, 'a1', 'https://example.com/x'].find((c) => pattern.test(c)) ?? text
  }

  /** The spec's first example of a response, as a starting point for a fake's answer. */
  example(template: string, method: string, status: number): Record<string, unknown> {
    const media =
      this.spec.paths[template]?.[method]?.responses[String(status)]?.content?.['application/json']
    const first = Object.values(media?.examples ?? {})[0]
    const value = first?.$ref
      ? this.spec.components?.examples?.[first.$ref.split('/').pop() as string]?.value
      : first?.value
    if (value === undefined) throw new Error(`the spec has no example for ${method} ${template} ${status}`)
    return structuredClone(value) as Record<string, unknown>
  }

  private validate(operation: string, where: string, ref: string, value: unknown): void {
    this.counts.bodies++
    let fn = this.compiled.get(ref)
    if (!fn) {
      fn = this.ajv.compile({ $ref: ref })
      this.compiled.set(ref, fn)
    }
    if (fn(value)) return
    for (const e of fn.errors ?? [])
      this.violations.push({
        operation,
        where: `${where} ${e.instancePath || '/'}`,
        message: `${e.message ?? ''} ${JSON.stringify(e.params)}`,
      })
  }

  /** A fetch that checks every exchange it carries (but those `skip` picks, e.g. injected faults). */
  fetch(base: typeof fetch = globalThis.fetch, skip: (res: Response) => boolean = () => false): typeof fetch {
    return async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      const headers = new Headers(init?.headers)
      const requestType = headers.get('content-type') ?? undefined
      const raw = typeof init?.body === 'string' ? init.body : undefined
      const res = await base(input, init)
      if (skip(res)) return res
      const text = await res.clone().text()
      const form = requestType?.startsWith('application/x-www-form-urlencoded')
      this.check({
        method: init?.method ?? 'GET',
        path: url.pathname,
        ...(requestType ? { requestType } : {}),
        ...(raw !== undefined
          ? {
              requestBody: form ? Object.fromEntries(new URLSearchParams(raw)) : (JSON.parse(raw) as unknown),
            }
          : {}),
        status: res.status,
        ...(res.headers.get('content-type')
          ? { responseType: res.headers.get('content-type') as string }
          : {}),
        ...(text ? { responseBody: JSON.parse(text) as unknown } : {}),
      })
      return res
    }
  }
}

/**
 * OpenAPI 3.0's `nullable` next to `allOf`/`$ref` without a `type` (GitHub's description does this)
 * is something Ajv refuses; `anyOf: [schema, null]` says the same.
 */
function nullableAsAnyOf<T>(node: T): T {
  if (Array.isArray(node)) return node.map(nullableAsAnyOf) as T
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) out[k] = nullableAsAnyOf(v)
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable
    return { anyOf: [out, { type: 'null' }] } as T
  }
  return out as T
}
