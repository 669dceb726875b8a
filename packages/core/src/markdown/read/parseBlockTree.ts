import type { Root } from 'mdast';
import { fromMarkdown as parseMdast } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/**
 * Micromark's constructs for inline content (and for escapes and character references, which
 * inline content and link definitions share). Reading block structure needs none of them, and
 * they are where micromark's time grows faster than the text: emphasis, brackets and raw HTML
 * rescan the rest of the paragraph, and each escape costs a handful of events.
 */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
];

// CommonMark plus GFM tables, so that a table is reported as one instead of read as text.
const BLOCK_OPTIONS = {
  extensions: [gfmTable(), { disable: { null: INLINE_CONSTRUCTS } }],
  mdastExtensions: [gfmTableFromMarkdown()],
};

// The same, reading escapes and character references, which link definitions need.
const DEFINITION_OPTIONS = {
  extensions: [gfmTable(), { disable: { null: INLINE_CONSTRUCTS.filter((name) => !name.startsWith('character')) } }],
  mdastExtensions: [gfmTableFromMarkdown()],
};

/**
 * One micromark call that reads block structure only: headings, paragraphs, lists, quotes,
 * code, HTML, tables, thematic breaks and link definitions, with positions. Paragraphs and
 * headings hold their text unparsed (escapes and references not decoded); definitions' URLs
 * and titles are raw too. Linear in the text, except that micromark copies its event list on
 * each container it closes, which the callers bound by the size of what they hand it.
 */
export function parseBlockTree(text: string): Root {
  return parseMdast(text, BLOCK_OPTIONS);
}

/** Like {@link parseBlockTree}, but link definitions' URLs and titles are decoded. */
export function parseDefinitions(text: string): Root {
  return parseMdast(text, DEFINITION_OPTIONS);
}
