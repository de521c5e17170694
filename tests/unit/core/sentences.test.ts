import { describe, expect, it } from 'vitest';
import { sentenceAround, splitSentences } from '../../../src/core/sentences';

describe('splitSentences', () => {
  it('splits on sentence ends followed by a capital', () => {
    const text = 'We collect your name. We share it with partners! Do we sell it? No.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'We collect your name.',
      'We share it with partners!',
      'Do we sell it?',
      'No.',
    ]);
  });

  it('does not split inside abbreviations such as e.g. and Inc.', () => {
    const text = 'We collect identifiers, e.g. Your IP address. Acme Inc. Processes it.';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts[0]).toBe('We collect identifiers, e.g. Your IP address.');
  });

  it('returns nothing for blank text and survives long input in linear time', () => {
    expect(splitSentences('   ')).toEqual([]);
    const long = 'We collect data. '.repeat(60_000);
    const t0 = performance.now();
    expect(splitSentences(long).length).toBe(60_000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('sentenceAround', () => {
  it('finds the sentence that contains a span', () => {
    const text = 'Intro here. We may share your location with advertisers. Bye.';
    const at = text.indexOf('location');
    const s = sentenceAround(text, at, at + 8);
    expect(text.slice(s.start, s.end)).toBe('We may share your location with advertisers.');
  });

  it('falls back to the whole block when the span crosses sentences', () => {
    const text = 'One. Two.';
    expect(sentenceAround(text, 0, text.length)).toEqual({ start: 0, end: text.length });
  });
});
