/**
 * A sentence or a quotation counts only when it has a letter or a digit in it. The sentence list
 * and the quotation finder share this one test: every quotation the finder reports then lies in
 * a sentence the article keeps, which the extractors rely on to place it.
 */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}
