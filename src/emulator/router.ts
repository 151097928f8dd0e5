import type { Caller, Store } from './store.js'

export type Role = 'reader' | 'writer' | 'owner'

export interface RequestContext {
  method: string
  path: string
  params: Record<string, string>
  query: URLSearchParams
  headers: Record<string, string | string[] | undefined>
  body: unknown
  /** The body exactly as received (what an HMAC signature covers). */
  raw: string
  caller: Caller
  /** On public routes, which authenticate themselves: the bearer's caller, or 401. */
  authenticate(): Caller
  store: Store
  options: EmulatorRules
}

export interface EmulatorRules {
  /** Diagrams with a live collaboration session (PUT/PATCH/DELETE → 409). */
  collaborating: Set<string>
  /** TMI's `server.require_if_match`: writes without If-Match get 428. */
  requireIfMatch: boolean
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  /** Required Content-Type of the body, when the operation has one. */
  contentType?: 'application/json' | 'application/json-patch+json'
  /** Role the caller needs on the threat model named in the path (x-tmi-authz). */
  role?: Role
  schema?: Record<string, unknown>
  /** No bearer token needed (TMI's `x-tmi-authz.public`, or HMAC-signed callbacks). */
  public?: boolean
  handle(ctx: RequestContext): Reply | Promise<Reply>
}

interface Compiled {
  route: Route
  segments: string[]
}

/** Path-template routing; literal segments win over parameters (`/threats/bulk` before `/threats/{id}`). */
export class Router {
  private readonly routes: Compiled[] = []

  add(...routes: Route[]): void {
    for (const route of routes) this.routes.push({ route, segments: route.path.split('/').filter(Boolean) })
  }

  /** The route for method and path; or the methods the path allows (405); or nothing (404). */
  match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | { allow: string[] } | undefined {
    const parts = path.split('/').filter(Boolean)
    const candidates: Array<{ compiled: Compiled; params: Record<string, string>; literals: number }> = []
    for (const compiled of this.routes) {
      if (compiled.segments.length !== parts.length) continue
      const params: Record<string, string> = {}
      let literals = 0
      const ok = compiled.segments.every((seg, i) => {
        const part = decodeURIComponent(parts[i] as string)
        if (seg.startsWith('{')) {
          params[seg.slice(1, -1)] = part
          return true
        }
        literals++
        return seg === part
      })
      if (ok) candidates.push({ compiled, params, literals })
    }
    if (candidates.length === 0) return undefined
    const best = Math.max(...candidates.map((c) => c.literals))
    const top = candidates.filter((c) => c.literals === best)
    const hit = top.find((c) => c.compiled.route.method === method)
    if (hit) return { route: hit.compiled.route, params: hit.params }
    return { allow: [...new Set(top.map((c) => c.compiled.route.method))] }
  }
}
