import { describe, expect, it } from 'vitest';
import { MAX_REASONS, explainBlock, matchedWords } from '../../../src/page/tooltip-content';

const TEXT = 'We collect your email address and share it with advertisers. You can opt out at any time.';
const lines: Record<string, string> = {
  'collection/we-collect': 'The company as subject of a collecting verb.',
  'sharing/third-party-disclosure': 'A disclosure verb with a third-party recipient in the same sentence.',
  'context/section-topic': 'The paragraph takes the topic of its section heading.',
};
const describeRule = (id: string) => lines[id];

describe('explainBlock', () => {
  it('lists the rules that fired for the highlighted category with their descriptions and matched words', () => {
    const explanation = explainBlock(
      {
        text: TEXT,
        section: 'What we collect',
        categories: ['collection', 'sharing', 'choice'],
        evidence: [
          { rule: 'collection/we-collect', category: 'collection', start: 0, end: 10 },
          { rule: 'sharing/third-party-disclosure', category: 'sharing', start: 34, end: 59 },
          { rule: 'collection/we-collect', category: 'collection', start: 0, end: 10 },
        ],
      },
      'sharing',
      describeRule,
    );
    expect(explanation).toEqual({
      category: 'sharing',
      also: ['collection', 'choice'],
      reasons: [{ rule: 'sharing/third-party-disclosure', description: lines['sharing/third-party-disclosure'], words: ['share it with advertisers'], fromContext: false }],
      moreReasons: 0,
      section: 'What we collect',
    });
  });

  it('context steps carry no words (they span the whole block), come after own-word rules, and keep the section', () => {
    const explanation = explainBlock(
      {
        text: TEXT,
        section: '  Your \n choices ',
        categories: ['choice'],
        evidence: [
          { rule: 'context/section-topic', category: 'choice', start: 0, end: TEXT.length },
          { rule: 'choice/opt-out', category: 'choice', start: 69, end: 76 },
        ],
      },
      'choice',
      describeRule,
    );
    expect(explanation.reasons.map((r) => [r.rule, r.words, r.fromContext, r.description])).toEqual([
      ['choice/opt-out', ['opt out'], false, null],
      ['context/section-topic', [], true, lines['context/section-topic']],
    ]);
    expect(explanation.section).toBe('Your choices');
  });

  it(`lists at most ${MAX_REASONS} rules and counts the rest; a block with no evidence has no reasons`, () => {
    const evidence = ['a', 'b', 'c', 'd', 'e'].map((n, i) => ({ rule: `collection/${n}`, category: 'collection', start: i, end: i + 2 }));
    const many = explainBlock({ text: TEXT, section: '', categories: ['collection'], evidence }, 'collection', describeRule);
    expect(many.reasons).toHaveLength(MAX_REASONS);
    expect(many.moreReasons).toBe(2);
    expect(explainBlock({ text: TEXT, section: '', categories: ['collection'], evidence: [] }, 'collection', describeRule).reasons).toEqual([]);
  });

  it('keeps three distinct word spans per rule', () => {
    const evidence = [0, 3, 11, 0, 25].map((start) => ({ rule: 'collection/x', category: 'collection', start, end: start + 7 }));
    const [reason] = explainBlock({ text: TEXT, section: '', categories: ['collection'], evidence }, 'collection', describeRule).reasons;
    expect(reason.words).toEqual(['We coll', 'collect', 'your em']);
  });
});

describe('matchedWords', () => {
  it('is the span, whitespace folded; null for spans outside the text, empty or reversed', () => {
    expect(matchedWords('We  collect\nyour data', 0, 16)).toBe('We collect your');
    expect(matchedWords('short', 2, 99)).toBeNull();
    expect(matchedWords('short', 3, 3)).toBeNull();
    expect(matchedWords('short', 4, 1)).toBeNull();
    expect(matchedWords('short', -1, 2)).toBeNull();
    expect(matchedWords('a   b', 1, 4)).toBeNull();
  });

  it('shortens long spans with an ellipsis', () => {
    const long = 'word '.repeat(40);
    const words = matchedWords(long, 0, long.length)!;
    expect(words.length).toBeLessThanOrEqual(60);
    expect(words.endsWith('…')).toBe(true);
  });
});
