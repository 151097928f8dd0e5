/**
 * TMI's request rewriting and content rules (tmi-api.md §5), implemented for the emulator on its own:
 * it must not share code with the engine, or both could agree on the same bug.
 */
import { ApiError, badRequest } from './errors.js'

/**
 * What TMI's database hook takes as a metadata key (`G:api/models/hooks.go:124`,
 * `G:api/validation/validators.go:68,212-223`): letters, digits, `_` and `-`, at most 128. The
 * metadata endpoints' own check lets `.` and `:` through (`G:api/metadata_handlers.go:19`), so such a
 * key reaches the hook, which fails the save: every path that stores metadata answers 500.
 */
const STORED_KEY = /^[a-zA-Z0-9_-]{1,128}$/

export function storable(metadata: Array<{ key: string }>): boolean {
  return metadata.every((m) => STORED_KEY.test(m.key))
}

/** Metadata the store will save, or the 500 its handler answers (`description`) when it will not. */
export function persistable<T extends { key: string }>(metadata: T[], description: string): T[] {
  if (!storable(metadata)) throw new ApiError(500, 'server_error', description)
  return metadata
}

/** Keys whose string values TMI's enum-normalising middleware rewrites, anywhere in a body. */
const NORMALISED = new Set([
  'change_type',
  'default_theme',
  'event_type',
  'grant_type',
  'object_type',
  'op',
  'permissions',
  'position',
  'principal_type',
  'refType',
  'role',
  'shape',
  'status',
  'subject_type',
  'token_type',
  'token_type_hint',
  'severity',
  'jump',
  'textAnchor',
  'textVerticalAnchor',
])

export function toSnake(value: string): string {
  let out = ''
  const s = value.trim().replace(/\s+/g, '_')
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string
    const prev = s[i - 1]
    const next = s[i + 1]
    const upper = c >= 'A' && c <= 'Z'
    if (upper && prev !== undefined && prev !== '_') {
      const prevLowerOrDigit = (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9')
      const acronymEnd = prev >= 'A' && prev <= 'Z' && next !== undefined && next >= 'a' && next <= 'z'
      if (prevLowerOrDigit || acronymEnd) out += '_'
    }
    out += c.toLowerCase()
  }
  return out
}

/** Rewrites, in place and recursively, the values of the normalised keys. */
export function normaliseEnums(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normaliseEnums)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value))
    out[k] = NORMALISED.has(k) && typeof v === 'string' ? toSnake(v) : normaliseEnums(v)
  return out
}

// Characters rejected anywhere in a body by TMI's Unicode middleware: zero-width, bidi overrides,
// Hangul fillers, control characters (other than tab and line breaks), runs of combining marks.
const INVISIBLE =
  '\\u200B\\u200E\\u200F\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069\\u115F\\u1160\\u3164\\uFFA0'
const CONTROLS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F'
const REJECTED_CHARS = new RegExp(`[${INVISIBLE}${CONTROLS}]|\\p{M}{3,}`, 'u')

/** Rejects bodies with zero-width, bidi, Hangul-filler or control characters (400 invalid_request). */
export function checkUnicode(raw: string): void {
  if (REJECTED_CHARS.test(raw))
    throw badRequest('Request contains disallowed Unicode characters', 'invalid_request')
  const strings = raw.match(/"(?:[^"\\]|\\.)*"/g) ?? []
  for (const s of strings) {
    let decoded: string
    try {
      decoded = JSON.parse(s) as string
    } catch {
      continue
    }
    if (
      REJECTED_CHARS.test(decoded.replace(/[\t\n\r]/g, ' ')) ||
      /^[\u200C\u200D]|[\u200C\u200D]$/.test(decoded)
    ) {
      throw badRequest('Request contains disallowed Unicode characters', 'invalid_request')
    }
  }
}

const INJECTION_RE = [
  /<script[^>]*>/i,
  /<\/script>/i,
  /<iframe[^>]*>/i,
  /<\/iframe>/i,
  /<object[^>]*>/i,
  /<embed[^>]*>/i,
  /<applet[^>]*>/i,
  /javascript:/i,
  /on\w+\s*=/i,
]
const INJECTION_SUBSTRINGS = ['${{', '{{', '}}', '${', '<%', '%>', '#{']

export function hasInjection(value: string): boolean {
  return INJECTION_RE.some((re) => re.test(value)) || INJECTION_SUBSTRINGS.some((s) => value.includes(s))
}

/** TMI's `no_html_injection` check on every top-level string field of a single create/update. */
export function checkInjection(body: Record<string, unknown>, fields?: string[]): void {
  for (const [k, v] of Object.entries(body)) {
    if (fields && !fields.includes(k)) continue
    if (typeof v === 'string' && hasInjection(v))
      throw badRequest(`Field '${k}' contains potentially unsafe content`, 'validation_failed')
  }
}

/** bluemonday-strict-like sanitising: tags stripped, common entities decoded. */
export function stripHtml(value: string): string {
  return value
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}
