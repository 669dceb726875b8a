import { LIMITS } from './limits.js';

// The layout format's fixed values, apart from its zod schemas (layoutSchema.ts builds them from
// these), so that code which checks or draws layouts without zod need not load zod.

/** The kinds of edges in a roadmap graph. */
export const EDGE_KINDS = ['sequence', 'requires', 'contains', 'alternative'] as const;

/** Version of the layout format that this package writes and draws. */
export const LAYOUT_VERSION = 2;

/** The directions a layout flows in. */
export const DIRECTIONS = ['DOWN', 'RIGHT'] as const;

/** Most boxes in one layout: one per section and topic. */
export const MAX_BOXES = LIMITS.maxTopics + LIMITS.maxSections;
