/** Threat Dragon's vocabularies mapped onto TMI's (threat-dragon.md §6.3, §6.4). */

export const FRAMEWORKS: Record<string, 'STRIDE' | 'CIA' | 'DIE' | 'LINDDUN' | 'PLOT4ai'> = {
  STRIDE: 'STRIDE',
  CIA: 'CIA',
  CIADIE: 'DIE',
  DIE: 'DIE',
  LINDDUN: 'LINDDUN',
  PLOT4AI: 'PLOT4ai',
}

export function mapFramework(diagramType: string | null | undefined) {
  return diagramType ? FRAMEWORKS[diagramType.toUpperCase()] : undefined
}

/** TD severity → TMI severity; `exact` is false when the TD value has no TMI counterpart. */
export function mapSeverity(value: string | null | undefined): { severity: string; exact: boolean } {
  const v = (value ?? '').trim().toLowerCase()
  if (['low', 'medium', 'high', 'critical'].includes(v)) return { severity: v, exact: true }
  if (v === '' || v === 'tbd') return { severity: 'unknown', exact: true }
  return { severity: 'unknown', exact: false }
}

/** TD status → TMI status (+ `mitigated`); `exact` is false when TMI has no equivalent. */
export function mapStatus(value: string | null | undefined): {
  status: string
  mitigated: boolean
  exact: boolean
} {
  switch ((value ?? '').trim().toLowerCase()) {
    case '':
    case 'open':
      return { status: 'open', mitigated: false, exact: true }
    case 'mitigated':
      return { status: 'resolved', mitigated: true, exact: true }
    case 'accepted':
      return { status: 'accepted', mitigated: false, exact: true }
    case 'notapplicable':
      return { status: 'false_positive', mitigated: false, exact: true }
    case 'transferred':
    case 'avoided':
      return { status: 'closed', mitigated: false, exact: false }
    case 'eliminated':
      return { status: 'closed', mitigated: true, exact: false }
    default:
      return { status: 'open', mitigated: false, exact: false }
  }
}

/** TD scores are free strings; TMI wants a number 0–10 with one decimal. */
export function mapScore(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN
  if (!Number.isFinite(n) || n < 0 || n > 10) return undefined
  return Math.round(n * 10) / 10
}

/** Characters TMI forbids in names (`< > " ' &`), replaced by look-alikes that keep the meaning. */
export function cleanName(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, 'and')
    .replace(/"/g, '\u201d')
    .replace(/'/g, '\u2019')
    .replace(/</g, '\u2039')
    .replace(/>/g, '\u203a')
    .trim()
}

/** Characters TMI forbids in descriptions (`< >`). */
export function cleanDescription(text: string): string {
  return text.replace(/</g, '\u2039').replace(/>/g, '\u203a')
}

/** Labels are single-line in TMI, at most 256 characters. */
export function cleanLabel(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .slice(0, 256)
}
