import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messaging/protocol';
import { precheck } from '../../src/page/precheck';
import { doc } from '../unit/page/fixtures';
import { ROOT, fpHighlightNames, inWorker, launchWithExtension, readHighlights, tabIdOf, type ChromeGlobal, type ExtensionBrowser } from './helpers/browser';
import { startCorpusSite, type CorpusSite } from './helpers/corpus-site';

/**
 * The detector's hard pages (tests/fixtures/detect-hard, see its README) in real Chromium with the
 * built extension. The unit test (tests/unit/page/detect-hard-pages.test.ts) judges them on a
 * linkedom Document; here they meet what a user's browser does: layout, closed <details>, inline
 * scripts running, late content and client-side routes. The promise is what the user sees:
 * - a `policy` page ends highlighted (fp-* highlights hold ranges, the legend is on the page, the
 *   badge and the tab's cached state say policy), on text of the policy body, including the text of
 *   collapsed <details> accordions (the block reader reads hidden text by design, src/page/dom-rules.ts;
 *   "show on page" opens the accordion, src/page/scroll.ts);
 * - an `other` page gets nothing: no highlight, no legend, no badge, no cached "policy" state, and
 *   when the precheck rules it out, not even the load of stage 2.
 * Entries marked `browserOnly` (late content, a history.pushState route) are driven by a script of
 * their own below. One browser for the file, pages one after another.
 *
 * The fixtures reference trackers and CDNs on foreign hosts, as the pages they imitate do. Chromium
 * would ask for them (and the suite's network audit counts any request to a foreign host against
 * the extension), so the resource URLs of <script>, <link>, <img> … are pointed at 127.0.0.1 when
 * served (`offline`), and a Content-Security-Policy lets only inline scripts, inline styles and
 * data: images run: the inline scripts run as in a real visit, and the text is untouched.
 */

const HARD = join(ROOT, 'tests/fixtures/detect-hard');
const FIXTURE_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** From navigation to highlights on a policy page (classification in the worker included). */
const HIGHLIGHT_TIMEOUT = 20_000;
/** From navigation to the cached "not-policy" verdict on a page that passed the precheck. */
const VERDICT_TIMEOUT = 20_000;
/**
 * A page the precheck rules out gives no signal when it is decided. Stage 1 reads such a page once
 * it has loaded and the browser is idle (at most IDLE_WAIT_MAX_MS = 1 s after `load`, see
 * src/page/content-boot.ts): a stage-2 load it wrongly asked for would have started by then.
 */
const RULED_OUT_GRACE_MS = 1_200;

/**
 * Share of a policy's closed <details> whose hidden text must carry a highlight: not all, since a
 * section may hold nothing the classifier highlights. (This test found that pos/long-toc-details.html's
 * section with id="cookies" was dropped as a consent banner; src/page/dom-rules.ts now tells a
 * policy's own cookie section from a banner, tests/unit/page/blocks.test.ts.)
 */
const MIN_CLOSED_DETAILS_COVERED = 0.6;

/** Tags that load what their src/href names (links of <a> load nothing and stay as written). */
const RESOURCE_TAG = /<(?:script|link|img|iframe|source|embed|video|audio)\b[^>]*>/gi;

