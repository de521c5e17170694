import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type * as z from 'zod/mini';
import type { PageStatusSchema } from '../messaging/protocol';
import { errorReply, senderProblem, type SenderLike } from '../messaging/guard';
import type { StorageAreaLike } from '../storage/area';
import { FULL_STAGE_GLOBAL, FULL_STAGE_PATH, type ContentRuntime, type FullPage, type FullStage } from './content-stages';
import { precheck, type Precheck, type PrecheckOptions } from './precheck';
import { followedLinkFromClick } from './followed-link';
import { FOLLOWED_LINK_KEY, storeFollowedLink } from '../storage/followed-link';
import { prefetchStorage } from './prefetched-storage';
import { DEFAULT_BOOT_SETTINGS, SETTINGS_KEY, bootSettingsFrom, watchStoredValue, type BootSettings } from '../storage/settings-boot';

/**
 * Stage 1 of the content script: what runs on every http(s) page the user opens. It answers the
 * popup, runs the precheck (URL, title, a few headings: well under a millisecond) and owns the
 * triggers that call for another look (a bounded watch for content added after load, in-page
 * navigations). Everything else (full detection, reading blocks, classification through the
 * background, highlights, legend, scroll, policy link) is stage 2, loaded only when the precheck
 * says "maybe" or the popup asks. This module imports no zod and no page reader beyond the
 * precheck, so the every-page bundle stays small (scripts/check-bundle-size.mjs holds it to 30 kB).
 */

type PageStatusMessage = z.infer<typeof PageStatusSchema>;

/** What deciding a view came to (see `analyzeIfMaybe`). */
type Outcome = 'ruled-out' | 'not-policy' | 'settled';

const MAX_URL = 8192;

/**
 * Client-rendered pages may show their policy only after `document_idle`. A view that was not
 * found to be a policy is watched for added content; a mutation schedules one re-check this long
 * later (mutations in between join it). A view the precheck ruled out is prechecked again (well
 * under a millisecond) at most `MAX_RECHECKS` times; a view that passed the precheck but failed
 * the full check (a "Privacy Policy" title over a still-empty app shell) gets the full check again,
 * at most `MAX_FULL_RECHECKS` times and only after `FULL_RECHECK_MIN_ADDED` nodes were added.
 * Watching stops for good after `WATCH_MAX_MS`, or once a policy is found. The observer callback
 * only counts added nodes (no text is read there).
 */
export const RECHECK_DEBOUNCE_MS = 500;
export const MAX_RECHECKS = 8;
export const MAX_FULL_RECHECKS = 3;
export const FULL_RECHECK_MIN_ADDED = 20;
export const WATCH_MAX_MS = 15_000;
/** After an in-page navigation, give the app this long to render the new view. */
export const SPA_SETTLE_MS = 800;

/** Starts watching for added nodes; calls back with how many were added; returns "stop watching". */
export type ObserveAdditions = (onAdded: (count: number) => void) => () => void;

export interface BootDeps {
  doc: Document;
  /** `location.href` now (it changes on in-page navigations). */
  href(): string;
  runtime: ContentRuntime;
  storage: StorageAreaLike;
  precheck(doc: Document, url?: string, opts?: PrecheckOptions): Precheck;
  /** Stage 2: `import()` of its extension URL, in this isolated world. */
  loadFullStage(): Promise<FullStage>;
  delay(ms: number): Promise<void>;
  /** Watches the document for added nodes (a MutationObserver in the browser); none: no watching. */
  observeAdditions?: ObserveAdditions;
  /** The user's settings for this page (src/storage/settings-boot.ts); none: the defaults. */
  settings?: () => Promise<BootSettings>;
  /**
   * Watches the stored settings (storage.onChanged); returns "stop watching". Started together
   * with the first read of `settings`, so no change can fall between the two.
   */
  watchSettings?: (onChange: (next: BootSettings) => void) => () => void;
  /**
   * Resolves once the page has loaded and the browser is idle (see `afterPageLoad`). A page that
   * shows no sign of privacy in its address, title or headings (nearly every page) is read only
   * then, so Fineprint adds nothing to its load. None: at once.
   */
  pageSettled?: () => Promise<void>;
  log?: (message: string, error?: unknown) => void;
}

