/**
 * Which of several TMI objects claiming one identity is the one: the earliest created, then the
 * smallest id. Every run reading the same objects picks the same one, so two applies that raced
 * and each created a copy agree which copy stays, without talking to each other.
 */
export function earliest<T extends { id: string; created_at?: string | undefined }>(claimants: T[]): T {
  const time = (c: T) => {
    const t = c.created_at ? Date.parse(c.created_at) : NaN
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t
  }
  return claimants.reduce((a, b) =>
    time(a) !== time(b) ? (time(a) < time(b) ? a : b) : a.id.toLowerCase() <= b.id.toLowerCase() ? a : b,
  )
}
