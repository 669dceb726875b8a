import type { Attributes } from '../parseAttributes.js';
import type { ReadContext } from './readContext.js';

/** What each kind of outline element can take from an attribute block (the id is handled apart). */
const ALLOWED = {
  roadmap: [],
  section: ['requires', 'choice'],
  topic: ['level', 'optional', 'tags', 'requires', 'choice'],
} as const satisfies Record<string, readonly (keyof Attributes)[]>;

/**
 * Copies attribute values onto a draft section or topic, in schema order, and warns about the
 * ones that element cannot use (a `level` on a section, say).
 */
export function applyAttributes(
  target: object,
  attributes: Attributes | undefined,
  kind: keyof typeof ALLOWED,
  line: number,
  ctx: ReadContext,
): void {
  if (!attributes) return;
  const allowed: readonly string[] = ALLOWED[kind];
  for (const key of ['level', 'optional', 'tags', 'requires', 'choice'] as const) {
    const value = attributes[key];
    if (value === undefined) continue;
    if (allowed.includes(key)) (target as Record<string, unknown>)[key] = value;
    else ctx.warn(line, `attribute "${key}" is not used on a ${kind}; ignored`);
  }
}
