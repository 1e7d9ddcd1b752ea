/**
 * What the app's generator worker holds, for generator.bench.ts to bundle and time as the app
 * runs it: the generator, and the tagger its floor runs.
 */
export { generateFromText } from '../src/core/generate'
export { tag } from '../src/core/extract/tagging/tag'
