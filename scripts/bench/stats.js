export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export function report(label, value, target) {
  const verdict = target === undefined ? '' : target.ok ? `  ✔ ${target.text}` : `  ✖ ${target.text}`
  console.log(`${label.padEnd(52)} ${value}${verdict}`)
  return target === undefined || target.ok
}
