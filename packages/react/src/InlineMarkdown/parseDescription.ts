import { LIMITS } from '@roadmap-graph/core';
import { parseInline } from './parseInline.js';
import type { InlineNode } from './types.js';

/**
 * Splits a description into paragraphs at blank lines and parses each one with
 * {@link parseInline}. Text longer than the schema allows (only unvalidated data gets here) is
 * shown as plain paragraphs, so no input can make parsing slow.
 */
export function parseDescription(text: string): InlineNode[][] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) =>
      text.length > LIMITS.maxDescriptionLength ? [{ type: 'text', value: paragraph }] : parseInline(paragraph),
    );
}
