/**
 * The key under which `useProgress` stores a roadmap's progress:
 * `roadmap-graph:progress:<roadmapId>`. Prefixed so the host page's own keys never collide.
 */
export function progressStorageKey(roadmapId: string): string {
  return `roadmap-graph:progress:${roadmapId}`;
}
