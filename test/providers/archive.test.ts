import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readTarGz } from '../../src/providers/archive.js'

// The hosts' archives are made by `git archive`: read one that real git made, long paths included.
describe('readTarGz on what git archive writes', () => {
  it('gives the wanted files with their bytes, modes and git blob ids, past tar’s 100-character names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-archive-'))
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'buffer' })
    const files: Record<string, string> = {
      'models/a.tm.yaml': 'tmi_sync: 1\nkey: a\nname: Ä\n',
      [`models/${'nested-folder-name/'.repeat(8)}deep.tm.yaml`]: 'tmi_sync: 1\nkey: deep\nname: Deep\n',
      'tools/run.sh': '#!/bin/sh\n',
      'README.md': '# models\n',
    }
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    }
    chmodSync(join(dir, 'tools/run.sh'), 0o755)
    git('init', '-q', '--initial-branch=main')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'models')
    const archive = git('archive', '--format=tar.gz', '--prefix=acme-models-1234567/', 'HEAD')
    const ids = new Map(
      git('ls-tree', '-r', 'HEAD')
        .toString()
        .trim()
        .split('\n')
        .map((line) => {
          const [meta, path] = line.split('\t') as [string, string]
          const [mode, , sha] = meta.split(' ') as [string, string, string]
          return [path, { mode, sha }]
        }),
    )
    return readTarGz(Readable.from([archive]), (p) => p.endsWith('.tm.yaml') || p.endsWith('.sh')).then(
      (got) => {
        expect(got.map((f) => [f.path, Buffer.from(f.bytes).toString(), f.blob, f.mode]).sort()).toEqual(
          Object.entries(files)
            .filter(([p]) => p !== 'README.md')
            .map(([p, content]) => [p, content, ids.get(p)?.sha, ids.get(p)?.mode])
            .sort(),
        )
      },
    )
  })
})
