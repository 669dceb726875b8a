import { toMarkdown, type Roadmap } from '@roadmap-graph/core';
import type { Draft, DraftFormat } from './types.js';

/**
 * The draft in the other format. A valid roadmap is converted (JSON to a Markdown outline and
 * back; a baked layout is left out, the playground computes its own); text that is not valid
 * yet is kept as it is and read in the new format.
 */
export function convertDraft(draft: Draft, roadmap: Roadmap | undefined, format: DraftFormat): Draft {
  if (draft.format === format) return draft;
  if (roadmap === undefined) return { format, text: draft.text };
  if (format === 'markdown') return { format, text: toMarkdown(roadmap) };
  const { layout: _layout, ...data } = roadmap;
  return { format, text: `${JSON.stringify(data, null, 2)}\n` };
}
