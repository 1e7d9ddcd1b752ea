import { describe, expect, it } from 'vitest'
import { playwrightFailures, summariseVitest, vitestFailures } from './test-totals.mjs'

/**
 * CI keeps only the tail of `npm test`. The tail must therefore say which tests failed and
 * why, not only how many did.
 */
describe('the failures listed at the end of npm test', () => {
  it('name each failed unit test with the first line of its error, and a file that did not load', () => {
    const report = {
      numFailedTests: 1,
      testResults: [
        {
          name: `${process.cwd()}/src/core/a.test.ts`,
          status: 'failed',
          assertionResults: [
            { status: 'passed', title: 'works', fullName: 'a works' },
            {
              status: 'failed',
              title: 'adds',
              fullName: 'a adds',
              failureMessages: ['\u001b[31mAssertionError: expected 3 to be 4\u001b[39m\n    at x']
            }
          ]
        },
        {
          name: `${process.cwd()}/src/core/b.test.ts`,
          status: 'failed',
          message: 'SyntaxError: x',
          assertionResults: []
        },
        { name: `${process.cwd()}/src/core/c.test.ts`, status: 'passed', assertionResults: [] }
      ]
    }
    expect(vitestFailures(report)).toEqual([
      'src/core/a.test.ts › a adds: AssertionError: expected 3 to be 4',
      'src/core/b.test.ts: SyntaxError: x'
    ])
    expect(summariseVitest(report).failed).toBe(1)
  })

  it('name each unexpected end-to-end outcome with its describe titles and last error', () => {
    const report = {
      stats: { expected: 1, unexpected: 1 },
      suites: [
        {
          title: 'review.spec.ts',
          file: 'review.spec.ts',
          specs: [
            { title: 'fine', file: 'review.spec.ts', tests: [{ status: 'expected', results: [] }] }
          ],
          suites: [
            {
              title: 'at 420 px, dark',
              file: 'review.spec.ts',
              specs: [
                {
                  title: 'grades',
                  file: 'review.spec.ts',
                  tests: [
                    {
                      status: 'unexpected',
                      results: [
                        { error: { message: 'first try' } },
                        { error: { message: '\nError: Timed out 5000ms\n  more' } }
                      ]
                    }
                  ]
                }
              ]
            }
          ]
        }
      ]
    }
    expect(playwrightFailures(report)).toEqual([
      'review.spec.ts › at 420 px, dark › grades: Error: Timed out 5000ms'
    ])
  })

  it('say so when a runner wrote no report at all', () => {
    expect(vitestFailures(null)).toEqual(['unit tests: the runner wrote no report'])
    expect(playwrightFailures(null)).toEqual(['end-to-end tests: the runner wrote no report'])
  })
})
