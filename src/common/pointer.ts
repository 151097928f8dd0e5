/** A path into a parsed document: object keys and array indexes. */
export type PathSegment = string | number
export type DocPath = readonly PathSegment[]

/** RFC 6901 JSON pointer for a path. */
export function toPointer(path: DocPath): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/** Splits an RFC 6901 pointer; array-index-looking segments become numbers. */
export function fromPointer(pointer: string): PathSegment[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s))
}
