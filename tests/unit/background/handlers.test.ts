import { describe, expect, it } from 'vitest';
import {
  handleBackgroundMessage,
  handleGetTabState,
  handleTabRemoved,
  sameDocumentUrl,
  type BackgroundDeps,
} from '../../../src/background/handlers';
import type { Badge } from '../../../src/background/badge';
import { analyzeBlocks, type Analysis } from '../../../src/core/analysis';
import type { Block } from '../../../src/core/types';
import { AnalyzeReplySchema, ErrorReplySchema, SiteEntriesReplySchema, TabStateSchema } from '../../../src/messaging/protocol';
import { loadSettings, updateSettings } from '../../../src/storage/settings';
import { createTabCache, tabKey } from '../../../src/storage/tab-cache';
import { MemoryArea } from '../storage/memory-area';

const SELF = { id: 'fineprint-id', pageOrigin: 'chrome-extension://fineprint-id/' };
const CONTENT = { id: SELF.id, url: 'https://shop.example/privacy', tab: { id: 12 } };
const POPUP = { id: SELF.id, url: 'chrome-extension://fineprint-id/popup.html' };

const DETECTION = { isPolicy: true, score: 0.9, signals: ['title'], language: 'en' };
const BLOCKS: Block[] = [
  { id: 0, text: 'Privacy Policy', section: '', kind: 'heading' },
  { id: 1, text: 'We collect your email address.', section: 'Privacy Policy', kind: 'paragraph' },
  { id: 2, text: 'Contact us at the address below.', section: 'Privacy Policy', kind: 'paragraph' },
];

/** A deterministic stand-in for the classifier: "collect" → collection, else other. */
function fakeAnalyze(blocks: Block[]): Analysis {
  return {
    blocks: blocks.map((b) => {
      const at = b.text.indexOf('collect');
      return at >= 0
        ? { ...b, categories: ['collection'], evidence: [{ rule: 'collect', category: 'collection', start: at, end: at + 7 }] }
        : { ...b, categories: ['other'], evidence: [] };
    }),
    facts: {},
    spans: [],
    stats: { blocks: blocks.length, words: 0, ms: 0 },
  };
}

function setup(analyze: (blocks: Block[]) => Analysis = fakeAnalyze) {
  const area = new MemoryArea();
  const calls: string[] = [];
  const badge: Badge = {
    showPolicy: async (tabId, n) => void calls.push(`policy ${tabId} ${n}`),
    showUnsupported: async (tabId) => void calls.push(`unsupported ${tabId}`),
    clear: async (tabId) => void calls.push(`clear ${tabId}`),
  };
  const deps: BackgroundDeps = { self: SELF, cache: createTabCache(area), analyze, badge, now: () => 1000 };
  return { area, calls, deps };
}

const analyzeMessage = { type: 'fp/analyze-page', url: CONTENT.url, title: 'Privacy', detection: DETECTION, blocks: BLOCKS };

describe('fp/analyze-page', () => {
  it('replies per-block verdicts, caches the tab state in session storage and badges the tab', async () => {
    const { area, calls, deps } = setup();
    const reply = await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    expect(AnalyzeReplySchema.parse(reply).blocks.map((b) => b.categories)).toEqual([['other'], ['collection'], ['other']]);
    const stored = TabStateSchema.parse(area.data.get(tabKey(12)));
    expect(stored).toMatchObject({ status: 'policy', url: CONTENT.url, title: 'Privacy', detection: DETECTION, analyzedAt: 1000 });
    expect(stored.analysis!.blocks).toHaveLength(3);
    expect(calls).toEqual(['policy 12 1']);
  });

  it('works with the real analyzer and produces a reply the content script accepts', async () => {
    const { deps } = setup(analyzeBlocks);
    const reply = await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    expect(AnalyzeReplySchema.safeParse(reply).success).toBe(true);
  });

  it('still replies when the cache cannot be written', async () => {
    const { deps } = setup();
    deps.cache = { ...deps.cache, put: async () => Promise.reject(new Error('quota')) };
    const reply = await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    expect(reply).toMatchObject({ ok: true });
  });

  it('is rejected when it does not come from a tab (e.g. the popup)', async () => {
    const { area, deps } = setup();
    const reply = await handleBackgroundMessage(analyzeMessage, POPUP, deps);
    expect(ErrorReplySchema.parse(reply).error).toMatch(/must come from the content script in a tab/);
    expect(area.data.size).toBe(0);
  });

  it('rejects too many blocks with a clear error instead of analysing them', async () => {
    const { deps } = setup();
    const blocks = Array.from({ length: 20_001 }, (_, id) => ({ id, text: 'a', section: '', kind: 'paragraph' }));
    const reply = await handleBackgroundMessage({ ...analyzeMessage, blocks }, CONTENT, deps);
    expect(ErrorReplySchema.parse(reply).error).toMatch(/blocks/);
  });
});

