import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { handleBackgroundMessage, type BackgroundDeps } from '../../../src/background/handlers';
import type { Analysis } from '../../../src/core/analysis';
import type { Block } from '../../../src/core/types';
import type { Detection } from '../../../src/messaging/protocol';
import { PageInfoSchema } from '../../../src/messaging/protocol';
import type { PageBlock } from '../../../src/page/blocks';
import { PolicyPage, isEnglish, type PageReading } from '../../../src/page/content-main';
import type { HighlightEnvironment } from '../../../src/page/highlight';
import { readText } from '../../../src/page/text';
import { SETTINGS_KEY, getSiteHighlights } from '../../../src/storage/settings';
import { createTabCache } from '../../../src/storage/tab-cache';
import { MemoryArea } from '../storage/memory-area';

/**
 * The content script's controller end to end in Node: a linkedom page, the real background
 * handlers behind a fake `runtime.sendMessage`, a fake highlight registry. Page reading is faked
 * (its own tests live with the detection work) except `readText`.
 */
const EXT_ID = 'fineprint-id';
const POPUP = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html` };
const POLICY_HTML = `<!doctype html><html><head><title>Privacy Policy</title></head><body>
<h1>Privacy Policy</h1><p>We collect your email address when you sign up.</p>
<p>We share data with advertising partners.</p><p>Write to us at the address below.</p></body></html>`;

function classify(blocks: Block[]): Analysis {
  return {
    blocks: blocks.map((b) => ({
      ...b,
      categories: /collect/.test(b.text) ? ['collection'] : /share/.test(b.text) ? ['sharing'] : ['other'],
      evidence: [],
    })),
    facts: {},
    spans: [],
    stats: { blocks: blocks.length, words: 0, ms: 0 },
  };
}

function setup(
  options: { html?: string; detection?: Partial<Detection>; maybe?: boolean; failSends?: number; storage?: MemoryArea; reportNotPolicy?: boolean } = {},
) {
  const { document } = parseHTML(options.html ?? POLICY_HTML);
  const doc = document as unknown as Document;
  const sent: { type: string }[] = [];
  const session = new MemoryArea();
  const storage = options.storage ?? new MemoryArea();
  const background: BackgroundDeps = {
    self: { id: EXT_ID, pageOrigin: `chrome-extension://${EXT_ID}/` },
    cache: createTabCache(session),
    analyze: classify,
    badge: { showPolicy: async () => {}, showUnsupported: async () => {}, clear: async () => {} },
  };
  let failures = options.failSends ?? 0;
  const registry = new Map<string, { priority: number; ranges: unknown[] }>();
  const highlightEnv: HighlightEnvironment = {
    createRange: () => ({ setStart() {}, setEnd() {} }),
    registry: { set: (n, h) => registry.set(n, h as never), delete: (n) => registry.delete(n), has: (n) => registry.has(n) },
    createHighlight: (ranges) => ({ priority: 0, ranges }),
    attachStyles: () => () => {},
    readText,
  };
  let linkLookups = 0;
  const reading: PageReading = {
    precheck: () => ({ maybe: options.maybe ?? true, signals: [] }),
    extractBlocks: (d) =>
      [...d.querySelectorAll('h1, p')].map<PageBlock>((element, id) => ({
        element,
        block: { id, text: readText(element).text, section: '', kind: element.tagName === 'H1' ? 'heading' : 'paragraph' },
      })),
    detectPolicy: () => ({ isPolicy: true, score: 1, signals: [], language: 'en', ...options.detection }),
    findPolicyLink: () => {
      linkLookups++;
      return { href: 'https://shop.example/privacy', text: 'Privacy' };
    },
    readText,
  };
  const page = new PolicyPage({
    doc,
    win: { innerHeight: 800, scrollBy: () => {}, matchMedia: () => ({ matches: false }) as never },
    href: 'https://shop.example/privacy',
    hostname: 'shop.example',
    runtime: {
      id: EXT_ID,
      getURL: (path) => `chrome-extension://${EXT_ID}${path}`,
      sendMessage: async (message) => {
        sent.push(message as { type: string });
        if (failures > 0) {
          failures--;
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }
        return handleBackgroundMessage(message, { id: EXT_ID, url: 'https://shop.example/privacy', tab: { id: 1 } }, background);
      },
    },
    storage,
    reading,
    highlightEnv,
    retry: { attempts: 3, sleep: async () => {} },
    reportNotPolicy: options.reportNotPolicy,
  });
  const legend = () => doc.querySelector('[data-fineprint="legend"]');
  return { page, doc, sent, registry, storage, session, legend, lookups: () => linkLookups };
}

