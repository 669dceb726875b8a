import type { Attributes } from '../parseAttributes.js';
import { escapeInline } from './escapeInline.js';

/**
 * Writes an attribute block, `{#id level=beginner optional requires=a,b tags=x,y}`, or `''` when
 * there is nothing to say. Values that need it are quoted and escaped so that
 * {@link parseAttributes} reads them back unchanged after Markdown's own unescaping.
 */
export function formatAttributes(attributes: Attributes): string {
  const parts: string[] = [];
  if (attributes.id !== undefined) parts.push(`#${formatValue(attributes.id)}`);
  if (attributes.level !== undefined) parts.push(`level=${formatValue(attributes.level)}`);
  pushFlag(parts, 'optional', attributes.optional);
  pushFlag(parts, 'choice', attributes.choice);
  pushList(parts, 'requires', attributes.requires);
  pushList(parts, 'tags', attributes.tags);
  return parts.length ? `{${parts.join(' ')}}` : '';
}

function pushFlag(parts: string[], name: string, value: boolean | string | undefined): void {
  if (value === true) parts.push(name);
  else if (value !== undefined) parts.push(`${name}=${formatValue(String(value))}`);
}

function pushList(parts: string[], name: string, values: string[] | undefined): void {
  if (values) parts.push(`${name}=${values.length ? values.map(formatValue).join(',') : '""'}`);
}

function formatValue(value: string): string {
  // Attribute blocks live on one line; a line break inside a value cannot be kept.
  const text = value.replace(/[\r\n]+/g, ' ');
  if (/^[^\s,"{}\\]+$/.test(text)) return escapeInline(text);
  return `"${escapeInline(text.replace(/["\\]/g, '\\$&'), '"')}"`;
}
