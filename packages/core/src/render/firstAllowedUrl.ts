import { isAllowedUrl } from '../schema/isAllowedUrl.js';
import type { Section, Topic } from '../schema/roadmapSchema.js';

/**
 * The URL of the first resource of a topic that may become a link (see `isAllowedUrl`), or
 * `undefined`. Checked again here, not trusted from validation, because a renderer may be
 * handed data that never went through `parseRoadmap`.
 */
export function firstAllowedUrl(data: Section | Topic): string | undefined {
  const resources: unknown = 'resources' in data ? data.resources : undefined;
  if (!Array.isArray(resources)) return undefined;
  for (const resource of resources as unknown[]) {
    const url = typeof resource === 'object' && resource !== null ? (resource as { url?: unknown }).url : undefined;
    if (typeof url === 'string' && isAllowedUrl(url.trim())) return url.trim();
  }
  return undefined;
}
