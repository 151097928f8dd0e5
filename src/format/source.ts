import { isAscii } from 'node:buffer'
import { diagnostic, START, type Diagnostic } from '../common/diagnostic.js'
import { LineIndex } from './position.js'

/** A file as read from disk or a Git host: its path (as shown to users) and its raw bytes. */
export interface SourceFile {
  path: string
  bytes: Uint8Array
  /** The file's size, when the bytes were not read because it is too large. */
  size?: number
  /** It kept changing while it was read: the bytes are not to be trusted. */
  unstable?: boolean
  /** SHA-256 of the bytes read, to tell later whether the file changed since. */
  digest?: string
}

export interface SourceLimits {
  /** Files larger than this are refused before parsing. */
  maxBytes: number
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

export type DecodeResult =
  /** `ascii`: every byte is below 0x80 (known at no cost, and it spares later checks). */
  { ok: true; text: string; ascii: boolean } | { ok: false; diagnostics: Diagnostic[] }

const MAX_UNICODE_FINDINGS = 20
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n/

/**
 * Bytes → text, refusing what TMI would refuse or what would hurt us: oversized files, non-UTF-8,
 * byte-order marks. The characters TMI's Unicode middleware rejects are found by `parseText`, which
 * knows when the parser has already excluded them.
 */
export function decodeSource(file: SourceFile, limits: SourceLimits): DecodeResult {
  const fail = (rule: string, message: string, at = START): DecodeResult => ({
    ok: false,
    diagnostics: [diagnostic(file.path, at, 'error', rule, message)],
  })
  const { bytes } = file
  if (file.unstable)
    return fail('file.unstable', 'the file kept changing while it was read: let it be saved, then rerun')
  const size = file.size ?? bytes.length
  if (size > limits.maxBytes) {
    return fail(
      'file.too-large',
      `file is ${size} bytes, over the ${limits.maxBytes}-byte limit (raise it with --max-file-size)`,
    )
  }
  if (bytes.length === 0) return fail('file.empty', 'file is empty')
  // A repository using Git LFS without it installed (a CI checkout, an API read) holds pointers.
  if (LFS_POINTER.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1')))
    return fail(
      'file.lfs-pointer',
      'this is a Git LFS pointer, not the model: fetch the content (git lfs pull), or keep model files out of LFS',
    )
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('file.encoding', 'file is UTF-16; save it as UTF-8')
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fail(
      'file.bom',
      'file starts with a byte-order mark (U+FEFF), which TMI rejects; save it as UTF-8 without BOM',
    )
  }
  // ASCII is valid UTF-8, read as it is (a native check, then the cheapest decoding).
  if (isAscii(bytes))
    return {
      ok: true,
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'),
      ascii: true,
    }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    // Only now find where: the native decoder says that the bytes are bad, not where.
    const bad = firstInvalidUtf8(bytes)
    const prefix = new TextDecoder().decode(bytes.subarray(0, bad))
    const at = new LineIndex(prefix + ' ').position(prefix.length)
    return fail(
      'file.encoding',
      `file is not valid UTF-8 (byte 0x${(bytes[bad] as number).toString(16).padStart(2, '0')} at offset ${bad})`,
      at,
    )
  }
  return { ok: true, text, ascii: false }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i] as number
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let cp = b & (0xff >> (need + 2))
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** Characters TMI's Unicode middleware rejects anywhere in a request body (tmi-api.md §5.1). */
const FORBIDDEN = new RegExp(
  [
    '(?<zw>[\\u200B\\u200E\\u200F\\u2060\\uFEFF])',
    '(?<bidi>[\\u202A-\\u202E\\u2066-\\u2069])',
    '(?<hangul>[\\u115F\\u1160\\u3164\\uFFA0])',
    '(?<control>[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F])',
    '(?<combining>\\p{M}{3,})',
  ].join('|'),
  'gu',
)

const RULES: Record<string, [string, string]> = {
  zw: ['unicode.zero-width', 'zero-width character'],
  bidi: ['unicode.bidi', 'bidirectional override character'],
  hangul: ['unicode.hangul-filler', 'Hangul filler character'],
  control: ['unicode.control', 'control character'],
  combining: ['unicode.combining', 'run of 3 or more combining marks'],
}

/** Printable ASCII and line breaks: nothing TMI rejects can hide there, so the costly scan is skipped. */
const PLAIN = /^[\x20-\x7e\t\n\r]*$/

/** The first character in `text` that TMI rejects, as a rule id and a message; undefined if none. */
export function forbiddenCharacter(text: string): { rule: string; message: string } | undefined {
  if (PLAIN.test(text)) return undefined
  FORBIDDEN.lastIndex = 0
  const m = FORBIDDEN.exec(text)
  FORBIDDEN.lastIndex = 0
  if (m) return describeForbidden(m)
  // ZWNJ/ZWJ are fine inside words (some scripts need them) but TMI rejects them at a string's edges.
  if (/^[\u200C\u200D]|[\u200C\u200D]$/.test(text)) {
    return {
      rule: 'unicode.zero-width',
      message:
        'zero-width joiner at the start or end of a text: TMI rejects it (400 invalid_request); remove it',
    }
  }
  return undefined
}

function describeForbidden(m: RegExpExecArray): { rule: string; message: string } {
  const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ?? 'control'
  const [rule, what] = RULES[group] as [string, string]
  const cp = (m[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')
  const shown = group === 'combining' ? what : `${what} U+${cp}`
  return { rule, message: `${shown}: TMI rejects it (400 invalid_request); remove it` }
}

export function findForbiddenCharacters(file: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = []
  if (PLAIN.test(text)) return out
  let lines: LineIndex | undefined
  for (const m of text.matchAll(FORBIDDEN)) {
    const { rule, message } = describeForbidden(m)
    const at = (lines ??= new LineIndex(text)).position(m.index)
    out.push(diagnostic(file, at, 'error', rule, message))
    if (out.length >= MAX_UNICODE_FINDINGS) break
  }
  return out
}
