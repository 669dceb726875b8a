/// <reference types="vite/client" />

declare module 'virtual:roadmap-schema' {
  /** The roadmap format's JSON Schema, from the core's roadmapJsonSchema() at build time. */
  const schema: Record<string, unknown>;
  export default schema;
  /** The core's LIMITS at build time. */
  export const LIMITS: Record<string, number>;
}
