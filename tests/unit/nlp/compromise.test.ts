import { describe, expect, it } from 'vitest';
import nlp from 'compromise/one';
import { RULES } from '../../../src/rules/registry';
import { readSharedJsonl } from '../../helpers/shared';
import { analyzeText, compileMatchNet, sweepMatches, MAX_CHUNK_CHARS } from '../../../src/nlp/compromise';
import { normalize } from '../../../src/nlp/normalize';
import { WordPrefilter } from '../../../src/nlp/prefilter';

const clauses = (text: string) => analyzeText(text).sentences.map((s) => text.slice(s.start, s.end).trim());

describe('compromise adapter: segmentation', () => {
  it('keeps abbreviations and ellipses inside a sentence and cuts at ; and line breaks', () => {
    const text = 'we collect data, e.g. your name... and i.e. more. u.s. residents may opt out; we keep logs.\nnew line';
    expect(clauses(text)).toEqual(['we collect data, e.g. your name... and i.e. more.', 'u.s. residents may opt out;', 'we keep logs.', 'new line']);
  });

  it('covers the text contiguously, in order', () => {
    const text = 'one. two! three? "four." five; six \u2022 seven';
    const spans = analyzeText(text).sentences;
    expect(spans[0].start).toBe(0);
    expect(spans[spans.length - 1].end).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBe(spans[i - 1].end);
  });

  it('gives a clear state for empty and blank text', () => {
    expect(analyzeText('').sentences).toEqual([]);
    expect(analyzeText('   ').sentences).toEqual([{ start: 0, end: 3 }]);
  });

  it('handles one huge sentence in bounded pieces, fast', () => {
    const text = 'we collect data '.repeat(70_000); // ~1.1 MB, no sentence end
    const t = performance.now();
    const spans = analyzeText(text).sentences;
    expect(performance.now() - t).toBeLessThan(5000);
    expect(spans[spans.length - 1].end).toBe(text.length);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
  });
});

describe('compromise adapter: match nets', () => {
  const net = compileMatchNet([
    { match: '(we|our company) (do|will)? (not|never) (sell|rent|trade)', reason: 'deny-sale' },
    { match: 'we (may|might)? (collect|gather) .', reason: 'collect' },
  ]);

  it('finds matches with optional words and expanded contractions, with exact spans', () => {
    const text = "Intro here. We don't sell your data; our company will never rent it. We may gather logs.";
    const norm = normalize(text);
    const hits = sweepMatches(analyzeText(norm.text), net);
    expect(hits.map((h) => [h.reason, text.slice(h.start, h.end)])).toEqual([
      ['deny-sale', "We don't sell"],
      ['deny-sale', 'our company will never rent'],
      ['collect', 'We may gather logs'],
    ]);
  });

  it('does not match across clauses or when a required word is missing', () => {
    const text = 'we do not; sell anything. we collect';
    expect(sweepMatches(analyzeText(text), net)).toEqual([]);
  });

  it('rejects a pattern used twice (compromise would silently keep one)', () => {
    expect(() => compileMatchNet([{ match: 'a b', reason: 'x' }, { match: 'a b', reason: 'y' }])).toThrow(/used by both x and y/);
  });

  it('still finds matches far into a long text', () => {
    const text = 'filler words here. '.repeat(3000) + 'we never sell your data.';
    const hits = sweepMatches(analyzeText(text), net);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0].start, hits[0].end)).toBe('we never sell');
  });
});

describe('compromise adapter: windowed matching is exact', () => {
  // The gate tokenizes only windows around required words. It must find exactly what trying every
  // pattern on every whole clause finds, or rules would silently lose matches on unseen policies.
  const specs = RULES.flatMap((r) => (r.match ?? []).map((match) => ({ match, reason: r.id })));
  const net = compileMatchNet(specs);
  // compromise's text output keeps trailing punctuation ("we collect,"); compare words only.
  const words = (s: string) => s.replace(/^[^a-z0-9]+|[^a-z0-9]+$/gi, '');
  const bruteForce = (text: string) => {
    const found: string[] = [];
    for (const clause of analyzeText(text).sentences) {
      const doc = nlp.tokenize(text.slice(clause.start, clause.end));
      for (const s of specs) for (const m of doc.match(s.match).out('array') as string[]) found.push(`${s.reason}|${words(m)}`);
    }
    return found.sort();
  };
  const windowed = (text: string) => sweepMatches(analyzeText(text), net).map((h) => `${h.reason}|${words(text.slice(h.start, h.end))}`).sort();

  it('agrees with whole-clause matching on the seed policies and on the rule examples', () => {
    const seeds = readSharedJsonl<{ text: string }>('gold/seeds.blocks.jsonl').map((b) => b.text);
    const examples = RULES.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
    let compared = 0;
    for (const original of [...seeds, ...examples]) {
      const text = normalize(original).text;
      const expected = bruteForce(text);
      expect(windowed(text), `windowed matching missed or invented a hit in: ${original.slice(0, 120)}`).toEqual(expected);
      compared += expected.length;
    }
    expect(compared, 'the comparison should cover real matches').toBeGreaterThan(50);
  });

  it('skips only specs that cannot match: the word prefilter changes no hit', () => {
    const filter = new WordPrefilter(net.needs);
    const seeds = readSharedJsonl<{ text: string }>('gold/seeds.blocks.jsonl').map((b) => b.text);
    const examples = RULES.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
    let hits = 0;
    let skipped = 0;
    for (const original of [...seeds, ...examples]) {
      const text = normalize(original).text;
      const possible = filter.select(text);
      skipped += possible.filter((p) => p === 0).length;
      const all = sweepMatches(analyzeText(text), net);
      expect(sweepMatches(analyzeText(text), net, possible), `the prefilter lost a hit in: ${original.slice(0, 120)}`).toEqual(all);
      hits += all.length;
    }
    expect(hits).toBeGreaterThan(50);
    expect(skipped).toBeGreaterThan(seeds.length);
  });

  it('tries every spec when a clause is cut inside a word (the text-wide word list would mislead)', () => {
    // No space in the first MAX_CHUNK_CHARS characters: the text is cut hard, and "sell" starts a clause
    // while the whole text has only the word "qqq…qsell".
    const text = `${'q'.repeat(MAX_CHUNK_CHARS)}sell it now`;
    const cutNet = compileMatchNet([{ match: 'sell (it|them)', reason: 'test/sell' }]);
    const possible = new WordPrefilter(cutNet.needs).select(text);
    expect(possible[0], 'the whole text has no word "sell"').toBe(0);
    const hits = sweepMatches(analyzeText(text), cutNet, possible);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['sell it']);
  });

  it('agrees on tricky spacing and contractions', () => {
    for (const text of [
      "we    may   also\tcollect your data; we don't sell it. we'll never rent your information",
      'our company  will not  share your information with anyone, and we   use   cookies',
      'we use "cookies," web beacons and local storage to remember you',
    ]) {
      expect(windowed(text)).toEqual(bruteForce(text));
    }
  });
});
