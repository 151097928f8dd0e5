import { writeFile } from 'node:fs/promises'
import { Option, type Command } from 'commander'
import { UserError } from '../../common/errors.js'
import { colours, formatDiagnostic } from '../output.js'
import { checkOutputFile } from '../options.js'

interface RenderFlags {
  diagram?: string
  format: 'svg' | 'mermaid'
  out?: string
}

export function registerRender(program: Command): void {
  program
    .command('render')
    .description("draw a model's diagram: SVG (as the watch preview shows it) or a Mermaid flowchart")
    .argument('<model>', 'a model file (native or Threat Dragon)')
    .option('--diagram <key>', 'which diagram (needed when the model has several)')
    .addOption(new Option('--format <format>', 'svg or mermaid').choices(['svg', 'mermaid']).default('svg'))
    .option('--out <file>', 'write it to a file instead of standard output')
    .action(async (model: string, flags: RenderFlags) => {
      checkOutputFile('--out', flags.out)
      const { validatePaths } = await import('../../engine/validate/validate.js')
      const { desiredModel } = await import('../../model/desired.js')
      const { mermaidFlowchart } = await import('../../draw/mermaid.js')
      const { svgDiagram, threatCounts } = await import('../../draw/svg.js')
      const [file] = (await validatePaths([model])).files
      if (!file?.model) {
        for (const d of file?.diagnostics.filter((x) => x.severity === 'error') ?? [])
          process.stdout.write(formatDiagnostic(d, colours()) + '\n')
        throw new UserError(`${model} is invalid: nothing drawn`, 1)
      }
      const diagrams = file.model.diagrams ?? []
      const keys = diagrams.map((d) => d.key).join(', ')
      const diagram = flags.diagram ? diagrams.find((d) => d.key === flags.diagram) : diagrams[0]
      if (!diagram)
        throw new UserError(
          `${model} has no diagram${flags.diagram ? ` "${flags.diagram}" (it has: ${keys || 'none'})` : ''}`,
          2,
        )
      if (!flags.diagram && diagrams.length > 1)
        throw new UserError(`${model} has ${diagrams.length} diagrams: name one with --diagram (${keys})`, 2)
      let text: string
      if (flags.format === 'svg') text = svgDiagram(diagram, threatCounts(file.model).get(diagram.key))
      else {
        const stored = desiredModel(file.model, file.file).objects.find(
          (o) => o.kind === 'diagram' && o.key === diagram.key,
        )
        text = mermaidFlowchart((stored?.fields.cells ?? []) as Array<Record<string, unknown>>)
      }
      if (flags.out) await writeFile(flags.out, text + '\n')
      else process.stdout.write(text + '\n')
    })
}
