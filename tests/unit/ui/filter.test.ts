import { describe, expect, it } from 'vitest';
import { matchesAll, normalise, queryWords } from '../../../src/ui/filter';
import { exportFileName } from '../../../src/ui/export';

describe('filter matching', () => {
  it('ignores case, accents and spacing', () => {
    expect(normalise('  Résumé\tDATA ')).toBe(' resume data ');
    expect(queryWords('  Contact   Détails ')).toEqual(['contact', 'details']);
    expect(queryWords('   ')).toEqual([]);
  });

  it('needs every word, each anywhere in the item’s texts', () => {
    expect(matchesAll(['contact', 'email'], ['Contact details', 'We collect your email address.'])).toBe(true);
    expect(matchesAll(['contact', 'phone'], ['Contact details', 'We collect your email address.'])).toBe(false);
    expect(matchesAll([], [])).toBe(true);
    expect(matchesAll(['x'], [undefined, ''])).toBe(false);
  });
});

describe('export file name', () => {
  it('names the site and the day, safely', () => {
    const day = new Date('2025-03-04T10:00:00Z');
    expect(exportFileName('https://www.example.com/privacy', day)).toBe('fineprint-example.com-2025-03-04.json');
    expect(exportFileName('not a url', day)).toBe('fineprint-page-2025-03-04.json');
    expect(exportFileName('http://[::1]:8080/p', day)).toBe('fineprint--1--2025-03-04.json');
  });
});
