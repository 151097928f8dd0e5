/**
 * TMI's address as given (`https://host`, or `https://host/tmi` behind a proxy): every endpoint is
 * appended to its path, which `new URL('/x', base)` would drop.
 */
export function endpoint(baseUrl: string, path: string): URL {
  const base = new URL(baseUrl)
  base.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`
  return base
}

/** One spelling per server: scheme and host lower-case, no trailing slash, no credentials. */
export function canonicalTmiUrl(tmiUrl: string): string {
  const url = new URL(tmiUrl)
  url.username = ''
  url.password = ''
  url.hash = ''
  url.search = ''
  return url.toString().replace(/\/+$/, '')
}

/** Why a TMI URL cannot be used, or undefined: it must be http(s), and carry no credentials. */
export function tmiUrlProblem(tmiUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL(tmiUrl)
  } catch {
    return 'is not a URL'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be http(s), not ${url.protocol}`
  if (url.username || url.password)
    return 'carries credentials (user:password@), which tmi-sync never sends: sign in with "tmi-sync login", or set TMI_TOKEN'
  return undefined
}