describe('fp/page-status', () => {
  it('stores not-policy and clears the badge', async () => {
    const { area, calls, deps } = setup();
    const reply = await handleBackgroundMessage({ type: 'fp/page-status', url: 'https://a.example/', status: 'not-policy' }, CONTENT, deps);
    expect(reply).toEqual({ ok: true });
    expect(area.data.get(tabKey(12))).toEqual({ status: 'not-policy', url: 'https://a.example/', analyzedAt: 1000 });
    expect(calls).toEqual(['clear 12']);
  });

  it('replaces an earlier analysis of the tab and marks unsupported languages', async () => {
    const { area, calls, deps } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    await handleBackgroundMessage(
      { type: 'fp/page-status', url: 'https://a.example/datenschutz', status: 'unsupported-language', detection: { ...DETECTION, language: 'de' } },
      CONTENT,
      deps,
    );
    expect(area.data.get(tabKey(12))).toMatchObject({ status: 'unsupported-language', detection: { language: 'de' } });
    expect(calls.at(-1)).toBe('unsupported 12');
  });
});

describe('fp/get-tab-state', () => {
  it('returns the cached state for the popup', async () => {
    const { deps } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    const state = TabStateSchema.parse(await handleBackgroundMessage({ type: 'fp/get-tab-state', tabId: 12, url: CONTENT.url }, POPUP, deps));
    expect(state.status).toBe('policy');
    expect(state.analysis!.blocks[1].categories).toEqual(['collection']);
  });

  it('answers unknown when nothing is cached', async () => {
    const { deps } = setup();
    expect(await handleBackgroundMessage({ type: 'fp/get-tab-state', tabId: 99 }, POPUP, deps)).toEqual({ status: 'unknown' });
  });

  it('answers unknown when the cached analysis belongs to another URL', async () => {
    const { deps } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    const state = await handleGetTabState({ type: 'fp/get-tab-state', tabId: 12, url: 'https://shop.example/terms' }, deps);
    expect(state).toEqual({ status: 'unknown', url: 'https://shop.example/terms' });
  });

  it('ignores the #fragment when comparing URLs', async () => {
    const { deps } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    const state = await handleGetTabState({ type: 'fp/get-tab-state', tabId: 12, url: `${CONTENT.url}#cookies` }, deps);
    expect(state.status).toBe('policy');
    expect(sameDocumentUrl('https://a/x#1', 'https://a/x')).toBe(true);
    expect(sameDocumentUrl('https://a/x?q=1', 'https://a/x')).toBe(false);
  });

  it('is rejected from a content script (a web page must not read other tabs)', async () => {
    const { deps } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    const reply = await handleBackgroundMessage({ type: 'fp/get-tab-state', tabId: 12 }, CONTENT, deps);
    expect(ErrorReplySchema.parse(reply).error).toMatch(/must come from an extension page/);
  });
});

