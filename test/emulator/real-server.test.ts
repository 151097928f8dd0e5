import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emulatorApi, type Api } from '../helpers/emulator.js'

/**
 * What the real server (TMI 1.8.22, built from github.com/ericfitz/tmi at 05517d8 and run against
 * PostgreSQL and Redis) did where the emulator answered otherwise. Each test names the Go source
 * behind the behaviour and what the server answered.
 */
let api: Api
let tm: string
beforeEach(async () => {
  api = await emulatorApi({
    admins: ['tmi:root'],
    users: ['google:alice@example.com'],
    groups: ['tmi:security-champions'],
  })
  tm = (await api.call('POST', '/threat_models', { name: 'Seen on TMI' })).body.id
})
afterEach(() => api.emulator.close())

const meta = (key: string) => [{ key, value: 'v' }]

describe('metadata keys: letters, digits, _ and - only', () => {
  // The endpoints' own check takes . and : (`G:api/metadata_handlers.go:19`); the database hook then
  // refuses them (`G:api/models/hooks.go:124`, `G:api/validation/validators.go:68,212-223`). The
  // server answered 500 to each of these; `a_b` was stored.
  it('answers 500 wherever a threat model or the metadata endpoints would store a . or : key', async () => {
    for (const key of ['a.b', 'a:b']) {
      const single = await api.call('POST', `/threat_models/${tm}/metadata`, { key, value: 'v' })
      expect([single.status, single.body]).toEqual([
        500,
        { error: 'server_error', error_description: 'Failed to create metadata' },
      ])
    }
    const bulk = await api.call('POST', `/threat_models/${tm}/metadata/bulk`, meta('c.d'))
    expect([bulk.status, bulk.body.error_description]).toEqual([500, 'Failed to create metadata entries'])
    const created = await api.call('POST', '/threat_models', { name: 'Dotted', metadata: meta('x.y') })
    expect([created.status, created.body.error_description]).toEqual([500, 'Failed to create threat model'])
    const patched = await api.call(
      'PATCH',
      `/threat_models/${tm}`,
      [{ op: 'add', path: '/metadata', value: meta('e.f') }],
      { type: 'application/json-patch+json' },
    )
    expect([patched.status, patched.body.error_description]).toEqual([500, 'Failed to update threat model'])
    expect((await api.call('POST', `/threat_models/${tm}/metadata`, { key: 'a_b', value: 'v' })).status).toBe(
      201,
    )
    expect((await api.call('GET', `/threat_models/${tm}/metadata`)).body).toEqual([
      { key: 'a_b', value: 'v' },
    ])
  })

  it("on a child's bulk PUT, fails the metadata alone: 200, a threat left with none, an asset with what it had", async () => {
    // `G:api/threat_store_gorm.go:1015-1021` and the asset store log the failed save and go on.
    const [asset] = (
      await api.call('POST', `/threat_models/${tm}/assets/bulk`, [
        { id: randomUUID(), name: 'A', type: 'data' },
      ])
    ).body as Array<{ id: string }>
    const [threat] = (
      await api.call('POST', `/threat_models/${tm}/threats/bulk`, [
        { id: randomUUID(), name: 'T', threat_type: [] },
      ])
    ).body as Array<{ id: string }>
    const put = (kind: string, item: Record<string, unknown>) =>
      api.call('PUT', `/threat_models/${tm}/${kind}/bulk`, [item])
    expect(
      (await put('assets', { id: asset!.id, name: 'A', type: 'data', metadata: meta('ok') })).status,
    ).toBe(200)
    expect(
      (await put('threats', { id: threat!.id, name: 'T', threat_type: [], metadata: meta('ok') })).status,
    ).toBe(200)
    expect(
      (await put('assets', { id: asset!.id, name: 'A', type: 'data', metadata: meta('x.y') })).status,
    ).toBe(200)
    expect(
      (await put('threats', { id: threat!.id, name: 'T', threat_type: [], metadata: meta('x.y') })).status,
    ).toBe(200)
    expect((await api.call('GET', `/threat_models/${tm}/assets/${asset!.id}/metadata`)).body).toEqual(
      meta('ok'),
    )
    expect((await api.call('GET', `/threat_models/${tm}/threats/${threat!.id}/metadata`)).body).toEqual([])
  })
})

