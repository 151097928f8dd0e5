/**
 * Request-body schemas of the TMI operations the emulator serves, written by hand from the facts
 * of the official spec (1.8.22): field names, required fields, lengths, patterns, enums, caps and
 * additionalProperties. TMI validates every request against its spec; so does the emulator.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { badRequest } from './errors.js'

type S = Record<string, unknown>
const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
const LOOSE_UUID = '^[0-9a-fA-F]*-[0-9a-fA-F]*-[0-9a-fA-F]*-[0-9a-fA-F]*-[0-9a-fA-F]*$'
const NAME = '^[^<>"\'&]*$'
const NO_ANGLE = '^[^<>\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*$'
const NO_CONTROL = '^[^\\x00-\\x1F]*$'
const COLOR = '^(#[0-9a-fA-F]*|#[0-9a-fA-F]*|rgb\\( *[0-9]+ *, *[0-9]+ *, *[0-9]+ *\\)|[a-z]+)$'
const ISSUE_URI = '^$|^\\s*https?://[^\\s/$.?#].[^\\s]*\\s*$'

const str = (max: number, extra: S = {}): S => ({ type: 'string', maxLength: max, ...extra })
const nstr = (max: number, extra: S = {}): S => ({ type: 'string', maxLength: max, nullable: true, ...extra })
const obj = (properties: S, required: string[] = [], closed = false): S => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
  ...(closed ? { additionalProperties: false } : {}),
})

const metadata: S = obj(
  { key: str(256, { minLength: 1, pattern: '^[a-zA-Z0-9_./:-]+$' }), value: str(1024, { minLength: 1 }) },
  ['key', 'value'],
  true,
)
const metadataList: S = { type: 'array', items: metadata, maxItems: 100, nullable: true }
const booleans: S = { include_in_report: { type: 'boolean' }, timmy_enabled: { type: 'boolean' } }
const principal: S = {
  principal_type: { type: 'string', enum: ['user', 'group'] },
  provider: str(100, { pattern: '^(\\*|[a-zA-Z][a-zA-Z0-9_*-]*)$' }),
  provider_id: str(500, { minLength: 1, pattern: NAME }),
  display_name: str(256, { minLength: 1 }),
  email: str(254, { format: 'email' }),
}
const authorization: S = obj(
  { ...principal, role: { type: 'string', enum: ['reader', 'writer', 'owner'] } },
  ['principal_type', 'provider', 'provider_id', 'role'],
)

export const threatModelInput: S = obj(
  {
    name: str(256, { minLength: 1, pattern: NO_CONTROL }),
    description: nstr(2048, { pattern: '^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*$' }),
    threat_model_framework: nstr(30, { pattern: '^[A-Za-z0-9_-]*$' }),
    authorization: { type: 'array', items: authorization, maxItems: 1000 },
    metadata: metadataList,
    issue_uri: nstr(1000, { pattern: ISSUE_URI }),
    is_confidential: { type: 'boolean' },
  },
  ['name'],
  true,
)

const uuidRef = nstr(36, { pattern: `^$|${UUID}` })
export const threatBase: S = obj(
  {
    name: str(256, { minLength: 1, pattern: NAME }),
    description: nstr(2048, { pattern: NO_ANGLE }),
    mitigation: nstr(1024, { pattern: '^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*$' }),
    diagram_id: uuidRef,
    cell_id: uuidRef,
    asset_id: uuidRef,
    severity: nstr(50),
    score: { type: 'number', minimum: 0, maximum: 10, nullable: true },
    priority: nstr(256),
    mitigated: { type: 'boolean' },
    status: nstr(256),
    threat_type: { type: 'array', items: str(256, { minLength: 1 }), maxItems: 20, uniqueItems: true },
    metadata: metadataList,
    issue_uri: nstr(1000, { pattern: ISSUE_URI }),
    cwe_id: {
      type: 'array',
      items: str(16, { minLength: 5, pattern: '^CWE-[0-9]+$' }),
      maxItems: 50,
      uniqueItems: true,
    },
    cvss: {
      type: 'array',
      maxItems: 10,
      items: obj(
        {
          vector: str(250, { minLength: 26, pattern: '^[A-Za-z0-9.:/_-]+$' }),
          score: { type: 'number', minimum: 0, maximum: 10 },
        },
        ['vector', 'score'],
        true,
      ),
    },
    ssvc: {
      ...obj(
        {
          vector: str(256, { minLength: 1, pattern: '^[A-Za-z0-9/:._-]+$' }),
          decision: { type: 'string', enum: ['Defer', 'Scheduled', 'Out-of-Cycle', 'Immediate'] },
          methodology: str(64, { minLength: 1, pattern: '^[A-Za-z0-9 _-]+$' }),
        },
        ['vector', 'decision', 'methodology'],
        true,
      ),
      nullable: true,
    },
    ...booleans,
  },
  ['name', 'threat_type'],
)

export const assetBase: S = obj(
  {
    name: str(256, { minLength: 1, pattern: NAME }),
    description: nstr(2048, { pattern: NO_ANGLE }),
    type: {
      type: 'string',
      enum: ['data', 'hardware', 'software', 'infrastructure', 'service', 'personnel'],
    },
    criticality: nstr(128),
    classification: { type: 'array', items: str(128), maxItems: 50, nullable: true },
    sensitivity: nstr(128),
    ...booleans,
  },
  ['name', 'type'],
)

const uri = str(1000, { minLength: 1, pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s]*$' })
export const documentBase: S = obj(
  {
    name: str(256, { minLength: 1, pattern: NAME }),
    description: nstr(2048, { pattern: NO_ANGLE }),
    uri,
    ...booleans,
  },
  ['name', 'uri'],
)
export const repositoryBase: S = obj(
  {
    name: nstr(256, { minLength: 1, pattern: NAME }),
    description: nstr(2048, { pattern: NO_ANGLE }),
    type: { type: 'string', enum: ['git', 'svn', 'mercurial', 'other'], nullable: true },
    parameters: {
      ...obj(
        {
          refType: { type: 'string', enum: ['branch', 'tag', 'commit'] },
          refValue: str(256),
          subPath: str(256),
        },
        ['refType', 'refValue'],
        true,
      ),
      nullable: true,
    },
    uri,
    ...booleans,
  },
  ['uri'],
)
export const noteInput: S = obj(
  {
    name: str(256, { minLength: 1, pattern: NAME }),
    content: str(262144, { minLength: 1 }),
    description: nstr(2048, { pattern: NO_ANGLE }),
    ...booleans,
  },
  ['name', 'content'],
)
const withId = (base: S, extraRequired: string[] = []): S => ({
  ...base,
  properties: { ...(base.properties as S), id: str(36, { pattern: UUID }) },
  required: [...((base.required as string[]) ?? []), 'id', ...extraRequired],
})
export const bulk = (item: S, max: number): S => ({ type: 'array', items: item, minItems: 1, maxItems: max })
export const threatBulkUpdate = bulk(withId(threatBase), 20)
export const assetBulkUpdate = bulk(withId(assetBase), 50)
export const documentBulkUpdate = bulk(withId(documentBase), 20)
export const repositoryBulkUpdate = bulk(withId(repositoryBase, ['name']), 20)

export const createDiagram: S = obj(
  { name: str(256, { minLength: 1, pattern: NO_CONTROL }), type: { type: 'string', enum: ['DFD-1.0.0'] } },
  ['name', 'type'],
  true,
)

const textAttrs: S = obj(
  {
    text: str(256, { pattern: NO_CONTROL }),
    fontSize: { type: 'number', minimum: 1 },
    fill: str(32, { pattern: COLOR }),
    fontFamily: str(64, { pattern: "^[a-zA-Z0-9 ,'-]*$" }),
    refX: {},
    refY: {},
    refDx: { type: 'number' },
    refDy: { type: 'number' },
    refX2: {},
    refY2: {},
    textAnchor: { type: 'string', enum: ['start', 'middle', 'end'] },
    textVerticalAnchor: { type: 'string', enum: ['top', 'middle', 'bottom'] },
  },
  [],
  true,
)
const dash = nstr(64, { pattern: '^$|^[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)*$' })
const marker: S = obj(
  {
    name: { type: 'string', enum: ['classic', 'block', 'diamond', 'circle'] },
    size: { type: 'number', minimum: 1 },
  },
  [],
  true,
)
const cellData: S = {
  type: 'object',
  properties: {
    _metadata: { type: 'array', items: metadata, maxItems: 100 },
    security_boundary: { type: 'boolean' },
    data_assets: {
      type: 'array',
      items: str(36, { pattern: UUID }),
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
    },
  },
}
const node: S = obj(
  {
    id: str(36, { pattern: LOOSE_UUID }),
    shape: { type: 'string', enum: ['actor', 'process', 'store', 'security-boundary', 'text-box'] },
    x: { type: 'number' },
    y: { type: 'number' },
    width: { type: 'number', minimum: 40 },
    height: { type: 'number', minimum: 30 },
    position: obj({ x: { type: 'number' }, y: { type: 'number' } }, ['x', 'y'], true),
    size: obj(
      { width: { type: 'number', minimum: 40 }, height: { type: 'number', minimum: 30 } },
      ['width', 'height'],
      true,
    ),
    angle: { type: 'number' },
    attrs: obj(
      {
        body: obj(
          {
            fill: str(32, { pattern: COLOR }),
            stroke: str(32, { pattern: COLOR }),
            strokeWidth: { type: 'number', minimum: 0 },
            strokeDasharray: dash,
            rx: { type: 'number' },
            ry: { type: 'number' },
            lateral: { type: 'number' },
            refWidth: {},
            refHeight: {},
            fillOpacity: { type: 'number', minimum: 0, maximum: 1 },
          },
          [],
          true,
        ),
        text: textAttrs,
      },
      [],
      true,
    ),
    ports: obj(
      {
        groups: { type: 'object' },
        items: {
          type: 'array',
          maxItems: 1000,
          items: obj({ id: str(64), group: str(32), attrs: { type: 'object' } }, ['id', 'group']),
        },
      },
      [],
      true,
    ),
    parent: nstr(36, { pattern: `^$|${LOOSE_UUID}` }),
    children: { type: 'array', maxItems: 1000, items: str(36, { pattern: LOOSE_UUID }) },
    data: cellData,
  },
  ['id', 'shape'],
)
const terminal: S = obj(
  { cell: str(36, { pattern: LOOSE_UUID }), port: nstr(64, { pattern: NO_CONTROL }) },
  ['cell'],
  true,
)
const edge: S = obj(
  {
    id: str(36, { pattern: LOOSE_UUID }),
    shape: { type: 'string', enum: ['flow'] },
    source: terminal,
    target: terminal,
    attrs: obj(
      {
        line: obj(
          {
            stroke: str(32, { pattern: COLOR }),
            strokeWidth: { type: 'number', minimum: 0 },
            strokeDasharray: dash,
            targetMarker: marker,
            sourceMarker: marker,
          },
          [],
          true,
        ),
      },
      [],
      true,
    ),
    labels: {
      type: 'array',
      maxItems: 1000,
      items: obj(
        {
          attrs: obj(
            {
              text: obj(
                {
                  text: str(256, { pattern: NO_CONTROL }),
                  fontSize: { type: 'number' },
                  fill: str(32),
                  fontFamily: str(64),
                },
                [],
                true,
              ),
            },
            [],
            true,
          ),
          position: {},
        },
        [],
        true,
      ),
    },
    vertices: {
      type: 'array',
      maxItems: 1000,
      items: obj({ x: { type: 'number' }, y: { type: 'number' } }, ['x', 'y'], true),
    },
    router: {},
    connector: {},
    defaultLabel: {},
    data: cellData,
  },
  ['id', 'shape', 'source', 'target'],
)
export const diagramInput: S = obj(
  {
    name: str(256, { minLength: 1, pattern: NAME }),
    type: { type: 'string', enum: ['DFD-1.0.0'] },
    description: nstr(2048),
    cells: {
      type: 'array',
      maxItems: 10000,
      items: { if: obj({ shape: { const: 'flow' } }, ['shape']), then: edge, else: node },
    },
    metadata: { type: 'array', items: metadata, maxItems: 10000, nullable: true },
    image: {
      ...obj({ svg: str(102400), update_vector: { type: 'integer', minimum: 0 } }, [], true),
      nullable: true,
    },
    color_palette: { type: 'array', maxItems: 8 },
    ...booleans,
  },
  ['name', 'type', 'cells'],
)

/**
 * The spec's `value` is a oneOf in which `number` and `integer` overlap, so TMI's validator refuses
 * every integer value (tmi-api.md §00.7): `5` matches two arms; `5.5` one.
 */