/** One URL of the page: what stage 1 knows of it, and stage 2's handler once there is one. */
interface View {
  href: string;
  /** The precheck ruled this view out (so far). */
  ruledOut: boolean;
  /** Tell the background "not a policy" even when the precheck rules the view out. */
  reportNotPolicy: boolean;
  page: FullPage | null;
  /** Stage 2 being loaded for this view (one load at a time). */
  pageReady: Promise<FullPage> | null;
  /** Deciding about this view has begun (at once, or on demand when automatic detection is off). */
  started: boolean;
}

export class ContentBoot {
  private view: View;
  private fullStage: Promise<FullStage> | null = null;
  private disposed = false;
  /** Stops the current view's watch for late content (a no-op when none runs). */
  private stopWatching: () => void = () => undefined;
  /** What the user set for this page: Fineprint off here, automatic detection off. */
  private settings: BootSettings = DEFAULT_BOOT_SETTINGS;
  /** The first read of the settings, once begun (`readSettings`). */
  private settingsRead: Promise<void> | null = null;
  private settingsChanged = false;
  private stopWatchingSettings: () => void = () => undefined;
  /** `start` is waiting for the page to load before reading it. */
  private waitingForLoad = false;

  constructor(private readonly deps: BootDeps) {
    this.view = this.newView(false);
  }

  /**
   * Start on the page as loaded. Resolves when the first decision is done (late content is watched
   * after). Nothing happens on a site the user switched Fineprint off for, and with automatic
   * detection off a view waits until the popup asks about it (`onMessage`).
   *
   * A page whose address, title, meta tags or first headings speak of privacy is read at once: it
   * may well be a policy, and the user is waiting for its highlights. Any other page waits until it
   * has loaded and the browser is idle (`deps.pageSettled`): only then are the settings read, the
   * whole precheck run (with the opening text) and the watch for late content begun.
   */
  async start(): Promise<void> {
    if (!this.quickMaybe() && this.deps.pageSettled) {
      this.waitingForLoad = true;
      await this.deps.pageSettled();
      this.waitingForLoad = false;
    }
    if (this.disposed) return;
    await this.readSettings();
    if (this.settings.siteDisabled || !this.settings.autoDetect || this.view.started) return;
    await this.decide(this.view);
  }

  /** The first read of the settings (with the watch for their changes), begun on first use. */
  private readSettings(): Promise<void> {
    if (this.settingsRead) return this.settingsRead;
    try {
      this.stopWatchingSettings = this.deps.watchSettings?.((next) => this.onSettingsChanged(next)) ?? (() => undefined);
    } catch (error) {
      this.deps.log?.('Fineprint could not watch its settings', error);
    }
    this.settingsRead = (this.deps.settings?.() ?? Promise.resolve(DEFAULT_BOOT_SETTINGS)).then(
      // A change reported while the first read was under way is newer than what it read.
      (settings) => void (this.settingsChanged || (this.settings = settings)),
      () => undefined,
    );
    return this.settingsRead;
  }

  /** True when the user switched Fineprint off for this site. */
  get siteDisabled(): boolean {
    return this.settings.siteDisabled;
  }

  /** The settings changed (storage.onChanged): apply them to this page now, without a reload. */
  onSettingsChanged(next: BootSettings): void {
    const was = this.settings;
    this.settings = next;
    this.settingsChanged = true;
    if (this.disposed) return;
    if (next.siteDisabled && !was.siteDisabled) {
      // Switched off here: remove highlights and legend, forget the view, clear the badge.
      this.stopWatching();
      this.view.page?.dispose();
      const href = this.view.href;
      this.view = this.newView(false);
      void this.reportNotPolicy(href);
      return;
    }
    // Automatic detection switched off: no more re-checks for late content on this view.
    if (!next.autoDetect && was.autoDetect) this.stopWatching();
    if (!next.siteDisabled && next.autoDetect && !this.view.started) void this.decide(this.view);
  }

  /** True once stage 2 was asked for (for tests and diagnostics). */
  get fullStageRequested(): boolean {
    return this.fullStage !== null;
  }

  get status(): FullPage['status'] {
    return this.view.page?.status ?? (this.view.ruledOut ? 'not-policy' : 'pending');
  }

