import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The architecture rules in eslint.config.mjs, tried on code that breaks them. Linted as if
 * the code lived at the given path, so each rule's file globs are part of what is tested.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

const uses = [
  'export const version = window.api?.appVersion()',
  "export const version = globalThis['api']?.appVersion()",
  'const { api } = window\nexport const version = api?.appVersion()',
  'export const version = (window as { api?: { x: 1 } }).api'
]

describe('only lib/platform touches window.api', () => {
  it.each(uses)('flags `%s` in a screen', async (code) => {
    expect(await messages(code, 'src/renderer/src/screens/Library/probe.ts')).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Only src\/renderer\/src\/lib\/platform/)
    ])
  })

  it('flags it in a Svelte component and in lib/state too', async () => {
    const svelte = '<script lang="ts">\n  const api = window.api\n</script>\n<p>{api}</p>\n'
    expect(await messages(svelte, 'src/renderer/src/lib/components/Probe.svelte')).toHaveLength(1)
    expect(await messages(uses[0]!, 'src/renderer/src/lib/state/probe.ts')).toHaveLength(1)
  })

  it('allows it in lib/platform, and allows other things named api', async () => {
    expect(await messages(uses[0]!, 'src/renderer/src/lib/platform/probe.ts')).toEqual([])
    const other = 'const client = { api: 1 }\nexport const n = client.api + window.innerWidth'
    expect(await messages(other, 'src/renderer/src/screens/Library/probe.ts')).toEqual([])
  })
})
