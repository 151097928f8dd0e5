import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline/promises'
import type { Command } from 'commander'
import { UserError } from '../../common/errors.js'
import { requestTimeoutMs } from '../../common/timeout.js'
import type { Provider } from '../../tmi/login.js'
import { colours } from '../output.js'
import { parsePort, type GlobalOptions } from '../options.js'
import { tmiClient, tmiUrl } from './plan-options.js'

interface LoginFlags {
  tmiUrl?: string
  idp?: string
  port?: string
  loginHint?: string
  browser: boolean
}

/** `tmi-sync login`, `logout` and `whoami`: a person's TMI session, kept in a 0600 file per TMI. */
export function registerSession(program: Command, global: () => GlobalOptions): void {
  program
    .command('login')
    .description('sign in to TMI as a person (OAuth with PKCE in your browser), so apply can write')
    .option('--tmi-url <url>', 'TMI server (default: $TMI_URL)')
    .option('--idp <name>', "which of TMI's identity providers (asked when there are several)")
    .option('--port <port>', 'loopback port for the redirect back from TMI (default: a free one)')
    .option('--login-hint <user>', "who signs in (TMI's development provider signs in exactly this user)")
    .option('--no-browser', 'print the sign-in URL instead of opening a browser')
    .addHelpText(
      'after',
      `
The browser comes back to http://127.0.0.1:PORT/callback. TMI accepts it only if its operator
allows it: TMI_OAUTH_CLIENT_CALLBACK_ALLOWLIST=http://127.0.0.1:* (or the exact URL with --port).
The session is saved in $XDG_CONFIG_HOME/tmi-sync/credentials/ (mode 0600), one file per TMI, or
in $TMI_CREDENTIALS_FILE, and refreshed as it is used. $BROWSER chooses the browser.

Examples:
  $ tmi-sync login --tmi-url https://tmi.example.com
  $ tmi-sync login --tmi-url https://tmi.example.com --idp github --port 8765
  $ TMI_CREDENTIALS_FILE=/secrets/tmi.json tmi-sync login   # for a cron job to use later`,
    )
    .action(async (flags: LoginFlags) => {
      const [{ credentialsPath, writeSession }, { login }] = await Promise.all([
        import('../../tmi/credentials.js'),
        import('../../tmi/login.js'),
      ])
      const base = tmiUrl(flags)
      const port = parsePort(flags.port ?? '0')
      const file = credentialsPath(base)
      const session = await login({
        baseUrl: base,
        port,
        ...(flags.idp ? { idp: flags.idp } : {}),
        ...(flags.loginHint ? { loginHint: flags.loginHint } : {}),
        requestTimeoutMs: requestTimeoutMs(),
        chooseProvider: askProvider,
        openUrl: (url) => showUrl(url, flags.browser),
      })
      await writeSession(file, session)
      if (!global().quiet)
        process.stderr.write(
          `${colours().green('✔')} signed in to ${session.tmi_url} as ${describeUser(session.user)}; session saved in ${file}\n`,
        )
      // TMI's development provider signs in a random testuser-… for a hint it does not take (3 to
      // 20 of a-z, 0-9 and -), and says nothing: say it here.
      const hint = flags.loginHint?.trim().toLowerCase()
      if (hint && session.user.provider === 'tmi' && session.user.provider_id !== hint)
        process.stderr.write(
          `${colours().yellow('!')} TMI signed in ${session.user.provider_id}, not "${flags.loginHint}": its development provider takes a login hint of 3 to 20 letters, digits and hyphens\n`,
        )
    })

  program
    .command('logout')
    .description('revoke the saved TMI session at TMI and delete it here')
    .option('--tmi-url <url>', 'TMI server (default: $TMI_URL)')
    .action(async (flags: { tmiUrl?: string }) => {
      const [{ userSession }, { credentialsPath, deleteSession, readSession }, { revoke }] =
        await Promise.all([
          import('../../tmi/auth.js'),
          import('../../tmi/credentials.js'),
          import('../../tmi/login.js'),
        ])
      const base = tmiUrl(flags)
      const file = credentialsPath(base)
      if (!(await readSession(file))) {
        process.stderr.write(`not signed in to ${base} (no ${file})\n`)
        return
      }
      let revoked = false
      try {
        // A valid access token first (refreshed if it expired): TMI's revoke needs one.
        const timeoutMs = requestTimeoutMs()
        await userSession({ baseUrl: base, file, timeoutMs }).token()
        const current = await readSession(file)
        if (current) revoked = await revoke(base, current, globalThis.fetch, timeoutMs)
      } catch (e) {
        if (!(e instanceof UserError)) throw e
      }
      await deleteSession(file)
      process.stderr.write(
        revoked
          ? `signed out of ${base}: TMI revoked the session, and ${file} is deleted\n`
          : `signed out here (${file} is deleted), but TMI did not confirm the revocation: the session ends when it expires\n`,
      )
    })

  program
    .command('whoami')
    .description('who TMI sees with the credentials tmi-sync would use, and whether they can write')
    .option('--tmi-url <url>', 'TMI server (default: $TMI_URL)')
    .option('--json', 'print it as JSON')
    .action(async (flags: { tmiUrl?: string; json?: boolean }) => {
      const client = await tmiClient(flags)
      const [me, principal] = await Promise.all([client.me(), client.principal()])
      const from = client.credentialsOrigin
      const serviceAccount = principal === 'service-account'
      const canWrite = serviceAccount ? false : principal === 'user' ? true : null
      if (flags.json) {
        process.stdout.write(
          JSON.stringify(
            {
              tmi_url: client.core.baseUrl,
              provider: me.provider,
              provider_id: me.provider_id,
              email: me.email,
              display_name: me.display_name,
              credentials: from,
              kind: principal,
              can_write: canWrite,
            },
            null,
            2,
          ) + '\n',
        )
        return
      }
      process.stdout.write(`${describeUser(me)} on ${client.core.baseUrl}\n`)
      process.stdout.write(`credentials: ${from}\n`)
      process.stdout.write(
        serviceAccount
          ? 'can write: no (a service account reads, creates threat models and invokes addons; see tmi-sync login)\n'
          : canWrite
            ? 'can write: yes, wherever TMI gives this user writer access\n'
            : 'can write: unknown (an opaque token): apply stops at the first refusal\n',
      )
    })
}

