import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTabCache, fitState, jsonBytes, tabKey } from '../../../src/storage/tab-cache';
import { TabStateSchema, type TabState } from '../../../src/messaging/protocol';
import { MemoryArea } from './memory-area';

function policyState(blocks: number, textLength = 50, at = 1): TabState {
  return {
    status: 'policy',
    url: 'https://example.com/privacy',
    title: 'Privacy',
    analyzedAt: at,
    analysis: {
      blocks: Array.from({ length: blocks }, (_, id) => ({
        id,
        text: 'x'.repeat(textLength),
        section: '',
        kind: 'paragraph' as const,
        categories: id % 2 ? ['collection' as const] : ['other' as const],
        evidence: id % 2 ? [{ rule: 'collect-verb', category: 'collection' as const, start: 0, end: 5 }] : [],
      })),
      facts: {},
      spans: [],
      stats: { blocks, words: blocks, ms: 1 },
    },
  };
}

describe('per-tab cache', () => {
  it('stores under tab:<id> and reads back a validated state', async () => {
    const area = new MemoryArea();
    const cache = createTabCache(area);
    await cache.put(7, policyState(3));
    expect(area.data.has(tabKey(7))).toBe(true);
    expect(await cache.get(7)).toEqual(policyState(3));
    expect(await cache.get(8)).toBeNull();
  });

  it('removes a corrupted entry and reports none instead of throwing', async () => {
    const area = new MemoryArea();
    area.data.set(tabKey(3), { status: 'policy', analysis: { blocks: 'nope' } });
    const cache = createTabCache(area);
    expect(await cache.get(3)).toBeNull();
    expect(area.data.has(tabKey(3))).toBe(false);
  });

  it('slims an oversized analysis: evidence first, then the text of unhighlighted blocks, then the analysis', () => {
    const state = policyState(200, 100);
    const full = jsonBytes(state);
    const noEvidence = fitState(state, full - 1);
    expect(noEvidence.truncated).toBe(true);
    expect(noEvidence.analysis!.blocks.every((b) => b.evidence.length === 0)).toBe(true);
    expect(noEvidence.analysis!.blocks[1].text).toHaveLength(100);

    const noOtherText = fitState(state, jsonBytes(noEvidence) - 1);
    expect(noOtherText.analysis!.blocks[0].text).toBe('');
    expect(noOtherText.analysis!.blocks[1].text).toHaveLength(100);

    const bare = fitState(state, 500);
    expect(bare.analysis).toBeUndefined();
    expect(bare).toMatchObject({ status: 'policy', url: state.url, truncated: true });
    expect(jsonBytes(bare)).toBeLessThanOrEqual(500);
  });

  it('leaves a state that fits untouched', () => {
    const state = policyState(5);
    expect(fitState(state, 1e6)).toBe(state);
  });

  it('evicts the oldest other tabs when the storage quota is exceeded', async () => {
    const area = new MemoryArea(30_000);
    const cache = createTabCache(area);
    await cache.put(1, policyState(40, 100, 100)); // oldest
    await cache.put(2, policyState(40, 100, 200));
    await cache.put(3, policyState(40, 100, 300), );
    expect(area.data.size).toBe(3);
    await cache.put(4, policyState(40, 100, 400));
    expect(area.data.has(tabKey(1))).toBe(false);
    expect(area.data.has(tabKey(4))).toBe(true);
    expect(area.data.has(tabKey(3))).toBe(true);
  });

  it('remove deletes the entry', async () => {
    const area = new MemoryArea();
    const cache = createTabCache(area);
    await cache.put(5, { status: 'not-policy', url: 'https://a.example/' });
    await cache.remove(5);
    expect(area.data.size).toBe(0);
  });
});

describe('per-tab cache: corrupted or foreign entries', () => {
  // What a damaged session store can hold under tab:<id>: any JSON-like value, including states of
  // another shape (an older or newer build's) and objects with poisoned keys.
  const storedValue = fc.oneof(
    fc.jsonValue(),
    fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }).filter((v) => v !== undefined),
    fc.record({ status: fc.string(), url: fc.oneof(fc.string(), fc.integer()), analysis: fc.jsonValue() }, { requiredKeys: [] }),
    fc.constant({ version: 2, state: { status: 'policy' } }),
    fc.constant({ status: 'policy', analysis: { blocks: [{ id: -1 }], facts: null } }),
  );

  it('never throws on any stored value: it returns a valid state, or null and removes the entry', async () => {
    await fc.assert(
      fc.asyncProperty(storedValue, async (value) => {
        const area = new MemoryArea();
        area.data.set(tabKey(4), value);
        const cache = createTabCache(area);
        const got = await cache.get(4);
        if (got === null) expect(area.data.has(tabKey(4)), 'an unreadable entry is removed').toBe(false);
        else expect(TabStateSchema.safeParse(got).success).toBe(true);
        // The tab works again right away: a fresh report replaces whatever was there.
        await cache.put(4, { status: 'not-policy', url: 'https://a.example/' });
        expect(await cache.get(4)).toEqual({ status: 'not-policy', url: 'https://a.example/' });
      }),
      { numRuns: 300 },
    );
  });

  it('reads "nothing cached" when the storage area itself fails', async () => {
    const area = new MemoryArea();
    await createTabCache(area).put(1, policyState(2));
    area.failNextGet = true;
    expect(await createTabCache(area).get(1)).toBeNull();
    expect(area.data.has(tabKey(1)), 'a failed read is not a reason to delete').toBe(true);
  });

  it('evicts under quota pressure even when other entries are corrupted', async () => {
    const area = new MemoryArea(20_000);
    area.data.set(tabKey(1), null);
    area.data.set(tabKey(2), { analyzedAt: 'yesterday' });
    area.data.set(tabKey(3), { analyzedAt: Number.NaN });
    area.data.set('fineprint.other', 'kept');
    const cache = createTabCache(area);
    await cache.put(9, policyState(60, 100, 500));
    expect(area.data.has(tabKey(9))).toBe(true);
    expect(area.data.get('fineprint.other'), 'only tab entries are evicted').toBe('kept');
  });
});
