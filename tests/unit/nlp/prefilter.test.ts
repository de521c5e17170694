import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RULES } from '../../../src/rules/registry';
import { normalize } from '../../../src/nlp/normalize';
import { WordPrefilter, wordNeeds } from '../../../src/nlp/prefilter';
import { readSharedJsonl } from '../../helpers/shared';

/** Does the prefilter built for these regexes let `text` through to regex i? */
const passes = (regexes: RegExp[], text: string) => Array.from(new WordPrefilter(regexes.map(wordNeeds)).select(text));

describe('wordNeeds: the whole words a regex cannot match without', () => {
  it('reads words between \\b marks and non-word characters, and only those', () => {
    expect(wordNeeds(/\bcollect\b/)).toEqual([[['collect']]]);
    expect(wordNeeds(/\b(?:sale of|rent)\b/)).toEqual([[['rent'], ['of', 'sale']]]);
    // No boundary on a side: "sell" may be part of "reseller" or "sellers", so nothing is required.
    expect(wordNeeds(/sell/)).toEqual([]);
    expect(wordNeeds(/\bsell/)).toEqual([]);
    expect(wordNeeds(/sell\b/)).toEqual([]);
    // A space is a non-word character, so it delimits a word as well as \b does.
    expect(wordNeeds(/ we may /)).toEqual([[['may', 'we']]]);
  });

  it('requires each part of a sequence, and nothing from optional parts or lookarounds', () => {
    const needs = wordNeeds(/(?<=\bhello )\bwe\b(?: also)? \b(?:share|sell)\b(?:[ ,]+[^ ,.;:!?]+){0,4}[ ,]+\bdata\b/);
    // "we", the optional " also" and the verb are one finite set of strings: each must come whole.
    expect(needs).toContainEqual([
      ['sell', 'we'],
      ['share', 'we'],
    ]);
    expect(needs).toContainEqual([['data']]);
    expect(needs.flat(2)).not.toContain('also');
    expect(needs.flat(2)).not.toContain('hello');
  });

  it('gives no filter for flags or syntax it does not read', () => {
    expect(wordNeeds(/\bcollect\b/i)).toEqual([]);
    expect(wordNeeds(/\bcollect\b/u)).toEqual([]);
    expect(wordNeeds(/(\bcollect\b) \1/)).toEqual([[['collect']]]);
    expect(wordNeeds(/\k<x>(?<x>\bcollect\b)/)).toEqual([]);
  });
});

describe('WordPrefilter: exact on real text', () => {
  const patterns = RULES.flatMap((r) => [...r.patterns, ...(r.requires ?? []), ...(r.unless ?? [])]);
  const globalish = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));

  it('never rejects a rule pattern or condition on a text it matches (seeds, OPP-115 dev, rule examples)', () => {
    const texts = [
      ...readSharedJsonl<{ text: string }>('gold/seeds.blocks.jsonl').map((b) => b.text),
      ...readSharedJsonl<{ text: string }>('opp115-dev/segments.jsonl').map((s) => s.text),
      ...RULES.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]),
    ].map((t) => normalize(t).text);
    const filter = new WordPrefilter(patterns.map(wordNeeds));
    const regexes = patterns.map(globalish);
    let matched = 0;
    let skipped = 0;
    for (const text of texts) {
      const possible = filter.select(text);
      regexes.forEach((re, i) => {
        const hit = re.test(text);
        if (hit) {
          matched++;
          expect(possible[i], `prefilter rejected ${re.source.slice(0, 80)} on: ${text.slice(0, 120)}`).toBe(1);
        } else if (possible[i] === 0) skipped++;
      });
    }
    expect(matched, 'the comparison should cover real matches').toBeGreaterThan(1000);
    // The point of the filter: most (pattern, text) pairs without a match are never scanned.
    expect(skipped).toBeGreaterThan(texts.length * regexes.length * 0.5);
  });

  it('tells words apart exactly (no prefix, suffix or case confusion)', () => {
    const res = [/\bsell\b/, /\bwe\b \bsell\b/, /\bdata\b/];
    expect(passes(res, 'we sell data')).toEqual([1, 1, 1]);
    expect(passes(res, 'we sold dat')).toEqual([0, 0, 0]);
    expect(passes(res, 'reseller sellers selling')).toEqual([0, 0, 0]);
    expect(passes(res, 'SELL DATA')).toEqual([0, 0, 0]);
    expect(passes(res, 'sell_ sell2 data_base')).toEqual([0, 0, 0]);
    expect(passes(res, 'sell')).toEqual([1, 0, 0]);
    expect(passes(res, '')).toEqual([0, 0, 0]);
  });
});

describe('WordPrefilter: exact on random regexes and texts', () => {
  // Words that begin or end other words ("sell" in "seller" and "resell"), so a boundary slip shows.
  const WORDS = ['we', 'us', 'sell', 'seller', 'resell', 'data', 'a', 'share', 'x1', 'do_not', 'e', 'be'];
  const SEPARATORS = [' ', ', ', '. ', '-', "'", '', '  ', '\n'];
  const atom: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom(...WORDS),
    fc.constantFrom('\\b', ' ', '[ ,]', '.', '\\w+', '[^ ,.]+', "'", '-', '\\s*', '(?<=we )', '(?!data)'),
  );
  const term = fc.tuple(atom, fc.constantFrom('', '', '', '?', '+', '*', '{0,2}', '{1,2}')).map(([a, q]) => (q && a.startsWith('(?') ? a : a + q));
  const seq = fc.array(term, { minLength: 1, maxLength: 6 }).map((t) => t.join(''));
  const regexSource = fc.oneof(
    seq,
    fc.array(seq, { minLength: 2, maxLength: 3 }).map((alts) => `(?:${alts.join('|')})`),
    fc.tuple(seq, fc.array(seq, { minLength: 2, maxLength: 3 }), seq).map(([a, alts, b]) => `${a}(?:${alts.join('|')})${b}`),
  );
  const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('a text the filter rejects has no match', () => {
    fc.assert(
      fc.property(regexSource, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        let re: RegExp;
        try {
          re = new RegExp(source);
        } catch {
          return true; // not a valid regex: nothing to check
        }
        const filter = new WordPrefilter([wordNeeds(re)]);
        for (const t of texts) if (re.test(t)) expect(filter.select(t)[0], `/${source}/ on ${JSON.stringify(t)}`).toBe(1);
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});
