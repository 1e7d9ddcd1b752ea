/** Entry point for `npm run cards`; wires the pure CLI to the file system and the process. */
import { readFileSync, statSync } from 'node:fs'
import { MAX_ARTICLE_BYTES } from '../core/generate'
import { FileReadError, runCardsCli } from './cards-cli'

function readFile(path: string): Uint8Array {
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw new FileReadError('is a directory, not a file')
    size = stat.size
  } catch (e) {
    if (e instanceof FileReadError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new FileReadError(
      code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`
    )
  }
  // Do not read a huge file into memory just to reject it; a sized stub is enough for the check.
  if (size > MAX_ARTICLE_BYTES) return new Uint8Array(size)
  try {
    return readFileSync(path)
  } catch (e) {
    throw new FileReadError(
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`
    )
  }
}

process.exitCode = runCardsCli(
  process.argv.slice(2),
  readFile,
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s)
)
