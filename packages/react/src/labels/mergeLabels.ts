import { englishLabels } from './english.js';
import type { RoadmapLabels, RoadmapLabelsInput } from './RoadmapLabels.js';

/**
 * Complete labels from partial ones: each key given wins over English, and the grouped words
 * (`states`, `levels`, `resourceTypes`, `resourceGroups`) merge word by word. A key whose value
 * is not of its default's kind (a string for a string, a function for a function) is ignored,
 * so that labels from untyped code cannot break the map.
 */
export function mergeLabels(labels: RoadmapLabelsInput | null | undefined): RoadmapLabels {
  if (labels === null || typeof labels !== 'object' || labels === englishLabels) return englishLabels;
  const merged: Record<string, unknown> = { ...englishLabels };
  for (const [key, fallback] of Object.entries(englishLabels)) {
    const value: unknown = (labels as Record<string, unknown>)[key];
    if (typeof value !== typeof fallback || value === null) continue;
    merged[key] = typeof fallback === 'object' ? { ...fallback, ...pickStrings(value as object) } : value;
  }
  return merged as unknown as RoadmapLabels;
}

function pickStrings(words: object): Record<string, string> {
  return Object.fromEntries(Object.entries(words).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
