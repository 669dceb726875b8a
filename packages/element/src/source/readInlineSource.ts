import type { SourceFormat } from './sourceFormat.js';

/** A roadmap written inside the element, in a child `<script>`. */
export interface InlineSource {
  format: SourceFormat;
  text: string;
}

const TYPES: Record<string, SourceFormat> = {
  'application/json': 'json',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/**
 * The first child `<script type="application/json">` or `<script type="text/markdown">` of the
 * element, if any. Such scripts never run and their text is not HTML, so authors can paste a
 * roadmap as is. Markdown is dedented: an outline indented to match the page's HTML would
 * otherwise read as a code block.
 */
export function readInlineSource(host: Element): InlineSource | undefined {
  for (const child of host.children) {
    if (child.localName !== 'script') continue;
    const type = (child.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    const format = TYPES[type];
    if (format === undefined) continue;
    const text = child.textContent ?? '';
    return { format, text: format === 'markdown' ? dedent(text) : text };
  }
  return undefined;
}

/** Removes the indentation that all non-blank lines share. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let common: string | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === undefined || !indent.startsWith(common)) {
      let shared = 0;
      const base = common ?? indent;
      while (shared < base.length && shared < indent.length && base[shared] === indent[shared]) shared++;
      common = base.slice(0, shared);
    }
  }
  const prefix = common ?? '';
  const body = lines.map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line.trimStart())).join('\n');
  // Blank lines before the first line of text go, its own indentation stays.
  return `${body.replace(/^(?:[ \t]*\n)+/, '').trimEnd()}\n`;
}
