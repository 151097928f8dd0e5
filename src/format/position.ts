import type { Position } from '../common/diagnostic.js'

/** Maps character offsets in a text to 1-based line/column positions. Built lazily, once per text. */
export class LineIndex {
  private starts: number[] | undefined
  private readonly text: string
  constructor(text: string) {
    this.text = text
  }

  position(offset: number): Position {
    const starts = (this.starts ??= lineStarts(this.text))
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, col: offset - (starts[lo] as number) + 1 }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1)
  }
  return starts
}
