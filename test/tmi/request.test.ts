import { describe, expect, it } from 'vitest'
import { staticToken } from '../../src/tmi/auth.js'
import { RequestCore } from '../../src/tmi/request.js'

/** A fake fetch that answers from a script and logs each call: for timing rules no server shows. */
function scripted(answers: Array<() => Response>, log: string[] = []): typeof fetch {
  let i = 0
  return (input) => {
    log.push(input instanceof Request ? input.url : input.toString())
    const answer = answers[Math.min(i++, answers.length - 1)] as () => Response
    return Promise.resolve(answer())
  }
}

describe('request core', () => {
  it('honours Retry-After given as an HTTP date', async () => {
    const waits: number[] = []
    const at = new Date(Date.now() + 5000).toUTCString()
    const core = new RequestCore({
      baseUrl: 'http://tmi.test',
      auth: staticToken('t'),
      fetch: scripted([
        () => new Response('', { status: 429, headers: { 'Retry-After': at } }),
        () => Response.json({ ok: true }),
      ]),
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    })
    expect((await core.request<{ ok: boolean }>('GET', '/x')).body).toEqual({ ok: true })
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeGreaterThan(3000)
    expect(waits[0]).toBeLessThanOrEqual(5000)
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0
    let peak = 0
    const slow: typeof fetch = async () => {
      peak = Math.max(peak, ++inFlight)
      await new Promise((r) => setTimeout(r, 10))
      inFlight--
      return Response.json({})
    }
    const core = new RequestCore({
      baseUrl: 'http://tmi.test',
      auth: staticToken('t'),
      fetch: slow,
      concurrency: 2,
    })
    await Promise.all(Array.from({ length: 8 }, () => core.request('GET', '/x')))
    expect(peak).toBe(2)
  })

  it('retries a 500 for idempotent calls only', async () => {
    const log: string[] = []
    const failing = () => Response.json({ error: 'server_error', error_description: 'boom' }, { status: 500 })
    const core = new RequestCore({
      baseUrl: 'http://tmi.test',
      auth: staticToken('t'),
      fetch: scripted([failing, () => Response.json({})], log),
      sleep: () => Promise.resolve(),
    })
    await core.request('PUT', '/x', { body: {} })
    expect(log).toHaveLength(2)
    const once = new RequestCore({
      baseUrl: 'http://tmi.test',
      auth: staticToken('t'),
      fetch: scripted([failing], log),
      sleep: () => Promise.resolve(),
    })
    await expect(once.request('POST', '/x', { body: {} })).rejects.toMatchObject({
      status: 500,
      code: 'server_error',
      description: 'boom',
      method: 'POST',
      path: '/x',
    })
    expect(log).toHaveLength(3)
  })
})
