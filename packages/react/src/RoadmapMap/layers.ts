/**
 * Stacking order of the map, as z-indices inside React Flow's viewport. Arrows run over
 * containers but under topic boxes. While a prerequisite chain is shown, one translucent veil
 * covers the map and the chain is lifted above it: a single element fades the rest, where an
 * opacity on every box would make the browser repaint each of them (slow on large maps), and
 * only the boxes on the chain change.
 */
export const LAYERS = {
  section: 0,
  /** Topics with subtopics: 1 + depth, so nested ones sit on their parents. */
  group: 1,
  edge: 10,
  leaf: 20,
  veil: 30,
  litEdge: 35,
  /** A topic with subtopics lifted with all its subtopics: 40 + depth. */
  litGroup: 40,
  litLeaf: 50,
} as const;