describe('bulk creates save no metadata, whatever the kind', () => {
  // Each bulk-create handler only sanitises it: `G:api/threat_sub_resource_handlers.go:678`,
  // `G:api/asset_store_gorm.go:455-510`, `G:api/document_store_gorm.go:509`,
  // `G:api/repository_store_gorm.go:500`. The server listed every one with `metadata: []`.
  it('threats, assets, documents and repositories: echoed in the answer, not stored; a bulk PUT stores it', async () => {
    const items: Record<string, Record<string, unknown>> = {
      threats: { name: 'T', threat_type: [] },
      assets: { name: 'A', type: 'data' },
      documents: { name: 'D', uri: 'https://docs.example.com/d' },
      repositories: { name: 'R', uri: 'https://git.example.com/r', type: 'git' },
    }
    for (const [kind, item] of Object.entries(items)) {
      const id = randomUUID()
      const created = await api.call('POST', `/threat_models/${tm}/${kind}/bulk`, [
        { ...item, id, metadata: meta('k') },
      ])
      expect([created.status, created.body[0].metadata]).toEqual([201, meta('k')])
      expect((await api.call('GET', `/threat_models/${tm}/${kind}/${id}/metadata`)).body, kind).toEqual([])
      await api.call('PUT', `/threat_models/${tm}/${kind}/bulk`, [{ ...item, id, metadata: meta('k') }])
      expect((await api.call('GET', `/threat_models/${tm}/${kind}/${id}/metadata`)).body, kind).toEqual(
        meta('k'),
      )
    }
  })
})

describe('the threat list carries no metadata; the embedded threats and a single read do', () => {
  // `G:api/threat_store_gorm.go:348-383` lists without loading it; `:148-154` loads it for one threat.
  it('as the server answered', async () => {
    const id = randomUUID()
    await api.call('POST', `/threat_models/${tm}/threats/bulk`, [{ id, name: 'T', threat_type: [] }])
    await api.call('PUT', `/threat_models/${tm}/threats/bulk`, [
      { id, name: 'T', threat_type: [], metadata: meta('k') },
    ])
    const listed = (await api.call('GET', `/threat_models/${tm}/threats`)).body.threats[0]
    expect(listed).not.toHaveProperty('metadata')
    expect((await api.call('GET', `/threat_models/${tm}/threats/${id}`)).body.metadata).toEqual(meta('k'))
    const embedded = (await api.call('GET', `/threat_models/${tm}`)).body.threats[0]
    expect(embedded.metadata).toEqual(meta('k'))
  })
})

describe('the everyone pseudo-group', () => {
  // Stored as TMI's built-in group row (`G:api/database_store_gorm.go:1452-1454`,
  // `G:api/auth_utils.go:424-431`): sent with provider "*", read back with provider "tmi".
  it('reads back with provider tmi', async () => {
    const created = await api.call('POST', '/threat_models', {
      name: 'Open',
      authorization: [{ principal_type: 'group', provider: '*', provider_id: 'everyone', role: 'reader' }],
    })
    const acl = (await api.call('GET', `/threat_models/${created.body.id}`)).body.authorization as Array<
      Record<string, unknown>
    >
    expect(acl.find((a) => a.provider_id === 'everyone')).toMatchObject({ provider: 'tmi', role: 'reader' })
  })
})

