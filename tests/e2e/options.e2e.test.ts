import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  SCREENSHOTS,
  inWorker,
  launchWithExtension,
  openPopup,
  tabIdOf,
  waitForHighlights,
  type ExtensionBrowser,
} from './helpers/browser';
import { startSite, type TestSite } from './helpers/site';

/**
 * The options page in real Chromium, and its effect on open pages: every setting changed with the
 * keyboard and checked in storage; a switched-off site gets no highlights and no legend; with
 * automatic detection off nothing is highlighted until the popup asks; hiding a category removes
 * its highlight from an open policy tab without a reload; a corrupted stored value is recovered
 * and pages still work; axe-core finds no WCAG 2.1 A/AA violation in light and dark.
 */

const SETTINGS_KEY = 'fineprint.settings';
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Long enough for stage 1 to have loaded stage 2 and highlighted, had it been allowed to. */
const QUIET_MS = 2500;

let site: TestSite;
let ext: ExtensionBrowser;
let options: Page;
/** A policy page on 127.0.0.1 kept open through the test: settings must reach it live. */
let policyTab: Page;
const stage2Requests: string[] = [];

interface StoredSettings {
  version: number;
  autoDetect: boolean;
  categoriesShown: string[];
  palette: string;
  disabledSites: string[];
  sites: Record<string, { highlights: boolean }>;
}

async function storedSettings(): Promise<StoredSettings | undefined> {
  return inWorker(
    ext,
    async (key) => ((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(key))[key]) as StoredSettings | undefined,
    SETTINGS_KEY,
    'storage.local.get(settings)',
  );
}

