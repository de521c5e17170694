import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../src/core/analysis';
import type { Facts } from '../../src/core/facts/schema';
import { readShared } from '../helpers/shared';
import {
  ARTIFACTS,
  fpHighlightNames,
  launchWithExtension,
  openPopup,
  pageGeometry,
  readHighlights,
  inWorker,
  tabIdOf,
  waitForHighlights,
  withTimeout,
  type ChromeGlobal,
  type ExtensionBrowser,
} from './helpers/browser';
import { add, fmt, pr, precision, recall, type PR } from './helpers/metrics';
import { BLOG_PATH, PRODUCT_PATH, TERMS_PATH, normalizeText, renderedText, startSite, type SeedPage, type TestSite } from './helpers/site';

/**
 * The extension as a user meets it: real Chromium, the built MV3 extension, a vendor site on
 * 127.0.0.1 built from the five seed policies. Figures (highlight agreement with gold, popup facts
 * precision/recall) are printed and written to tests/e2e/.artifacts/e2e-report.json; the asserted
 * floors are deliberately low: they catch a broken pipeline, the evaluations track quality.
 */

/** Share of gold blocks whose main highlighted category is one of their gold categories (or: not highlighted, gold 'other'). */
const MIN_HIGHLIGHT_AGREEMENT = 0.5;
/** Share of collection-only gold blocks that carry an fp-collection highlight. */
const MIN_COLLECTION_ONLY_COVERED = 0.5;
/** Recall (over the five seeds) of each popup field the facts module fills, against gold. */
const MIN_FACT_RECALL = 0.5;
/** The popup fields compared with gold as sets of vocabulary values. */
const SET_FIELDS = ['collected', 'shared_types', 'shared_with', 'purposes', 'rights', 'how_to_exercise'] as const;
const SINGLE_FIELDS = ['sells_data', 'change_notice'] as const;
/** Structured fields, compared through the values the popup lists (reported, not asserted). */
const STRUCTURED_FIELDS = ['red_flags', 'transfers'] as const;
/** Fields whose floor is asserted when covered (the others are reported only). */
const ASSERTED_FIELDS = ['collected', 'shared_with', 'rights', 'sells_data'];

const ANALYSIS_TIMEOUT = 30_000;

let site: TestSite;
let ext: ExtensionBrowser;
const requests: { url: string; fromWorker: boolean; frameUrl: string | null }[] = [];
const workerResourceUrls = new Set<string>();
const seedPages = new Map<number, Page>();
const report: Record<string, unknown> = {};

function goldFacts(): Record<string, Facts & Record<string, unknown>> {
  return JSON.parse(readShared('gold/seeds.facts.json'));
}

/** The gold facts of one field as the flat list of values the popup shows for it (null: no gold). */
function goldValuesOf(g: Record<string, unknown>, field: string): string[] | null {
  const value = g[field];
  if (value === undefined) return null;
  if (field === 'red_flags') return [...new Set((value as { flag: string }[]).map((f) => f.flag))];
  if (field === 'transfers') {
    const t = value as { countries: string[]; safeguards: string[] };
    return [...t.countries, ...t.safeguards];
  }
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' ? [value] : null;
}

function recordRequest(req: Request): void {
  let frameUrl: string | null = null;
  try {
    frameUrl = req.frame().url();
  } catch {
    // Requests of service workers have no frame.
  }
  requests.push({ url: req.url(), fromWorker: req.serviceWorker() !== null, frameUrl });
}

async function openSeed(seed: SeedPage): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(site.url(seed.path));
  await waitForHighlights(page, ANALYSIS_TIMEOUT);
  await page.waitForSelector('[data-fineprint="legend"]', { state: 'attached', timeout: 10_000 });
  return page;
}

async function badgeText(tabId: number): Promise<string> {
  return inWorker(ext, (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }), tabId, 'action.getBadgeText');
}

async function legendCount(page: Page): Promise<number> {
  return page.locator('[data-fineprint="legend"]').count();
}

/** Highlight names that still hold ranges ('fp-focus' is the transient "show on page" mark). */
async function liveHighlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    'highlights' in CSS
      ? [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights].filter(([k, h]) => k.startsWith('fp-') && h.size > 0).map(([k]) => k)
      : [],
  );
}

async function popupFieldValues(popup: Page, field: string): Promise<string[] | null> {
  // Shared data types are the "Shared" column of the data-types table (src/ui/DataTypesTable.tsx).
  if (field === 'shared_types') {
    const table = popup.locator('section[data-field="collected"]');
    if ((await table.count()) === 0) return null;
    return table.locator('[data-shared-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-shared-value') ?? ''));
  }
  const section = popup.locator(`section[data-field="${field}"]`);
  if ((await section.count()) === 0) return null;
  // Long lists show their first items and a "Show N more" button: read them all.
  const more = section.getByRole('button', { name: /^Show \d+ more$/ });
  while ((await more.count()) > 0) await more.first().click();
  return section.locator('[data-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
}

function saveArtifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

beforeAll(async () => {
  site = await startSite();
  ext = await launchWithExtension();
  ext.context.on('request', recordRequest);
});

afterAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'e2e-report.json'), JSON.stringify(report, null, 2));
  await ext?.close();
  await site?.close();
});

/**
 * The worker's own fetches, from its Resource Timing buffer (a second witness beside the request
 * events; read before the worker is stopped, since the buffer dies with it).
 */
async function collectWorkerResources(): Promise<void> {
  for (const w of ext.context.serviceWorkers()) {
    try {
      const urls = await withTimeout(w.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)), 5_000, 'resource timing');
      for (const u of urls) workerResourceUrls.add(u);
    } catch {
      // The worker stopped meanwhile: its requests were still seen by the request log.
    }
  }
}

/** Requests for the content script's stage 2 (content-full.js) made from the page at `pageUrl`. */
function stage2Loads(pageUrl: string): string[] {
  return requests.filter((r) => r.frameUrl === pageUrl && /\/content-full\.js(?:$|\?)/.test(r.url)).map((r) => r.url);
}

describe('Fineprint in Chromium', () => {
  it('(a) marks every seed policy page: highlights, legend and badge', async () => {
    for (const seed of site.seeds) {
      const page = await openSeed(seed);
      seedPages.set(seed.n, page);
      // Highlights come from stage 2, which stage 1 loads with import() once the precheck says maybe.
      expect(stage2Loads(page.url()), `${seed.seed}: stage 2 of the content script should have been loaded`).not.toEqual([]);
      // Stage 2 hands itself to stage 1 through the isolated world's global: the page never sees it.
      expect(await page.evaluate(() => '__fineprintContentFull' in window), `${seed.seed}: stage 2 must not run in the page's world`).toBe(false);
      expect(await legendCount(page), `${seed.seed}: the legend should be on the page`).toBe(1);
      const tabId = await tabIdOf(ext, page);
      expect(await badgeText(tabId), `${seed.seed}: the toolbar badge should mark a policy`).not.toBe('');
    }
  });

  it('(a) leaves ordinary pages alone: product, blog article, terms of service', async () => {
    for (const path of [PRODUCT_PATH, BLOG_PATH, TERMS_PATH]) {
      const page = await ext.context.newPage();
      await page.goto(site.url(path));
      if (path === PRODUCT_PATH) {
        // Nothing on a product page hints at privacy: stage 1's precheck rules it out and stage 2
        // is never loaded. (The terms and the blog article mention privacy: there the full check
        // in stage 2 is what says no.) Give stage 1 time to (wrongly) load it before asking.
        await page.waitForLoadState('load');
        await page.waitForTimeout(500);
        expect(stage2Loads(page.url()), `${path}: an ordinary page should cost only the precheck, not stage 2`).toEqual([]);
        // Stage 2 is web-accessible only through Chrome's per-session dynamic URL: the page
        // cannot use its static URL to find out that Fineprint is installed.
        const probe = await page.evaluate(async (url) => {
          try {
            const r = await fetch(url);
            return `status ${r.status}`;
          } catch {
            return 'blocked';
          }
        }, `chrome-extension://${ext.extensionId}/content-full.js`);
        expect(probe, 'a page fetching the static URL of stage 2').toBe('blocked');
      }
      const tabId = await tabIdOf(ext, page);
      // The popup's verdict is the sign that the content script has decided about this page.
      const popup = await openPopup(ext, tabId);
      await popup.waitForSelector('[data-testid="popup"][data-status="not-policy"]', { timeout: ANALYSIS_TIMEOUT });
      await popup.close();
      expect(await fpHighlightNames(page), `${path}: no fp-* highlights on a page that is not a policy`).toEqual([]);
      expect(await legendCount(page), `${path}: no legend`).toBe(0);
      expect(await badgeText(tabId), `${path}: no badge`).toBe('');
      await page.close();
    }
  });

  it('(b) highlights sit on the right blocks (agreement with gold, per seed)', async () => {
    const perSeed: Record<string, unknown> = {};
    let agreeAll = 0;
    let totalAll = 0;
    let collOnlyCovered = 0;
    let collOnlyTotal = 0;
    for (const seed of site.seeds) {
      const page = seedPages.get(seed.n);
      expect(page, 'test (a) opened this seed').toBeTruthy();
      const highlights = await readHighlights(page!);
      // Every highlighted range lies inside one gold block and is text of that block.
      const byBlock = new Map<number, Map<string, number>>();
      for (const [name, ranges] of Object.entries(highlights)) {
        if (name === 'fp-focus') continue;
        const category = name.slice('fp-'.length);
        for (const r of ranges) {
          expect(r.goldIndex, `${seed.seed}: an ${name} range starts outside the policy blocks ("${r.text.slice(0, 60)}")`).not.toBeNull();
          const blockText = normalizeText(renderedText(seed.gold[r.goldIndex!]));
          expect(blockText, `${seed.seed}#${r.goldIndex}: ${name} range text should be text of its block`).toContain(normalizeText(r.text));
          const m = byBlock.get(r.goldIndex!) ?? new Map<string, number>();
          m.set(category, (m.get(category) ?? 0) + r.text.length);
          byBlock.set(r.goldIndex!, m);
        }
      }
      let agree = 0;
      let sCollCovered = 0;
      let sCollTotal = 0;
      for (const g of seed.gold) {
        const cats = byBlock.get(g.index);
        const primary = cats ? [...cats].sort((a, b) => b[1] - a[1])[0][0] : null;
        if (primary ? g.categories.includes(primary) : g.categories.length === 1 && g.categories[0] === 'other') agree++;
        if (g.categories.length === 1 && g.categories[0] === 'collection') {
          sCollTotal++;
          if (cats?.has('collection')) sCollCovered++;
        }
      }
      perSeed[seed.seed] = {
        blocks: seed.gold.length,
        highlightedBlocks: byBlock.size,
        agreement: +(agree / seed.gold.length).toFixed(3),
        collectionOnlyCovered: `${sCollCovered}/${sCollTotal}`,
        highlightNames: Object.keys(highlights).sort(),
      };
      agreeAll += agree;
      totalAll += seed.gold.length;
      collOnlyCovered += sCollCovered;
      collOnlyTotal += sCollTotal;
    }
    report.highlights = { perSeed, agreement: agreeAll / totalAll, collectionOnlyCovered: collOnlyCovered / collOnlyTotal };
    console.log('[e2e] highlight agreement with gold per seed:', JSON.stringify(perSeed, null, 1));
    console.log(`[e2e] overall agreement ${fmt(agreeAll / totalAll)}, collection-only blocks in fp-collection ${collOnlyCovered}/${collOnlyTotal}`);
    expect(agreeAll / totalAll, 'primary highlighted category should match gold on most blocks').toBeGreaterThanOrEqual(MIN_HIGHLIGHT_AGREEMENT);
    expect(collOnlyCovered / collOnlyTotal, 'collection-only blocks should be in fp-collection').toBeGreaterThanOrEqual(MIN_COLLECTION_ONLY_COVERED);
  });

  it('(c) the popup summary agrees with the gold facts', async () => {
    const gold = goldFacts();
    const totals: Record<string, PR> = {};
    const covered = new Set<string>();
    const perSeed: Record<string, Record<string, string>> = {};
    for (const seed of site.seeds) {
      const page = seedPages.get(seed.n)!;
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: ANALYSIS_TIMEOUT });
      // Which fields the facts module fills, from the same core run in Node on the gold blocks.
      const nodeFacts = analyzeBlocks(seed.gold.map((g) => ({ id: g.index, text: g.text, section: g.section, kind: g.kind }))).facts;
      const g = gold[seed.seed];
      const row: Record<string, string> = {};
      for (const field of [...SET_FIELDS, ...SINGLE_FIELDS, ...STRUCTURED_FIELDS]) {
        const shown = await popupFieldValues(popup, field);
        if (shown === null) {
          row[field] = 'not shown';
          continue;
        }
        if ((nodeFacts as Record<string, unknown>)[field] !== undefined) covered.add(field);
        const goldValues = goldValuesOf(g, field);
        if (goldValues === null) {
          row[field] = `shown (${shown.length}), no gold`;
          continue;
        }
        const score = pr(shown, goldValues);
        totals[field] = add(totals[field] ?? { tp: 0, predicted: 0, gold: 0 }, score);
        row[field] = `P ${fmt(precision(score))} R ${fmt(recall(score))} (${score.tp}/${score.predicted}/${score.gold})`;
      }
      perSeed[seed.seed] = row;
      if (seed.n === 0) await popup.screenshot({ path: saveArtifact('popup-seed-0.png'), fullPage: true });
      await popup.close();
    }
    const summary = Object.fromEntries(
      Object.entries(totals).map(([f, t]) => [f, { precision: +precision(t).toFixed(3), recall: +recall(t).toFixed(3), covered: covered.has(f) }]),
    );
    report.facts = { perSeed, summary };
    console.log('[e2e] popup facts vs gold per seed (tp/predicted/gold):', JSON.stringify(perSeed, null, 1));
    console.log('[e2e] popup facts vs gold, all seeds:', JSON.stringify(summary));
    const asserted = ASSERTED_FIELDS.filter((f) => covered.has(f));
    expect(asserted.length, 'the popup should show at least one of collected / shared_with / rights / sells_data').toBeGreaterThan(0);
    for (const f of asserted) expect(recall(totals[f]), `recall of popup field ${f} over the seeds`).toBeGreaterThanOrEqual(MIN_FACT_RECALL);
  });

  it('(c) "Show on page" scrolls the policy tab to the sentence', async () => {
    const page = seedPages.get(0)!;
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await page.evaluate(() => window.scrollY);
    expect(before, 'the policy page should be long enough to scroll').toBeGreaterThan(500);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: ANALYSIS_TIMEOUT });
    const item = popup.locator('section[data-field="collected"] [data-value]').first();
    await item.click();
    const evidence = popup.locator('[data-testid="evidence"]').first();
    await evidence.waitFor({ timeout: 10_000 });
    expect((await evidence.innerText()).trim().length, 'the expanded evidence shows a sentence').toBeGreaterThan(10);
    await evidence.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: saveArtifact('popup-evidence-open.png') });
    await evidence.locator('button[data-action="scroll-to"]').click();
    // A real popup floats over the page, which stays visible; bring the tab forward so smooth scrolling runs.
    await page.bringToFront();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) > 50, before, { timeout: 10_000 });
    await page.waitForFunction(
      () => 'highlights' in CSS && ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('fp-focus')?.size ?? 0) > 0,
      undefined,
      { timeout: 10_000 },
    );
    // The point of scrolling: once it settles, the focused sentence is on screen.
    await page.waitForFunction(
      () => {
        const focus = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('fp-focus');
        const first = focus && [...focus][0];
        if (!first) return false;
        const range = document.createRange();
        range.setStart(first.startContainer, first.startOffset);
        range.setEnd(first.endContainer, first.endOffset);
        const rect = range.getBoundingClientRect();
        return rect.height > 0 && rect.top >= 0 && rect.top < window.innerHeight;
      },
      undefined,
      { timeout: 10_000 },
    );
    await page.screenshot({ path: saveArtifact('show-on-page.png') });
    await popup.close();
  });

  it('(d) the highlight toggle changes nothing in the layout and is remembered for the site', async () => {
    const page = seedPages.get(1)!;
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    const tabId = await tabIdOf(ext, page);
    const geometryOn = await pageGeometry(page);
    expect(geometryOn.boxes.length).toBeGreaterThan(10);

    let popup = await openPopup(ext, tabId);
    const toggle = () => popup.locator('input[data-testid="highlight-toggle"]');
    // Click what the user clicks: the switch's label (the input itself sits under the styled track).
    const flip = async () => {
      const before = await toggle().isChecked();
      await popup.locator('label', { has: toggle() }).click();
      await expect.poll(() => toggle().isChecked(), { timeout: 5_000 }).toBe(!before);
    };
    await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: ANALYSIS_TIMEOUT });
    expect(await toggle().isChecked(), 'highlights start on').toBe(true);
    await flip();
    await page.waitForFunction(
      () => !document.querySelector('[data-fineprint="legend"]') && ![...((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights ?? [])].some(([k, h]) => k.startsWith('fp-') && h.size > 0),
      undefined,
      { timeout: 10_000 },
    );
    expect(await liveHighlightNames(page)).toEqual([]);
    expect(await legendCount(page)).toBe(0);
    expect(await pageGeometry(page), 'switching highlights off must not move anything').toEqual(geometryOn);

    await flip();
    await waitForHighlights(page, 10_000);
    await page.waitForSelector('[data-fineprint="legend"]', { state: 'attached', timeout: 10_000 });
    expect(await pageGeometry(page), 'switching highlights on must not move anything').toEqual(geometryOn);

    // Off again, then reload: the choice holds for the site.
    await flip();
    await page.waitForFunction(() => !document.querySelector('[data-fineprint="legend"]'), undefined, { timeout: 10_000 });
    await popup.close();
    await page.reload();
    popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: ANALYSIS_TIMEOUT });
    expect(await toggle().isChecked(), 'the popup remembers highlights are off for this site').toBe(false);
    await page.waitForTimeout(1_000);
    expect(await liveHighlightNames(page), 'after reload, highlights stay off for this site').toEqual([]);
    expect(await legendCount(page)).toBe(0);

    // Leave the site as we found it for the remaining tests.
    await flip();
    await waitForHighlights(page, ANALYSIS_TIMEOUT);
    await popup.close();
  });

  it('(e) a killed service worker loses nothing: popup summary and new pages still work', async () => {
    const page = seedPages.get(2)!;
    const tabId = await tabIdOf(ext, page);
    await collectWorkerResources();
    const cdp = await ext.context.newCDPSession(page);
    const scriptPrefix = `chrome-extension://${ext.extensionId}/`;
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        if (e.versions.some((v) => v.scriptURL.startsWith(scriptPrefix) && v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Chromium reports the version 'stopped': its memory is gone, whatever restarts it next.
    await withTimeout(stopped, 10_000, 'the extension service worker was not reported stopped');
    await cdp.detach();

    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: ANALYSIS_TIMEOUT });
    const collected = await popupFieldValues(popup, 'collected');
    expect(collected?.length ?? 0, 'the summary comes back from storage after the worker restarts').toBeGreaterThan(0);
    await popup.close();

    const fresh = await ext.context.newPage();
    await fresh.goto(site.url(site.seeds[3].path));
    await waitForHighlights(fresh, ANALYSIS_TIMEOUT);
    expect(await legendCount(fresh)).toBe(1);
    await fresh.close();
  });

  it('(f) on a page that is not a policy, the popup offers the policy link and follows it', async () => {
    const page = await ext.context.newPage();
    await page.goto(site.url(PRODUCT_PATH));
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('[data-testid="popup"][data-status="not-policy"]', { timeout: ANALYSIS_TIMEOUT });
    const link = popup.locator('[data-testid="policy-link"][data-href]');
    await link.waitFor({ timeout: 10_000 });
    const expected = site.url('/legal/privacy-0.html');
    expect(await link.getAttribute('data-href')).toBe(expected);
    await popup.screenshot({ path: saveArtifact('popup-not-policy.png') });
    await link.click();
    await page.waitForURL(expected, { timeout: 10_000 });
    await waitForHighlights(page, ANALYSIS_TIMEOUT);
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it('(f) following a footer "Privacy Policy" link gives the detector its anchor text', async () => {
    const page = await ext.context.newPage();
    await page.goto(site.url(PRODUCT_PATH));
    const expected = site.url('/legal/privacy-0.html');
    await page.locator('footer a', { hasText: 'Privacy Policy' }).first().click();
    await page.waitForURL(expected, { timeout: 10_000 });
    await waitForHighlights(page, ANALYSIS_TIMEOUT);
    const tabId = await tabIdOf(ext, page);
    const state = await inWorker(
      ext,
      async (id) => (await (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
      tabId,
      'storage.session.get',
    );
    const signals = ((state as { detection?: { signals: string[] } } | undefined)?.detection?.signals ?? []).join(' ');
    expect(signals, 'the detection of the policy page should carry the followed link text').toMatch(/link named "Privacy Policy"/);
    const leftover = await inWorker(
      ext,
      async () => (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('followedLink')).followedLink ?? null,
      null,
      'storage.local.get',
    );
    expect(leftover, 'the remembered link is read once and forgotten').toBeNull();
    await page.close();
  });

  it('(g) nothing leaves the machine: every request goes to the test server or the extension', async () => {
    await collectWorkerResources();
    const allowed = (u: string) => u.startsWith(site.origin + '/') || u.startsWith('chrome-extension://') || u.startsWith('data:') || u === 'about:blank';
    const foreign = requests.filter((r) => !allowed(r.url)).map((r) => r.url);
    const fromExtension = requests
      .filter((r) => r.fromWorker || (r.frameUrl?.startsWith('chrome-extension://') ?? false))
      .filter((r) => !r.url.startsWith('chrome-extension://'))
      .map((r) => r.url);
    const workerFetches = [...workerResourceUrls].filter((u) => !u.startsWith('chrome-extension://'));
    report.network = { requests: requests.length, foreign, fromExtension, workerFetches, served: site.served.length };
    console.log(`[e2e] network: ${requests.length} requests seen, ${site.served.length} answered by the test server, ${foreign.length} elsewhere`);
    expect(requests.length, 'the request log should have seen the test pages').toBeGreaterThan(5);
    expect(foreign, 'requests to anything but 127.0.0.1 and the extension').toEqual([]);
    expect(fromExtension, 'network requests made by the extension itself').toEqual([]);
    expect(workerFetches, 'fetches made by the service worker').toEqual([]);
  });
});
