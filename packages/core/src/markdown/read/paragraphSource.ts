/**
 * The Markdown source of a paragraph (or of its tail), verbatim except for what Markdown itself
 * ignores: the indentation that places a continuation line inside a list item, line endings
 * (normalised to `\n`) and trailing blanks.
 */
export function paragraphSource(source: string, start: number, end: number): string {
  return source
    .slice(start, end)
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/^[ \t]+/, ''))
    .join('\n')
    .replace(/\s+$/, '');
}
