import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startNetworkAudit, type NetworkAudit } from './network-audit';

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
  /** What the network audit saw (see ./network-audit.ts); absent when launched with `audit: false`. */
  audit?: NetworkAudit;
}

/** Chromium's flags for every test browser: no background traffic of its own, no GPU, no sandbox (containers). */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** Record the extension's requests into the suite-wide network audit (default true). */
  audit?: boolean;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  checkPrerequisites();
  const profile = mkdtempSync(join(tmpdir(), 'fineprint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_FLAGS,
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
  const audit = opts.audit === false ? undefined : startNetworkAudit(context, extensionId, ARTIFACTS, ROOT);
  return {
    context,
    extensionId,
    worker,
    audit,
    close: async () => {
      audit?.finish();
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The same Chromium with the same flags and no extension: the baseline of the page-load bench. */
export async function launchWithoutExtension(opts: Pick<LaunchOptions, 'viewport'> = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run apt-get install -y chromium.`);
  const profile = mkdtempSync(join(tmpdir(), 'fineprint-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    args: QUIET_FLAGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stop every service worker of the browser through CDP (`ServiceWorker.stopAllWorkers`), as Chrome
 * does to an idle MV3 worker, and wait until Chromium reports the extension's worker stopped.
 * `page` is any page of the context (the CDP session needs a target).
 */
export async function stopExtensionWorker(ext: Pick<ExtensionBrowser, 'context' | 'extensionId'>, page: Page, timeoutMs = 10_000): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  const prefix = `chrome-extension://${ext.extensionId}/`;
  try {
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        const ours = e.versions.filter((v) => v.scriptURL.startsWith(prefix));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await withTimeout(stopped, timeoutMs, 'the extension service worker was not reported stopped');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** What Chromium last reported about the extension's worker, and how often it was started. */
export interface WorkerWatch {
  /** 'stopped' | 'starting' | 'running' | 'stopping' (Chromium's runningStatus), or 'unknown'. */
  status(): string;
  /** When the current run began (Date.now()), or null while not running. */
  runningSince(): number | null;
  /** Transitions to 'starting' seen (each is a wake-up: a message, an event). */
  starts(): number;
  /** Transitions to 'running' seen after a stop. */
  runs(): number;
  /** Transitions to 'stopped' seen. */
  stops(): number;
  /**
   * The worker's last transitions and whether the browser context closed, in one line for assertion
   * messages: when a cut gets no retry, it tells a dead worker from a browser that went away.
   */
  history(): string;
}

/** Stop the worker and wait until Chromium reports it stopped (it may be woken right after). */
export async function stopWorkerAndWait(killer: WorkerWatch & { kill(): Promise<void> }, what = 'the extension service worker was not reported stopped'): Promise<void> {
  const before = killer.stops();
  await killer.kill();
  await withTimeout(
    (async () => {
      while (killer.stops() === before) await new Promise((r) => setTimeout(r, 5));
    })(),
    10_000,
    what,
  );
}

/**
 * Stop the service workers at will with `ServiceWorker.stopAllWorkers`, without waiting for the
 * outcome (to cut a request off mid-flight), and watch the extension's worker come back.
 */
export async function openWorkerKiller(
  ext: Pick<ExtensionBrowser, 'context' | 'extensionId'>,
  page: Page,
): Promise<WorkerWatch & { kill(): Promise<void>; close(): Promise<void> }> {
  const cdp = await ext.context.newCDPSession(page);
  const prefix = `chrome-extension://${ext.extensionId}/`;
  let status = 'unknown';
  let since: number | null = null;
  let starts = 0;
  let runs = 0;
  let stops = 0;
  const opened = Date.now();
  const transitions: string[] = [];
  let contextClosed = false;
  ext.context.on('close', () => void (contextClosed = true));
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    const ours = e.versions.filter((v) => v.scriptURL.startsWith(prefix));
    if (ours.length === 0) return;
    const next = ours[ours.length - 1].runningStatus;
    if (next === status) return;
    if (next === 'starting' && status !== 'unknown') starts++;
    if (next === 'running') {
      if (status !== 'unknown') runs++;
      since = Date.now();
    } else since = null;
    if (next === 'stopped') stops++;
    transitions.push(`${next}@${Date.now() - opened}ms`);
    if (transitions.length > 40) transitions.shift();
    status = next;
  });
  await cdp.send('ServiceWorker.enable');
  return {
    kill: async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    status: () => status,
    runningSince: () => since,
    starts: () => starts,
    runs: () => runs,
    stops: () => stops,
    history: () => `worker: ${transitions.join(' ')}${contextClosed ? '; the browser context closed' : ''}`,
    close: async () => {
      await cdp.detach().catch(() => undefined);
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
