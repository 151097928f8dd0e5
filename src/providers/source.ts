import { redactSecrets, stripUrlCredentials } from '../common/secrets.js'
import { realpathSync } from 'node:fs'
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { UserError } from '../common/errors.js'

export type HostKind = 'github' | 'gitlab' | 'bitbucket' | 'git'

/** Where a command reads models from: a local path, or a repository on a host at a ref. */
export type SourceSpec =
  | { kind: 'local'; path: string }
  | {
      kind: HostKind
      /** `OWNER/REPO`, `GROUP/SUB/PROJECT`, `WORKSPACE/REPO`, or a git URL. */
      repo: string
      /** Branch, tag or commit; the repository's default branch when absent. */
      ref?: string
      /** Globs of model files; the defaults when absent. */
      glob?: string
      /** As written by the user. */
      text: string
    }

const HOSTS: readonly HostKind[] = ['github', 'gitlab', 'bitbucket', 'git']

/**
 * Parses `github:OWNER/REPO@REF:GLOB`, `gitlab:GROUP/SUB/PROJECT@REF:GLOB`,
 * `bitbucket:WORKSPACE/REPO@REF:GLOB`, `git:URL@REF:GLOB` (`@REF` and `:GLOB` optional; a glob
 * needs a ref before it), or a local path. Git forbids `:` in ref names, so the first `:` after the
 * ref starts the glob; in a `git:` URL, the ref's `@` is the last one after the host.
 */
export function parseSource(text: string): SourceSpec {
  const colon = text.indexOf(':')
  const prefix = colon > 0 ? text.slice(0, colon) : ''
  if (!(HOSTS as readonly string[]).includes(prefix)) return { kind: 'local', path: text }
  const kind = prefix as HostKind
  const rest = text.slice(colon + 1)
  const pathStart = kind === 'git' ? urlPathStart(rest) : 0
  const at = rest.lastIndexOf('@')
  const hasRef = at >= pathStart && at > 0
  const repo = hasRef ? rest.slice(0, at) : rest
  let ref: string | undefined
  let glob: string | undefined
  if (hasRef) {
    const afterAt = rest.slice(at + 1)
    const globAt = afterAt.indexOf(':')
    ref = globAt >= 0 ? afterAt.slice(0, globAt) : afterAt
    if (globAt >= 0) glob = afterAt.slice(globAt + 1)
  }
  if (!repo) throw new UserError(`${redact(text)}: no repository named`, 2)
  if (kind !== 'git' && !/^[\w.-]+(\/[\w.-]+)+$/.test(repo))
    throw new UserError(`${redact(text)}: expected ${kind}:${example(kind)}[@REF][:GLOB]`, 2)
  if (kind !== 'gitlab' && kind !== 'git' && repo.split('/').length !== 2)
    throw new UserError(`${redact(text)}: expected ${kind}:${example(kind)}[@REF][:GLOB]`, 2)
  if (ref !== undefined && !validRef(ref))
    throw new UserError(`${redact(text)}: "${ref}" is not a valid git ref`, 2)
  if (glob === '') glob = undefined
  return {
    kind,
    repo,
    text,
    ...(ref ? { ref } : {}),
    ...(glob ? { glob } : {}),
  }
}

function example(kind: HostKind): string {
  return kind === 'github' ? 'OWNER/REPO' : kind === 'gitlab' ? 'GROUP/SUB/PROJECT' : 'WORKSPACE/REPO'
}

/** Where a git URL's path begins: after `scheme://[user@]host`, or after `user@host:` (scp-like). */
function urlPathStart(url: string): number {
  // A path on this machine (`.`, `./x`, `../x`, `/x`, `~/x`) is never scp-like: `git:.@main:glob`.
  if (/^[./~]/.test(url)) return 0
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)
  if (scheme) {
    const slash = url.indexOf('/', scheme[0].length)
    return slash < 0 ? url.length : slash
  }
  const scp = /^[^/@:]+@[^/:]+:/.exec(url)
  return scp ? scp[0].length : 0
}

/** git check-ref-format, the parts that matter for telling a ref from a URL. */
function validRef(ref: string): boolean {
  return (
    ref.length > 0 && !/[\s~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|^\.|\/\./.test(ref) && !ref.endsWith('.')
  )
}

/**
 * The identity of a repository, used to qualify model keys and recorded in TMI: `github:owner/repo`,
 * `git:URL`, never with credentials a URL may carry.
 */
export function repositoryId(spec: Extract<SourceSpec, { repo: string }>): string {
  return `${spec.kind}:${canonicalRepo(spec.kind, stripUrlCredentials(spec.repo))}`
}

/** The same source read at one commit (`HOST:REPO@COMMIT[:GLOB]`), whatever its branch does meanwhile. */
export function pinnedAt(spec: Extract<SourceSpec, { repo: string }>, commit: string): string {
  return `${spec.kind}:${spec.repo}@${commit}${spec.glob ? `:${spec.glob}` : ''}`
}

/**
 * One spelling per repository, so that two spellings never become two sources (and every model
 * twice in TMI): hosted names case-folded and without `.git`; a URL's host lower-case, without a
 * trailing `/` or `.git`; `file://` and local paths as one absolute path, links resolved.
 */
export function canonicalRepo(kind: HostKind, repo: string): string {
  const bare = (p: string) => p.replace(/\/+$/, '').replace(/\.git$/i, '')
  if (kind !== 'git') return bare(repo).toLowerCase()
  const fileUrl = /^file:\/\//i.test(repo)
  if (fileUrl || /^[./~]/.test(repo) || !/^[^/@]+@[^/:]+:|^[a-z][a-z0-9+.-]*:\/\//i.test(repo)) {
    let path = fileUrl ? decodeURIComponent(new URL(repo).pathname) : repo.replace(/^~(?=\/|$)/, homedir())
    path = resolve(path)
    try {
      path = realpathSync(path)
    } catch {
      // Not on this machine (yet): the absolute path is the identity.
    }
    return path.length > 1 ? path.replace(/\/+$/, '') : path
  }
  const scp = /^([^/@]+@)?([^/:]+):(.*)$/.exec(repo)
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(repo))
    return `${scp[1] ?? ''}${(scp[2] as string).toLowerCase()}:${bare(scp[3] as string)}`
  const url = new URL(repo)
  return `${url.protocol}//${url.username ? `${url.username}@` : ''}${url.host.toLowerCase()}${bare(url.pathname)}`
}

/** Text that may hold a URL with a password or token in it (`https://user:TOKEN@host/…`), made safe to show. */
export function redact(text: string): string {
  return redactSecrets(text)
}
