import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleGit } from 'simple-git'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createModel,
  listBranches,
  listModels,
  readModel,
  updateModel,
  WriteConflictError,
} from '../../src/index.js'
import { PROJECT } from '../helpers/shared.js'

// Threat Dragon's server API (branches, models, read, create, update), through the library, on a
// real bare repository.
let repo: string
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'tmi-sync-lib-'))
  repo = join(root, 'models.git')
  const work = join(root, 'work')
  await simpleGit().init(['--bare', '--initial-branch=main', repo])
  await simpleGit().clone(repo, work)
  const git = simpleGit(work).addConfig('user.name', 'Test').addConfig('user.email', 't@example.com')
  await git.checkout(['-b', 'main'])
  cpSync(`${PROJECT}fixtures/small/payments-api.tm.yaml`, join(work, 'models/payments-api.tm.yaml'))
  writeFileSync(join(work, 'README.md'), '# not a model\n')
  await git.add('.').commit('one model').push('origin', 'main')
  await git.branch(['review']).push('origin', 'review')
})

describe('the library API over a repository', () => {
  it('lists branches and models, and reads one', async () => {
    expect((await listBranches(`git:${repo}`)).map((b) => b.name).sort()).toEqual(['main', 'review'])
    const models = await listModels(`git:${repo}@main`)
    expect(models.map((m) => [m.path, m.key, m.name, m.format])).toEqual([
      ['models/payments-api.tm.yaml', 'payments-api', 'Payments API', 'native'],
    ])
    const read = await readModel(`git:${repo}@main`, 'models/payments-api.tm.yaml')
    expect([read.model.key, read.blob]).toEqual(['payments-api', models[0]!.blob])
    expect(read.text).toContain('# stable identity')
    await expect(readModel(`git:${repo}`, 'nope.tm.yaml')).rejects.toThrow('no file nope.tm.yaml')
  })

  it('creates a model file, refusing a path that is taken', async () => {
    const model = { tmi_sync: 1 as const, key: 'new', name: 'New model' }
    await createModel(`git:${repo}@review`, 'models/new.tm.yaml', model)
    await createModel(`git:${repo}@review`, 'models/other.tm.json', { ...model, key: 'other' })
    expect((await listModels(`git:${repo}@review`)).map((m) => [m.key, m.format])).toEqual([
      ['new', 'native'],
      ['other', 'native'],
      ['payments-api', 'native'],
    ])
    expect((await readModel(`git:${repo}@review`, 'models/other.tm.json')).text).toBe(
      '{\n  "tmi_sync": 1,\n  "key": "other",\n  "name": "New model"\n}\n',
    )
    await expect(createModel(`git:${repo}@review`, 'models/new.tm.yaml', model)).rejects.toBeInstanceOf(
      WriteConflictError,
    )
  })

  it('updates a model in place, only if nobody changed it since it was read', async () => {
    const read = await readModel(`git:${repo}@main`, 'models/payments-api.tm.yaml')
    const changed = { ...read.model, name: 'Card payments' }
    await updateModel(`git:${repo}@main`, read.path, changed, read.blob)
    const after = await readModel(`git:${repo}@main`, read.path)
    expect(after.text).toBe(read.text.replace('name: Payments API', 'name: Card payments'))
    // The blob read before the update is stale now.
    await expect(updateModel(`git:${repo}@main`, read.path, changed, read.blob)).rejects.toBeInstanceOf(
      WriteConflictError,
    )
  })
})
