import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, toOriginalSpan } from '../../../src/nlp/normalize';
import { sentenceSpans } from '../../../src/nlp/sentences';

describe('normalize: run-together repair', () => {
  it('splits glued function words, camel humps and glued punctuation', () => {
    expect(normalize('Wemay share it with ouraffiliates.').text).toBe('we may share it with our affiliates.');
    expect(normalize('ThisNotice covers ourProducts').text).toBe('this notice covers our products');
    expect(normalize('we collect,use, shareand store').text).toBe('we collect, use, share and store');
    expect(normalize('Byusing the MobileApp').text).toBe('by using the mobile app');
    // Camel humps split at any length: in runs too short or too long for the glued-word search too.
    expect(normalize('ThisNoticeCoversOurProductsAndServices').text).toBe('this notice covers our products and services');
    expect(normalize('toX').text).toBe('to x');
  });

  it('keeps real words, brand names, URLs and e-mail addresses whole', () => {
    expect(normalize('another information within usage area apart underage').text).toBe('another information within usage area apart underage');
    expect(normalize('ZuoMi and PayPal').text).toBe('zuomi and paypal');
    expect(normalize('see aboutads.info or mail privacy@ourcompany.com').text).toBe('see aboutads.info or mail privacy@ourcompany.com');
  });

  it('maps every normalised span back to the same characters of the original', () => {
    const original = 'ThisNotice: Wemay share yourdata with ouraffiliates.';
    const norm = normalize(original);
    expect(norm.offsets.length).toBe(norm.text.length + 1);
    const find = (needle: string) => {
      const i = norm.text.indexOf(needle);
      return toOriginalSpan(norm, i, i + needle.length);
    };
    const mayShare = find('may share');
    expect(original.slice(mayShare.start, mayShare.end)).toBe('may share');
    const affiliates = find('our affiliates');
    expect(original.slice(affiliates.start, affiliates.end)).toBe('ouraffiliates');
    const notice = find('this notice');
    expect(original.slice(notice.start, notice.end)).toBe('ThisNotice');
  });

  it('folds typographic quotes without changing length, and survives odd Unicode', () => {
    expect(normalize('ZuoMi’s “Services”').text).toBe('zuomi\'s "services"');
    const weird = 'İstanbul 🙂 ß ǅ \u0000 \uD800 控制 مرحبا';
    const norm = normalize(weird);
    expect(norm.offsets.length).toBe(norm.text.length + 1);
    for (let i = 0; i < norm.text.length; i++) expect(norm.offsets[i]).toBeLessThan(weird.length);
  });

  it('handles the empty string', () => {
    const norm = normalize('');
    expect(norm.text).toBe('');
    expect(Array.from(norm.offsets)).toEqual([0]);
  });
});

describe('normalize: every character kept once, in order, plus inserted spaces', () => {
  const FOLDED: Record<string, string> = { '\u2019': "'", '\u201C': '"', '\u00A0': ' ', '\u2013': '-' };
  /** What one original character becomes, alone (the normaliser maps code units one to one). */
  const foldOne = (ch: string) => FOLDED[ch] ?? (ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch);
  const piece = fc.constantFrom('We', 'may', 'ourAffiliates', 'Wemay', 'informationwithin', 'PayPal', 'x', 'İ', 'Σ', 'ß', '\u2019', '\u201C', '\u00A0', '\u2013', '🙂', '\uD800', ' ', ',', '.', ';', ':', ')', '/', '@', '_', '7', 'aboutads.info', 'there.Your', 'collect,use');
  const text = fc.oneof(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

  it('maps back to the original exactly', () => {
    fc.assert(
      fc.property(text, (original) => {
        const norm = normalize(original);
        expect(norm.offsets.length).toBe(norm.text.length + 1);
        expect(norm.offsets[norm.text.length]).toBe(original.length);
        let next = 0; // the next original index that must appear
        for (let k = 0; k < norm.text.length; k++) {
          const at = norm.offsets[k];
          expect(at).toBe(next);
          if (norm.offsets[k + 1] === at) {
            // An inserted space stands for the character after it.
            expect(norm.text[k]).toBe(' ');
          } else {
            expect(norm.text[k], `char ${k} of ${JSON.stringify(original)}`).toBe(foldOne(original[at]));
            next++;
          }
        }
        expect(next).toBe(original.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sentenceSpans', () => {
  it('splits at sentence ends and semicolons but not after abbreviations', () => {
    const text = 'we collect data, e.g. your name. we share it; we sell nothing';
    const parts = sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim());
    expect(parts).toEqual(['we collect data, e.g. your name.', 'we share it;', 'we sell nothing']);
  });

  it('covers the whole text without overlaps', () => {
    const text = 'a. b! c? d; e';
    const spans = sentenceSpans(text);
    expect(spans[0].start).toBe(0);
    expect(spans[spans.length - 1].end).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBe(spans[i - 1].end);
  });
});
