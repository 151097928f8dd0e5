/** What a `.json` file holds, judged by shape (threat-dragon.md §1.9), never by schema. */
export type JsonModelKind =
  'native' | 'threat-dragon-v2' | 'threat-dragon-v1' | 'otm' | 'tmi-sync-plan' | 'other-format' | 'unknown'

export function detectJsonModel(value: unknown): { kind: JsonModelKind; detail?: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'unknown' }
  const v = value as Record<string, unknown>
  if ('tmi_sync' in v) return { kind: 'native' }
  // A plan saved with `plan --out` (or --json) also has a `summary`: never mistake it for Threat Dragon.
  if (v.tool === 'tmi-sync' && Array.isArray(v.models)) return { kind: 'tmi-sync-plan' }
  if ('otmVersion' in v) return { kind: 'otm' }
  if (v.bomFormat === 'CycloneDX') return { kind: 'other-format', detail: 'CycloneDX / TM-BOM' }
  if ('$schema' in v && 'scope' in v) return { kind: 'other-format', detail: 'TM-BOM' }
  const looksLikeDragon = isObject(v.summary) || isObject(v.detail) || isObject(v.details)
  if (!looksLikeDragon) return { kind: 'unknown' }
  const version = v.version
  const hasV1Diagrams =
    isObject(v.detail) &&
    Array.isArray(v.detail.diagrams) &&
    v.detail.diagrams.some((d) => isObject(d) && 'diagramJson' in d)
  if (
    version === undefined ||
    version === null ||
    (typeof version === 'string' && version.startsWith('1.')) ||
    hasV1Diagrams
  ) {
    return { kind: 'threat-dragon-v1' }
  }
  return { kind: 'threat-dragon-v2' }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}
