// `npm run bench`: performance targets live here, not in timed tests. Medians, 2-core machine.
import { benchClient } from './bench/client.js'
import { benchValidation } from './bench/validate.js'

console.log('# Validation')
const validation = await benchValidation()
console.log('\n# TMI client and emulator')
const client = await benchClient()
if (!validation || !client) process.exitCode = 1
