import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLabelFormat } from '../src/labels/LabelFormat.js';

// English counts are written without Intl (its first use on a page costs the first map tens of
// milliseconds); what is written must be exactly what Intl writes.
describe('createLabelFormat', () => {
  const intlNumber = new Intl.NumberFormat('en');
  const intlPercent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
  const intlPlural = new Intl.PluralRules('en');

  it.each(['en', 'en-US', undefined, '', 'EN-us'])('writes English counts, percentages and plurals as Intl does (lang %j)', (lang) => {
    const format = createLabelFormat(lang);
    const counts = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.maxSafeInteger(), fc.constantFrom(0, 1, 2, 999, 1000, 1234, 999_999, 1_000_000));
    fc.assert(
      fc.property(counts, (count) => {
        expect(format.number(count)).toBe(intlNumber.format(count));
        expect(format.plural(count)).toBe(intlPlural.select(count));
      }),
    );
    const fractions = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 })).map(([done, total]) => Math.min(done, total) / total),
      fc.constantFrom(0, 0.005, 0.125, 0.145, 0.285, 0.5, 0.995, 1),
    );
    fc.assert(
      fc.property(fractions, (fraction) => {
        expect(format.percent(fraction)).toBe(intlPercent.format(fraction));
      }),
    );
  });

  it('leaves what is not a plain count to Intl', () => {
    const format = createLabelFormat('en');
    for (const value of [-1, -0, 1.5, 12_345.678, Number.MAX_SAFE_INTEGER + 2, -0.004]) {
      expect(format.number(value)).toBe(intlNumber.format(value));
      expect(format.plural(value)).toBe(intlPlural.select(value));
      expect(format.percent(value)).toBe(intlPercent.format(value));
    }
  });

  it('uses the language’s own rules elsewhere, English ones included', () => {
    expect(createLabelFormat('fr').number(1234)).toBe(new Intl.NumberFormat('fr').format(1234));
    expect(createLabelFormat('fr').plural(1)).toBe('one');
    expect(createLabelFormat('en-IN').number(1234567)).toBe('12,34,567');
    expect(createLabelFormat('de').percent(0.25)).toBe(new Intl.NumberFormat('de', { style: 'percent' }).format(0.25));
    expect(createLabelFormat('not a tag!').lang).toBe('en');
  });
});
