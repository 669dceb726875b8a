/**
 * Turns a short Markdown description (emphasis, strong, code and links only) into plain text
 * for a tooltip, cut at a word boundary to at most `maxLength` characters with an ellipsis.
 */
export function plainExcerpt(markdown: string, maxLength = 200): string {
  const text = markdown
    // [label](url "title") keeps its label: the URL means nothing in a tooltip.
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=$|[^\w*])/g, '$1$2')
    .replace(/\\([\\`*_[\]()#+\-.!{}])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return (space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '') + '…';
}
