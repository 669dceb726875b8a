import type { Roadmap } from '../schema/roadmapSchema.js';

/**
 * Writes a roadmap as JSON for a file: the content pretty-printed with two spaces for people to
 * read and diff, the baked `layout` (if any) on one line at the end, without spaces, since
 * nobody edits it and it would otherwise be most of the file. Ends with a newline.
 */
export function stringifyRoadmap(roadmap: Roadmap): string {
  const { layout, ...content } = roadmap;
  const text = JSON.stringify(content, null, 2);
  if (layout === undefined) return `${text}\n`;
  // `text` ends with the closing brace of the root object: append the layout member before it.
  return `${text.slice(0, -2)},\n  "layout": ${JSON.stringify(layout)}\n}\n`;
}