describe('content script on an English policy', () => {
  it('analyzes through the background, highlights and shows the legend', async () => {
    const { page, sent, registry, session, legend } = setup();
    expect(PageInfoSchema.parse(await page.onMessage({ type: 'fp/get-page-info' }, POPUP)).status).toBe('pending');
    await page.run();
    expect(sent.map((m) => m.type)).toEqual(['fp/analyze-page']);
    expect([...registry.keys()].sort()).toEqual(['fp-collection', 'fp-sharing']);
    expect(legend()).not.toBeNull();
    expect(session.data.get('tab:1')).toMatchObject({ status: 'policy' });
    const info = PageInfoSchema.parse(await page.onMessage({ type: 'fp/get-page-info' }, POPUP));
    expect(info).toEqual({ url: 'https://shop.example/privacy', title: 'Privacy Policy', status: 'policy', highlights: true, policyLink: null });
  });

  it('set-highlights off removes highlights and legend and remembers it for the site', async () => {
    const { page, registry, storage, legend } = setup();
    await page.run();
    const info = PageInfoSchema.parse(await page.onMessage({ type: 'fp/set-highlights', enabled: false }, POPUP));
    expect(info.highlights).toBe(false);
    expect(registry.size).toBe(0);
    expect(legend()).toBeNull();
    // The choice is stored for the site (read back through the settings module: its stored shape is its own).
    expect(storage.data.has(SETTINGS_KEY)).toBe(true);
    expect(await getSiteHighlights(storage, 'shop.example')).toBe(false);

    const again = setup({ storage });
    await again.page.run();
    expect(again.registry.size).toBe(0);
    expect(again.legend()).toBeNull();
    await again.page.onMessage({ type: 'fp/set-highlights', enabled: true }, POPUP);
    expect(again.registry.size).toBe(2);
    expect(again.legend()).not.toBeNull();
  });

  it('a choice made while the page is still pending is not overwritten by the stored setting', async () => {
    const { page, registry, legend } = setup();
    // The popup's message is handled first; the page's own settings read starts right after.
    const choosing = page.onMessage({ type: 'fp/set-highlights', enabled: false }, POPUP);
    await page.run();
    await choosing;
    expect(registry.size).toBe(0);
    expect(legend()).toBeNull();
    expect(PageInfoSchema.parse(await page.onMessage({ type: 'fp/get-page-info' }, POPUP)).highlights).toBe(false);
  });

  it('retries while the worker restarts', async () => {
    const { page, sent, registry } = setup({ failSends: 2 });
    await page.run();
    expect(sent).toHaveLength(3);
    expect(registry.size).toBe(2);
  });

  it('reports a clear error when the worker never answers, without highlights', async () => {
    const { page, registry } = setup({ failSends: 10 });
    await page.run();
    const info = PageInfoSchema.parse(await page.onMessage({ type: 'fp/get-page-info' }, POPUP));
    expect(info.status).toBe('policy');
    expect(info.error).toMatch(/did not answer after 3 tries/);
    expect(registry.size).toBe(0);
  });

  it('reanalyze sends the same blocks to the worker again, which records the summary it lost', async () => {
    const { page, sent, session, registry } = setup();
    expect(await page.onMessage({ type: 'fp/reanalyze' }, POPUP), 'nothing to send before the page was read').toMatchObject({ ok: false });
    await page.run();
    // The worker was stopped after answering the page, before recording: the cache is empty.
    session.data.delete('tab:1');
    expect(await page.onMessage({ type: 'fp/reanalyze' }, POPUP)).toEqual({ ok: true });
    expect(sent.map((m) => m.type)).toEqual(['fp/analyze-page', 'fp/analyze-page']);
    expect(sent[1]).toEqual(sent[0]);
    await expect.poll(() => session.data.get('tab:1')).toMatchObject({ status: 'policy' });
    expect(registry.size, 'the highlights stay as they are').toBe(2);
  });

  it('scroll-to emphasises a known block and refuses an unknown one', async () => {
    const { page, doc, registry } = setup();
    let scrolled = 0;
    for (const p of doc.querySelectorAll('p')) {
      Object.assign(p, {
        scrollIntoView: () => void scrolled++,
        getBoundingClientRect: () => ({ top: 0, height: 20 }),
      });
    }
    await page.run();
    expect(await page.onMessage({ type: 'fp/scroll-to', block: 1, start: 3, end: 10 }, POPUP)).toEqual({ ok: true });
    expect(scrolled).toBe(1);
    expect(registry.has('fp-focus')).toBe(true);
    expect(await page.onMessage({ type: 'fp/scroll-to', block: 99 }, POPUP)).toMatchObject({ ok: false, error: expect.stringMatching(/Block 99/) });
    page.dispose();
    expect(registry.size).toBe(0);
  });
});

