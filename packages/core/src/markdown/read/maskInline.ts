// Characters micromark stops at in inline content but that decide nothing about blocks.
const INERT = /[*_&!`]/;
// What a backslash may escape where blocks are decided: table pipes, definitions, `#` closers.
const STRUCTURAL_AFTER_BACKSLASH = /["'()[\]<>|\\#]/;
// Lines whose start (after any `>` of block quotes) may open or end a block keep every character.
const BLOCK_START = /^(?:[ \t]*>)*[ \t]*(?:[#>\-*+_=`~<|[0-9]|$)/;

/** Lines longer than this are read for blocks from their first {@link GIANT_LINE_HEAD} characters. */
export const GIANT_LINE = 16_384;
const GIANT_LINE_HEAD = 1024;
// A line of only these may be a thematic break, setext underline, table delimiter row or fence.
const PATTERN_LINE = /^[ \t]*[-*_=|:~`][-*_=|:~` \t]*[\r\n]*$/;

/**
 * A copy of a Markdown text, the same length and with the same block structure, in which the
 * characters that only matter to inline Markdown (`*`, `_`, `&`, `!`, backticks, and backslashes
 * that escape one of them) are replaced with `a`, on lines whose start cannot open a block.
 *
 * Micromark tries its inline constructs at each such character even while they are turned off,
 * which costs about a microsecond and a few events each: 5 MB of `\*` took a minute and gigabytes.
 * Block structure never depends on them there: a line that cannot start a block continues
 * whatever is open, whatever it holds. Table pipes and the characters that end HTML blocks and
 * definitions (`<`, `>`, `[`, `]`, quotes, parentheses, escapes of them) are kept.
 *
 * A line over {@link GIANT_LINE} characters (no title, description or URL is that long; a line of
 * links may be) keeps only its table pipes after its first kilobyte: what starts a block is at
 * the start of a line, and no outline holds a definition or HTML tag that long.
 */
export function maskInline(text: string): string {
  let out = '';
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = lineStart;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    while (end < text.length && (text[end] === '\n' || text[end] === '\r')) end++;
    const line = text.slice(lineStart, end);
    if (line.length > GIANT_LINE && !PATTERN_LINE.test(line)) {
      const head = line.slice(0, GIANT_LINE_HEAD);
      out += (BLOCK_START.test(head) || head.includes('|') ? head : maskLine(head)) + maskGiantTail(line.slice(GIANT_LINE_HEAD));
    } else out += BLOCK_START.test(line) || line.includes('|') ? line : maskLine(line);
    lineStart = end;
  }
  return out;
}

function maskGiantTail(tail: string): string {
  return tail.replace(/\\(?!\|)|[^|\\\r\n]/g, 'a');
}

function maskLine(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === '\\') {
      const next = line[i + 1] ?? '';
      if (STRUCTURAL_AFTER_BACKSLASH.test(next)) {
        out += char + next;
        i++;
      } else out += 'a';
    } else out += INERT.test(char) ? 'a' : char;
  }
  return out;
}
