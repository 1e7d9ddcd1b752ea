import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { articlePathsFromArgv, OpenedFiles } from './open-with'

const packaged = { cwd: '/home/me/news', defaultApp: false }
const fromSource = { cwd: '/home/me/news', defaultApp: true }

describe('articlePathsFromArgv', () => {
  it('takes "Open with" on Windows and Linux: the installed app and the file', () => {
    expect(
      articlePathsFromArgv(['/opt/Newsdeck/newsdeck', '/home/me/story.txt'], packaged)
    ).toEqual(['/home/me/story.txt'])
  })

  it('makes relative paths absolute against the directory the launch came from', () => {
    expect(articlePathsFromArgv(['newsdeck', 'story.txt', '../b.md'], packaged)).toEqual([
      join('/home/me/news', 'story.txt'),
      join('/home/me', 'b.md')
    ])
  })

  it('turns the file:// URLs Linux file managers pass (%U) into paths', () => {
    const url = pathToFileURL('/home/me/My Story.txt').href
    expect(articlePathsFromArgv(['newsdeck', url], packaged)).toEqual(['/home/me/My Story.txt'])
  })

  it('skips switches wherever they are, the app entry when run from source, and other files', () => {
    const argv = [
      '/usr/lib/electron/electron',
      '--inspect=0',
      '--remote-debugging-port=0',
      'out/main/index.js',
      '--no-sandbox',
      'story.TXT',
      'photo.png',
      'https://example.org/a.txt',
      'newsdeck://open',
      ''
    ]
    expect(articlePathsFromArgv(argv, fromSource)).toEqual([join('/home/me/news', 'story.TXT')])
  })

  it('finds nothing on a plain start, and lists a file named twice once', () => {
    expect(articlePathsFromArgv(['/opt/Newsdeck/newsdeck'], packaged)).toEqual([])
    expect(articlePathsFromArgv(['electron', '.'], fromSource)).toEqual([])
    expect(articlePathsFromArgv(['newsdeck', 'a.txt', './a.txt'], packaged)).toHaveLength(1)
  })
})

describe('OpenedFiles', () => {
  it('holds a file opened before the window listens, then delivers it once', () => {
    const files = new OpenedFiles()
    files.add(['/a.txt'])
    const deliver = vi.fn()
    files.ready(deliver)
    expect(deliver.mock.calls).toEqual([['/a.txt']])
    files.ready(deliver)
    expect(deliver).toHaveBeenCalledTimes(1)
  })

  it('delivers at once while the window listens, and holds again after a reload', () => {
    const files = new OpenedFiles()
    const deliver = vi.fn()
    files.ready(deliver)
    files.add(['/b.txt'])
    expect(deliver.mock.calls).toEqual([['/b.txt']])
    files.notReady()
    files.add(['/c.txt'])
    expect(deliver).toHaveBeenCalledTimes(1)
    const again = vi.fn()
    files.ready(again)
    expect(again.mock.calls).toEqual([['/c.txt']])
  })

  it('previews the newest when several arrive before the window listens', () => {
    const files = new OpenedFiles()
    files.add(['/1.txt', '/2.txt'])
    files.add([])
    files.add(['/3.txt'])
    const deliver = vi.fn()
    files.ready(deliver)
    expect(deliver.mock.calls).toEqual([['/3.txt']])
  })
})
