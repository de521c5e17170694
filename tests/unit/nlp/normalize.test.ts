import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../../src/nlp/normalize';
import { sentenceSpans } from '../../../src/nlp/sentences';

describe('normalize: run-together repair', () => {
  it('splits glued function words, camel humps and glued punctuation', () => {
    expect(normalize('Wemay share it with ouraffiliates.').text).toBe('we may share it with our affiliates.');
    expect(normalize('ThisNotice covers ourProducts').text).toBe('this notice covers our products');
    expect(normalize('we collect,use, shareand store').text).toBe('we collect, use, share and store');
    expect(normalize('Byusing the MobileApp').text).toBe('by using the mobile app');
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
