#!/usr/bin/env node
// `--version` alone is answered before the CLI is loaded: scripts, CI matrices and editors ask it
// often, and it needs nothing but the package's own version. Everything else goes to the CLI.
const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs')
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.write(`${version}\n`)
} else {
  const { main } = await import('../dist/bundle/main.js')
  process.exitCode = await main(process.argv)
}
