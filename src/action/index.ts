import { run } from './main.js'

// The runner starts this file (action.yml `runs.main`): one bundle, no node_modules, no npx.
await run()
