import type { Extraction } from '@core/model'

export interface GenerateRequest {
  id: number
  text: string
}

export type GenerateResponse =
  | { id: number; ok: true; extraction: Extraction }
  | { id: number; ok: false; code: string; message: string }
