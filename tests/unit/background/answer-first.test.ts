import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage, handleGetTabState, type BackgroundDeps } from '../../../src/background/handlers';
import type { Badge } from '../../../src/background/badge';
import { createAnalysisMemo } from '../../../src/background/analysis-memo';
import { analyzeInSteps } from '../../../src/core/analysis';
import { createTabWork } from '../../../src/background/tab-work';
import { analyzeBlocks } from '../../../src/core/analysis';
import type { Block } from '../../../src/core/types';
import { AnalyzeReplySchema, TabStateSchema } from '../../../src/messaging/protocol';
import { createTabCache, tabKey } from '../../../src/storage/tab-cache';
import { MemoryArea } from '../storage/memory-area';

// The worker answers the page with its verdicts first; facts, tab cache and badge follow
// (src/background/handlers.ts with `tabWork`), and a page read again is answered from the memo.

const SELF = { id: 'fineprint-id', pageOrigin: 'chrome-extension://fineprint-id/' };
const CONTENT = { id: SELF.id, url: 'https://shop.example/privacy', tab: { id: 12 } };
const POPUP = { id: SELF.id, url: 'chrome-extension://fineprint-id/popup.html' };
const DETECTION = { isPolicy: true, score: 0.9, signals: ['title'], language: 'en' };
const BLOCKS: Block[] = [
  { id: 0, text: 'Privacy Policy', section: '', kind: 'heading' },
  { id: 1, text: 'We collect your email address and share it with advertising partners.', section: 'Privacy Policy', kind: 'paragraph' },
  { id: 2, text: 'You can delete your account at any time in the settings.', section: 'Privacy Policy', kind: 'paragraph' },
];
const analyzeMessage = { type: 'fp/analyze-page', url: CONTENT.url, title: 'Privacy', detection: DETECTION, blocks: BLOCKS };

/** A deferral the test releases by hand: the work "after the reply" runs only when `release()` is called. */
function manualDefer() {
  const queued: Array<() => void> = [];
  return {
    defer: (run: () => void) => void queued.push(run),
    release: () => queued.splice(0).forEach((run) => run()),
    pending: () => queued.length,
  };
}

function setup() {
  const area = new MemoryArea();
  const calls: string[] = [];
  const badge: Badge = {
    showPolicy: async (tabId, n) => void calls.push(`policy ${tabId} ${n}`),
    showUnsupported: async (tabId) => void calls.push(`unsupported ${tabId}`),
    clear: async (tabId) => void calls.push(`clear ${tabId}`),
  };
  const timer = manualDefer();
  let classifications = 0;
  const deps: BackgroundDeps = {
    self: SELF,
    cache: createTabCache(area),
    analyze: analyzeBlocks,
    analyzeInSteps: (blocks) => {
      classifications++;
      return analyzeInSteps(blocks);
    },
    tabWork: createTabWork({ defer: timer.defer }),
    memo: createAnalysisMemo(),
    badge,
    now: () => 1000,
  };
  return { area, calls, deps, timer, classifications: () => classifications };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the worker answers the page before recording the analysis', () => {
  it('replies with the verdicts while the cache and the badge wait for the deferred work', async () => {
    const { area, calls, deps, timer } = setup();
    const reply = AnalyzeReplySchema.parse(await handleBackgroundMessage(analyzeMessage, CONTENT, deps));
    expect(reply.blocks[1].categories).toContain('collection');
    expect(area.data.has(tabKey(12)), 'nothing is written before the reply is out').toBe(false);
    expect(calls).toEqual([]);
    await flush();
    timer.release();
    await deps.tabWork!.settled(12);
    const stored = TabStateSchema.parse(area.data.get(tabKey(12)));
    expect(stored.analysis!.blocks.map((b) => b.categories)).toEqual(reply.blocks.map((b) => b.categories));
    const highlighted = reply.blocks.filter((b) => b.categories.some((c) => c !== 'other')).length;
    expect(calls).toEqual([`policy 12 ${highlighted}`]);
  });

  it('makes the popup wait for the recording instead of answering unknown', async () => {
    const { deps, timer } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    let state: unknown = null;
    const asked = handleBackgroundMessage({ type: 'fp/get-tab-state', tabId: 12, url: CONTENT.url }, POPUP, deps).then((s) => (state = s));
    await flush();
    expect(state, 'the popup is not answered while the analysis is being recorded').toBeNull();
    timer.release();
    await asked;
    expect(TabStateSchema.parse(state).status).toBe('policy');
  });

  it('a later status of the tab is not overwritten by an earlier analysis finishing late', async () => {
    const { area, deps, timer } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    const status = handleBackgroundMessage({ type: 'fp/page-status', url: 'https://shop.example/', status: 'not-policy' }, CONTENT, deps);
    await flush();
    timer.release();
    await status;
    await deps.tabWork!.settled(12);
    expect(area.data.get(tabKey(12))).toMatchObject({ status: 'not-policy', url: 'https://shop.example/' });
  });

  it('keeps going after a failed recording: the next piece of work for the tab still runs', async () => {
    const errors: unknown[] = [];
    const timer = manualDefer();
    const work = createTabWork({ defer: timer.defer, onError: (e) => errors.push(e) });
    const done: string[] = [];
    work.after(1, async () => Promise.reject(new Error('quota')));
    work.after(1, async () => void done.push('second'));
    await flush();
    timer.release();
    await flush();
    timer.release();
    await work.settled(1);
    expect(done).toEqual(['second']);
    expect(String(errors[0])).toMatch(/quota/);
  });
});

