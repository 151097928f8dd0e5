// Deterministic generator of realistic native models: used for fixtures/large and by the bench.
// Same inputs, same output, so generated files can be committed and compared.

const ELEMENTS = [
  ['actor', 'Customer'],
  ['actor', 'Support agent'],
  ['actor', 'Partner system'],
  ['process', 'Web frontend'],
  ['process', 'API gateway'],
  ['process', 'Accounts service'],
  ['process', 'Payments service'],
  ['process', 'Fraud scoring'],
  ['process', 'Notification service'],
  ['process', 'Batch reconciliation'],
  ['store', 'Accounts database'],
  ['store', 'Ledger'],
  ['store', 'Audit log'],
  ['store', 'Session cache'],
  ['store', 'Document archive'],
  ['process', 'Identity provider'],
  ['process', 'Admin console'],
  ['store', 'Secrets vault'],
  ['process', 'Reporting'],
  ['actor', 'Regulator'],
]
const STRIDE = [
  ['Spoofing', 'Impersonation of', 'Require mutual TLS and short-lived tokens bound to the client.'],
  [
    'Tampering',
    'Unauthorised modification of data handled by',
    'Sign messages and verify integrity at every hop.',
  ],
  [
    'Repudiation',
    'Actions cannot be traced for',
    'Write tamper-evident audit records for every state change.',
  ],
  [
    'Information Disclosure',
    'Sensitive data leaked from',
    'Encrypt at rest and in transit; minimise fields returned.',
  ],
  ['Denial of Service', 'Resource exhaustion of', 'Rate-limit per client and set request size limits.'],
  ['Elevation of Privilege', 'Privilege escalation through', 'Enforce least privilege and deny by default.'],
]
const SEVERITIES = ['low', 'medium', 'high', 'critical']
const STATUSES = ['open', 'confirmed', 'mitigation_planned', 'mitigation_in_progress', 'resolved', 'accepted']

/** Small, seeded PRNG (mulberry32) so the output never changes between runs. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * @param {{ key: string, name: string, threats: number, seed?: number, descriptionRepeat?: number }} options
 */
export function generateModel({ key, name, threats, seed = 1, descriptionRepeat = 1 }) {
  const rnd = random(seed)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const cells = ELEMENTS.map(([shape, label], i) => ({
    id: `el-${i}`,
    shape,
    x: 40 + (i % 5) * 220,
    y: 40 + Math.floor(i / 5) * 160,
    width: shape === 'actor' ? 120 : 160,
    height: shape === 'actor' ? 60 : 80,
    attrs: { text: { text: label } },
  }))
  const flows = []
  for (let i = 1; i < ELEMENTS.length; i++) {
    flows.push({
      id: `flow-${i}`,
      shape: 'flow',
      source: { cell: `el-${i - 1}` },
      target: { cell: `el-${i}` },
      attrs: { line: { targetMarker: { name: 'block' } } },
      labels: [{ attrs: { text: { text: `${ELEMENTS[i - 1][1]} to ${ELEMENTS[i][1]}` } }, position: 0.5 }],
    })
  }
  const assets = [
    {
      key: 'customer-data',
      name: 'Customer data',
      type: 'data',
      classification: ['personal-data'],
      sensitivity: 'high',
    },
    { key: 'ledger-entries', name: 'Ledger entries', type: 'data', criticality: 'critical' },
    { key: 'platform', name: 'Cloud platform', type: 'infrastructure' },
  ]
  const threatList = []
  for (let i = 0; i < threats; i++) {
    const [category, prefix, mitigation] = STRIDE[i % STRIDE.length]
    const target = cells[Math.floor(i / STRIDE.length) % cells.length]
    const onFlow = rnd() < 0.3
    const cell = onFlow ? flows[Math.floor(rnd() * flows.length)] : target
    const label = onFlow ? cell.labels[0].attrs.text.text : target.attrs.text.text
    threatList.push({
      key: `t-${String(i + 1).padStart(4, '0')}`,
      name: `${prefix} ${label} (${i + 1})`,
      threat_type: [category],
      description: `An attacker targeting ${label} could cause ${category.toLowerCase()} issues. `
        .repeat(descriptionRepeat)
        .trim(),
      mitigation,
      severity: pick(SEVERITIES),
      status: pick(STATUSES),
      score: Math.round(rnd() * 100) / 10,
      asset: pick(assets).key,
      diagram: 'system',
      cell: cell.id,
      metadata: { owner: `team-${1 + (i % 4)}` },
    })
  }
  return {
    tmi_sync: 1,
    key,
    name,
    description: `Generated model with ${threats} threats over ${ELEMENTS.length} elements.`,
    threat_model_framework: 'STRIDE',
    metadata: { generator: 'scripts/generate-model.js', seed: String(seed) },
    assets,
    diagrams: [{ key: 'system', name: `${name} system diagram`, cells: [...cells, ...flows] }],
    threats: threatList,
  }
}
