import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PRIORITY, PRACTICE_CATEGORIES, highlightCounts, primaryCategory } from '../../../src/core/categories';

describe('highlight priority', () => {
  it('ranks every practice category exactly once', () => {
    expect([...HIGHLIGHT_PRIORITY].sort()).toEqual([...PRACTICE_CATEGORIES].sort());
  });

  it('lets the specific practice win over the broad ones', () => {
    expect(primaryCategory(['collection', 'retention']), 'a retention paragraph that says "we collect" is retention').toBe('retention');
    expect(primaryCategory(['collection', 'sharing'])).toBe('sharing');
    expect(primaryCategory(['audiences', 'collection']), 'audiences is a section scope, it yields').toBe('collection');
    expect(primaryCategory(['audiences'])).toBe('audiences');
  });

  it('counts each block once, in its highlight colour', () => {
    const counts = highlightCounts([
      { categories: ['collection', 'retention'] },
      { categories: ['collection'] },
      { categories: ['other'] },
    ]);
    expect(counts).toEqual({ retention: 1, collection: 1 });
  });
});