describe('the memo of recent analyses', () => {
  it('answers a page read again with the same blocks without classifying it again', async () => {
    const { deps, timer, classifications } = setup();
    const first = await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    timer.release();
    await deps.tabWork!.settled(12);
    const again = await handleBackgroundMessage({ ...analyzeMessage, url: `${CONTENT.url}#rights` }, CONTENT, deps);
    expect(classifications(), 'classified once').toBe(1);
    expect(again).toEqual(first);
  });

  it('analyses afresh when the text changed or the URL is another', async () => {
    const { deps, timer, classifications } = setup();
    await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
    timer.release();
    await deps.tabWork!.settled(12);
    const edited = BLOCKS.map((b) => (b.id === 2 ? { ...b, text: 'We sell your data.' } : b));
    await handleBackgroundMessage({ ...analyzeMessage, blocks: edited }, CONTENT, deps);
    await handleBackgroundMessage({ ...analyzeMessage, url: 'https://other.example/privacy' }, CONTENT, deps);
    expect(classifications()).toBe(3);
  });

  it('forgets the least recently used page beyond its size', () => {
    const memo = createAnalysisMemo(2);
    const analysis = analyzeBlocks(BLOCKS);
    memo.put('https://a/', BLOCKS, analysis);
    memo.put('https://b/', BLOCKS, analysis);
    expect(memo.get('https://a/', BLOCKS)).toBe(analysis); // a is now the most recent
    memo.put('https://c/', BLOCKS, analysis);
    expect(memo.get('https://b/', BLOCKS)).toBeUndefined();
    expect(memo.get('https://a/', BLOCKS)).toBe(analysis);
    expect(memo.get('https://c/', BLOCKS)).toBe(analysis);
  });
});

describe('analyzeInSteps', () => {
  it('completes to exactly what analyzeBlocks gives (stats.ms aside)', () => {
    const staged = analyzeInSteps(BLOCKS);
    const whole = analyzeBlocks(BLOCKS);
    const completed = staged.complete();
    expect(staged.classified).toEqual(whole.blocks);
    expect({ ...completed, stats: { ...completed.stats, ms: 0 } }).toEqual({ ...whole, stats: { ...whole.stats, ms: 0 } });
    expect(staged.complete(), 'computed once').toBe(completed);
  });
});

// The page-level reply must not depend on whether work is deferred: same verdicts either way.
it('answers the same verdicts with and without deferred recording', async () => {
  const { deps } = setup();
  const deferred = await handleBackgroundMessage(analyzeMessage, CONTENT, deps);
  const inline = await handleBackgroundMessage(analyzeMessage, CONTENT, { ...deps, tabWork: undefined, memo: undefined });
  expect(deferred).toEqual(inline);
  expect(await handleGetTabState({ type: 'fp/get-tab-state', tabId: 12 }, { ...deps, tabWork: undefined })).toMatchObject({ status: 'policy' });
});
