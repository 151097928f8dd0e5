import { mkdtempSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSource, redact, repositoryId } from '../../src/providers/source.js'

describe('source specs', () => {
  it.each([
    ['models/', { kind: 'local', path: 'models/' }],
    ['./c:odd/path', { kind: 'local', path: './c:odd/path' }],
    ['github:acme/threats', { kind: 'github', repo: 'acme/threats' }],
    ['github:acme/threats@main', { kind: 'github', repo: 'acme/threats', ref: 'main' }],
    [
      'github:acme/threats@feature/x:models/**/*.tm.yaml',
      { kind: 'github', repo: 'acme/threats', ref: 'feature/x', glob: 'models/**/*.tm.yaml' },
    ],
    ['gitlab:sec/team/sub/models@v1.2', { kind: 'gitlab', repo: 'sec/team/sub/models', ref: 'v1.2' }],
    [
      'bitbucket:ws/repo@main:**/*.json',
      { kind: 'bitbucket', repo: 'ws/repo', ref: 'main', glob: '**/*.json' },
    ],
    ['git:/srv/git/models.git', { kind: 'git', repo: '/srv/git/models.git' }],
    [
      'git:/srv/git/models.git@dev:tm/*.yaml',
      { kind: 'git', repo: '/srv/git/models.git', ref: 'dev', glob: 'tm/*.yaml' },
    ],
    [
      'git:https://git.example.com/a/b.git@main',
      { kind: 'git', repo: 'https://git.example.com/a/b.git', ref: 'main' },
    ],
    ['git:ssh://git@git.example.com/a/b.git', { kind: 'git', repo: 'ssh://git@git.example.com/a/b.git' }],
    ['git:git@github.com:acme/b.git', { kind: 'git', repo: 'git@github.com:acme/b.git' }],
    [
      'git:git@github.com:acme/b.git@release/2:x/*.json',
      { kind: 'git', repo: 'git@github.com:acme/b.git', ref: 'release/2', glob: 'x/*.json' },
    ],
  ])('%s', (text, expected) => {
    expect(parseSource(text)).toEqual(expected.kind === 'local' ? expected : { ...expected, text })
  })

  it.each([
    ['github:acme', 'expected github:OWNER/REPO[@REF][:GLOB]'],
    ['github:a/b/c', 'expected github:OWNER/REPO[@REF][:GLOB]'],
    ['bitbucket:ws', 'expected bitbucket:WORKSPACE/REPO[@REF][:GLOB]'],
    ['github:a/b@bad..ref', '"bad..ref" is not a valid git ref'],
    ['git:', 'no repository named'],
  ])('refuses %s', (text, message) => {
    expect(() => parseSource(text)).toThrow(message)
  })

  it('never keeps credentials a git URL carries in identities or messages', () => {
    const secret = 'glpat-SECRET123'
    const spec = parseSource(`git:https://oauth2:${secret}@gitlab.example.com/sec/models.git@main`)
    if (spec.kind === 'local') throw new Error('expected a repository')
    expect(spec.repo).toContain(secret) // git needs it to clone
    expect(repositoryId(spec)).toBe('git:https://gitlab.example.com/sec/models')
    expect(() => parseSource(`git:https://oauth2:${secret}@gitlab.example.com/x.git@bad..ref`)).toThrow(
      /^git:https:\/\/gitlab\.example\.com\/x\.git@bad\.\.ref: /,
    )
    expect(redact('ssh://git@host/x.git')).toBe('ssh://git@host/x.git')
  })
})

describe('one identity per repository, however it is spelled', () => {
  const id = (text: string) => {
    const spec = parseSource(text)
    if (spec.kind === 'local') throw new Error(`${text} is local`)
    return repositoryId(spec)
  }

  it('takes a local repository as one absolute path: plain, file://, trailing slash, relative', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-id-'))
    const same = [`git:${dir}`, `git:${dir}/`, `git:file://${dir}`, `git:file://${dir}/`].map(id)
    expect(new Set(same)).toEqual(new Set([`git:${realpathSync(dir)}`]))
    expect(id(`git:${dir}@main:models/*.tm.yaml`)).toBe(`git:${realpathSync(dir)}`)
  })

  it('reads git:.@REF:GLOB as the repository in this folder, not as an scp address', () => {
    const spec = parseSource('git:.@main:models/*.tm.yaml')
    expect(spec).toMatchObject({ kind: 'git', repo: '.', ref: 'main', glob: 'models/*.tm.yaml' })
    expect(id('git:.@main')).toBe(`git:${realpathSync(process.cwd())}`)
  })

  it('folds hosted names and URLs: case of the host and hosted names, .git, a trailing slash', () => {
    expect(id('github:Acme/Models.git')).toBe(id('github:acme/models'))
    expect(id('git:https://GitHub.com/acme/models.git')).toBe(id('git:https://github.com/acme/models/'))
    expect(id('git:git@GitHub.com:acme/models.git@main')).toBe('git:git@github.com:acme/models')
    expect(id('git:https://token@github.com/acme/models.git')).toBe('git:https://github.com/acme/models')
  })
})
