/**
 * What this build of tmi-sync is: a digest of its compiled code and schemas, written over this
 * file's output by `npm run build` (scripts/build-id.js). Anything cached by what the code made
 * (`engine/validate/desired-cache.ts`) is keyed by it, so a changed tool never reads an old entry.
 * Run from its TypeScript sources (tests) or bundled (the Action), it has none, and caches nothing.
 */
export const BUILD_ID: string | undefined = undefined
