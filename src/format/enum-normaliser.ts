/**
 * TMI's enum normaliser (tmi-api.md §5.1), which rewrites request JSON before validation: whitespace
 * runs → "_", "_" at lower→Upper and acronym→Word boundaries, then lower case.
 * "High" → "high", "In Progress" → "in_progress", "InProgress" → "in_progress", "CRITICAL" → "critical".
 */
export function normaliseEnum(value: string): string {
  // Most values are already what the normaliser makes of them: lower case, digits and "_".
  if (NORMAL.test(value)) return value
  return value
    .trim()
    .replace(/\s+/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
}

const NORMAL = /^[a-z0-9_]*$/

/** Keys whose string values the normaliser rewrites, wherever they occur in a body. */
export const NORMALISED_KEYS: ReadonlySet<string> = new Set([
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
