import type { Resource } from '../../schema/roadmapSchema.js';
import { escapeInline } from './escapeInline.js';
import { formatDestination } from './formatDestination.js';

/**
 * Writes a resource as the link the importer reads back: `[@type@Title](url)`, with a `"paid"`
 * link title for `free: false` and `"free"` for an explicit `free: true`.
 */
export function formatResource(resource: Resource): string {
  const note = resource.free === false ? ' "paid"' : resource.free === true ? ' "free"' : '';
  const title = escapeInline(resource.title.replace(/\s+/g, ' ').trim());
  return `[@${resource.type}@${title}](${formatDestination(resource.url)}${note})`;
}
