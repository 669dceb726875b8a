/** Where a line ends: the offset of its line ending (or of the end of the text). */
export function lineEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return i;
  }
  return text.length;
}

/** Where the next line starts after the line that ends at `end` (`\r\n`, `\n` or `\r`). */
export function nextLineStart(text: string, end: number): number {
  if (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a) return end + 2;
  return Math.min(end + 1, text.length);
}

/** The first line start at or after `at` (the end of the text when there is none). */
export function lineStartFrom(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const code = text.charCodeAt(at - 1);
  if ((code === 0x0a) || (code === 0x0d && text.charCodeAt(at) !== 0x0a)) return at;
  return nextLineStart(text, lineEnd(text, at));
}

/** How many line endings lie between `from` and `to`. */
export function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) lines++;
  }
  return lines;
}

/** Whether a line (without its line ending) holds only spaces and tabs. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** The column after `char` at column `column`: tabs advance to the next multiple of 4. */
export function advance(char: string, column: number): number {
  return char === '\t' ? column + 4 - (column % 4) : column + 1;
}
