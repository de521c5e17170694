import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Real Debian Chromium with the built extension loaded, in a fresh profile. Never downloads a
 * browser: if /usr/bin/chromium or the build is missing, the message says what to run.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIR = join(resolve(ROOT, process.env.FINEPRINT_OUT_DIR || '.output'), 'chrome-mv3');
export const CHROMIUM = process.env.FP_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'tests/e2e/.artifacts');
export const SCREENSHOTS = join(ROOT, 'assets/screenshots');

/** The slice of the `chrome` API the tests call from the extension's worker (no @types/chrome here). */
export interface ChromeGlobal {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
    storage: { session: { get(k?: null | string): Promise<Record<string, unknown>> }; local: { get(k?: null | string): Promise<Record<string, unknown>> } };
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export function checkPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run apt-get install -y chromium (the e2e tests never download a browser).`);
  }
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`The extension is not built (${manifest} is missing): run npm run build first.`);
  }
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { manifest_version?: number; background?: { service_worker?: string } };
  if (parsed.manifest_version !== 3 || !parsed.background?.service_worker) {
    throw new Error(`${manifest} is not an MV3 build with a service worker: rebuild with npm run build.`);
  }
}

export async function launchWithExtension(opts: { viewport?: { width: number; height: number } } = {}): Promise<ExtensionBrowser> {
  checkPrerequisites();
  const profile = mkdtempSync(join(tmpdir(), 'fineprint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 20_000 });
  };
  let sw: Worker;
  try {
    sw = await worker();
  } catch (err) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`The extension's service worker never started (is ${EXTENSION_DIR} a valid build?): ${(err as Error).message}`);
  }
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Names and texts of every `fp-*` highlight, read from the page's main world. */
export async function readHighlights(page: Page): Promise<Record<string, { text: string; goldIndex: number | null }[]>> {
  return page.evaluate(() => {
    const out: Record<string, { text: string; goldIndex: number | null }[]> = {};
    if (!('highlights' in CSS)) return out;
    for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights) {
      if (!name.startsWith('fp-')) continue;
      out[name] = [...highlight].map((r) => {
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          return { text: '', goldIndex: null };
        }
        const start = r.startContainer instanceof Element ? r.startContainer : r.startContainer.parentElement;
        const owner = start?.closest('[data-gold-index]');
        return { text: range.toString(), goldIndex: owner ? Number(owner.getAttribute('data-gold-index')) : null };
      });
    }
    return out;
  });
}

export async function fpHighlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    'highlights' in CSS ? [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((k) => k.startsWith('fp-')) : [],
  );
}

export async function waitForHighlights(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => 'highlights' in CSS && [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights].some(([k, h]) => k.startsWith('fp-') && k !== 'fp-focus' && h.size > 0),
    undefined,
    { timeout, polling: 100 },
  );
}

/** A promise that fails with `message` after `ms`: a hung call must say what hung, not time the test out. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (after ${ms} ms)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Run `fn` in the extension's service worker (woken if needed), with a deadline. */
export async function inWorker<T, A>(ext: ExtensionBrowser, fn: (arg: A) => T | Promise<T>, arg: A, what: string): Promise<T> {
  const sw = await ext.worker();
  const run = sw.evaluate(fn as (arg: A) => Promise<T>, arg as never) as Promise<T>;
  return withTimeout(run, 10_000, `the extension's service worker did not answer: ${what}`);
}

/**
 * The tab id Chromium gave `page`, asked from the extension's worker. URLs are visible to the
 * worker on hosts it may script; if they are not, the page is brought to the front and the active
 * tab of the last focused window is taken.
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const tabs = await inWorker(ext, () => (globalThis as unknown as ChromeGlobal).chrome.tabs.query({}), undefined, 'tabs.query');
  const byUrl = tabs.filter((t) => t.url === url);
  if (byUrl.length === 1 && byUrl[0].id !== undefined) return byUrl[0].id;
  await page.bringToFront();
  const active = await inWorker(ext, () => (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true }), undefined, 'tabs.query active');
  if (active.length === 1 && active[0].id !== undefined) return active[0].id;
  throw new Error(`could not find the tab of ${url} among ${tabs.length} tabs (${byUrl.length} with that URL)`);
}

export async function openPopup(ext: ExtensionBrowser, tabId: number, viewport = { width: 400, height: 600 }): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize(viewport);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="popup"]', { timeout: 20_000 });
  return popup;
}

/** Layout of the page: document height and the box of every child of <main>. */
export async function pageGeometry(page: Page): Promise<{ scrollHeight: number; boxes: number[][] }> {
  return page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    boxes: [...(document.querySelector('main')?.children ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y + window.scrollY, r.width, r.height];
    }),
  }));
}
