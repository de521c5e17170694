import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleBackgroundMessage, type BackgroundDeps } from '../../../src/background/handlers';
import type { Analysis } from '../../../src/core/analysis';
import type { Block } from '../../../src/core/types';
import type { PageBlock } from '../../../src/page/blocks';
import { PolicyPage, type PageReading } from '../../../src/page/content-main';
import type { HighlightEnvironment, RangeLike } from '../../../src/page/highlight';
import { readText } from '../../../src/page/text';
import { setGetMessage } from '../../../src/page/ui-text';
import { SETTINGS_KEY, defaultSettings } from '../../../src/storage/settings';
import { createTabCache } from '../../../src/storage/tab-cache';
import { getMessage } from '../../setup/i18n';
import { MemoryArea } from '../storage/memory-area';

/**
 * The content script's controller with the page-side features of the legend, tooltip and keyboard
 * commands: a linkedom page, the real background handlers behind a fake `sendMessage`, a fake
 * highlight registry and hand-made geometry (linkedom has no layout).
 */
beforeAll(() => setGetMessage(getMessage));
afterAll(() => setGetMessage(null));

const EXT_ID = 'fineprint-id';
const WORKER = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/background.js` };
const HTML = `<!doctype html><html><head><title>Privacy Policy</title></head><body>
<h1>Privacy Policy</h1><p>We collect your email address when you sign up.</p>
<p>We share data with advertising partners.</p><p>We collect your IP address.</p><p>Write to us.</p></body></html>`;

function classify(blocks: Block[]): Analysis {
  return {
    blocks: blocks.map((b) => {
      const collect = b.text.indexOf('collect');
      const share = b.text.indexOf('share');
      if (collect >= 0) return { ...b, categories: ['collection'], evidence: [{ rule: 'collection/we-collect', category: 'collection', start: collect - 3, end: collect + 7 }] };
      if (share >= 0) return { ...b, categories: ['sharing'], evidence: [{ rule: 'sharing/we-share', category: 'sharing', start: share - 3, end: share + 10 }] };
      return { ...b, categories: ['other'], evidence: [] };
    }),
    facts: {},
    spans: [],
    stats: { blocks: blocks.length, words: 0, ms: 0 },
  };
}

function setup(options: { storage?: MemoryArea; policy?: boolean } = {}) {
  const { document } = parseHTML(HTML);
  const doc = document as unknown as Document;
  const storage = options.storage ?? new MemoryArea();
  const background: BackgroundDeps = {
    self: { id: EXT_ID, pageOrigin: `chrome-extension://${EXT_ID}/` },
    cache: createTabCache(new MemoryArea()),
    analyze: classify,
    badge: { showPolicy: async () => {}, showUnsupported: async () => {}, clear: async () => {} },
    describeRule: (id) => ({ 'collection/we-collect': 'The company collecting data.', 'sharing/we-share': 'The company sharing data.' })[id],
  };
  const registry = new Map<string, unknown>();
  const owners = new Map<RangeLike, Element>();
  const highlightEnv: HighlightEnvironment = {
    createRange: () => {
      const range: RangeLike = {
        setStart: (node: Node) => void owners.set(range, (node.nodeType === 1 ? node : node.parentNode) as Element),
        setEnd: () => {},
      };
      return range;
    },
    registry: { set: (n, h) => registry.set(n, h), delete: (n) => registry.delete(n), has: (n) => registry.has(n) },
    createHighlight: () => ({ priority: 0 }),
    attachStyles: () => () => {},
    readText,
  };
  const paragraphs = [...doc.querySelectorAll('p')];
  const rect = (range: RangeLike) => {
    const i = paragraphs.indexOf(owners.get(range) as HTMLParagraphElement);
    return { left: 0, top: 100 * i, right: 400, bottom: 100 * i + 20 };
  };
  const reading: PageReading = {
    precheck: () => ({ maybe: true, signals: [] }),
    extractBlocks: (d) =>
      [...d.querySelectorAll('h1, p')].map<PageBlock>((element, id) => ({
        element,
        block: { id, text: readText(element).text, section: 'Privacy Policy', kind: element.tagName === 'H1' ? 'heading' : 'paragraph' },
      })),
    detectPolicy: () => ({ isPolicy: options.policy ?? true, score: 1, signals: [], language: 'en' }),
    findPolicyLink: () => null,
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
      sendMessage: (message) => handleBackgroundMessage(message, { id: EXT_ID, url: 'https://shop.example/privacy', tab: { id: 1 } }, background),
    },
    storage,
    reading,
    highlightEnv,
    pointer: {
      win: { innerWidth: 1000, innerHeight: 800, addEventListener() {}, removeEventListener() {} },
      hitTest: () => null,
      rectsOf: (range) => [rect(range)],
      boundsOf: rect,
    },
  });
  const shadow = (name: string) => doc.querySelector(`[data-fineprint="${name}"]`)?.shadowRoot ?? null;
  const tooltipText = () => {
    const box = shadow('tooltip')?.querySelector('[role="tooltip"]');
    return box && !box.hasAttribute('hidden') ? (box.textContent ?? '') : null;
  };
  const command = (name: string) => page.onMessage({ type: 'fp/page-command', command: name }, WORKER) as Promise<Record<string, unknown>>;
  return { page, doc, registry, storage, shadow, tooltipText, command };
}

