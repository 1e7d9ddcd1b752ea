import { describe, expect, it } from 'vitest'
import { BackupFormatError } from '../errors'
import { indexJsonObject, type JsonField } from './backup-json'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

function list(field: JsonField | undefined, size = 2): unknown[] {
  if (field?.kind !== 'list') throw new Error('not a list')
  return [...field.list.batches(size)].flat()
}

describe('indexJsonObject', () => {
  it('finds each list element, whatever its strings and nesting hold, and parses them in slices', () => {
    const records = [
      { text: 'a "quoted" ] word, with } and [', n: 1 },
      { nested: [[1, 2], { deep: [{}] }], s: '\\' },
      'plain',
      42,
      null,
      { unicode: 'café — “curly” \u2028' }
    ]
    const json = `  {"a" : ${JSON.stringify(records, null, 2)} ,"n":5,"o":{"x":[1]},"e":[] }\n`
    const fields = indexJsonObject(bytes(json))!
    expect(list(fields.get('a'))).toEqual(records)
    expect(list(fields.get('a'), 4)).toEqual(records)
    expect(fields.get('n')).toEqual({ kind: 'value', value: 5 })
    expect(fields.get('o')).toEqual({ kind: 'value', value: { x: [1] } })
    expect(list(fields.get('e'))).toEqual([])
  })

  it('says what is not an object, and refuses what is not JSON', () => {
    expect(indexJsonObject(bytes('[1, 2]'))).toBeNull()
    expect(indexJsonObject(bytes('{}'))).toEqual(new Map())
    for (const bad of [
      '{"a": [1, 2',
      '{"a": [1 2]}',
      '{"a": [1,]}',
      '{"a": 1} x',
      '{"a" 1}',
      '{a: 1}',
      '{"a": "unterminated}',
      '{"a": [{"b": 1]]}',
      ''
    ]) {
      const fields = (): void => {
        const index = indexJsonObject(bytes(bad))
        // A list whose elements are only found to be bad when they are parsed.
        for (const field of index?.values() ?? []) if (field.kind === 'list') list(field)
      }
      expect(fields, bad).toThrow(BackupFormatError)
    }
  })

  it('never recurses, so a hundred thousand levels of nesting are just damage', () => {
    const deep = `{"a": [${'['.repeat(100_000)}1${']'.repeat(100_000)}]}`
    const fields = indexJsonObject(bytes(deep))!
    expect(fields.get('a')?.kind).toBe('list')
  })
})
