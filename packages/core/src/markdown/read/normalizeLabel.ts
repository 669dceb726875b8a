/**
 * A link label as Markdown compares labels, and as mdast writes a definition's `identifier`:
 * runs of blanks and line endings become one space, the ends are trimmed and case is folded.
 * (The same steps as micromark's `normalizeIdentifier`, then lower case, as mdast does.)
 */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}