describe("diagram cells get the spec's defaults", () => {
  // TMI's request validator fills in defaults before the handler (`G:api/openapi_middleware.go:180-187`):
  // `Cell.data` `{_metadata: []}`, `security_boundary: false`, a node's `angle: 0`. The server stored
  // and returned them for cells sent without.
  it('on every node and edge', async () => {
    const d = (await api.call('POST', `/threat_models/${tm}/diagrams`, { name: 'D', type: 'DFD-1.0.0' })).body
    const [a, b] = [randomUUID(), randomUUID()]
    const node = (id: string, x: number) => ({ id, shape: 'process', x, y: 0, width: 120, height: 60 })
    const put = await api.call('PUT', `/threat_models/${tm}/diagrams/${d.id}`, {
      name: 'D',
      type: 'DFD-1.0.0',
      cells: [
        node(a, 0),
        node(b, 200),
        { id: randomUUID(), shape: 'flow', source: { cell: a }, target: { cell: b } },
      ],
    })
    expect(put.status).toBe(200)
    const cells = (await api.call('GET', `/threat_models/${tm}/diagrams/${d.id}`)).body.cells as Array<
      Record<string, unknown>
    >
    for (const c of cells) expect(c.data).toEqual({ _metadata: [], security_boundary: false })
    expect(cells.filter((c) => c.shape !== 'flow').map((c) => c.angle)).toEqual([0, 0])
    expect(cells.find((c) => c.shape === 'flow')).not.toHaveProperty('angle')
  })
})

describe("OAuth errors, in TMI's own words", () => {
  // Each pair below is what TMI 1.8.22 answered (`G:auth/handlers_token.go`, `G:auth/handlers_oauth.go`;
  // the authorize query is validated against the spec first, by kin-openapi, in the spec's order).
  const form = (o: Record<string, string>) => ({
    raw: new URLSearchParams(o).toString(),
    type: 'application/x-www-form-urlencoded',
    token: null,
  })
  it('token and revoke', async () => {
    const cases: Array<[Record<string, string>, number, Record<string, string>]> = [
      [{ grant_type: 'password' }, 400, { error: 'Unsupported grant type: password' }],
      [
        { grant_type: 'client_credentials', client_id: 'x' },
        400,
        { error: 'invalid_request', error_description: 'Missing client_id or client_secret parameter' },
      ],
      [
        { grant_type: 'client_credentials', client_id: 'x', client_secret: 'y' },
        401,
        { error: 'invalid_client', error_description: 'Client authentication failed' },
      ],
      [
        { grant_type: 'refresh_token', refresh_token: 'nope' },
        400,
        { error: 'invalid_grant', error_description: 'The refresh token is invalid or expired.' },
      ],
      [
        { grant_type: 'authorization_code', code: 'nope', code_verifier: 'a'.repeat(43) },
        400,
        { error: 'invalid_grant', error_description: 'Authorization code is invalid or expired' },
      ],
    ]
    for (const [body, status, answer] of cases) {
      const r = await api.call('POST', '/oauth2/token', undefined, form(body))
      expect([r.status, r.body], JSON.stringify(body)).toEqual([status, answer])
    }
    const revoke = await api.call('POST', '/oauth2/revoke', undefined, form({}))
    expect([revoke.status, revoke.body]).toEqual([
      400,
      { error: 'invalid_request', error_description: "Missing required 'token' parameter" },
    ])
    const anonymous = await api.call('POST', '/oauth2/revoke', undefined, form({ token: 'nope' }))
    expect([anonymous.status, anonymous.body]).toEqual([
      401,
      { error: 'invalid_client', error_description: 'Client authentication failed' },
    ])
    const { token: _anonymous, ...signedIn } = form({ token: 'nope' })
    expect((await api.call('POST', '/oauth2/revoke', undefined, signedIn)).status).toBe(200)
  })

  it('authorize', async () => {
    const ok = {
      idp: 'tmi',
      client_callback: 'http://127.0.0.1:1/cb',
      state: 's',
      code_challenge: 'a'.repeat(43),
      code_challenge_method: 'S256',
      scope: 'openid',
    }
    const spec = (what: string) => ({
      error: 'invalid_input',
      error_description: `error in openapi3filter.RequestError: parameter ${what}`,
    })
    const cases: Array<[Record<string, string | undefined>, Record<string, string>]> = [
      [{ scope: undefined }, spec('"scope" in query has an error: value is required but missing')],
      [
        { code_challenge: undefined },
        spec('"code_challenge" in query has an error: value is required but missing'),
      ],
      [
        { code_challenge: 'abc' },
        spec('"code_challenge" in query has an error: minimum string length is 43'),
      ],
      [
        { code_challenge_method: 'plain' },
        spec(
          '"code_challenge_method" in query has an error: value is not one of the allowed values ["S256"]',
        ),
      ],
      [
        { idp: 'no pe' },
        spec(
          `"idp" in query has an error: string doesn't match the regular expression "^[a-zA-Z][a-zA-Z0-9_-]*$"`,
        ),
      ],
      [
        { scope: 'profile' },
        { error: 'invalid_scope', error_description: "OpenID Connect requires 'openid' scope" },
      ],
      [{ idp: 'nope' }, { error: 'provider nope not found' }],
      [
        { client_callback: 'http://evil.example.com/cb' },
        { error: 'invalid_request', error_description: 'client_callback is not in the allowlist' },
      ],
    ]
    for (const [change, answer] of cases) {
      const query = new URLSearchParams()
      for (const [k, v] of Object.entries({ ...ok, ...change })) if (v !== undefined) query.set(k, v)
      const r = await api.call('GET', `/oauth2/authorize?${query}`, undefined, { token: null })
      expect([r.status, r.body], JSON.stringify(change)).toEqual([400, answer])
    }
    // No idp: a development build signs in with its own provider.
    const { idp: _idp, ...noIdp } = ok
    const r = await fetch(`${api.emulator.url}/oauth2/authorize?${new URLSearchParams(noIdp)}`, {
      redirect: 'manual',
    })
    expect(r.status).toBe(302)
  })

  it('an unknown path: 401 without a token, then 404 in the words of the spec validator', async () => {
    expect((await api.call('GET', '/nope', undefined, { token: null })).status).toBe(401)
    const known = await api.call('GET', '/nope')
    expect([known.status, known.body.error_description]).toEqual([
      404,
      "The endpoint 'GET /nope' is not defined in the API specification. Check the request method and path (including trailing slashes).",
    ])
  })
})