const live = (registry: Map<string, unknown>) => [...registry.keys()].filter((k) => k !== 'fp-focus').sort();

describe('fp/page-command and the page UI', () => {
  it('next / previous highlighted paragraph: explained with the rule line the worker sent and the matched words', async () => {
    const { page, command, tooltipText, registry } = setup();
    await page.run();
    const first = await command('next-highlight');
    expect(first).toEqual({ ok: true, index: 1, total: 3, block: 1 });
    expect(registry.has('fp-focus')).toBe(true);
    const text = tooltipText()!;
    expect(text).toContain('Collection');
    expect(text).toContain('collection/we-collect');
    expect(text).toContain('The company collecting data.');
    expect(text).toContain('Matched: We collect');
    expect(await command('next-highlight')).toMatchObject({ index: 2, block: 2 });
    expect(tooltipText()).toContain('The company sharing data.');
    expect(await command('previous-highlight')).toMatchObject({ index: 1, block: 1 });
  });

  it('toggle-highlights flips highlights like the popup switch (remembered for the site) and answers with the page info', async () => {
    const { page, command, registry, storage, doc } = setup();
    await page.run();
    expect(await command('toggle-highlights')).toMatchObject({ status: 'policy', highlights: false });
    expect(registry.size).toBe(0);
    expect(doc.querySelector('[data-fineprint]')).toBeNull();
    expect((storage.data.get(SETTINGS_KEY) as { sites: unknown }).sites).toEqual({ 'shop.example': { highlights: false } });
    expect(await command('next-highlight')).toEqual({ ok: false, error: 'Highlights are off on this page.' });
    expect(await command('toggle-highlights')).toMatchObject({ highlights: true });
    expect(live(registry)).toEqual(['fp-collection', 'fp-sharing']);
  });

  it('refuses commands on a page that is not a policy, and unknown commands', async () => {
    const notPolicy = setup({ policy: false });
    await notPolicy.page.run();
    expect(await notPolicy.command('next-highlight')).toMatchObject({ ok: false, error: expect.stringMatching(/no analysis/) });
    const { page, command } = setup();
    await page.run();
    expect(await command('reload-everything')).toMatchObject({ ok: false, error: expect.stringMatching(/^Rejected message "fp\/page-command"/) });
  });

  it('a legend toggle hides a category on this page only: nothing is stored', async () => {
    const { page, shadow, registry, storage, command } = setup();
    await page.run();
    const before = structuredClone(storage.data.get(SETTINGS_KEY));
    (shadow('legend')!.querySelector('button[data-category="collection"]') as HTMLElement).click();
    expect(live(registry)).toEqual(['fp-sharing']);
    expect(storage.data.get(SETTINGS_KEY)).toEqual(before);
    expect(await command('next-highlight'), 'navigation skips the hidden category').toMatchObject({ ok: true, total: 1, block: 2 });
    (shadow('legend')!.querySelector('button[data-category="collection"]') as HTMLElement).click();
    expect(live(registry)).toEqual(['fp-collection', 'fp-sharing']);
  });

  it('starts with the categories the options page shows, and the palette it chose', async () => {
    const storage = new MemoryArea();
    await storage.set({ [SETTINGS_KEY]: { ...defaultSettings(), categoriesShown: ['sharing'], palette: 'high-contrast' } });
    const { page, registry, shadow } = setup({ storage });
    await page.run();
    expect(live(registry)).toEqual(['fp-sharing']);
    const collection = shadow('legend')!.querySelector('button[data-category="collection"]')!;
    expect(collection.getAttribute('aria-pressed'), 'still listed, so it can be shown on this page').toBe('false');
    expect((shadow('legend')!.querySelector('button[data-category="sharing"] .swatch') as HTMLElement).style.getPropertyValue('background-color')).toMatch(/#ee8866|238, 136, 102/i);
  });

  it('dispose leaves the page as it was: no highlight, legend or tooltip', async () => {
    const { page, command, registry, doc } = setup();
    await page.run();
    await command('next-highlight');
    page.dispose();
    expect(registry.size).toBe(0);
    expect(doc.querySelector('[data-fineprint]')).toBeNull();
  });
});
