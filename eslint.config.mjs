import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import svelteConfig from './svelte.config.mjs'

// Dependency direction (see README "Architecture"): each layer may only import what is below it.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }]
})
const uiAndPlatform = [
  { group: ['electron', 'electron/*'], message: 'Only src/main and src/preload talk to Electron.' },
  { group: ['svelte', 'svelte/*', '*.svelte'], message: 'core and shared are UI-free.' },
  { group: ['dexie', 'dexie/*'], message: 'Only src/renderer/src/lib/db imports Dexie.' },
  { group: ['node:*', 'fs', 'path', 'os'], message: 'core and shared run in the browser too.' }
]

// window.api, globalThis['api'], (window as X).api, window!.api and `const { api } = window`.
const GLOBAL_OBJECT = '/^(window|globalThis|self|top|parent|frames)$/'
const API = ":matches([property.name='api'], [property.value='api'])"
const windowApiSelectors = [
  `MemberExpression[object.name=${GLOBAL_OBJECT}]${API}`,
  `MemberExpression[object.expression.name=${GLOBAL_OBJECT}]${API}`,
  `VariableDeclarator[init.name=${GLOBAL_OBJECT}] > ObjectPattern > Property[key.name='api']`
]
const WINDOW_API_MESSAGE =
  'Only src/renderer/src/lib/platform touches window.api; call platform() or appShell() instead.'

export default tseslint.config(
  {
    ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.reports/']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig
      }
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      ...restrict([
        ...uiAndPlatform,
        {
          group: ['**/renderer/**', '**/main/**', '**/preload/**'],
          message: 'core and shared import nothing above them.'
        }
      ]),
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core takes `now` as an argument.' }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    ignores: ['src/renderer/src/lib/db/**'],
    rules: restrict([
      {
        group: ['dexie', 'dexie/*'],
        message: 'Only lib/db imports Dexie; go through its repositories.'
      },
      {
        group: ['electron', 'electron/*', '**/main/**'],
        message: 'The renderer reaches the desktop only through lib/platform.'
      }
    ])
  },
  {
    // The preload's window.api is reached only through lib/platform, which gives the web build
    // its fallbacks; anywhere else a call would work on the desktop and break the web build.
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    ignores: ['src/renderer/src/lib/platform/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...windowApiSelectors.map((selector) => ({ selector, message: WINDOW_API_MESSAGE }))
      ]
    }
  },
  {
    // Record types may be named; the database itself may not be reached from a component.
    files: ['src/renderer/src/lib/components/**', 'src/renderer/src/screens/**/*.svelte'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/db', '**/lib/db/*', 'dexie'],
              allowTypeImports: true,
              message: 'Components read state; they do not query the database.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict([
      { group: ['**/renderer/**', 'svelte', 'dexie'], message: 'main never imports the renderer.' }
    ])
  }
)
