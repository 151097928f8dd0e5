import { describe, expect, it } from 'vitest'
import { summarise, type ModelPlan, type Plan } from '../../src/reconcile/plan.js'
import { renderMarkdown, renderText } from '../../src/reconcile/render.js'

const model = (changes: ModelPlan['changes']): ModelPlan => ({
  source: 'default',
  key: 'shop',
  file: 'models/shop_v2.tm.yaml',
  name: 'Shop <b>',
  action: 'update',
  threat_model_id: '6f1c3a52-3b64-4c1e-9d0e-1f2a3b4c5d6e',
  is_confidential: false,
  server_authorization: [],
  remote_fingerprint: 'abc',
  changes,
})
const plan = (models: ModelPlan[]): Plan => ({
  format: 1,
  tool: 'tmi-sync',
  created_at: '2026-11-25T00:00:00Z',
  tmi_url: 'https://tmi.example.com',
  source: 'default',
  options: { prune: false, on_drift: 'fail' },
  models,
  summary: summarise(models),
})
const severity = {
  kind: 'threat' as const,
  key: 'sqli',
  name: 'SQL injection',
  action: 'update' as const,
  reason: 'changed in the file',
  changes: [{ field: 'severity', old: 'high', new: 'critical' }],
}

describe('rendering a plan', () => {
  it('prints text like Terraform: one line per object, fields old → new, and a summary', () => {
    const text = renderText(
      plan([
        model([
          severity,
          {
            kind: 'asset',
            key: 'db',
            name: 'Orders',
            action: 'orphan',
            reason: 'no longer in the file',
            changes: [],
          },
          {
            kind: 'note',
            key: 'n',
            name: 'Note',
            action: 'unchanged',
            reason: 'matches the file',
            changes: [],
          },
        ]),
      ]),
    )
    expect(text).toBe(
      [
        '# shop (models/shop_v2.tm.yaml) will be updated',
        '  ~ threat sqli "SQL injection"  # changed in the file',
        '      severity: "high" → "critical"',
        '  ? asset db "Orders"  # no longer in the file',
        '',
        'Plan: 0 to create, 1 to update, 0 to delete. 1 orphaned (not in the files; --prune deletes them).',
        '',
      ].join('\n'),
    )
  })

  it('says "No changes" when there are none', () => {
    expect(renderText(plan([model([])]))).toBe('No changes. TMI matches the files (1 model).\n')
  })

  it('never says TMI matches the files beside orphans or skipped conflicts', () => {
    const orphan = { ...severity, action: 'orphan' as const, reason: 'no longer in the file', changes: [] }
    const skipped = {
      ...severity,
      key: 'xss',
      action: 'skip' as const,
      reason: 'changed in TMI',
      changes: [],
    }
    const text = renderText(plan([model([orphan, skipped])]))
    expect(text).not.toContain('TMI matches the files')
    expect(text.trim().split('\n').pop()).toBe(
      'No changes to make (1 model), but TMI does not match the files: 1 orphaned (not in the files; --prune deletes them). 1 skipped (--on-drift=skip).',
    )
  })

  it('makes text from the files inert in a pull-request comment', () => {
    const md = renderMarkdown(
      plan([
        model([
          {
            ...severity,
            name: '@security-team | <img src=x onerror=alert(1)> [click](javascript:x) *bold*',
          },
        ]),
      ]),
    )
    expect(md).toContain('| 0 | 1 | 0 | 0 | 0 |')
    expect(md).toContain('<summary><code>models/shop_v2.tm.yaml</code>: Shop &lt;b&gt; (1 change)</summary>')
    const row = md.split('\n').find((l) => l.startsWith('| ~ |'))!
    expect(row).toBe(
      '| ~ | threat `sqli` @\u200bsecurity-team \\| &lt;img src=x onerror=alert(1)&gt; \\[click\\](javascript:x) \\*bold\\* | changed in the file: severity: "high" → "critical" |',
    )
    expect(md).not.toMatch(/<img|@security/)
  })

  it("keeps GitHub's autolinks, issue references and emoji out of names and TMI's values", () => {
    const hostile = 'See https://evil.example.com/x, www.evil.example.com, #1234, GH-77 and :smile:'
    const md = renderMarkdown(
      plan([
        model([
          {
            ...severity,
            name: hostile,
            changes: [
              { field: 'description', old: 'Edited at http://phish.example.net #9', new: 'www.ok.example' },
            ],
          },
        ]),
      ]),
    )
    for (const live of [
      'https://evil',
      'www.evil',
      '#1234',
      'GH-77',
      ':smile:',
      'http://phish',
      '#9',
      'www.ok',
    ])
      expect(md, live).not.toContain(live)
    // What a reader sees is still the text.
    expect(md.replace(/\u200b/g, '')).toContain(
      'https://evil.example.com/x, www.evil.example.com, #1234, GH-77 and :smile:',
    )
  })
})
