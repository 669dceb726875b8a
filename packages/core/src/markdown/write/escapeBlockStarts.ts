// What may start a block at a paragraph's first line: a heading, a list item, a quote, a `~~~`
// fence, HTML. A backslash before it reads as the character itself.
const ALWAYS = /^(#{1,6}|[-+>~<])/;
// Characters the description reader gives a meaning are escaped only where they start a block,
// so an escape never turns emphasis, code or a link into text: `*` as a list marker or a
// thematic break, `_` as a thematic break, three backticks as a code fence.
const STAR_ITEM = /^\*(?=[ \t]|$)/;
const THEMATIC_BREAK = /^([*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^`{3,}(?=[^`]*$)/;
// A link reference definition, `[label]: url`, which only a paragraph's first line can start.
const DEFINITION = /^\[(?:[^[\]\\]|\\[\s\S])*\]:/;

// A line indented this far continues the paragraph above it whatever it holds (a list item, a
// heading, a table's delimiter row, a setext underline): no block but indented code starts so
// far in, and indented code cannot interrupt a paragraph. The importer drops the indentation
// again, so such a line reads back exactly as written.
const CONTINUATION = '    ';

/**
 * Writes a description so that it reads back as paragraphs, never as structure. A paragraph's
 * later lines are indented ({@link CONTINUATION}) and read back unchanged. Its first line, if it
 * would start a heading, list, quote, fence, thematic break, HTML block or link definition, gets a backslash before its first character, placed where the description reader
 * ({@link parseDescription}) reads that character as text anyway: the description shows the
 * same after the round trip. Leading blanks are dropped and runs of blank lines become one, as
 * the importer gives them back.
 *
 * One shape cannot keep its look: a paragraph that opens with a code span of three or more
 * backticks closing on a later line is a fenced code block to Markdown, so its opening
 * backticks are escaped and it comes back as text.
 */
export function escapeBlockStarts(description: string): string {
  const paragraphs = description
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/^[ \t]+/, ''))
    .join('\n')
    .split(/\n{2,}/);
  return paragraphs
    .map((paragraph) => {
      const [first = '', ...rest] = paragraph.split('\n');
      const start = DEFINITION.test(paragraph) ? `\\${first}` : escapeLine(first);
      return [start, ...rest.map((line) => CONTINUATION + line)].join('\n');
    })
    .join('\n\n')
    .trim();
}

function escapeLine(line: string): string {
  if (STAR_ITEM.test(line) || THEMATIC_BREAK.test(line)) return `\\${line}`;
  return line
    .replace(ALWAYS, '\\$1')
    .replace(FENCE, (run) => run.replace(/`/g, '\\`'))
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
