/** A piece of a file name that is safe on Windows, macOS and Linux: no reserved or control characters. */
export function safeFileNamePart(text: string): string {
  return text
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 80);
}
