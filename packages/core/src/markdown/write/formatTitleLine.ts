import type { Attributes } from '../parseAttributes.js';
import { slugify } from '../slugify.js';
import { escapeTitle } from './escapeTitle.js';
import { formatAttributes } from './formatAttributes.js';

/**
 * Writes a title and its attribute block for a heading or list item. The id is written only when
 * the importer would not derive it from the title (`fallback` is what it uses for a title
 * without letters), or when `forceId` asks, as it must for a title that ends in `}` (which would
 * otherwise read as an attribute block) or a "Table of Contents" section.
 */
export function formatTitleLine(
  title: string,
  id: string,
  fallback: string,
  attributes: Omit<Attributes, 'id'> = {},
  forceId = false,
): string {
  const text = escapeTitle(title);
  const needsId = forceId || text.endsWith('}') || id !== slugify(title, fallback);
  const block = formatAttributes({ ...(needsId ? { id } : {}), ...attributes });
  return block ? `${text} ${block}` : text;
}