const scalarArms: S[] = [
  { type: ['string', 'null'] },
  { type: 'number' },
  { type: 'integer' },
  { type: 'boolean' },
  { type: 'object' },
]
const patchOperations: S = {
  type: 'array',
  minItems: 1,
  maxItems: 1000,
  items: obj(
    {
      op: { type: 'string', enum: ['add', 'replace', 'remove', 'move', 'copy', 'test'] },
      path: str(512, { pattern: '^(/[^/]*)*$' }),
      value: { oneOf: [...scalarArms, { type: 'array', maxItems: 10000, items: { oneOf: scalarArms } }] },
    },
    ['op', 'path'],
    true,
  ),
}
export const jsonPatch: S = patchOperations
/** `BulkPatchRequest`: `{patches: [{id, operations}]}`, 1 to 20. */
export const bulkPatch: S = obj(
  {
    patches: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: obj(
        { id: { type: 'string', format: 'uuid' }, operations: patchOperations },
        ['id', 'operations'],
        true,
      ),
    },
  },
  ['patches'],
  true,
)
export const metadataBulk = (max: number, allowEmpty = false): S => ({
  type: 'array',
  items: metadata,
  maxItems: max,
  minItems: allowEmpty ? 0 : 1,
})
export const metadataValue: S = obj(
  { value: str(1000, { minLength: 1, pattern: NO_CONTROL }) },
  ['value'],
  true,
)
export const metadataSingle: S = metadata

const ajv = new Ajv({ allErrors: false, strict: false })
;(addFormatsModule as unknown as { default: (a: Ajv) => void }).default(ajv)
const compiled = new WeakMap<S, ValidateFunction>()

/** Validates a body; the first violation becomes TMI's 400, naming the field like kin-openapi does. */
export function check(schema: S, body: unknown): void {
  let validate = compiled.get(schema)
  if (!validate) {
    validate = ajv.compile(schema)
    compiled.set(schema, validate)
  }
  if (!validate(body)) {
    const e = (validate.errors ?? [])[0] as ErrorObject
    const field = e.instancePath || '/'
    throw badRequest(
      `request body has an error: doesn't match schema: ${field}: ${e.message ?? 'invalid'}`,
      'invalid_input',
    )
  }
}