/** The page with every resource URL on a foreign host turned into a path on the serving host. */
function offline(html: string): string {
  return html.replace(RESOURCE_TAG, (tag) => tag.replace(/\b(src|href|srcset|poster)=(["'])(?:https?:)?\/\//gi, '$1=$2/offline/'));
}

/** A <details> start tag without the `open` attribute. */
const CLOSED_DETAILS = /<details\b(?![^>]*\bopen\b)/g;

interface HardEntry {
  file: string;
  label: 'policy' | 'other';
  kind: string;
  why: string;
  browserOnly?: boolean;
}

const entries: HardEntry[] = readFileSync(join(HARD, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as HardEntry);

/**
 * Phrases of each policy's body that must end up inside a highlight: sentences about collection,
 * sharing, rights or retention deep in the body (not the title block), so "highlighted" means the
 * policy itself was read, not a heading or the site's chrome. Whitespace is compared collapsed.
 */
const BODY_SAMPLES: Record<string, string[]> = {
  'pos/short-app-policy.html': ['I do not sell or share any data'],
  // Inside an accordion closed at load (section 2).
  'pos/long-toc-details.html': ['when you use our app or online banking we collect your IP address'],
  'pos/ccpa-table-policy.html': ['Shared for cross-context behavioural advertising', 'We collect account login credentials and card details'],
  'pos/div-headings-policy.html': ['when you sign up we collect your name, email address and password'],
  'pos/california-privacy-rights.html': ['As a California resident you have the right to request that we disclose'],
  'pos/childrens-privacy-notice.html': ["We share children's information only with service providers"],
  'pos/german-chrome-english-body.html': ['our web server automatically records your IP address'],
  'pos/brand-only-title-legal.html': ['We collect the details you give us when you create an account'],
  'pos/privacy-statement-section-page.html': ['We share your personal data with your consent'],
  'pos/third-person-university.html': ['The University does not sell personal information'],
  'pos/divsoup-megamenu-policy.html': ['Information you provide: your name, email, phone number'],
  'pos/hipaa-notice-of-privacy-practices.html': ['Get a copy of your medical record.'],
  'pos/site-builder-platform-policy.html': ['We share personal information with service providers that host and deliver sites'],
  'pos/late-app-shell-policy.html': ['We share personal information with service providers that host our servers'],
  'pos/spa-route-change-policy.html': ['we share your shopping list and delivery address with that store'],
};

let site: CorpusSite;
let ext: ExtensionBrowser;
const requests: { url: string; frameUrl: string | null }[] = [];

function recordRequest(req: Request): void {
  let frameUrl: string | null = null;
  try {
    frameUrl = req.frame().url();
  } catch {
    // Requests of service workers have no frame.
  }
  requests.push({ url: req.url(), frameUrl });
}

/** Loads of the content script's stage 2 (content-full.js) made from the page at `pageUrl`. */
function stage2Loads(pageUrl: string): string[] {
  return requests.filter((r) => r.frameUrl === pageUrl && /\/content-full\.js(?:$|\?)/.test(r.url)).map((r) => r.url);
}

const pathOf = (entry: HardEntry) => `/hard/${entry.file}`;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The tab's cached state (storage.session), or null when the background holds none for it. */
async function tabState(tabId: number): Promise<TabState | null> {
  const state = await inWorker(
    ext,
    async (id) => (await (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
    tabId,
    'storage.session.get',
  );
  return (state as TabState | undefined) ?? null;
}

async function badgeText(tabId: number): Promise<string> {
  return inWorker(ext, (id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }), tabId, 'action.getBadgeText');
}

/** Polls the cached state until `done` holds or `timeoutMs` passes; returns the last state read. */
async function pollTabState(tabId: number, done: (s: TabState | null) => boolean, timeoutMs: number): Promise<TabState | null> {
  const deadline = Date.now() + timeoutMs;
  let state = await tabState(tabId);
  while (!done(state) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    state = await tabState(tabId);
  }
  return state;
}

/** What the page and the extension show now, in one line for assertion messages. */
async function seen(page: Page, tabId: number): Promise<string> {
  const live = await page.evaluate(() =>
    'highlights' in CSS
      ? [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights].filter(([k]) => k.startsWith('fp-')).map(([k, h]) => `${k}:${h.size}`)
      : [],
  );
  const legend = await page.locator('[data-fineprint="legend"]').count();
  const state = await tabState(tabId);
  const detection = state?.detection ? `score ${state.detection.score} [${state.detection.signals.join('; ')}]` : 'no detection cached';
  return `highlights {${live.join(', ')}}, legend ${legend}, badge "${await badgeText(tabId)}", tab state ${state?.status ?? 'none'}, stage 2 loads ${stage2Loads(page.url()).length}; ${detection}`;
}

/** Resolves when some fp-* highlight (other than the transient fp-focus) holds a range; false on timeout. */
async function highlighted(page: Page, timeout: number): Promise<boolean> {
  return page
    .waitForFunction(
      () => 'highlights' in CSS && [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights].some(([k, h]) => k.startsWith('fp-') && k !== 'fp-focus' && h.size > 0),
      undefined,
      { timeout, polling: 100 },
    )
    .then(
      () => true,
      () => false,
    );
}

/**
 * Closed <details> of the page as loaded (marked in the served HTML, so found even if an accordion
 * was opened since) with how many highlight ranges start in their hidden part, and whether each
 * is still closed.
 */
async function closedDetailsCoverage(page: Page): Promise<{ id: string; ranges: number; stillClosed: boolean }[]> {
  return page.evaluate(() => {
    const registry = 'highlights' in CSS ? (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights : new Map<string, Set<AbstractRange>>();
    const ranges = [...registry].filter(([k]) => k.startsWith('fp-') && k !== 'fp-focus').flatMap(([, h]) => [...h]);
    return [...document.querySelectorAll('details[data-hard-closed]')].map((details, i) => ({
      id: details.id || `details #${i + 1}`,
      // The hidden part only: the <summary> line stays visible while the accordion is closed.
      ranges: ranges.filter((r) => details.contains(r.startContainer) && !details.querySelector(':scope > summary')?.contains(r.startContainer)).length,
      stillClosed: !(details as HTMLDetailsElement).open,
    }));
  });
}

/** How many <details> the fixture file holds closed (no `open` attribute). */
const closedDetailsIn = (entry: HardEntry) => (readFileSync(join(HARD, entry.file), 'utf8').match(CLOSED_DETAILS) ?? []).length;

/** The policy-page promise: highlights, legend, badge and cached state, on text of the body. */
async function expectHighlightedPolicy(page: Page, entry: HardEntry): Promise<void> {
  const where = `${entry.file} (${entry.kind})`;
  const tabId = await tabIdOf(ext, page);
  if (!(await highlighted(page, HIGHLIGHT_TIMEOUT))) {
    expect.fail(`${where}: expected a highlighted policy, saw ${await seen(page, tabId)}`);
  }
  await page
    .waitForSelector('[data-fineprint="legend"]', { state: 'attached', timeout: 10_000 })
    .catch(async () => expect.fail(`${where}: expected the legend on the page, saw ${await seen(page, tabId)}`));
  const state = await pollTabState(tabId, (s) => s?.status === 'policy', 10_000);
  expect(state?.status, `${where}: the tab's cached state should say policy; saw ${await seen(page, tabId)}`).toBe('policy');
  expect(await badgeText(tabId), `${where}: the toolbar badge should mark a policy; saw ${await seen(page, tabId)}`).not.toBe('');

  const highlights = await readHighlights(page);
  const texts = Object.entries(highlights)
    .filter(([name]) => name !== 'fp-focus')
    .flatMap(([, ranges]) => ranges.map((r) => collapse(r.text)));
  const samples = BODY_SAMPLES[entry.file];
  expect(samples, `${entry.file}: list the phrases of its policy body to find highlighted in BODY_SAMPLES`).toBeDefined();
  for (const sample of samples) {
    expect(
      texts.some((t) => t.includes(collapse(sample))),
      `${where}: the body sentence "${sample}" should be highlighted; highlighted: ${texts.map((t) => `"${t.slice(0, 60)}"`).join(', ')}`,
    ).toBe(true);
  }

  // Accordions: their text is read and highlighted while they stay closed (highlighting never
  // changes the page; "show on page" opens the one it jumps into).
  const accordions = await closedDetailsCoverage(page);
  expect(accordions.length, `${where}: every accordion closed in the file should be found on the page`).toBe(closedDetailsIn(entry));
  if (accordions.length > 0) {
    const covered = accordions.filter((d) => d.ranges > 0);
    expect(covered.length / accordions.length, `${where}: most closed accordions hold policy text and should carry highlights: ${JSON.stringify(accordions)}`).toBeGreaterThanOrEqual(
      MIN_CLOSED_DETAILS_COVERED,
    );
    expect(accordions.every((d) => d.stillClosed), `${where}: the accordions should stay closed: ${JSON.stringify(accordions)}`).toBe(true);
  }
}

/** The other-page promise: nothing on the page, no badge, no "policy" state; no stage 2 when ruled out. */
async function expectUntouched(page: Page, entry: HardEntry): Promise<void> {
  const where = `${entry.file} (${entry.kind})`;
  const html = readFileSync(join(HARD, entry.file), 'utf8');
  // The precheck judged on the same HTML and address the browser has (linkedom: no layout, no scripts).
  const maybe = precheck(doc(html), page.url()).maybe;
  const tabId = await tabIdOf(ext, page);
  if (maybe) {
    // Stage 2 reads the page and reports "not a policy" (with the detector's breakdown) to the background.
    const state = await pollTabState(tabId, (s) => s?.status === 'not-policy' || s?.status === 'policy', VERDICT_TIMEOUT);
    expect(state?.status, `${where}: expected "not-policy" in the tab's cached state, saw ${await seen(page, tabId)}`).toBe('not-policy');
  } else {
    await page.waitForLoadState('load');
    await page.waitForTimeout(RULED_OUT_GRACE_MS);
    expect(stage2Loads(page.url()), `${where}: the precheck rules it out (in linkedom), so stage 2 should not load; saw ${await seen(page, tabId)}`).toEqual([]);
    const state = await tabState(tabId);
    expect(state?.status ?? 'none', `${where}: no "policy" state; saw ${await seen(page, tabId)}`).not.toBe('policy');
  }
  expect(await fpHighlightNames(page), `${where}: expected no fp-* highlight; saw ${await seen(page, tabId)}`).toEqual([]);
  expect(await page.locator('[data-fineprint="legend"]').count(), `${where}: expected no legend; saw ${await seen(page, tabId)}`).toBe(0);
  expect(await badgeText(tabId), `${where}: expected no badge; saw ${await seen(page, tabId)}`).toBe('');
}

/** How each browser-only page is driven before the policy promise is checked. */
const BROWSER_ONLY_DRIVERS: Record<string, (page: Page, entry: HardEntry) => Promise<void>> = {
  // The policy is inserted ~1.5 s after `load`: at first the page is a brand-only title over "Loading…".
  'pos/late-app-shell-policy.html': async (page, entry) => {
    await page.waitForLoadState('load');
    expect(await page.locator('article').count(), `${entry.file}: the shell should still be empty right after load`).toBe(0);
  },
  // The page loads as a meal-plan view; the user follows the in-app "Privacy" link (pushState + render).
  'pos/spa-route-change-policy.html': async (page, entry) => {
    await page.waitForLoadState('load');
    // Let stage 1 decide about the first view (ruled out or not a policy) before the route changes.
    await page.waitForTimeout(RULED_OUT_GRACE_MS);
    expect(await fpHighlightNames(page), `${entry.file}: the meal-plan view is not a policy`).toEqual([]);
    const before = page.url();
    await page.click('#privacy-route');
    await page.waitForURL((url) => url.pathname.endsWith('/spa-route-change/privacy'), { timeout: 5_000 });
    expect(page.url(), `${entry.file}: the route change is in-page`).not.toBe(before);
  },
};

beforeAll(async () => {
  const extra: Record<string, { html: string; csp: string }> = {};
  for (const entry of entries) {
    let html = offline(readFileSync(join(HARD, entry.file), 'utf8'));
    // Mark the accordions closed in the file, so the check knows them even after Fineprint opened one.
    html = html.replace(CLOSED_DETAILS, '<details data-hard-closed');
    extra[pathOf(entry)] = { html, csp: FIXTURE_CSP };
  }
  site = await startCorpusSite({ oppLargest: 0, detectOther: false, extra });
  ext = await launchWithExtension();
  ext.context.on('request', recordRequest);
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('hard pages for the detector, in Chromium', () => {
  it('the index lists browser-only pages with a driver each, and every policy with body samples', () => {
    for (const entry of entries.filter((e) => e.browserOnly)) {
      expect(BROWSER_ONLY_DRIVERS[entry.file], `${entry.file} is browserOnly: add a driver`).toBeDefined();
    }
    for (const entry of entries.filter((e) => e.label === 'policy')) {
      expect(BODY_SAMPLES[entry.file], `${entry.file}: add its body samples`).toBeDefined();
    }
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
    const page = await ext.context.newPage();
    try {
      await page.goto(site.url(pathOf(entry)));
      await BROWSER_ONLY_DRIVERS[entry.file]?.(page, entry);
      if (entry.label === 'policy') await expectHighlightedPolicy(page, entry);
      else await expectUntouched(page, entry);
    } finally {
      await page.close();
    }
  });
});
