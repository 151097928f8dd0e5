import type { DocPath } from '../common/pointer.js'
import { ITEM_KINDS, isEdge, type Cell, type NodeCell, type ThreatModelFile } from '../format/native.js'
import { error, type Finding } from './finding.js'

/**
 * Checks what a schema cannot: keys unique within a kind, cell ids unique in the model, and every
 * reference (threat → asset/diagram/cell, edge → source/target, node → parent/children,
 * cell → assets) pointing at something that exists where it must.
 */
export function checkReferences(model: ThreatModelFile): Finding[] {
  const findings: Finding[] = []
  for (const kind of ITEM_KINDS) {
    const seen = new Map<string, number>()
    ;(model[kind] ?? []).forEach((item, i) => {
      const first = seen.get(item.key)
      if (first !== undefined) {
        findings.push(
          error(
            [kind, i, 'key'],
            'ref.duplicate-key',
            `${kind} key "${item.key}" is already used by ${kind}[${first}]`,
          ),
        )
      } else seen.set(item.key, i)
    })
  }
  const assetKeys = new Set((model.assets ?? []).map((a) => a.key))
  const cellsByDiagram = new Map<string, Map<string, Cell>>()
  const diagramOfCell = new Map<string, string>()
  ;(model.diagrams ?? []).forEach((diagram, di) => {
    const cells = new Map<string, Cell>()
    ;(diagram.cells ?? []).forEach((cell, ci) => {
      const other = diagramOfCell.get(cell.id)
      if (other !== undefined) {
        findings.push(
          error(
            ['diagrams', di, 'cells', ci, 'id'],
            'ref.duplicate-cell-id',
            `cell id "${cell.id}" is already used in diagram "${other}"; cell ids must be unique in a model`,
          ),
        )
      } else diagramOfCell.set(cell.id, diagram.key)
      cells.set(cell.id, cell)
    })
    if (!cellsByDiagram.has(diagram.key)) cellsByDiagram.set(diagram.key, cells)
    ;(diagram.cells ?? []).forEach((cell, ci) => {
      findings.push(...checkCell(cell, ['diagrams', di, 'cells', ci], cells, assetKeys, diagram.key))
    })
  })
  ;(model.threats ?? []).forEach((threat, ti) => {
    const at: DocPath = ['threats', ti]
    if (threat.asset !== undefined && !assetKeys.has(threat.asset)) {
      findings.push(
        error(
          [...at, 'asset'],
          'ref.unknown-asset',
          `threat refers to asset "${threat.asset}", which is not among this model's assets`,
        ),
      )
    }
    const cells = threat.diagram !== undefined ? cellsByDiagram.get(threat.diagram) : undefined
    if (threat.diagram !== undefined && !cells) {
      findings.push(
        error(
          [...at, 'diagram'],
          'ref.unknown-diagram',
          `threat refers to diagram "${threat.diagram}", which is not among this model's diagrams`,
        ),
      )
    }
    if (threat.cell === undefined) return
    if (threat.diagram === undefined) {
      const where = diagramOfCell.get(threat.cell)
      findings.push(
        error(
          [...at, 'cell'],
          'ref.cell-outside-diagram',
          `threat names cell "${threat.cell}" but no diagram${where ? ` (the cell is in diagram "${where}")` : ''}; add diagram:`,
        ),
      )
    } else if (cells && !cells.has(threat.cell)) {
      const where = diagramOfCell.get(threat.cell)
      findings.push(
        error(
          [...at, 'cell'],
          'ref.unknown-cell',
          `diagram "${threat.diagram}" has no cell "${threat.cell}"${where ? ` (it is in diagram "${where}")` : ''}`,
        ),
      )
    }
  })
  return findings
}

function checkCell(
  cell: Cell,
  at: DocPath,
  cells: Map<string, Cell>,
  assetKeys: Set<string>,
  diagram: string,
): Finding[] {
  const findings: Finding[] = []
  const missing = (id: string) => !cells.has(id)
  if (isEdge(cell)) {
    for (const end of ['source', 'target'] as const) {
      const id = cell[end].cell
      if (missing(id)) {
        findings.push(
          error(
            [...at, end, 'cell'],
            'ref.unknown-edge-end',
            `edge ${end} "${id}" is not a cell of diagram "${diagram}"`,
          ),
        )
      } else if (isEdge(cells.get(id) as Cell)) {
        findings.push(
          error(
            [...at, end, 'cell'],
            'ref.edge-end-not-node',
            `edge ${end} "${id}" is an edge; edges connect nodes`,
          ),
        )
      }
    }
    return findings
  }
  const node: NodeCell = cell
  if (node.parent && missing(node.parent)) {
    findings.push(
      error(
        [...at, 'parent'],
        'ref.unknown-parent',
        `parent "${node.parent}" is not a cell of diagram "${diagram}"`,
      ),
    )
  }
  ;(node.children ?? []).forEach((child, i) => {
    if (missing(child))
      findings.push(
        error(
          [...at, 'children', i],
          'ref.unknown-child',
          `child "${child}" is not a cell of diagram "${diagram}"`,
        ),
      )
  })
  ;(node.assets ?? []).forEach((key, i) => {
    if (!assetKeys.has(key))
      findings.push(
        error(
          [...at, 'assets', i],
          'ref.unknown-asset',
          `cell refers to asset "${key}", which is not among this model's assets`,
        ),
      )
  })
  return findings
}
