/**
 * Every secret tmi-sync holds (tokens, client secrets, passwords in URLs), so that no message
 * shows one, whatever produced it: a server may echo a credential in its error body.
 */
const secrets = new Set<string>()
/** Longest first, so a secret that contains another is replaced whole; kept sorted as they come. */
let longestFirst: string[] = []

/** Values shorter than this are not treated as secrets (they would blank ordinary words). */
const MIN_LENGTH = 6

export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < MIN_LENGTH) return
  for (const form of [value, encodeURIComponent(value), Buffer.from(value).toString('base64')])
    if (form.length >= MIN_LENGTH && !secrets.has(form)) {
      secrets.add(form)
      longestFirst = [...secrets].sort((a, b) => b.length - a.length)
    }
}

/** The environment variables that hold credentials, and passwords in the URLs of any of them. */
const SECRET_VARIABLES = [
  'TMI_TOKEN',
  'TMI_CLIENT_SECRET',
  'GITHUB_TOKEN',
  'GITLAB_TOKEN',
  'BITBUCKET_TOKEN',
  'BITBUCKET_API_TOKEN',
]

export function registerSecretsFromEnv(env: NodeJS.ProcessEnv): void {
  for (const name of SECRET_VARIABLES) registerSecret(env[name])
  if (env.BITBUCKET_USER && env.BITBUCKET_API_TOKEN)
    registerSecret(`${env.BITBUCKET_USER}:${env.BITBUCKET_API_TOKEN}`)
  for (const value of Object.values(env)) if (value) for (const s of urlSecrets(value)) registerSecret(s)
}

/** What a URL's userinfo carries (`https://user:password@host`, `https://TOKEN@host`). */
export function urlSecrets(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/([a-z][a-z0-9+.-]*:\/\/)([^/\s?#]*)@/gi)) {
    const info = m[2] as string
    if (!/^https?:\/\/$/i.test(m[1] as string) && !info.includes(':')) continue
    const colon = info.indexOf(':')
    out.push(colon >= 0 ? info.slice(colon + 1) : info)
    for (const part of [info, colon >= 0 ? info.slice(colon + 1) : info])
      try {
        out.push(decodeURIComponent(part))
      } catch {
        // not percent-encoded
      }
  }
  return out.filter((s) => s.length > 0)
}

/**
 * URLs in the text without their credentials: over http(s) any userinfo (a bare token is the
 * user part), `@` in a password or not; elsewhere a password (`ssh://git@host` names a user only).
 */
export function stripUrlCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)([^/\s?#]*)@/gi, (all, scheme: string, info: string) =>
    /^https?:\/\/$/i.test(scheme) || info.includes(':') ? scheme : all,
  )
}

/** The text with every registered secret, and any URL userinfo, replaced. */
export function redactSecrets(text: string): string {
  let out = stripUrlCredentials(text)
  for (const s of longestFirst) if (out.includes(s)) out = out.split(s).join('***')
  return out
}
