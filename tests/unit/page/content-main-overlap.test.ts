import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis';
import type { Block } from '../../../src/core/types';
import type { PageBlock } from '../../../src/page/blocks';
import { PolicyPage, type PageReading } from '../../../src/page/content-main';
import type { DetectOptions } from '../../../src/page/detect';
import type { PrecheckOptions } from '../../../src/page/precheck';
import { readText } from '../../../src/page/text';
import { FOLLOWED_LINK_KEY } from '../../../src/storage/followed-link';
import { MemoryArea } from '../storage/memory-area';

// Stage 2 reads two things from storage.local (the followed privacy link, the settings). They are
// read while the page is read, not before it: on a policy page the blocks are extracted while
// those reads are still under way, and the link text still reaches the detector.

const HREF = 'https://shop.example/privacy';
const HTML = `<!doctype html><html><head><title>Privacy Policy</title></head><body>
<h1>Privacy Policy</h1><p>We collect your email address when you sign up.</p></body></html>`;

/** storage.local whose reads answer only when the test says so. */
class HeldArea extends MemoryArea {
  private held: Array<() => void> = [];
  pendingReads = 0;
  override async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    this.pendingReads++;
    await new Promise<void>((resolve) => this.held.push(resolve));
    this.pendingReads--;
    return super.get(keys);
  }
  release(): void {
    this.held.splice(0).forEach((resolve) => resolve());
  }
}

function setup(maybeWithoutLink: boolean) {
  const { document } = parseHTML(HTML);
  const doc = document as unknown as Document;
  const storage = new HeldArea();
  void storage.set({ [FOLLOWED_LINK_KEY]: { href: HREF, text: 'Privacy Policy', at: Date.now() } });
  const events: string[] = [];
  const prechecks: (PrecheckOptions | undefined)[] = [];
  let detectedWith: DetectOptions | undefined;
  const reading: PageReading = {
    precheck: (_d, _u, opts) => {
      prechecks.push(opts);
      return { maybe: maybeWithoutLink || opts?.linkText !== undefined, signals: [] };
    },
    extractBlocks: (d) => {
      events.push(`extract while ${storage.pendingReads} reads pending`);
      return [...d.querySelectorAll('h1, p')].map<PageBlock>((element, id) => ({
        element,
        block: { id, text: readText(element).text, section: '', kind: element.tagName === 'H1' ? 'heading' : 'paragraph' },
      }));
    },
    detectPolicy: (_d, opts) => {
      detectedWith = opts;
      return { isPolicy: true, score: 1, signals: [], language: 'en' };
    },
    findPolicyLink: () => null,
    readText,
  };
  const analysis = (blocks: Block[]): Analysis => ({
    blocks: blocks.map((b) => ({ ...b, categories: ['collection'], evidence: [] })),
    facts: {},
    spans: [],
    stats: { blocks: blocks.length, words: 0, ms: 0 },
  });
  const page = new PolicyPage({
    doc,
    win: { innerHeight: 800, scrollBy: () => {}, matchMedia: () => ({ matches: false }) as never },
    href: HREF,
    hostname: 'shop.example',
    runtime: {
      id: 'fineprint-id',
      getURL: (path) => `chrome-extension://fineprint-id${path}`,
      sendMessage: async (message) => {
        const m = message as { type: string; blocks?: Block[] };
        if (m.type !== 'fp/analyze-page') return { ok: true };
        return { ok: true, blocks: analysis(m.blocks!).blocks.map((b) => ({ id: b.id, categories: b.categories, evidence: b.evidence })) };
      },
    },
    storage,
    reading,
    highlightEnv: null,
  });
  return { page, storage, events, prechecks, detected: () => detectedWith };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stage 2 reads the page while its storage reads are under way', () => {
  it('extracts the blocks before the followed link and the settings have been read', async () => {
    const t = setup(true);
    const run = t.page.run();
    await flush();
    expect(t.events).toEqual(['extract while 2 reads pending']);
    t.storage.release();
    await flush();
    t.storage.release(); // recallFollowedLink removes the entry it read
    await run;
    expect(t.page.status).toBe('policy');
    expect(t.detected()?.linkText, 'the followed link still reaches the detector').toBe('Privacy Policy');
  });

  it('waits for the followed link before ruling out a page whose precheck needs it', async () => {
    const t = setup(false);
    const run = t.page.run();
    await flush();
    expect(t.events, 'nothing is read before the link text is known').toEqual([]);
    for (let i = 0; i < 5; i++) {
      t.storage.release();
      await flush();
    }
    await run;
    expect(t.prechecks.at(-1)?.linkText).toBe('Privacy Policy');
    expect(t.events).toHaveLength(1);
    expect(t.page.status).toBe('policy');
  });
});
