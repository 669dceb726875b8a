/**
 * Hard limits on roadmap input. They keep a hostile or broken file from exhausting memory,
 * the stack or the layout engine; each message that reports a breach names the limit.
 */
export const LIMITS = {
  /**
   * Largest roadmap content, a baked `layout` not counted. For roadmap data it is measured on the
   * data, not on its text: each string's length, each key's length and 8 for every other value,
   * so the same roadmap is accepted or refused whether it comes pretty-printed or compact, as text
   * or as an object. For Markdown text it is the text's length.
   */
  maxInputBytes: 5 * 1024 * 1024,
  /**
   * The most any reader reads of one file, stream or response, a baked layout included; readers
   * stop reading past it. Also the most JSON text `parseRoadmap` accepts.
   */
  maxFileBytes: 16 * 1024 * 1024,
  /** Most topics (including subtopics) in one roadmap. */
  maxTopics: 10_000,
  /** Most sections in one roadmap. */
  maxSections: 500,
  /** Deepest nesting of subtopics below a section (a section's own topics are depth 1). */
  maxTopicDepth: 6,
  /** Deepest nesting of JSON arrays and objects in the raw input. */
  maxJsonDepth: 64,
  /** Longest id. */
  maxIdLength: 100,
  /** Longest title. */
  maxTitleLength: 200,
  /** Longest description. */
  maxDescriptionLength: 5_000,
  /** Longest URL. */
  maxUrlLength: 2_048,
  /** Most entries in one `requires`, `tags` or `resources` list. */
  maxListLength: 200,
  /**
   * Most drawn edges (prerequisite arrows) in one layout. `layoutRoadmap` refuses a roadmap
   * with more before running ELK, and a baked layout view with more is rejected.
   */
  maxLayoutEdges: 50_000,
  /** Most points in the route of one edge of a layout. */
  maxRoutePoints: 64,
  /** Most route points of all edges of one layout view together. */
  maxLayoutPoints: 400_000,
  /**
   * Largest coordinate, width or height in a layout, in pixels: every number of a layout lies
   * between 0 and this. Far beyond what any roadmap within the other limits needs.
   */
  maxLayoutExtent: 10_000_000,
} as const;
