import { browser } from 'wxt/browser';
import { ErrorReplySchema, PageInfoSchema, SiteEntriesReplySchema, TabStateSchema, type PageInfo, type TabState } from '../messaging/protocol';
import { safeWebUrl } from './channels';

/**
 * Everything the popup asks of the browser, behind one interface so components and the loader are
 * tested with a fake. Replies are parsed with the protocol's own zod/mini schemas (the same ones
 * the senders are held to): anything malformed is treated as "no answer", never trusted.
 */
export interface ScrollTarget {
  block: number;
  start?: number;
  end?: number;
}

export interface PopupApi {
  /** `?tabId=N` of the popup URL, else the active tab of the current window; null if none. */
  targetTabId(): Promise<number | null>;
  /** The content script's view of the page, or null when there is no (working) content script. */
  getPageInfo(tabId: number): Promise<PageInfo | null>;
  /** Whether the tab is still loading (its content script may not be there yet). */
  isTabLoading(tabId: number): Promise<boolean>;
  /** The background's cached state for the tab, or null when the worker does not answer. */
  getTabState(tabId: number, url?: string): Promise<TabState | null>;
  /** Ask the page to send its analysis to the worker again (no summary recorded); false when it could not. */
  reanalyze(tabId: number): Promise<boolean>;
  /** Resolves with the page's new PageInfo when it sends one (its `highlights` is the truth). */
  setHighlights(tabId: number, enabled: boolean): Promise<PageInfo | null>;
  scrollTo(tabId: number, target: ScrollTarget): Promise<void>;
  /** Navigate the page's tab to an http(s) URL. */
  openInTab(tabId: number, href: string): Promise<void>;
  /** Close the browser-action popup (no-op when the popup page was opened in a tab). */
  closePopup(): void;
  /** Put text on the clipboard; rejects when the browser refuses. */
  copyText(text: string): Promise<void>;
  /** Save text as a file through the browser's downloads (an <a download> of a blob URL). */
  download(fileName: string, mimeType: string, text: string): void;
  /** The entries of "sites where Fineprint stays off" that cover `hostname` (asked of the worker, which owns the settings). */
  siteOffEntries(hostname: string): Promise<string[]>;
  /** Remove those entries; resolves with them, rejects when the change was not saved. */
  turnOnSite(hostname: string): Promise<string[]>;
  /** Open Fineprint's options page (in a tab; the popup closes as it loses focus). */
  openOptions(): Promise<void>;
}

/** `?tabId=N` → N; anything else → null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

export function createBrowserApi(location: { search: string } = globalThis.location, close: () => void = () => globalThis.close()): PopupApi {
  return {
    async targetTabId() {
      const fromUrl = tabIdFromSearch(location.search);
      if (fromUrl !== null) return fromUrl;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async getPageInfo(tabId) {
      try {
        const reply = await browser.tabs.sendMessage(tabId, { type: 'fp/get-page-info' });
        return parseOrNull(PageInfoSchema, reply);
      } catch {
        // "Could not establish connection. Receiving end does not exist.": no content script here.
        return null;
      }
    },
    async isTabLoading(tabId) {
      try {
        const tab = await browser.tabs.get(tabId);
        return tab.status === 'loading';
      } catch {
        return false;
      }
    },
    async getTabState(tabId, url) {
      try {
        const reply = await browser.runtime.sendMessage({ type: 'fp/get-tab-state', tabId, ...(url ? { url } : {}) });
        return parseOrNull(TabStateSchema, reply);
      } catch {
        return null;
      }
    },
    async reanalyze(tabId) {
      try {
        const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'fp/reanalyze' });
        return !ErrorReplySchema.safeParse(reply).success;
      } catch {
        return false;
      }
    },
    async setHighlights(tabId, enabled) {
      const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'fp/set-highlights', enabled });
      rejectErrorReply(reply);
      return parseOrNull(PageInfoSchema, reply);
    },
    async scrollTo(tabId, target) {
      rejectErrorReply(await browser.tabs.sendMessage(tabId, { type: 'fp/scroll-to', ...target }));
    },
    async openInTab(tabId, href) {
      const url = safeWebUrl(href);
      if (!url) throw new Error(`Refusing to open a non-web URL: ${href.slice(0, 80)}`);
      await browser.tabs.update(tabId, { url });
    },
    closePopup() {
      // Opened as popup.html?tabId=N in a tab (tests, or a person keeping it open): that page is
      // not a popup, and closing it would surprise whoever opened it.
      if (tabIdFromSearch(location.search) === null) close();
    },
    async copyText(text) {
      await navigator.clipboard.writeText(text);
    },
    download(fileName, mimeType, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.hidden = true;
      document.body.append(a);
      a.click();
      a.remove();
      // The download has its own copy by the time the event loop turns; give slow machines a minute.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    siteOffEntries: (hostname) => siteEntries({ type: 'fp/site-off-entries', hostname }),
    turnOnSite: (hostname) => siteEntries({ type: 'fp/turn-on-site', hostname }),
    openOptions: () => browser.runtime.openOptionsPage(),
  };
}

/** Ask the worker about the sites where Fineprint stays off; rejects when it refuses or the reply is malformed. */
async function siteEntries(message: { type: 'fp/site-off-entries' | 'fp/turn-on-site'; hostname: string }): Promise<string[]> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  rejectErrorReply(reply);
  const parsed = parseOrNull(SiteEntriesReplySchema, reply);
  if (!parsed) throw new Error(`Fineprint's worker gave no usable answer to ${message.type}.`);
  return parsed.entries;
}

/** Receivers answer `{ok: false, error}` when they refuse a request: surface it as a failure. */
function rejectErrorReply(reply: unknown): void {
  const refused = ErrorReplySchema.safeParse(reply);
  if (refused.success) throw new Error(refused.data.error);
}

/** The parsed value, or null when `value` does not match `schema`. */
function parseOrNull<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}
