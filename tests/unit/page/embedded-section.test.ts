import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../src/page/blocks';
import { PolicyPage, type PageReading } from '../../../src/page/content-main';
import { detectPolicy, precheck, privacySectionOf } from '../../../src/page/detect';
import type { HighlightEnvironment } from '../../../src/page/highlight';
import { findPolicyLink } from '../../../src/page/policy-link';
import { readText } from '../../../src/page/text';
import { MemoryArea } from '../storage/memory-area';
import { doc, TERMS_THEN_PRIVACY, VENDOR_POLICY } from './fixtures';

/**
 * Stage 2 with the real page reading on a page holding two documents: what it sends for analysis
 * (and so what gets highlighted) is the privacy statement, not the terms around it.
 */
const EXT_ID = 'fineprint-id';

async function analyzedBlocks(html: string, reading: PageReading): Promise<string[]> {
  const sent: { type: string; blocks?: { text: string }[] }[] = [];
  const highlightEnv: HighlightEnvironment = {
    createRange: () => ({ setStart() {}, setEnd() {} }),
    registry: { set: () => undefined, delete: () => true, has: () => false },
    createHighlight: (ranges) => ({ priority: 0, ranges }),
    attachStyles: () => () => {},
    readText,
  };
  const page = new PolicyPage({
    doc: doc(html),
    win: { innerHeight: 800, scrollBy: () => {}, matchMedia: () => ({ matches: false }) as never },
    href: 'https://lumen.example/legal',
    hostname: 'lumen.example',
    runtime: {
      id: EXT_ID,
      getURL: (path) => `chrome-extension://${EXT_ID}${path}`,
      sendMessage: async (message) => {
        sent.push(message as never);
        return { ok: false, error: 'not under test' };
      },
    },
    storage: new MemoryArea(),
    reading,
    highlightEnv,
  } as ConstructorParameters<typeof PolicyPage>[0]);
  await page.run();
  const analyze = sent.find((m) => m.type === 'fp/analyze-page');
  expect(analyze, 'the page should be sent for analysis').toBeDefined();
  return (analyze!.blocks ?? []).map((b) => b.text);
}

const READING: PageReading = { precheck, detectPolicy, extractBlocks, findPolicyLink, readText, privacySectionOf };

describe('stage 2 on a Terms page carrying its privacy statement', () => {
  it('classifies only the privacy section', async () => {
    const texts = await analyzedBlocks(TERMS_THEN_PRIVACY, READING);
    expect(texts[0]).toBe('Privacy Statement');
    expect(texts.some((t) => /these Terms/.test(t))).toBe(false);
    expect(texts.some((t) => /Refund/.test(t))).toBe(false);
    expect(texts.some((t) => /privacy@lumen\.example/.test(t))).toBe(true);
  });

  it('a plain policy page is read whole', async () => {
    const texts = await analyzedBlocks(VENDOR_POLICY, READING);
    expect(texts.length).toBe(extractBlocks(doc(VENDOR_POLICY)).length);
  });
});

describe('stage 2 and the link the user followed', () => {
  it('passes the remembered link text to the detector once, on the page it led to', async () => {
    const { storeFollowedLink, FOLLOWED_LINK_KEY } = await import('../../../src/storage/followed-link');
    const storage = new MemoryArea();
    await storeFollowedLink(storage, { href: 'https://lumen.example/legal', text: 'Privacy Policy', at: Date.now() });
    const seen: (string | undefined)[] = [];
    const reading: PageReading = {
      ...READING,
      detectPolicy: (d, opts) => {
        seen.push(opts?.linkText);
        return detectPolicy(d, opts);
      },
    };
    const page = new PolicyPage({
      doc: doc(VENDOR_POLICY),
      win: { innerHeight: 800, scrollBy: () => {}, matchMedia: () => ({ matches: false }) as never },
      href: 'https://lumen.example/legal',
      hostname: 'lumen.example',
      runtime: { id: EXT_ID, getURL: (p: string) => `chrome-extension://${EXT_ID}${p}`, sendMessage: async () => ({ ok: false, error: 'not under test' }) },
      storage,
      reading,
      highlightEnv: {
        createRange: () => ({ setStart() {}, setEnd() {} }),
        registry: { set: () => undefined, delete: () => true, has: () => false },
        createHighlight: (ranges) => ({ priority: 0, ranges }),
        attachStyles: () => () => {},
        readText,
      },
    } as ConstructorParameters<typeof PolicyPage>[0]);
    await page.run();
    expect(seen).toEqual(['Privacy Policy']);
    expect(storage.data.has(FOLLOWED_LINK_KEY), 'read once').toBe(false);
  });
});