describe('guards', () => {
  it.each([
    ['another extension', { ...CONTENT, id: 'evil-extension' }],
    ['no sender id', { url: CONTENT.url, tab: { id: 3 } }],
    ['no sender at all', undefined],
  ])('rejects messages from %s before reading them', async (_name, sender) => {
    const { area, calls, deps } = setup();
    const reply = await handleBackgroundMessage(analyzeMessage, sender, deps);
    expect(ErrorReplySchema.parse(reply).error).toMatch(/not this extension/);
    expect(area.data.size).toBe(0);
    expect(calls).toEqual([]);
  });

  it.each([
    ['an unknown type', { type: 'fp/delete-everything' }],
    ['no type', { url: 'x' }],
    ['a non-object', 'fp/analyze-page'],
    ['null', null],
    ['a malformed analyze-page', { ...analyzeMessage, blocks: [{ id: -1, text: 3 }] }],
    ['a wrong status', { type: 'fp/page-status', url: 'x', status: 'hacked' }],
    ['a non-integer tab id', { type: 'fp/get-tab-state', tabId: 1.5 }],
  ])('rejects %s with a clear error', async (_name, message) => {
    const { area, deps } = setup();
    const reply = await handleBackgroundMessage(message, CONTENT, deps);
    expect(ErrorReplySchema.parse(reply).error).toMatch(/^Rejected message .*expected fp\/analyze-page, fp\/page-status, fp\/get-tab-state, fp\/site-off-entries or fp\/turn-on-site/);
    expect(area.data.size).toBe(0);
  });

  it('does not echo hostile message contents back', async () => {
    const { deps } = setup();
    const hostile = '<img src=x onerror=alert(1)>'.repeat(1000);
    const reply = await handleBackgroundMessage({ type: 'fp/page-status', url: 'x', status: hostile }, CONTENT, deps);
    const error = ErrorReplySchema.parse(reply).error;
    expect(error).not.toContain('<img');
    expect(error.length).toBeLessThan(600);
  });

  it('turns an analyzer crash into an error reply', async () => {
    const { deps } = setup(() => {
      throw new Error('rule exploded');
    });
    const reply = await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    expect(ErrorReplySchema.parse(reply).error).toBe('fp/analyze-page failed: rule exploded');
  });
});

describe('tabs.onRemoved', () => {
  it('deletes the closed tab entry only', async () => {
    const { area, deps } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    await handleBackgroundMessage(analyzeMessage, { ...CONTENT, tab: { id: 13 } }, deps);
    await handleTabRemoved(12, deps);
    expect([...area.data.keys()]).toEqual([tabKey(13)]);
  });
});

describe('fp/site-off-entries and fp/turn-on-site (the popup turning a switched-off site back on)', () => {
  async function withSettings(disabledSites: string[]) {
    const { deps } = setup();
    const settings = new MemoryArea();
    await updateSettings(settings, { disabledSites, autoDetect: false });
    return { deps: { ...deps, settings }, settings };
  }

  it('lists the entries covering the site, then removes them through the settings module, keeping the rest', async () => {
    const { deps, settings } = await withSettings(['example.com', 'tracker.test']);
    expect(SiteEntriesReplySchema.parse(await handleBackgroundMessage({ type: 'fp/site-off-entries', hostname: 'www.example.com' }, POPUP, deps)).entries).toEqual(['example.com']);
    expect(SiteEntriesReplySchema.parse(await handleBackgroundMessage({ type: 'fp/turn-on-site', hostname: 'www.example.com' }, POPUP, deps)).entries).toEqual(['example.com']);
    const after = await loadSettings(settings);
    expect(after.disabledSites).toEqual(['tracker.test']);
    expect(after.autoDetect, 'other settings are kept').toBe(false);
  });

  it('refuses them from a web page or a content script, and malformed hostnames', async () => {
    const { deps, settings } = await withSettings(['example.com']);
    for (const sender of [CONTENT, { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }]) {
      const reply = await handleBackgroundMessage({ type: 'fp/turn-on-site', hostname: 'example.com' }, sender, deps);
      expect(ErrorReplySchema.safeParse(reply).success, `from ${sender.url}`).toBe(true);
    }
    expect(ErrorReplySchema.safeParse(await handleBackgroundMessage({ type: 'fp/turn-on-site', hostname: 'x'.repeat(300) }, POPUP, deps)).success).toBe(true);
    expect((await loadSettings(settings)).disabledSites, 'nothing was removed').toEqual(['example.com']);
  });
});
