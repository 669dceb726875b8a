import type { GraphNode } from '../graph/types.js';
import { escapeXml } from './escapeXml.js';
import { firstAllowedUrl } from './firstAllowedUrl.js';
import { topicTooltip } from './topicTooltip.js';

/**
 * Wraps the drawing of a section or topic in a group carrying its hover `<title>`. A topic with
 * a resource whose URL is allowed becomes a link to it that opens in a new tab without giving
 * the opened page a handle on this one.
 */
export function nodeShell(node: GraphNode, role: 'section' | 'group' | 'topic', content: string): string {
  const url = node.kind === 'section' ? undefined : firstAllowedUrl(node.data);
  const attributes = `class="${role}" data-id="${escapeXml(node.id)}"`;
  const title = `<title>${escapeXml(topicTooltip(node))}</title>`;
  if (url === undefined) return `<g ${attributes}>${title}${content}</g>`;
  return `<a ${attributes} href="${escapeXml(url)}" target="_blank" rel="noopener noreferrer">${title}${content}</a>`;
}
