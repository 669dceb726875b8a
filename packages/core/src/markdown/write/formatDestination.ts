/**
 * Writes a URL as a Markdown link destination that reads back unchanged: bare when it can be,
 * else in `<...>` (spaces, parentheses, backslashes). Anything that would read as a character
 * reference (`&amp;`) is escaped; a line break, which no destination can hold, is percent-encoded.
 */
export function formatDestination(url: string): string {
  const safe = url.replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  if (/^[^\s<>()\\\u0000-\u001f\u007f]+$/.test(safe)) return escapeReferences(safe);
  return `<${escapeReferences(safe.replace(/[\\<>]/g, '\\$&'))}>`;
}

function escapeReferences(url: string): string {
  return url.replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}
