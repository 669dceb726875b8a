/**
 * Deepest nesting of lists and block quotes the importer lets the Markdown parser see. Topics nest
 * at most `LIMITS.maxTopicDepth` (6) levels, so this is far beyond any valid outline; it exists
 * because the parser slows down sharply with nesting (10,000 levels in 20 kB take minutes).
 */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * Finds the first line that may open more than {@link MAX_MARKDOWN_NESTING} nested lists or block
 * quotes, before any parsing. The estimate counts the list markers and `>` that open the line
 * plus one level per two columns of indentation in front of them (the least a nested list
 * needs), so it can only over-count, never miss.
 *
 * @returns the 1-based line and its estimated depth, or `undefined` when no line is too deep.
 */
export function findDeepNesting(text: string): { line: number; depth: number } | undefined {
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const depth = estimateDepth(text, at, end);
    if (depth > MAX_MARKDOWN_NESTING) return { line, depth };
    at = end + 1;
    line++;
  }
  return undefined;
}

function estimateDepth(text: string, start: number, end: number): number {
  let columns = 0;
  let markers = 0;
  let kinds = '';
  let i = start;
  while (i < end) {
    const char = text[i]!;
    // Only the indentation in front of the first marker; blanks after a marker belong to it.
    if (char === ' ') columns += markers ? 0 : 1;
    else if (char === '\t') columns += markers ? 0 : 4;
    else if (char === '>' || ((char === '-' || char === '*' || char === '+') && isGap(text[i + 1]))) {
      markers++;
      if (!kinds.includes(char)) kinds += char;
    }
    else if (char >= '0' && char <= '9') {
      let j = i;
      while (j < end && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if ((text[j] !== '.' && text[j] !== ')') || !isGap(text[j + 1])) break;
      markers++;
      kinds += '1';
      i = j;
    } else break;
    i++;
  }
  // "- - - -" or "* * * *" alone is a thematic break, however long, and parses quickly.
  if (i >= end && (kinds === '-' || kinds === '*')) return 0;
  return markers ? markers + Math.floor(columns / 2) : 0;
}

function isGap(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === undefined;
}