describe('webhook subscription URLs', () => {
  // `G:api/webhook_url_validator.go` (https only unless TMI_WEBHOOK_ALLOW_HTTP_TARGETS), then the
  // deny list TMI seeds (`G:api/seed/seed.go:356-402`). TMI 1.8.22, with http allowed, answered
  // `{"error":"invalid webhook URL: URL blocked: Block loopback addresses (127.0.0.0/8) (pattern: 127.*)"}`.
  it('refuses http:// by default, and loopback or private hosts whatever the scheme', async () => {
    const root = await api.signIn('root')
    const subscribe = (url: string) =>
      api.call(
        'POST',
        '/admin/webhooks/subscriptions',
        { name: 'x', url, events: ['addon.invoked'] },
        { token: root },
      )
    const http = await subscribe('http://addon.example.com/')
    expect([http.status, http.body]).toEqual([
      400,
      { error: 'invalid webhook URL: URL must start with https:// (found: http://a)' },
    ])
    for (const [url, pattern] of [
      ['https://127.0.0.1:9/', '127.*'],
      ['https://localhost/', 'localhost'],
      ['https://10.1.2.3/', '10.*'],
      ['https://172.20.0.1/', '172.20.*'],
    ] as const) {
      const refused = await subscribe(url)
      expect(refused.status, url).toBe(400)
      expect(refused.body.error, url).toMatch(
        new RegExp(
          `^invalid webhook URL: URL blocked: .* \\(pattern: ${pattern.replace('.', '\\.').replace('*', '\\*')}\\)$`,
        ),
      )
    }
    expect((await subscribe('https://addon.example.com/')).status).toBe(201)
  })
})