async function writeSettings(value: unknown): Promise<void> {
  await inWorker(
    ext,
    async ([key, v]) => (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome.storage.local.set({ [key as string]: v }),
    [SETTINGS_KEY, value] as const,
    'storage.local.set(settings)',
  );
}

/** Poll storage until `check` holds (the page saves asynchronously). */
async function expectStored(check: (s: StoredSettings) => boolean, what: string): Promise<StoredSettings> {
  const deadline = Date.now() + 5000;
  let last: StoredSettings | undefined;
  while (Date.now() < deadline) {
    last = await storedSettings();
    if (last && check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`storage never showed ${what}; last value ${JSON.stringify(last)}`);
}

/** Press Tab until `selector` has focus: proves the control is reachable with the keyboard. */
async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reached with ${maxPresses} presses of Tab`);
}

async function expectSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="options-status"][data-status="saved"]', { timeout: 5000 });
  expect(await page.locator('[data-testid="options-status"]').textContent()).toBe('Saved');
}

/** Highlight names that hold ranges right now. */
async function liveHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    'highlights' in CSS
      ? [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights].filter(([k, h]) => k.startsWith('fp-') && k !== 'fp-focus' && h.size > 0).map(([k]) => k)
      : [],
  );
}

async function legendCount(page: Page): Promise<number> {
  return page.locator('[data-fineprint="legend"]').count();
}

async function runAxe(page: Page): Promise<string[]> {
  // The extension page's CSP (script-src 'self') refuses the inline script addScriptTag makes:
  // evaluate the library through the DevTools protocol instead, which that CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, AXE_TAGS);
}

async function openOptions(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.waitForSelector('[data-testid="options"][data-ready="true"]', { timeout: 10_000 });
  return page;
}

async function openPolicy(host: '127.0.0.1' | 'localhost', n = 0): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(site.url(`/legal/privacy-${n}.html`).replace('127.0.0.1', host));
  return page;
}

beforeAll(async () => {
  site = await startSite();
  ext = await launchWithExtension();
  ext.context.on('request', (r) => {
    if (/\/content-full\.js(?:$|\?)/.test(r.url())) {
      try {
        stage2Requests.push(r.frame().url());
      } catch {
        // not a frame request
      }
    }
  });
  policyTab = await openPolicy('127.0.0.1');
  await waitForHighlights(policyTab);
  options = await openOptions();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

describe('the options page', () => {
  it('is declared as options_ui opening in a tab', async () => {
    const manifest = await inWorker(ext, () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { options_ui?: { page: string; open_in_tab?: boolean } } } } }).chrome.runtime.getManifest(), undefined, 'getManifest');
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('shows the defaults, every control labelled, and has no WCAG 2.1 A/AA violation in light and dark', async () => {
    expect(await options.locator('#auto-detect').isChecked()).toBe(true);
    expect(await options.locator('input[data-category]:checked').count()).toBe(9);
    expect(await options.locator('#palette-default').isChecked()).toBe(true);
    expect(await options.getByRole('switch', { name: /automatically/ }).count()).toBe(1);
    expect(await options.getByRole('checkbox', { name: 'Retention' }).count()).toBe(1);
    expect(await options.getByRole('textbox', { name: /Site to add/ }).count()).toBe(1);
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await runAxe(options), 'axe (light)').toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    const background = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'dark mode follows prefers-color-scheme').not.toBe('rgb(246, 248, 250)');
    expect(await runAxe(options), 'axe (dark)').toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('fits at 200 % zoom without sideways scrolling', async () => {
    const narrow = await openOptions();
    await narrow.setViewportSize({ width: 640, height: 400 }); // a 1280 px window at 200 %
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.close();
  });

  it('automatic detection off (keyboard): a new policy tab is not highlighted until the popup asks', async () => {
    await options.bringToFront();
    await tabTo(options, '#auto-detect');
    await options.keyboard.press('Space');
    await expectSaved(options);
    await expectStored((s) => s.autoDetect === false, 'autoDetect false');

    const page = await openPolicy('127.0.0.1', 1);
    await page.waitForLoadState('load');
    await page.waitForTimeout(QUIET_MS);
    expect(await liveHighlights(page), 'no automatic highlighting').toEqual([]);
    expect(await legendCount(page)).toBe(0);
    expect(stage2Requests.filter((u) => u === page.url()), 'stage 2 is not even loaded').toEqual([]);

    // The popup asking about the page is what reads it.
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await waitForHighlights(page);
    await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: 30_000 });
    await popup.close();
    await page.close();

    await options.bringToFront();
    await options.locator('#auto-detect').focus();
    await options.keyboard.press('Space');
    await expectStored((s) => s.autoDetect === true, 'autoDetect true again');
  });

  it('hiding a category (keyboard) removes its highlight from an open policy tab without a reload', async () => {
    expect(await liveHighlights(policyTab)).toContain('fp-collection');
    await options.bringToFront();
    await tabTo(options, '#category-collection');
    await options.keyboard.press('Space');
    await expectSaved(options);
    const stored = await expectStored((s) => !s.categoriesShown.includes('collection'), 'collection hidden');
    expect(stored.categoriesShown).toHaveLength(8);
    await policyTab.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('fp-collection'), undefined, { timeout: 5000 });
    expect((await liveHighlights(policyTab)).length, 'the other categories stay').toBeGreaterThan(0);

    await options.bringToFront();
    await options.locator('#category-collection').focus();
    await options.keyboard.press('Space');
    await expectStored((s) => s.categoriesShown.includes('collection'), 'collection shown again');
    await policyTab.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('fp-collection'), undefined, { timeout: 5000 });
  });

  it('the palette (arrow keys) changes the colours on an open policy tab', async () => {
    const sheetText = () =>
      policyTab.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n') + [...document.querySelectorAll('style[data-fineprint]')].map((s) => s.textContent).join('\n'));
    expect(await sheetText()).toMatch(/rgb\(243, 172, 148\)|#f3ac94/i); // sharing, default palette
    await options.bringToFront();
    await tabTo(options, '#palette-default');
    await options.keyboard.press('ArrowDown');
    await expectSaved(options);
    await expectStored((s) => s.palette === 'high-contrast', 'palette high-contrast');
    await policyTab.waitForFunction(
      () => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n').includes('rgb(238, 136, 102)'),
      undefined,
      { timeout: 5000 },
    );
    expect(await options.locator('#palette-high-contrast').isChecked()).toBe(true);
    await options.locator('#palette-high-contrast').focus();
    await options.keyboard.press('ArrowUp');
    await expectStored((s) => s.palette === 'default', 'palette default again');
  });

  it('refuses what is not a site with a clear message, then switches a site off (keyboard)', async () => {
    await options.bringToFront();
    await tabTo(options, '[data-testid="site-input"]');
    await options.keyboard.type('not a site');
    await options.keyboard.press('Enter');
    const error = options.locator('[data-testid="site-error"]');
    await error.waitFor({ timeout: 5000 });
    expect(await error.textContent()).toMatch(/not a site name/);
    expect(await options.locator('[data-testid="site-input"]').getAttribute('aria-invalid')).toBe('true');
    expect((await storedSettings())?.disabledSites ?? []).toEqual([]);

    await options.locator('[data-testid="site-input"]').fill('');
    await options.locator('[data-testid="site-input"]').focus();
    await options.keyboard.type('http://LocalHost:8080/some/page');
    await options.keyboard.press('Enter');
    await expectSaved(options);
    await expectStored((s) => s.disabledSites.includes('localhost'), 'localhost disabled');
    expect(await options.locator('[data-site="localhost"]').count()).toBe(1);
    expect(await options.locator('[data-testid="site-input"]').inputValue(), 'the field is emptied after adding').toBe('');

    await options.keyboard.type('localhost');
    await options.keyboard.press('Enter');
    expect(await options.locator('[data-testid="site-error"]').textContent()).toMatch(/already on the list/);
    await options.locator('[data-testid="site-input"]').fill('');
  });

  it('a switched-off site gets no highlights and no legend; switching it back on reads it without a reload', async () => {
    const page = await openPolicy('localhost');
    await page.waitForLoadState('load');
    await page.waitForTimeout(QUIET_MS);
    expect(await liveHighlights(page)).toEqual([]);
    expect(await legendCount(page)).toBe(0);
    expect(stage2Requests.filter((u) => u === page.url()), 'stage 2 is not loaded on a switched-off site').toEqual([]);
    // The same policy on another host is still read.
    expect((await liveHighlights(policyTab)).length).toBeGreaterThan(0);

    await options.bringToFront();
    await tabTo(options, 'button[aria-label="Remove localhost"]');
    await options.keyboard.press('Enter');
    await expectStored((s) => s.disabledSites.length === 0, 'no site disabled');
    await waitForHighlights(page, 30_000);
    expect(await legendCount(page)).toBe(1);

    // And switching it off again removes highlights and legend from the open tab.
    await writeSettings({ ...(await storedSettings()), disabledSites: ['localhost'] });
    await page.waitForFunction(() => ![...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.keys()].some((k) => k.startsWith('fp-')), undefined, { timeout: 5000 });
    expect(await legendCount(page)).toBe(0);
    await page.close();
  });

  it("recovers corrupted settings without losing the user's other choices, and pages still work", async () => {
    await writeSettings({
      version: 2,
      autoDetect: 'yes please', // corrupted
      categoriesShown: ['sharing', 'retention', 42], // one bad entry
      palette: { name: 'neon' }, // corrupted
      disabledSites: ['localhost', 7],
      sites: { 'example.org': { highlights: false }, 'bad.example': 'x' },
    });
    const page = await openPolicy('127.0.0.1', 2);
    await waitForHighlights(page);
    const names = await liveHighlights(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n === 'fp-sharing' || n === 'fp-retention'), `only the categories the user kept: ${names}`).toBe(true);
    const repaired = await expectStored((s) => s.autoDetect === true && s.palette === 'default', 'the repaired value');
    expect(repaired).toEqual({
      version: 2,
      autoDetect: true,
      categoriesShown: ['sharing', 'retention'],
      palette: 'default',
      disabledSites: ['localhost'],
      sites: { 'example.org': { highlights: false } },
    });

    const fresh = await openOptions();
    expect(await fresh.locator('input[data-category]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')))).toEqual(['sharing', 'retention']);
    expect(await fresh.locator('[data-site="localhost"]').count()).toBe(1);
    await fresh.close();
    await page.close();
  });
});
