import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage, type BackgroundDeps } from '../../../src/background/handlers';
import type { Badge } from '../../../src/background/badge';
import type { Analysis } from '../../../src/core/analysis';
import type { Block } from '../../../src/core/types';
import { senderProblem, type SenderLike } from '../../../src/messaging/guard';
import { AnalyzeReplySchema, ErrorReplySchema, TabStateSchema } from '../../../src/messaging/protocol';
import { createTabCache, tabKey } from '../../../src/storage/tab-cache';
import { MemoryArea } from '../storage/memory-area';

/**
 * Only Fineprint's own contexts may talk to its worker, each only about what it is for: the
 * content script reports its own tab (the tab id comes from the browser's sender record, never
 * from the message), the popup reads tab states. These cases complement
 * tests/unit/background/handlers.test.ts with the ways a stranger or a confused context could try.
 */

const SELF = { id: 'fineprint-id', pageOrigin: 'chrome-extension://fineprint-id/' };
const CONTENT: SenderLike = { id: SELF.id, url: 'https://shop.example/privacy', tab: { id: 12 }, frameId: 0 };
const POPUP: SenderLike = { id: SELF.id, url: 'chrome-extension://fineprint-id/popup.html' };
const DETECTION = { isPolicy: true, score: 9, signals: ['title'], language: 'en' };
const BLOCKS: Block[] = [
  { id: 0, text: 'Privacy Policy', section: '', kind: 'heading' },
  { id: 1, text: 'We collect your email address.', section: 'Privacy Policy', kind: 'paragraph' },
];
const ANALYZE = { type: 'fp/analyze-page', url: 'https://shop.example/privacy', title: 'Privacy', detection: DETECTION, blocks: BLOCKS };

function analyzeStub(blocks: Block[]): Analysis {
  return {
    blocks: blocks.map((b) => ({ ...b, categories: ['collection'], evidence: [] })),
    facts: {},
    spans: [],
    stats: { blocks: blocks.length, words: 0, ms: 0 },
  };
}

function setup() {
  const area = new MemoryArea();
  const calls: string[] = [];
  let analyzed = 0;
  const badge: Badge = {
    showPolicy: async (tabId) => void calls.push(`policy ${tabId}`),
    showUnsupported: async (tabId) => void calls.push(`unsupported ${tabId}`),
    clear: async (tabId) => void calls.push(`clear ${tabId}`),
  };
  const deps: BackgroundDeps = {
    self: SELF,
    cache: createTabCache(area),
    analyze: (blocks) => {
      analyzed++;
      return analyzeStub(blocks);
    },
    badge,
    now: () => 1,
  };
  return { area, calls, deps, analyzedCount: () => analyzed };
}

