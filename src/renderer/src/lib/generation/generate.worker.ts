/// <reference lib="webworker" />
// Card generation runs here so that a long article never freezes the window.
import { generateFromText } from '@core/generate'
import { isUserFacingError } from '@core/errors'
import type { GenerateRequest, GenerateResponse } from './messages'

self.onmessage = (event: MessageEvent<GenerateRequest>) => {
  const { id, text } = event.data
  let response: GenerateResponse
  try {
    response = { id, ok: true, extraction: generateFromText(text) }
  } catch (error) {
    if (!isUserFacingError(error)) throw error
    response = { id, ok: false, code: error.code, message: error.message }
  }
  self.postMessage(response)
}