function describeUser(u: {
  display_name?: string
  email?: string
  provider?: string
  provider_id?: string
}): string {
  return `${u.display_name ?? u.provider_id ?? '?'} <${u.email ?? '?'}> (${u.provider ?? '?'}:${u.provider_id ?? '?'})`
}

async function askProvider(providers: Provider[]): Promise<string> {
  if (!process.stdin.isTTY)
    throw new UserError(
      `TMI offers several identity providers (${providers.map((p) => p.id).join(', ')}): choose one with --idp`,
    )
  process.stderr.write('TMI offers these identity providers:\n')
  providers.forEach((p, i) => process.stderr.write(`  ${i + 1}. ${p.name} (${p.id})\n`))
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  const answer = (await rl.question('Sign in with which one? ')).trim()
  rl.close()
  const chosen = providers[Number(answer) - 1] ?? providers.find((p) => p.id === answer)
  if (!chosen) throw new UserError(`no provider "${answer}"`, 2)
  return chosen.id
}

/** The sign-in page: always printed (on stderr), and opened in a browser where there is one. */
async function showUrl(url: string, browser: boolean): Promise<void> {
  process.stderr.write(`To sign in to TMI, open:\n  ${url}\n`)
  if (!browser) return
  const opener = browserCommand()
  if (!opener) return
  await new Promise<void>((resolve) => {
    const child = spawn(opener[0] as string, [...opener.slice(1), url], { stdio: 'ignore', detached: true })
    child.on('error', () => resolve())
    child.on('spawn', () => {
      child.unref()
      resolve()
    })
  })
}

function browserCommand(): string[] | undefined {
  if (process.env.BROWSER) return [process.env.BROWSER]
  if (process.platform === 'darwin') return ['open']
  if (process.platform === 'win32') return ['rundll32', 'url.dll,FileProtocolHandler']
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return ['xdg-open']
  return undefined
}
