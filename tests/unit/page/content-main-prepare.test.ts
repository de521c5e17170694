import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../../src/page/blocks';
import { PolicyPage, type PageReading } from '../../../src/page/content-main';
import { detectPolicy, precheck, privacySectionOf } from '../../../src/page/detect';
import type { HighlightEnvironment } from '../../../src/page/highlight';
import { findPolicyLink } from '../../../src/page/policy-link';
import { readText } from '../../../src/page/text';
import { MemoryArea } from '../storage/memory-area';
import { doc, VENDOR_POLICY } from './fixtures';

/**
 * While the background worker classifies a policy's blocks (tens of milliseconds on a long policy)
 * the page's main thread is free: stage 2 works out where each highlight goes then, so that once
 * the verdicts arrive only the highlights themselves are left to draw.
 */
const EXT_ID = 'fineprint-id';
const READING: PageReading = { precheck, detectPolicy, extractBlocks, findPolicyLink, readText, privacySectionOf };

function setup() {
  const rangeReads: Element[] = [];
  const registered = new Map<string, { ranges: unknown[] }>();
  const highlightEnv: HighlightEnvironment = {
    createRange: () => ({ setStart() {}, setEnd() {} }),
    registry: { set: (name, h) => void registered.set(name, h as never), delete: (name) => registered.delete(name), has: (name) => registered.has(name) },
    createHighlight: (ranges) => ({ priority: 0, ranges }) as never,
    attachStyles: () => () => {},
    readText: (element) => {
      rangeReads.push(element);
      return readText(element);
    },
  };
  let answer: (reply: unknown) => void = () => undefined;
  let sent: { blocks: { id: number }[] } | null = null;
  const page = new PolicyPage({
    doc: doc(VENDOR_POLICY),
    win: { innerHeight: 800, scrollBy: () => {}, matchMedia: () => ({ matches: false }) as never },
    href: 'https://lumen.example/privacy',
    hostname: 'lumen.example',
    runtime: {
      id: EXT_ID,
      getURL: (path) => `chrome-extension://${EXT_ID}${path}`,
      sendMessage: (message) => {
        const m = message as { type: string; blocks: { id: number }[] };
        if (m.type !== 'fp/analyze-page') return Promise.resolve({ ok: true });
        sent = m;
        return new Promise((resolve) => (answer = resolve));
      },
    },
    storage: new MemoryArea(),
    reading: READING,
    highlightEnv,
  });
  return { page, rangeReads, registered, answer: (reply: unknown) => answer(reply), sent: () => sent };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stage 2 prepares the highlights while the worker classifies', () => {
  it('reads every block for its range before the verdicts arrive, and not again after', async () => {
    const t = setup();
    const run = t.page.run();
    for (let i = 0; i < 5 && !t.sent(); i++) await flush();
    const blocks = t.sent()!.blocks;
    expect(blocks.length).toBeGreaterThan(3);
    // Prepared a slice at a time (8 ms each), yielding between slices.
    for (let i = 0; i < 50 && t.rangeReads.length < blocks.length; i++) await flush();
    expect(t.rangeReads, 'each block read once for its range, with the worker still busy').toHaveLength(blocks.length);
    expect(t.registered.size, 'nothing is highlighted before the verdicts').toBe(0);
    t.answer({ ok: true, blocks: blocks.map((b) => ({ id: b.id, categories: ['collection'], evidence: [] })) });
    await run;
    expect(t.page.status).toBe('policy');
    expect(t.registered.get('fp-collection')?.ranges).toHaveLength(blocks.length);
    expect(t.rangeReads, 'showing the highlights used the prepared ranges').toHaveLength(blocks.length);
  });

  it('an answer that comes at once (the worker remembered the page) still highlights every block, each read once', async () => {
    const t = setup();
    const run = t.page.run();
    for (let i = 0; i < 5 && !t.sent(); i++) await flush();
    const blocks = t.sent()!.blocks;
    t.answer({ ok: true, blocks: blocks.map((b) => ({ id: b.id, categories: ['collection'], evidence: [] })) });
    await run;
    expect(t.registered.get('fp-collection')?.ranges, 'every block highlighted all the same').toHaveLength(blocks.length);
    expect(t.rangeReads, 'no block read twice').toHaveLength(blocks.length);
  });

  it('a failed analysis still leaves the page unhighlighted, with the error', async () => {
    const t = setup();
    const run = t.page.run();
    for (let i = 0; i < 5 && !t.sent(); i++) await flush();
    t.answer({ ok: false, error: 'the worker could not classify' });
    await run;
    expect(t.page.pageInfo()).toMatchObject({ status: 'policy', error: 'the worker could not classify' });
    expect(t.registered.size).toBe(0);
  });
});
