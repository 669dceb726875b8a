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

/** Tags whose numbers are grouped by three with commas, and whose plurals are `one` for 1 only. */
const PLAIN_ENGLISH = new Set(['en', 'en-US']);

/** `1234` as `1,234`: what `Intl.NumberFormat('en')` writes for a non-negative safe integer. */
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A non-negative safe integer, not -0: the counts the map writes. */
const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0);

/**
 * The {@link LabelFormat} of a language. An empty or malformed tag (which `Intl` rejects) falls
 * back to English rather than breaking the map.
 *
 * The `Intl` objects are made on first use, and English counts are written without them: the
 * first `Intl.NumberFormat` of a page loads the locale data (55–70 ms measured in Chromium),
 * which would otherwise stand between the roadmap's data and its first map. The results are
 * `Intl`'s own (test/labelFormat.test.ts compares them).
 */
export function createLabelFormat(lang: string | undefined): LabelFormat {
  let tag = lang?.trim() || 'en';
  try {
    tag = Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    tag = 'en';
  }
  let numbers: Intl.NumberFormat | undefined;
  let percents: Intl.NumberFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  const english = PLAIN_ENGLISH.has(tag);
  return {
    lang: tag,
    number(value) {
      if (english && isCount(value)) return groupThousands(value);
      numbers ??= new Intl.NumberFormat(tag);
      return numbers.format(value);
    },
    percent(fraction) {
      const hundredths = fraction * 100;
      // Away from a half, where rounding cannot differ from Intl's (which rounds the decimal value).
      if (english && isCount(Math.round(hundredths)) && Math.abs((hundredths % 1) - 0.5) > 1e-6) return `${groupThousands(Math.round(hundredths))}%`;
      percents ??= new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
      return percents.format(fraction);
    },
    plural(count) {
      if (english && isCount(count)) return count === 1 ? 'one' : 'other';
      plurals ??= new Intl.PluralRules(tag);
      return plurals.select(count);
    },
  };
}
