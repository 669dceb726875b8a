import { slugify } from '../slugify.js';
import type { DraftRoadmap } from './draftTypes.js';
import type { PendingId } from './readContext.js';

/**
 * Gives every section and topic its id, in document order: the explicit `{#id}` when there is
 * one, else the slug of its title made unique across the roadmap with `-2`, `-3`... Explicit ids
 * are reserved first, so a slug never takes an id written further down. Duplicate explicit ids
 * are left for validation to report.
 */
export function assignIds(roadmap: DraftRoadmap, pending: readonly PendingId[]): void {
  const taken = new Set<string>();
  for (const { explicit } of pending) if (explicit !== undefined) taken.add(explicit);
  const nextSuffix = new Map<string, number>();
  for (const item of pending) {
    if (item.explicit !== undefined) {
      item.node.id = item.explicit;
      continue;
    }
    const base = slugify(item.title, item.fallback);
    let id = base;
    let suffix = nextSuffix.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${suffix++}`;
    nextSuffix.set(base, suffix);
    taken.add(id);
    item.node.id = id;
  }
  if (!roadmap.id) roadmap.id = slugify(roadmap.title ?? '', 'roadmap');
}
