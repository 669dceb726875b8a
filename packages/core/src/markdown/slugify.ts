/** Longest slug made from a title; longer ones are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 48;

/**
 * The kebab-case id a title gets when the outline gives none: ASCII letters and digits only
 * (accents folded with NFKD, other characters dropped), cut at a word boundary to at most
 * {@link MAX_SLUG_LENGTH} characters. Returns `fallback` when the title has no ASCII letter or
 * digit at all (a title in another script, or only punctuation).
 *
 * @example
 * slugify('Crème brûlée: a how-to!'); // 'creme-brulee-a-how-to'
 * slugify('日本語', 'topic');          // 'topic'
 */
export function slugify(title: string, fallback = ''): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Apostrophes join words ("Python's" -> "pythons") instead of splitting them.
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return fallback;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH);
}
