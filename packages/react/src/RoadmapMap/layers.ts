/**
 * Stacking order of the map, as z-indices inside React Flow's viewport. Arrows run over
 * containers but under topic boxes.
 */
export const LAYERS = {
  section: 0,
  /** Topics with subtopics: 1 + depth, so nested ones sit on their parents. */
  group: 1,
  edge: 10,
  leaf: 20,
} as const;
