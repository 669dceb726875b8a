/**
 * The attributes `<roadmap-graph>` observes, in one list: the element's `observedAttributes`,
 * and the names build/customElementsManifest.ts checks the documented attributes against.
 */
export const OBSERVED_ATTRIBUTES: readonly string[] = ['src', 'theme', 'direction', 'height', 'gestures', 'topic', 'progress', 'hash-links', 'search', 'outline', 'lang'];
