import { describe, expect, it } from 'vitest'
import {
  isBytes,
  isSaveFileRequest,
  isSyncDeviceFolder,
  isSyncFile,
  isSyncFolder,
  isTrustedSender
} from './ipc-validate'
import { appLocation } from './security'

const location = appLocation(undefined, 'file:///app/out/renderer/index.html')
const request = {
  suggestedName: 'deck.csv',
  bytes: new Uint8Array([1]),
  filters: [{ name: 'CSV', extensions: ['csv'] }]
}

describe('isBytes', () => {
  it('accepts a Uint8Array (Buffer too) within the cap only', () => {
    expect(isBytes(new Uint8Array(3))).toBe(true)
    expect(isBytes(Buffer.from('x'))).toBe(true)
    expect(isBytes(new Uint8Array(4), 3)).toBe(false)
    expect(isBytes([1, 2, 3])).toBe(false)
    expect(isBytes('abc')).toBe(false)
    expect(isBytes(new ArrayBuffer(3))).toBe(false)
  })
})

describe('isSaveFileRequest', () => {
  it('accepts the contract’s shape', () => {
    expect(isSaveFileRequest(request)).toBe(true)
    expect(isSaveFileRequest({ ...request, filters: [] })).toBe(true)
  })

  it('rejects anything else', () => {
    const bad: unknown[] = [
      null,
      'deck.csv',
      { ...request, suggestedName: '' },
      { ...request, suggestedName: 'x'.repeat(256) },
      { ...request, bytes: 'abc' },
      { ...request, filters: 'csv' },
      { ...request, filters: [{ name: 'CSV', extensions: ['../csv'] }] },
      { ...request, filters: [{ name: 'CSV', extensions: 'csv' }] },
      { ...request, filters: [{ extensions: ['csv'] }] }
    ]
    for (const value of bad) expect(isSaveFileRequest(value), JSON.stringify(value)).toBe(false)
  })
})

describe('the sync folder’s places', () => {
  const folder = process.platform === 'win32' ? 'C:\\Users\\ann\\Sync' : '/home/ann/Sync'
  const device = 'aaaaaaaa-laptop'

  it('accepts an absolute folder, a device id and a chunk’s or snapshot’s name', () => {
    expect(isSyncFolder(folder)).toBe(true)
    expect(isSyncDeviceFolder(folder, device)).toBe(true)
    expect(isSyncFile(folder, device, '00000001.json')).toBe(true)
    expect(isSyncFile(folder, device, 'snapshot-00000016.json.gz')).toBe(true)
  })

  it('refuses anything that could lead out of the folder, or is not a name at all', () => {
    const bad: Array<[unknown, unknown, unknown]> = [
      ['Sync', device, '00000001.json'],
      ['', device, '00000001.json'],
      [`/${'x'.repeat(5000)}`, device, '00000001.json'],
      [42, device, '00000001.json'],
      [folder, '..', '00000001.json'],
      [folder, '../bbbbbbbb', '00000001.json'],
      [folder, 'AAAAAAAA-LAPTOP', '00000001.json'],
      [folder, null, '00000001.json'],
      [folder, device, '../00000001.json'],
      [folder, device, '.upload-00000001.json-abc'],
      [folder, device, '00000001.json/..'],
      [folder, device, 'passwd'],
      [folder, device, null],
      [folder, device, undefined]
    ]
    for (const [f, d, n] of bad) {
      expect(isSyncFile(f, d, n), JSON.stringify([f, d, n])).toBe(false)
      if (n === '00000001.json') expect(isSyncDeviceFolder(f, d)).toBe(false)
    }
  })
})

describe('isTrustedSender', () => {
  const top = { url: 'file:///app/out/renderer/index.html', parent: null }

  it('trusts the main window’s top frame on the app page', () => {
    expect(isTrustedSender({ sender: { id: 1 }, senderFrame: top }, 1, location)).toBe(true)
  })

  it('refuses other windows, subframes, other pages and gone frames', () => {
    expect(isTrustedSender({ sender: { id: 2 }, senderFrame: top }, 1, location)).toBe(false)
    expect(isTrustedSender({ sender: { id: 1 }, senderFrame: top }, null, location)).toBe(false)
    expect(
      isTrustedSender({ sender: { id: 1 }, senderFrame: { ...top, parent: {} } }, 1, location)
    ).toBe(false)
    expect(
      isTrustedSender(
        { sender: { id: 1 }, senderFrame: { url: 'https://evil.test/', parent: null } },
        1,
        location
      )
    ).toBe(false)
    expect(isTrustedSender({ sender: { id: 1 }, senderFrame: null }, 1, location)).toBe(false)
  })
})
