// Validation throughput: 1,000 models of about 50 KB (YAML and JSON) and one of about 5 MB.
// Medians of several runs; the machine is 2 cores, so the targets are set for that.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'yaml'
import { validatePaths } from '../../dist/index.js'
import { generateModel } from '../generate-model.js'

const RUNS = 3
import { median, report } from './stats.js'

const BIN = fileURLToPath(new URL('../../bin/tmi-sync.js', import.meta.url))
const AJV_CLI = fileURLToPath(new URL('../../node_modules/ajv-cli/dist/index.js', import.meta.url))
const AJV_FORMATS = fileURLToPath(new URL('../../node_modules/ajv-formats/dist/index.js', import.meta.url))
const SCHEMA = fileURLToPath(new URL('../../schemas/threat-model.schema.json', import.meta.url))

async function time(label, paths, target, expectFiles) {
  const times = []
  let report
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    report = await validatePaths(paths)
    times.push(performance.now() - start)
  }
  if (report.summary.valid !== expectFiles)
    throw new Error(`${label}: expected ${expectFiles} valid files, got ${JSON.stringify(report.summary)}`)
  const ms = median(times)
  const verdict =
    target === undefined ? '' : ms <= target ? `  ✔ target < ${target} ms` : `  ✖ over target ${target} ms`
  console.log(`${label.padEnd(44)} median ${ms.toFixed(0).padStart(6)} ms${verdict}`)
  return ms <= (target ?? Infinity)
}

/**
 * The same files through the command line, beside a bare schema check of them by ajv-cli (the
 * baseline: parse and JSON Schema only, no positions, references or TMI's rules), both as processes:
 * with the schema alone, and with the formats tmi-sync checks too (`-c ajv-formats`).
 */
function againstBareSchemaCheck(ext, dir) {
  const run = (args) => {
    const start = performance.now()
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr.slice(0, 500)}`)
    return performance.now() - start
  }
  const bareArgs = [AJV_CLI, 'validate', '--spec=draft2020', '-s', SCHEMA, '-d', `${dir}/*.${ext}`]
  const setups = [
    ['ajv-cli schema check', bareArgs],
    ['ajv-cli with formats', [...bareArgs, '-c', AJV_FORMATS, '--strict=false']],
  ]
  let ok = true
  for (const [name, args] of setups) {
    // Interleaved, so that a machine drifting between the two does not move the ratio.
    const ratios = []
    const times = { ours: [], bare: [] }
    for (let i = 0; i < RUNS; i++) {
      const ours = run([BIN, 'validate', dir, '--quiet'])
      const bare = run(args)
      times.ours.push(ours)
      times.bare.push(bare)
      ratios.push(ours / bare)
    }
    ok =
      report(
        `.${ext}: tmi-sync validate / ${name}`,
        `${median(ratios).toFixed(2)}× (${median(times.ours).toFixed(0)} ms / ${median(times.bare).toFixed(0)} ms)`,
        { ok: median(ratios) <= 1, text: '≤ 1.0×' },
      ) && ok
  }
  return ok
}

export async function benchValidation() {
  const dir = mkdtempSync(join(tmpdir(), 'tmi-sync-bench-'))
  try {
    let ok = true
    for (const [ext, write] of [
      ['tm.yaml', (m) => stringify(m, { lineWidth: 100 })],
      ['tm.json', (m) => JSON.stringify(m, null, 2)],
    ]) {
      const sub = join(dir, ext)
      mkdirSync(sub)
      let bytes = 0
      for (let i = 0; i < 1000; i++) {
        const text = write(generateModel({ key: `m-${i}`, name: `Model ${i}`, threats: 90, seed: i + 1 }))
        bytes += text.length
        writeFileSync(join(sub, `m-${i}.${ext}`), text)
      }
      ok =
        (await time(`1,000 × ${Math.round(bytes / 1000 / 1000)} KB .${ext} models`, [sub], 3000, 1000)) && ok
      ok = againstBareSchemaCheck(ext, sub) && ok
    }
    const big = generateModel({ key: 'big', name: 'Big', threats: 11500, seed: 7 })
    const bigText = stringify(big, { lineWidth: 100 })
    writeFileSync(join(dir, 'big.tm.yaml'), bigText)
    ok =
      (await time(
        `one ${(bigText.length / 1024 / 1024).toFixed(1)} MB .tm.yaml model`,
        [join(dir, 'big.tm.yaml')],
        3000,
        1,
      )) && ok
    return ok
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