  /**
   * `runtime.onMessage` body. Messages from anything but this extension are refused here, so a
   * stranger cannot make a page load stage 2; the rest is stage 2's to parse and answer.
   */
  async onMessage(message: unknown, sender: SenderLike | undefined): Promise<unknown> {
    const problem = senderProblem(sender, 'extension', { id: this.deps.runtime.id ?? '', pageOrigin: this.safeOrigin() });
    if (problem) return errorReply(problem);
    await this.readSettings();
    if (this.settings.siteDisabled) {
      // The popup's question gets a PageInfo it can explain (with a way to turn the site back on);
      // any other request is refused. Checked by hand: stage 1 carries no zod.
      if ((message as { type?: unknown } | null)?.type !== 'fp/get-page-info') return errorReply('Fineprint is switched off on this site (see its options).');
      return { url: this.deps.href().slice(0, MAX_URL), title: String(this.deps.doc.title ?? '').slice(0, 2000), status: 'site-off', highlights: false, policyLink: null };
    }
    const view = this.view;
    // The popup asking about the page starts reading it: with automatic detection off, and on a
    // page still waiting for its load to settle (the user is asking now).
    if (!view.started && (!this.settings.autoDetect || this.waitingForLoad)) void this.decide(view);
    let page: FullPage;
    try {
      page = await this.pageFor(view);
    } catch (error) {
      return errorReply(`Fineprint could not load its page reader: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300));
    }
    return page.onMessage(message, sender);
  }

  /** An in-page (history API) navigation happened: start over for the new view. */
  onNavigation(): void {
    if (this.disposed || stripHash(this.deps.href()) === stripHash(this.view.href)) return;
    const status = this.status;
    const wasReported = status === 'policy' || status === 'unsupported-language';
    this.stopWatching();
    this.view.page?.dispose();
    const next = this.newView(wasReported);
    this.view = next;
    void this.deps.delay(SPA_SETTLE_MS).then(() =>
      next === this.view && this.settings.autoDetect && !this.settings.siteDisabled && !next.started ? this.decide(next) : undefined,
    );
  }

  /** The extension was reloaded or removed: leave the page exactly as it was. */
  dispose(): void {
    this.disposed = true;
    this.stopWatchingSettings();
    this.stopWatching();
    this.view.page?.dispose();
  }

  private newView(reportNotPolicy: boolean): View {
    return { href: this.deps.href(), ruledOut: false, reportNotPolicy, page: null, pageReady: null, started: false };
  }

  /** Precheck the view; on "maybe" hand it to stage 2; if not a policy (yet), watch for content arriving later. */
  private async decide(view: View): Promise<void> {
    view.started = true;
    const outcome = await this.analyzeIfMaybe(view);
    if (outcome !== 'settled') this.watch(view, outcome);
  }

  /**
   * Watch a view found not to be a policy for content added after load (client-rendered apps,
   * lazy sections). Bounded: re-checks are spaced by `RECHECK_DEBOUNCE_MS`, there are at most
   * `MAX_RECHECKS` prechecks and `MAX_FULL_RECHECKS` full checks, and the observer is disconnected
   * after `WATCH_MAX_MS` whatever happens.
   */
  private watch(first: View, firstOutcome: Exclude<Outcome, 'settled'>): void {
    const observe = this.deps.observeAdditions;
    if (!observe || this.disposed || first !== this.view) return;
    let view = first;
    let outcome = firstOutcome;
    let stopped = false;
    let scheduled = false;
    let added = 0;
    let prechecks = 0;
    let fullChecks = 0;
    let disconnect: () => void = () => undefined;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      disconnect();
    };
    const recheck = async () => {
      scheduled = false;
      if (stopped) return;
      if (view !== this.view || this.disposed) return stop();
      added = 0;
      prechecks++;
      const maybe = this.maybePolicy();
      if (!maybe || (outcome === 'not-policy' && fullChecks >= MAX_FULL_RECHECKS)) {
        if (prechecks >= MAX_RECHECKS) stop();
        return;
      }
      fullChecks++;
      // Start afresh: the old view's page (if any) holds the earlier verdict.
      view.page?.dispose();
      const retry = this.newView(false);
      retry.started = true;
      this.view = retry;
      const next = await this.analyzeIfMaybe(retry);
      if (next === 'settled' || fullChecks >= MAX_FULL_RECHECKS || prechecks >= MAX_RECHECKS) return stop();
      view = retry;
      outcome = next;
    };
    try {
      disconnect = observe((count) => {
        if (stopped || count <= 0) return;
        added += count;
        // Passing the precheck again proves nothing on a view the full check said no to: wait for
        // enough new content to be worth reading the page again.
        if (scheduled || (outcome === 'not-policy' && added < FULL_RECHECK_MIN_ADDED)) return;
        scheduled = true;
        void this.deps.delay(RECHECK_DEBOUNCE_MS).then(recheck);
      });
    } catch (error) {
      this.deps.log?.('Fineprint could not watch the page for late content', error);
      return;
    }
    this.stopWatching = stop;
    void this.deps.delay(WATCH_MAX_MS).then(stop);
  }

  /**
   * 'ruled-out': the precheck said no (stage 1's, or stage 2's own). 'not-policy': the full check
   * said no. 'settled': a policy, an unsupported language, or nothing more to do.
   */
  private async analyzeIfMaybe(view: View): Promise<Outcome> {
    if (this.disposed) return 'settled';
    if (!this.maybePolicy()) {
      view.ruledOut = true;
      // A page created for the popup while the view was pending learns the verdict too.
      if (view.page) await view.page.run();
      else if (view.reportNotPolicy) await this.reportNotPolicy(view.href);
      return 'ruled-out';
    }
    let page: FullPage;
    try {
      page = await this.pageFor(view);
    } catch (error) {
      this.deps.log?.('Fineprint could not load its page reader', error);
      return 'settled';
    }
    if (view !== this.view || this.disposed) return 'settled';
    await page.run();
    if (page.stoppedAtPrecheck) return 'ruled-out';
    return page.status === 'not-policy' ? 'not-policy' : 'settled';
  }

  private maybePolicy(): boolean {
    try {
      return this.deps.precheck(this.deps.doc, this.deps.href()).maybe;
    } catch {
      return true; // precheck never throws by contract; if it does, let the full check decide
    }
  }

  /** The precheck without the opening text (address, title, meta, headings): decides whether to read the page at once. */
  private quickMaybe(): boolean {
    try {
      return this.deps.precheck(this.deps.doc, this.deps.href(), { quick: true }).maybe;
    } catch {
      return true;
    }
  }

  /** Stage 2's handler for the view, loading stage 2 on first use. */
  private pageFor(view: View): Promise<FullPage> {
    if (view.page) return Promise.resolve(view.page);
    view.pageReady ??= this.loadFullStage().then(
      (stage) => {
        view.page ??= stage.createPage({
          runtime: this.deps.runtime,
          storage: this.deps.storage,
          reportNotPolicy: view.reportNotPolicy,
          ruledOut: view.ruledOut,
        });
        if (view !== this.view || this.disposed) view.page.dispose();
        return view.page;
      },
      (error: unknown) => {
        view.pageReady = null; // a later request tries again
        throw error;
      },
    );
    return view.pageReady;
  }

  private loadFullStage(): Promise<FullStage> {
    this.fullStage ??= this.deps.loadFullStage().catch((error: unknown) => {
      this.fullStage = null;
      throw error;
    });
    return this.fullStage;
  }

  private async reportNotPolicy(href: string): Promise<void> {
    const message: PageStatusMessage = { type: 'fp/page-status', url: href.slice(0, MAX_URL), status: 'not-policy' };
    // Informational (clears the badge): one try, a missing worker is not worth retrying for.
    await this.deps.runtime.sendMessage(message).catch(() => undefined);
  }

  private safeOrigin(): string {
    try {
      return this.deps.runtime.getURL('/');
    } catch {
      return '';
    }
  }
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/** Wire stage 1 to the real page and browser. */
export function startContentScript(ctx?: ContentScriptContext): void {
  const local = browser.storage.local as unknown as StorageAreaLike;
  // The settings read also brings what stage 2 reads first on a policy page (src/page/prefetched-storage.ts).
  const prefetched = prefetchStorage(local, [SETTINGS_KEY, FOLLOWED_LINK_KEY]);
  const boot = new ContentBoot({
    doc: document,
    href: () => location.href,
    runtime: browser.runtime,
    storage: prefetched.area,
    precheck,
    loadFullStage: importFullStage,
    delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    observeAdditions: observeDocumentAdditions,
    // As readBootSettings (src/storage/settings-boot.ts), from the one request; defaults when storage fails.
    settings: () => prefetched.value(SETTINGS_KEY).then((raw) => bootSettingsFrom(raw, location.hostname), () => DEFAULT_BOOT_SETTINGS),
    // Options changed in another tab apply here at once (site switched off or on, automatic detection).
    watchSettings: (onChange) =>
      watchStoredValue(local, SETTINGS_KEY, (raw) => {
        prefetched.forget(SETTINGS_KEY);
        onChange(bootSettingsFrom(raw, location.hostname));
      }),
    pageSettled: afterPageLoad,
    log: (message, error) => console.debug(`[Fineprint] ${message}`, error),
  });
  // Registered before any work so a popup opened right away gets an answer ("pending").
  browser.runtime.onMessage.addListener((message: unknown, sender) => boot.onMessage(message, sender));
  ctx?.onInvalidated(() => boot.dispose());
  void boot.start();
  onSameDocumentNavigation(ctx, () => boot.onNavigation());
  // Through the prefetching area: a link stored here is read afresh by a later view of this page.
  rememberFollowedPrivacyLinks(ctx, prefetched.area, () => !boot.siteDisabled);
}

/**
 * When the user follows a link named like a privacy policy, remember its text for the detector on
 * the page it leads to (the "anchor text of the link that led there"). Capture phase and passive, so
 * the page's own handlers run as before; synthetic clicks from page scripts are ignored.
 */
function rememberFollowedPrivacyLinks(ctx: ContentScriptContext | undefined, storage: StorageAreaLike, enabled: () => boolean): void {
  const onClick = (event: Event) => {
    if (!event.isTrusted || !enabled()) return;
    const link = followedLinkFromClick(event.target, location.href, Date.now());
    if (link) void storeFollowedLink(storage, link).catch(() => undefined);
  };
  const options = { capture: true, passive: true } as const;
  document.addEventListener('click', onClick, options);
  document.addEventListener('auxclick', onClick, options); // middle click: opens in a new tab
  ctx?.onInvalidated(() => {
    document.removeEventListener('click', onClick, options);
    document.removeEventListener('auxclick', onClick, options);
  });
}

/** How long a page may take to fire `load` before stage 1 goes ahead anyway (a hanging image, say). */
export const LOAD_WAIT_MAX_MS = 3000;
/** Longest wait for an idle moment once the page has loaded (a page that is never idle still gets read). */
export const IDLE_WAIT_MAX_MS = 1000;

/**
 * Resolves at the first idle moment after the page's `load` event (or at once when it has fired),
 * at most `LOAD_WAIT_MAX_MS` + `IDLE_WAIT_MAX_MS` after injection. `document_idle` injects the
 * content script as soon as the DOM is parsed, often before `load`: waiting for the idle moment
 * keeps the opening-text walk, the settings read and the MutationObserver out of the page's load.
 */
function afterPageLoad(): Promise<void> {
  return new Promise((resolve) => {
    let waiting = true;
    const whenIdle = () => {
      if (!waiting) return;
      waiting = false;
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MAX_MS });
      else setTimeout(resolve, 0);
    };
    if (document.readyState === 'complete') return whenIdle();
    window.addEventListener('load', whenIdle, { once: true });
    setTimeout(whenIdle, LOAD_WAIT_MAX_MS);
  });
}

/**
 * A MutationObserver on the whole document (childList + subtree: body may itself be replaced by
 * an app). The callback only sums `addedNodes.length`; it reads no text and touches no layout.
 */
function observeDocumentAdditions(onAdded: (count: number) => void): () => void {
  const target = document.documentElement;
  if (!target || typeof MutationObserver !== 'function') return () => undefined;
  const observer = new MutationObserver((records) => {
    let added = 0;
    for (const record of records) added += record.addedNodes.length;
    onAdded(added);
  });
  observer.observe(target, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * Load stage 2. A dynamic `import()` from a content script runs the module in the content
 * script's isolated world; the file is web-accessible to http(s) pages only so it can be fetched
 * (on Chrome through a per-session dynamic URL, so pages cannot probe for the extension with it).
 */
async function importFullStage(): Promise<FullStage> {
  await import(/* @vite-ignore */ browser.runtime.getURL(FULL_STAGE_PATH));
  const stage = (globalThis as Record<string, unknown>)[FULL_STAGE_GLOBAL] as FullStage | undefined;
  if (!stage || typeof stage.createPage !== 'function') throw new Error(`${FULL_STAGE_PATH} did not publish the page reader.`);
  return stage;
}

function onSameDocumentNavigation(ctx: ContentScriptContext | undefined, callback: () => void): void {
  // The Navigation API fires only on navigations; WXT's fallback polls the URL every second.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', callback);
    ctx?.onInvalidated(() => navigation.removeEventListener('navigatesuccess', callback));
  } else {
    ctx?.addEventListener(window, 'wxt:locationchange', callback);
  }
}
