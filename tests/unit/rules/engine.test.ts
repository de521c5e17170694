import { describe, expect, it } from 'vitest';
import { compileRule, prepare, runRules } from '../../../src/rules/engine';
import type { Rule } from '../../../src/rules/types';

const base: Rule = {
  id: 'test/match-rule',
  category: 'collection',
  description: 'A synthetic rule written in compromise match syntax, for the interpreter tests.',
  patterns: [],
  match: ['(we|us) (may|will|also|not|do){0,3} (collect|gather)'],
  negation: 'keep',
  weight: 1,
  examples: { match: [], noMatch: [] },
};

const spans = (rule: Rule, text: string) => runRules(prepare(text), [compileRule(rule)]).map((h) => text.slice(h.start, h.end));

describe('engine: match-syntax rules', () => {
  it('maps hits back to the original text through normalisation (glued words, curly quotes, case)', () => {
    expect(spans(base, 'Intro. Wemay also COLLECT your data.')).toEqual(['Wemay also COLLECT']);
    expect(spans(base, 'We don’t gather logs.')).toEqual(['We don’t gather']);
  });

  it('applies unless to the clause of the hit only', () => {
    const rule: Rule = { ...base, unless: [/\bcookies\b/] };
    expect(spans(rule, 'We collect cookies; we also gather logs.')).toEqual(['we also gather']);
  });

  it('applies notFollowedBy right after the hit', () => {
    const rule: Rule = { ...base, notFollowedBy: /^ ?(?:[,.;:)]|$)/ };
    expect(spans(rule, 'This is the data we collect. We gather logs.')).toEqual(['We gather']);
  });

  it('drops negated hits for negation: drop rules', () => {
    const rule: Rule = { ...base, match: ['(collect|gather) (cookies|logs)'], negation: 'drop' };
    expect(spans(rule, 'We never collect cookies. We gather logs.')).toEqual(['gather logs']);
  });

  it('keeps at most three hits per rule', () => {
    expect(spans(base, 'We collect a. We collect b. We collect c. We collect d.')).toHaveLength(3);
  });
});
