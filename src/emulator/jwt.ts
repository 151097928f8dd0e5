import { createHmac, timingSafeEqual } from 'node:crypto'

/** The claims TMI puts in its access tokens (`G:auth/service.go`), and the delegation claim of addon tokens. */
export interface Claims {
  sub: string
  email: string
  name: string
  idp: string
  groups: string[]
  iat: number
  exp: number
  jti: string
  iss?: string
  /** Addon delegation tokens only (`G:auth/delegation_token.go`). */
  delegation?: { addon_id: string; delivery_id: string; threat_model_id: string }
}

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url')

/** An HS256 JWT, as TMI signs its tokens. */
export function signJwt(claims: Claims, secret: Buffer): string {
  const head = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  const body = b64(JSON.stringify(claims))
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url')
  return `${head}.${body}.${sig}`
}

/** The claims of a token this emulator signed, or undefined (bad shape, signature or expiry). */
export function verifyJwt(token: string, secret: Buffer, nowSeconds: number): Claims | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [head, body, sig] = parts as [string, string, string]
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest()
  const given = Buffer.from(sig, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  let claims: Claims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
  } catch {
    return undefined
  }
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return undefined
  return claims
}
