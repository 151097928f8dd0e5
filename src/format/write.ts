import { stringify } from 'yaml'
import type { ThreatModelFile } from './native.js'

/** Field order in written files: identity first, then what people read, then the long lists. */
const ORDER = [
  'tmi_sync',
  'key',
  'name',
  'description',
  'threat_model_framework',
  'issue_uri',
  'is_confidential',
  'authorization',
  'metadata',
  'assets',
  'diagrams',
  'threats',
  'documents',
  'repositories',
  'notes',
]

/** A native model as YAML text, with an optional comment block on top. */
export function toNativeYaml(model: ThreatModelFile, header?: string): string {
  const ordered = Object.fromEntries(
    [...ORDER.filter((k) => k in model), ...Object.keys(model).filter((k) => !ORDER.includes(k))].map((k) => [
      k,
      (model as unknown as Record<string, unknown>)[k],
    ]),
  )
  const body = stringify(ordered, { lineWidth: 100, aliasDuplicateObjects: false })
  const comment = header
    ? header
        .split('\n')
        .map((l) => (l ? `# ${l}` : '#'))
        .join('\n') + '\n'
    : ''
  return comment + body
}
