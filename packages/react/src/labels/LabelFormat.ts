/**
 * Numbers and plurals in the language of the labels, passed to every label that counts, so a
 * translation writes "1 234" or "1,234" and picks its plural forms with the language's rules.
 *
 * @example
 * topicsDone: (done, total, { number, plural }) =>
 *   `${number(done)} sur ${number(total)} ${plural(done) === 'one' ? 'sujet terminé' : 'sujets terminés'}`,
 */
export interface LabelFormat {
  /** The language (a BCP 47 tag), as `lang` gave it; `en` without one. */
  lang: string;
  /** A count as the language writes it (`Intl.NumberFormat`). */
  number(value: number): string;
  /** A fraction (0.25) as a whole percentage in the language ("25 %" in French). */
  percent(fraction: number): string;
  /** The plural category of a count in the language (`Intl.PluralRules`): `one`, `other`… */
  plural(count: number): Intl.LDMLPluralRule;
}

/**
 * The {@link LabelFormat} of a language. An empty or malformed tag (which `Intl` rejects) falls
 * back to English rather than breaking the map.
 */
export function createLabelFormat(lang: string | undefined): LabelFormat {
  let tag = lang?.trim() || 'en';
  try {
    tag = Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    tag = 'en';
  }
  const numbers = new Intl.NumberFormat(tag);
  const percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(tag);
  return {
    lang: tag,
    number: (value) => numbers.format(value),
    percent: (fraction) => percents.format(fraction),
    plural: (count) => plurals.select(count),
  };
}
