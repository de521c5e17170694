import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords } from '../../../src/core/analysis';

describe('countWords', () => {
  /** The definition it replaces: runs of non-whitespace as \S sees them. */
  const byRegex = (text: string) => text.match(/\S+/g)?.length ?? 0;

  it('treats every UTF-16 code unit as \\s does', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      if (countWords(text) !== byRegex(text)) wrong.push(c.toString(16));
    }
    expect(wrong, 'code units counted differently from \\s').toEqual([]);
  });

  it('counts like /\\S+/g on any text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\t ')).toBe(0);
    expect(countWords(' We may\u00A0share\u2003it. ')).toBe(4);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => countWords(text) === byRegex(text)));
  });
});
