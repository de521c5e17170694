import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_KEY } from '../../src/storage/settings';
import { ARTIFACTS, ROOT, fpHighlightNames, inWorker, launchWithExtension, openPopup, tabIdOf, waitForHighlights, type ExtensionBrowser } from './helpers/browser';
import { runAxe } from './helpers/popup';
import { startSite, type TestSite } from './helpers/site';

/**
 * A site switched off in the options, in real Chromium with the built extension: the popup says
 * "Fineprint is switched off on this site" (not "can't read this page"), names the entry its
 * button removes, passes axe-core in light and dark, and "Turn on for this site" brings the
 * highlights onto the open page and the summary into the popup without a reload. The header's
 * gear and the "Options" button open the options page.
 */

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
/** Long enough for stage 1 to have loaded stage 2 and highlighted, had it been allowed to. */
const QUIET_MS = 2500;
const ANALYSIS_TIMEOUT = 30_000;

let site: TestSite;
let ext: ExtensionBrowser;
const opened: Page[] = [];

type LocalArea = { get(k: string): Promise<Record<string, unknown>>; set(i: object): Promise<void> };
type ChromeLocal = { chrome: { storage: { local: LocalArea } } };

// These run in the service worker (serialised): they may use nothing from this file's scope.
async function storedDisabledSites(): Promise<unknown> {
  const stored = await inWorker(
    ext,
    async (k) => (await (globalThis as unknown as ChromeLocal).chrome.storage.local.get(k))[k] as { disabledSites?: unknown } | undefined,
    SETTINGS_KEY,
    'storage.local.get(settings)',
  );
  return stored?.disabledSites;
}

async function switchOff(disabledSites: string[]): Promise<void> {
  const settings = { ...defaultSettings(), disabledSites };
  await inWorker(ext, async ([k, v]) => (globalThis as unknown as ChromeLocal).chrome.storage.local.set({ [k as string]: v }), [SETTINGS_KEY, settings] as const, 'storage.local.set(settings)');
}

beforeAll(async () => {
  site = await startSite();
  ext = await launchWithExtension();
  // Switched off through storage, exactly as the options page stores it (tests/e2e/options covers the page itself).
  await switchOff(['127.0.0.1', 'tracker.test']);
}, 60_000);

afterAll(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
  await ext?.close();
  await site?.close();
});

async function newPage(url?: string): Promise<Page> {
  const page = await ext.context.newPage();
  opened.push(page);
  if (url) await page.goto(url);
  return page;
}

describe('popup on a switched-off site', () => {
  it('says Fineprint is off here, then "Turn on for this site" highlights the page and shows the summary', async () => {
    const policyTab = await newPage(site.url(site.seeds[0].path));
    await policyTab.waitForTimeout(QUIET_MS);
    expect(await fpHighlightNames(policyTab), 'nothing is highlighted on a switched-off site').toEqual([]);

    const popup = await openPopup(ext, await tabIdOf(ext, policyTab));
    opened.push(popup);
    await popup.waitForSelector('[data-testid="popup"][data-status="site-off"]', { timeout: 20_000 });
    await expect.poll(() => popup.locator('[data-testid="site-off-entries"]').textContent()).toBe('Turning it on removes 127.0.0.1 from that list.');
    expect(await popup.locator('h1').textContent()).toBe('Fineprint is switched off on this site');
    expect(await popup.textContent('body')).not.toContain('can’t read this page');
    expect(await popup.getByRole('button', { name: 'Fineprint options' }).count(), 'the header gear has an accessible name').toBe(1);

    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const violations = await runAxe(popup, AXE);
      expect(violations, `${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    }

    mkdirSync(ARTIFACTS, { recursive: true });
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-site-off-dark.png') });

    await popup.getByRole('button', { name: 'Turn on for this site' }).click();
    await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: ANALYSIS_TIMEOUT });
    await waitForHighlights(policyTab, ANALYSIS_TIMEOUT);
    expect(await popup.locator('section[data-field="collected"]').count(), 'the summary is shown').toBe(1);
    expect(await storedDisabledSites(), 'only the entry covering this site was removed').toEqual(['tracker.test']);
  });

  it('the header gear and the "Options" button open the options page', async () => {
    const other = await newPage(site.url(site.seeds[1].path));
    await waitForHighlights(other, ANALYSIS_TIMEOUT);
    const popup = await openPopup(ext, await tabIdOf(ext, other));
    opened.push(popup);
    const optionsUrl = `chrome-extension://${ext.extensionId}/options.html`;
    const [fromGear] = await Promise.all([
      ext.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(optionsUrl), timeout: 10_000 }),
      popup.getByRole('button', { name: 'Fineprint options' }).click(),
    ]);
    opened.push(fromGear);
    await fromGear.waitForLoadState();
    expect(fromGear.url()).toBe(optionsUrl);
    await fromGear.close();

    // Switched off again: the site-off state's own "Options" button.
    await switchOff(['127.0.0.1']);
    await popup.reload();
    await popup.waitForSelector('[data-testid="popup"][data-status="site-off"]', { timeout: 20_000 });
    expect(await fpHighlightNames(other), 'switching the site off removes its highlights').toEqual([]);
    const [fromButton] = await Promise.all([
      ext.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(optionsUrl), timeout: 10_000 }),
      popup.getByRole('button', { name: 'Options', exact: true }).click(),
    ]);
    opened.push(fromButton);
    expect(fromButton.url()).toBe(optionsUrl);
  });
});