describe('the worker refuses strangers', () => {
  it.each<[string, SenderLike | undefined, RegExp]>([
    ['a web page (no extension id, no tab)', { url: 'https://evil.example/' }, /not this extension/],
    ['a web page claiming our id but sending from no tab', { id: SELF.id, url: 'https://evil.example/' }, /content script in a tab/],
    ['another extension using our message types', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/bg.js' }, /not this extension/],
    ['another extension naming our popup URL', { id: 'other', url: 'chrome-extension://fineprint-id/popup.html' }, /not this extension/],
    ['our content script in a subframe (ads, embeds)', { ...CONTENT, frameId: 7 }, /content script in a tab/],
    ['a sender with a non-integer tab id', { id: SELF.id, url: 'https://a.example/', tab: { id: 1.5 } }, /content script in a tab/],
  ])('analyze-page from %s: rejected, nothing analysed, stored or badged', async (_name, sender, error) => {
    const { area, calls, deps, analyzedCount } = setup();
    const reply = await handleBackgroundMessage(ANALYZE, sender, deps);
    expect(ErrorReplySchema.parse(reply).error).toMatch(error);
    expect(analyzedCount(), 'the classifier must not run for a refused message').toBe(0);
    expect(area.data.size).toBe(0);
    expect(calls).toEqual([]);
  });

  it('a content script cannot write another tab: the tab is the sender’s, whatever the message says', async () => {
    const { area, calls, deps } = setup();
    const reply = await handleBackgroundMessage({ ...ANALYZE, tabId: 99, tab: { id: 99 } }, CONTENT, deps);
    expect(AnalyzeReplySchema.safeParse(reply).success).toBe(true);
    expect([...area.data.keys()]).toEqual([tabKey(12)]);
    expect(calls).toEqual(['policy 12']);
    const status = await handleBackgroundMessage({ type: 'fp/page-status', url: 'https://x.example/', status: 'not-policy', tabId: 99 }, CONTENT, deps);
    expect(status).toEqual({ ok: true });
    expect(area.data.has(tabKey(99))).toBe(false);
  });

  it('a content script cannot read any tab’s summary, not even its own', async () => {
    const { deps } = setup();
    await handleBackgroundMessage(ANALYZE, CONTENT, deps);
    for (const tabId of [12, 13]) {
      const reply = await handleBackgroundMessage({ type: 'fp/get-tab-state', tabId }, CONTENT, deps);
      expect(ErrorReplySchema.parse(reply).error).toMatch(/must come from an extension page/);
    }
  });

  it('the popup cannot post an analysis (it has no tab of its own)', async () => {
    const { area, deps } = setup();
    const reply = await handleBackgroundMessage(ANALYZE, POPUP, deps);
    expect(ErrorReplySchema.parse(reply).error).toMatch(/content script in a tab/);
    expect(area.data.size).toBe(0);
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'fp/export-all-tabs' }],
    ['a type in another case', { ...ANALYZE, type: 'FP/ANALYZE-PAGE' }],
    ['an array', [ANALYZE]],
    ['a URL over 8192 characters', { ...ANALYZE, url: `https://a.example/${'x'.repeat(9000)}` }],
    ['a title over 2000 characters', { ...ANALYZE, title: 't'.repeat(2001) }],
    ['more than 20,000 blocks', { ...ANALYZE, blocks: Array.from({ length: 20_001 }, (_, id) => ({ id, text: 'a', section: '', kind: 'paragraph' })) }],
    ['a detection with a wrong type', { ...ANALYZE, detection: { ...DETECTION, isPolicy: 'yes' } }],
    ['a block kind that does not exist', { ...ANALYZE, blocks: [{ id: 0, text: 'x', section: '', kind: 'script' }] }],
  ])('rejects %s from our own content script with a short error', async (_name, message) => {
    const { area, deps, analyzedCount } = setup();
    const reply = await handleBackgroundMessage(message, CONTENT, deps);
    const error = ErrorReplySchema.parse(reply).error;
    expect(error).toMatch(/^Rejected message/);
    expect(error.length, 'the error must not echo the payload').toBeLessThan(600);
    expect(analyzedCount()).toBe(0);
    expect(area.data.size).toBe(0);
  });

  it('no sender that is not exactly this extension ever gets through (any id, url, tab, frame)', async () => {
    const sender = fc.record(
      {
        id: fc.oneof(fc.string(), fc.constant(SELF.id.toUpperCase()), fc.constant(`${SELF.id} `), fc.constant('')),
        url: fc.oneof(fc.webUrl(), fc.constant('chrome-extension://fineprint-id/popup.html')),
        tab: fc.record({ id: fc.oneof(fc.integer(), fc.double()) }, { requiredKeys: [] }),
        frameId: fc.integer({ min: -1, max: 5 }),
      },
      { requiredKeys: [] },
    ).filter((s) => s.id !== SELF.id);
    await fc.assert(
      fc.asyncProperty(sender, fc.constantFrom<unknown>(ANALYZE, { type: 'fp/get-tab-state', tabId: 12 }, { type: 'fp/page-status', url: 'x', status: 'not-policy' }), async (s, message) => {
        const { area, calls, deps } = setup();
        const reply = await handleBackgroundMessage(message, s, deps);
        expect(ErrorReplySchema.parse(reply).error).toMatch(/not this extension/);
        expect(area.data.size).toBe(0);
        expect(calls).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('any message at all from our own contexts gets an answer, never an exception', async () => {
    const { deps } = setup();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('fp/analyze-page', 'fp/page-status', 'fp/get-tab-state'), tabId: fc.anything(), url: fc.anything(), blocks: fc.anything() }, { requiredKeys: ['type'] })), fc.constantFrom(CONTENT, POPUP), async (message, sender) => {
        const reply = await handleBackgroundMessage(message, sender, deps);
        const shaped = ErrorReplySchema.safeParse(reply).success || AnalyzeReplySchema.safeParse(reply).success || TabStateSchema.safeParse(reply).success || (reply as { ok?: unknown }).ok === true;
        expect(shaped, `unexpected reply ${JSON.stringify(reply)?.slice(0, 200)}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('senderProblem on edge cases', () => {
  it('treats an empty own id as "unknown self": everyone is refused', () => {
    expect(senderProblem({ id: '', url: 'chrome-extension:///popup.html' }, 'extension-page', { id: '', pageOrigin: 'chrome-extension:///' })).toMatch(/not this extension/);
  });

  it('does not take a look-alike origin for our own pages', () => {
    const lookalikes = ['chrome-extension://fineprint-id.evil.example/popup.html', 'https://fineprint-id/popup.html', 'chrome-extension://fineprint-i/popup.html'];
    for (const url of lookalikes) expect(senderProblem({ id: SELF.id, url }, 'extension-page', SELF), url).toMatch(/extension page/);
  });
});