describe('content script elsewhere', () => {
  it('stops after the precheck on ordinary pages: no message, policy link only when asked', async () => {
    const { page, sent, lookups } = setup({ maybe: false });
    await page.run();
    expect(sent).toEqual([]);
    expect(lookups()).toBe(0);
    const info = PageInfoSchema.parse(await page.onMessage({ type: 'fp/get-page-info' }, POPUP));
    expect(info).toMatchObject({ status: 'not-policy', highlights: true, policyLink: { href: 'https://shop.example/privacy' } });
    await page.onMessage({ type: 'fp/get-page-info' }, POPUP);
    expect(lookups()).toBe(1);
  });

  it('after an in-page navigation away from a policy, reports not-policy even from the precheck (clears the badge)', async () => {
    const { page, sent } = setup({ maybe: false, reportNotPolicy: true });
    await page.run();
    expect(sent).toEqual([expect.objectContaining({ type: 'fp/page-status', status: 'not-policy' })]);
    expect(page.stoppedAtPrecheck).toBe(true);
  });

  it('reports not-policy when the full check says no', async () => {
    const { page, sent, registry } = setup({ detection: { isPolicy: false } });
    await page.run();
    expect(sent.map((m) => m.type)).toEqual(['fp/page-status']);
    expect(sent[0]).toMatchObject({ status: 'not-policy' });
    expect(registry.size).toBe(0);
  });

  it('reports unsupported-language for a policy in another language and highlights nothing', async () => {
    const { page, sent, registry, legend } = setup({ detection: { language: 'de' } });
    await page.run();
    expect(sent).toEqual([expect.objectContaining({ type: 'fp/page-status', status: 'unsupported-language' })]);
    expect(registry.size).toBe(0);
    expect(legend()).toBeNull();
    expect(PageInfoSchema.parse(await page.onMessage({ type: 'fp/get-page-info' }, POPUP)).status).toBe('unsupported-language');
  });

  it('accepts en and its regional forms only', () => {
    expect(['en', 'EN-us', 'en_GB'].map(isEnglish)).toEqual([true, true, true]);
    expect(['de', 'und', 'eng', ''].map(isEnglish)).toEqual([false, false, false, false]);
  });
});

describe('content script message guard', () => {
  it('rejects other extensions and web pages', async () => {
    const { page, registry } = setup();
    await page.run();
    for (const sender of [{ id: 'other-extension' }, { url: 'https://evil.example/' }, undefined]) {
      expect(await page.onMessage({ type: 'fp/set-highlights', enabled: false }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/not this extension/) });
    }
    expect(registry.size).toBe(2);
  });

  it.each([[{ type: 'fp/analyze-page' }], [{ type: 'fp/set-highlights', enabled: 'no' }], [{ type: 'fp/scroll-to', block: -2 }], [null], ['x']])(
    'rejects %j with what was expected',
    async (message) => {
      const { page } = setup();
      expect(await page.onMessage(message, POPUP)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/expected fp\/get-page-info, fp\/set-highlights, fp\/scroll-to or fp\/reanalyze/),
      });
    },
  );
});
