// [label](url "title") keeps its label: the URL means nothing in a tooltip. The label holds no
// brackets and the URL at most one level of parentheses (as Wikipedia URLs do), so a failed
// match stops at the next bracket or second open parenthesis: `[` or `[](` repeated cannot
// make each attempt scan to the end of the text.
const LINK = /!?\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;

/**
 * Turns a short Markdown description (emphasis, strong, code and links only) into plain text
 * for a tooltip, cut at a word boundary to at most `maxLength` characters with an ellipsis.
 * Time grows linearly with the description.
 */
export function plainExcerpt(markdown: string, maxLength = 200): string {
  const text = markdown
    .replace(LINK, '$1')
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
