// Characters that start inline Markdown constructs: escapes, code spans, emphasis, links,
// autolinks and raw HTML, and character references.
const INLINE_SIGNIFICANT = /[\\`*_[\]<>&]/g;

/**
 * Backslash-escapes the characters that would turn plain text into inline Markdown (emphasis,
 * code, links, HTML, `&amp;` references), so that the text reads back exactly as written.
 *
 * @param extra - further characters to escape, e.g. `"` inside attribute values.
 */
export function escapeInline(text: string, extra = ''): string {
  const escaped = text.replace(INLINE_SIGNIFICANT, '\\$&');
  if (!extra) return escaped;
  let out = '';
  for (const char of escaped) out += extra.includes(char) ? `\\${char}` : char;
  return out;
}
