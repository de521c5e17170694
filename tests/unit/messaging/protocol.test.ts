import { describe, expect, it } from 'vitest';
import { FactsSchema } from '../../../src/core/facts/schema';
import { AnalyzeReplySchema, ContentRequestSchema, ErrorReplySchema, PageInfoSchema, TabStateSchema } from '../../../src/messaging/protocol';
import { readShared } from '../../helpers/shared';
import { MIXED_FACTS, MIXED_SPANS, makeAnalysis, pageInfo, tabState } from '../ui/fixtures';

/**
 * The protocol schemas are the single definition every receiver parses with: the background, the
 * content script and the popup. These pin down what they accept and refuse.
 */
const REQUESTS: [unknown, boolean][] = [
  [{ type: 'fp/get-page-info' }, true],
  [{ type: 'fp/get-page-info', extra: 1 }, true],
  [{ type: 'fp/set-highlights', enabled: true }, true],
  [{ type: 'fp/set-highlights', enabled: 'yes' }, false],
  [{ type: 'fp/set-highlights' }, false],
  [{ type: 'fp/scroll-to', block: 3 }, true],
  [{ type: 'fp/scroll-to', block: 3, start: 10, end: 20 }, true],
  [{ type: 'fp/scroll-to', block: -1 }, false],
  [{ type: 'fp/scroll-to', block: 1.5 }, false],
  [{ type: 'fp/scroll-to', block: 2, start: -4 }, false],
  [{ type: 'fp/scroll-to', block: 2, end: '9' }, false],
  [{ type: 'fp/scroll-to', block: Number.NaN }, false],
  [{ type: 'fp/scroll-to', block: 2 ** 53 }, false],
  [{ type: 'fp/analyze-page' }, false],
  [{ type: 'nope' }, false],
  [{}, false],
  [null, false],
  ['fp/get-page-info', false],
  [[], false],
];

const REPLIES: [unknown, 'analyze' | 'error' | 'neither'][] = [
  [{ ok: true, blocks: [] }, 'analyze'],
  [{ ok: true, blocks: [{ id: 1, categories: ['collection'], evidence: [{ rule: 'r', category: 'collection', start: 0, end: 4 }] }] }, 'analyze'],
  [{ ok: true, blocks: [{ id: 1.5, categories: [], evidence: [] }] }, 'neither'],
  [{ ok: true, blocks: [{ id: 1, categories: [3], evidence: [] }] }, 'neither'],
  [{ ok: true, blocks: [{ id: 1, categories: [], evidence: [{ rule: 'r' }] }] }, 'neither'],
  [{ ok: false, error: 'Rejected' }, 'error'],
  [{ ok: false }, 'neither'],
  [{ ok: true }, 'neither'],
  [undefined, 'neither'],
];

describe('message schemas', () => {
  it.each(REQUESTS.map(([m, ok]) => [JSON.stringify(m) ?? String(m), m, ok]))('ContentRequestSchema on %s', (_label, message, ok) => {
    expect(ContentRequestSchema.safeParse(message).success).toBe(ok);
  });

  it.each(REPLIES.map(([m, kind]) => [JSON.stringify(m) ?? String(m), m, kind]))('reply schemas on %s', (_label, reply, kind) => {
    expect(AnalyzeReplySchema.safeParse(reply).success).toBe(kind === 'analyze');
    expect(ErrorReplySchema.safeParse(reply).success).toBe(kind === 'error');
  });
});

describe('what the popup renders', () => {
  it('accepts a PageInfo in every status and refuses a broken one', () => {
    for (const status of ['policy', 'not-policy', 'unsupported-language', 'pending'] as const) {
      expect(PageInfoSchema.safeParse(pageInfo({ status })).success, status).toBe(true);
    }
    expect(PageInfoSchema.safeParse(pageInfo({ policyLink: { href: 'https://example.com/privacy', text: 'Privacy' } })).success).toBe(true);
    expect(PageInfoSchema.safeParse({ ...pageInfo(), status: 'maybe' }).success).toBe(false);
    expect(PageInfoSchema.safeParse({ ...pageInfo(), url: 'x'.repeat(9000) }).success, 'URLs are capped at 8192 chars').toBe(false);
    expect(PageInfoSchema.safeParse({ ...pageInfo(), policyLink: undefined }).success, 'policyLink is null, not absent').toBe(false);
  });

  it('accepts a full TabState and refuses one with a bad analysis', () => {
    const analysis = makeAnalysis({ ...MIXED_FACTS, children: { min_age: 13, parental_consent: null } }, MIXED_SPANS);
    const state = { ...tabState(analysis), truncated: true, detection: { isPolicy: true, score: 0.9, signals: ['title'], language: 'en' } };
    expect(TabStateSchema.safeParse(state).success).toBe(true);
    const noCategories = { ...analysis, blocks: analysis.blocks.map((b, i) => (i === 1 ? { ...b, categories: [] } : b)) };
    expect(TabStateSchema.safeParse(tabState(noCategories)).success, 'a block has at least one category').toBe(false);
    const unknownRight = { ...analysis, facts: { ...analysis.facts, rights: ['telepathy'] } };
    expect(TabStateSchema.safeParse(tabState(unknownRight as never)).success, 'rights come from the vocabulary').toBe(false);
    const negativeEvidence = { ...analysis, facts: { ...analysis.facts, sells_data_evidence: [-1] } };
    expect(TabStateSchema.safeParse(tabState(negativeEvidence)).success, 'evidence ids are block ids').toBe(false);
  });

  it('accepts the gold facts of every seed, alone and inside a TabState', () => {
    const gold = JSON.parse(readShared('gold/seeds.facts.json')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(gold).length).toBeGreaterThan(0);
    for (const [seed, facts] of Object.entries(gold)) {
      expect(FactsSchema.safeParse(facts).success, `${seed}: gold facts should match FactsSchema`).toBe(true);
      const state = { status: 'policy', analysis: { blocks: [], facts, spans: [], stats: { blocks: 0, words: 0, ms: 0 } } };
      expect(TabStateSchema.safeParse(state).success, `${seed}: as a cached tab state`).toBe(true);
    }
  });
});
