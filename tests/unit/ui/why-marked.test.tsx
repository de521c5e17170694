import { describe, expect, it } from 'vitest';
import { whyMarked, MAX_RULES_PER_CATEGORY } from '../../../src/ui/why-marked';
import { BlocksContext, WhyMarked, blocksById } from '../../../src/ui/WhyMarked';
import { RULES } from '../../../src/rules/registry';
import { englishRuleLines } from '../../../src/background/rule-descriptions';
import { mount } from './dom';

const text = 'We collect your email address and share it with our advertising partners.';
const block = {
  id: 7,
  text,
  section: 'What we collect',
  kind: 'paragraph' as const,
  categories: ['collection', 'sharing'] as ('collection' | 'sharing')[],
  evidence: [
    { rule: 'collection/we-collect', category: 'collection' as const, start: 0, end: 10 },
    { rule: 'collection/we-collect', category: 'collection' as const, start: 0, end: 10 },
    { rule: 'sharing/third-party-disclosure', category: 'sharing' as const, start: text.indexOf('share'), end: text.indexOf('partners') + 'partners'.length },
    { rule: 'context/section-topic', category: 'collection' as const, start: 0, end: 0 },
  ],
};

describe('why is this paragraph marked? (popup)', () => {
  it('lists each category of the block with its rules (once each) and the words they matched', () => {
    expect(whyMarked(block)).toEqual([
      { category: 'collection', rule: 'collection/we-collect', words: 'We collect', fromContext: false },
      { category: 'collection', rule: 'context/section-topic', words: '', fromContext: true },
      { category: 'sharing', rule: 'sharing/third-party-disclosure', words: 'share it with our advertising partners', fromContext: false },
    ]);
  });

  it('ignores evidence for categories the block did not keep, out-of-range spans, and caps the rules per category', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ rule: `collection/r${i}`, category: 'collection' as const, start: 0, end: 2 }));
    const reasons = whyMarked({ text: 'We', categories: ['collection'], evidence: [...many, { rule: 'choice/x', category: 'choice', start: 0, end: 2 }, { rule: 'collection/far', category: 'collection', start: 5, end: 900 }] });
    expect(reasons).toHaveLength(MAX_RULES_PER_CATEGORY);
    expect(reasons.every((r) => r.category === 'collection')).toBe(true);
    expect(whyMarked({ text: 'x', categories: ['other'], evidence: [] })).toEqual([]);
  });

  it('renders the reasons with the rule explanation from the i18n catalogue, and policy text only as text', () => {
    const hostile = { ...block, text: '<img src=x onerror=alert(1)> we collect your data', evidence: [{ rule: 'collection/we-collect', category: 'collection' as const, start: 0, end: 28 }] };
    const { root, unmount } = mount(
      <BlocksContext.Provider value={blocksById([block, { ...hostile, id: 8 }])}>
        <WhyMarked block={7} />
        <WhyMarked block={8} />
        <WhyMarked block={99} />
      </BlocksContext.Provider>,
    );
    try {
      const lists = root.querySelectorAll('[data-testid="why-marked"]');
      expect(lists).toHaveLength(2);
      expect(lists[0]!.querySelector('summary')!.textContent).toBe('Why is this paragraph marked?');
      const first = lists[0]!.querySelector('li[data-rule="collection/we-collect"]')!;
      expect(first.textContent).toContain(englishRuleLines(RULES).get('collection/we-collect'));
      expect(first.textContent).toContain('Matched: “We collect”');
      expect(lists[1]!.querySelector('img'), 'markup in policy text stays text').toBeNull();
      expect(lists[1]!.textContent).toContain('<img src=x onerror=alert(1)>');
    } finally {
      unmount();
    }
  });
});
