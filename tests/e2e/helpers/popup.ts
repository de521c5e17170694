import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TabState } from '../../../src/messaging/protocol';
import { inWorker, type ChromeGlobal, type ExtensionBrowser } from './browser';

/**
 * Opening the popup (popup.html?tabId=N in a tab, as the browser helpers do) with the settings a
 * test needs before the first paint: colour scheme, a viewport and zoom, and a recorder of what the
 * popup writes to the clipboard (headless Chromium has no system clipboard worth reading).
 */
export interface PopupOptions {
  colorScheme?: 'light' | 'dark';
  /** CSS-pixel viewport; with `zoom` 2 a 400×600 window becomes 200×300 CSS px, as at 200% zoom. */
  viewport?: { width: number; height: number };
  /** Browser zoom factor, emulated as the device scale factor of a window of the same device size. */
  zoom?: number;
}

export async function openPopupPage(ext: ExtensionBrowser, tabId: number, opts: PopupOptions = {}): Promise<Page> {
  const popup = await ext.context.newPage();
  const zoom = opts.zoom ?? 1;
  const viewport = opts.viewport ?? { width: 400, height: 600 };
  await popup.emulateMedia({ colorScheme: opts.colorScheme ?? 'light' });
  if (zoom === 1) await popup.setViewportSize(viewport);
  else {
    // Browser zoom at Z% shrinks the CSS viewport by Z and raises devicePixelRatio by Z: exactly
    // what this override does (media queries and layout see the zoomed window).
    const cdp = await ext.context.newCDPSession(popup);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: Math.round(viewport.width / zoom),
      height: Math.round(viewport.height / zoom),
      deviceScaleFactor: zoom,
      mobile: false,
    });
  }
  await popup.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text: string) => {
      w.__copied.push(text);
      try {
        await original(text);
      } catch {
        // Headless Chromium may refuse the real clipboard; the recorded text is what was copied.
      }
    };
  });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: 30_000 });
  return popup;
}

/** The background's cached state of a tab (what the popup renders), read from storage.session. */
export async function storedTabState(ext: ExtensionBrowser, tabId: number): Promise<TabState> {
  const state = await inWorker(
    ext,
    async (id) => (await (globalThis as unknown as ChromeGlobal).chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
    tabId,
    'storage.session.get',
  );
  if (!state) throw new Error(`no cached state for tab ${tabId}`);
  return state as TabState;
}

/** What axe-core reports, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core in the page. The popup's CSP (script-src 'self') refuses the inline <script> that
 * page.addScriptTag({path}) makes, so the library is evaluated through the DevTools protocol,
 * which the page's CSP does not govern; nothing of the popup's own policy is loosened.
 */
export async function runAxe(page: Page, axePath: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 300)),
    }));
  }, AXE_TAGS);
}

/** Elements reaching past the right edge of the viewport, and boxes that clip their own content sideways. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; outside: string[]; clipped: string[] }> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const width = document.documentElement.clientWidth;
    const outside: string[] = [];
    const clipped: string[] = [];
    for (const el of document.querySelectorAll('main *')) {
      if (el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5) outside.push(describe(el));
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && !(el instanceof HTMLInputElement)) clipped.push(describe(el));
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, outside, clipped };
  });
}
