// Types for make-icons.mjs, so its TypeScript test stays strict.
export declare const PNG_SIZES: number[]
export declare function renderPng(svg: Buffer, size: number): Promise<Buffer>
export declare function makeIcons(options?: { source?: string; outDir?: string }): Promise<string[]>
