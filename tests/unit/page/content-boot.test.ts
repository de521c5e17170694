import { describe, expect, it } from 'vitest';
import { ContentBoot, FULL_RECHECK_MIN_ADDED, MAX_FULL_RECHECKS, MAX_RECHECKS, RECHECK_DEBOUNCE_MS, SPA_SETTLE_MS, WATCH_MAX_MS, type BootDeps } from '../../../src/page/content-boot';
import type { FullPage, FullPageOptions, FullStage } from '../../../src/page/content-stages';
import { MemoryArea } from '../storage/memory-area';

/**
 * Stage 1 of the content script: on an ordinary page it must never load stage 2 (unless the
 * popup asks), and it must hand pages that may be policies to stage 2, now or on a late re-check.
 */
const EXT_ID = 'fineprint-id';
const POPUP = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html` };

class FakePage implements FullPage {
  status: FullPage['status'];
  stoppedAtPrecheck: boolean;
  runs = 0;
  disposed = false;
  messages: unknown[] = [];
  constructor(
    readonly options: FullPageOptions,
    private readonly verdict: () => FullPage['status'] | 'precheck-no',
  ) {
    this.status = options.ruledOut ? 'not-policy' : 'pending';
    this.stoppedAtPrecheck = options.ruledOut;
  }
  async run() {
    this.runs++;
    const v = this.verdict();
    this.stoppedAtPrecheck = v === 'precheck-no';
    this.status = v === 'precheck-no' ? 'not-policy' : v;
  }
  async onMessage(message: unknown) {
    this.messages.push(message);
    return { status: this.status };
  }
  dispose() {
    this.disposed = true;
  }
}

function setup(opts: { maybe: boolean; verdict?: FullPage['status']; failLoads?: number; quickMaybe?: boolean; waitForLoad?: boolean }) {
  let href = 'https://shop.example/products/1';
  let maybe = opts.maybe;
  let verdict: FullPage['status'] = opts.verdict ?? 'policy';
  let failLoads = opts.failLoads ?? 0;
  const pages: FakePage[] = [];
  const sent: unknown[] = [];
  const timers: { ms: number; resolve: () => void }[] = [];
  let loads = 0;
  let prechecks = 0;
  const precheckModes: ('quick' | 'whole')[] = [];
  let settingsReads = 0;
  let settingsWatches = 0;
  let settingsWatched = false;
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  /** The callback of the active observer (null when none is connected). */
  let observer: ((count: number) => void) | null = null;
  let observers = 0;
  const stage: FullStage = {
    createPage: (options) => {
      const page = new FakePage(options, () => (maybe ? verdict : 'precheck-no'));
      pages.push(page);
      return page;
    },
  };
  const deps: BootDeps = {
    doc: {} as Document,
    href: () => href,
    runtime: {
      id: EXT_ID,
      getURL: (p) => `chrome-extension://${EXT_ID}${p}`,
      sendMessage: async (m) => void sent.push(m),
    },
    storage: new MemoryArea(),
    precheck: (_doc, _url, o) => {
      prechecks++;
      precheckModes.push(o?.quick ? 'quick' : 'whole');
      const says = o?.quick && opts.quickMaybe !== undefined ? opts.quickMaybe : maybe;
      return { maybe: says, signals: says ? ['title'] : [] };
    },
    settings: async () => {
      settingsReads++;
      return { autoDetect: true, siteDisabled: false };
    },
    watchSettings: () => {
      settingsWatches++;
      settingsWatched = true;
      return () => void (settingsWatched = false);
    },
    ...(opts.waitForLoad ? { pageSettled: () => settled } : {}),
    observeAdditions: (onAdded) => {
      observers++;
      observer = onAdded;
      return () => {
        if (observer === onAdded) observer = null;
      };
    },
    loadFullStage: async () => {
      loads++;
      if (failLoads-- > 0) throw new Error('blocked by the page');
      return stage;
    },
    delay: (ms) => new Promise<void>((resolve) => timers.push({ ms, resolve })),
  };
  const boot = new ContentBoot(deps);
  return {
    boot,
    pages,
    sent,
    loads: () => loads,
    setMaybe: (v: boolean) => void (maybe = v),
    setVerdict: (v: FullPage['status']) => void (verdict = v),
    navigate: (to: string) => void (href = to),
    /** Fire the pending timer of `ms` and let the work it starts finish. */
    async fire(ms: number) {
      const i = timers.findIndex((t) => t.ms === ms);
      expect(i, `a ${ms} ms timer should be pending`).toBeGreaterThanOrEqual(0);
      timers.splice(i, 1)[0].resolve();
      await flush();
    },
    pendingTimers: () => timers.map((t) => t.ms),
    prechecks: () => prechecks,
    precheckModes: () => precheckModes,
    settingsReads: () => settingsReads,
    settingsWatches: () => settingsWatches,
    settingsWatched: () => settingsWatched,
    /** The page has loaded and the browser is idle (`pageSettled` resolves). */
    async settle() {
      settle();
      await flush();
    },
    observers: () => observers,
    watching: () => observer !== null,
    /** The page adds `count` nodes (what the MutationObserver would report). */
    mutate(count = 1) {
      expect(observer, 'the page should be watched').not.toBeNull();
      observer!(count);
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('content script stage 1', () => {
  it('on an ordinary page runs only the precheck: stage 2 is not loaded and nothing is sent', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    expect(t.loads()).toBe(0);
    expect(t.sent).toEqual([]);
    expect(t.boot.status).toBe('not-policy');
    expect(t.boot.fullStageRequested).toBe(false);
  });

  it('loads stage 2 when the popup asks, with the precheck verdict, and lets it answer', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    const reply = await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP);
    expect(t.loads()).toBe(1);
    expect(t.pages).toHaveLength(1);
    expect(t.pages[0].options.ruledOut, 'the page starts as ruled out, without re-running').toBe(true);
    expect(t.pages[0].runs).toBe(0);
    expect(reply).toEqual({ status: 'not-policy' });
    await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP);
    expect(t.loads(), 'stage 2 is loaded once').toBe(1);
    expect(t.pages).toHaveLength(1);
  });

  it('refuses other senders without loading stage 2', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    const reply = await t.boot.onMessage({ type: 'fp/get-page-info' }, { id: 'someone-else', url: 'https://evil.example/' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not this extension/) });
    expect(t.loads()).toBe(0);
  });

  it('hands a page that may be a policy to stage 2 and runs it', async () => {
    const t = setup({ maybe: true });
    await t.boot.start();
    expect(t.loads()).toBe(1);
    expect(t.pages[0].runs).toBe(1);
    expect(t.boot.status).toBe('policy');
    expect(t.pendingTimers(), 'no late re-check once the full check ran').toEqual([]);
  });

  it('watches a ruled-out page and analyzes it once added content makes it look like a policy', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    expect(t.watching()).toBe(true);
    expect(t.pendingTimers(), 'only the watch deadline: nothing is rechecked without mutations').toEqual([WATCH_MAX_MS]);
    t.setMaybe(true); // the app rendered its policy after document_idle
    t.mutate(12);
    t.mutate(3); // joins the recheck already scheduled
    expect(t.pendingTimers().filter((ms) => ms === RECHECK_DEBOUNCE_MS)).toHaveLength(1);
    await t.fire(RECHECK_DEBOUNCE_MS);
    expect(t.loads()).toBe(1);
    expect(t.pages).toHaveLength(1);
    expect(t.pages[0].options.ruledOut).toBe(false);
    expect(t.pages[0].runs).toBe(1);
    expect(t.boot.status).toBe('policy');
    expect(t.watching(), 'a detected policy stops the watch').toBe(false);
  });

  it('mutations that add nothing schedule no recheck', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    t.mutate(0);
    expect(t.pendingTimers()).toEqual([WATCH_MAX_MS]);
  });

  it('rechecks a busy page at most MAX_RECHECKS times, then stops watching for good', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    const before = t.prechecks();
    for (let i = 0; i < MAX_RECHECKS; i++) {
      t.mutate(5);
      await t.fire(RECHECK_DEBOUNCE_MS);
    }
    expect(t.prechecks() - before).toBe(MAX_RECHECKS);
    expect(t.watching()).toBe(false);
    expect(t.loads(), 'prechecks that say no cost nothing more').toBe(0);
  });

  it('stops watching after WATCH_MAX_MS even on a quiet page', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    await t.fire(WATCH_MAX_MS);
    expect(t.watching()).toBe(false);
    t.setMaybe(true);
    expect(t.pendingTimers()).toEqual([]);
    expect(t.loads()).toBe(0);
  });

  it('a recheck scheduled before the deadline does nothing after it', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    t.mutate(4);
    await t.fire(WATCH_MAX_MS);
    t.setMaybe(true);
    const before = t.prechecks();
    await t.fire(RECHECK_DEBOUNCE_MS);
    expect(t.prechecks()).toBe(before);
    expect(t.loads()).toBe(0);
  });

  it('reads a page again when content arrives after the full check said no (an app shell titled "Privacy Policy")', async () => {
    const t = setup({ maybe: true, verdict: 'not-policy' });
    await t.boot.start();
    expect(t.pages[0].runs).toBe(1);
    expect(t.watching()).toBe(true);
    t.mutate(FULL_RECHECK_MIN_ADDED - 1);
    expect(t.pendingTimers(), 'a few nodes are not worth a second full read').toEqual([WATCH_MAX_MS]);
    t.setVerdict('policy');
    t.mutate(1);
    await t.fire(RECHECK_DEBOUNCE_MS);
    expect(t.pages).toHaveLength(2);
    expect(t.pages[0].disposed).toBe(true);
    expect(t.pages[1].runs).toBe(1);
    expect(t.boot.status).toBe('policy');
    expect(t.watching()).toBe(false);
    expect(t.loads(), 'stage 2 is loaded once').toBe(1);
  });

  it('runs the full check again at most MAX_FULL_RECHECKS times', async () => {
    const t = setup({ maybe: true, verdict: 'not-policy' });
    await t.boot.start();
    for (let i = 0; i < MAX_FULL_RECHECKS + 2 && t.watching(); i++) {
      t.mutate(FULL_RECHECK_MIN_ADDED);
      await t.fire(RECHECK_DEBOUNCE_MS);
    }
    expect(t.pages).toHaveLength(1 + MAX_FULL_RECHECKS);
    expect(t.watching()).toBe(false);
    expect(t.boot.status).toBe('not-policy');
  });

  it('does not watch a page found to be a policy or in an unsupported language', async () => {
    const t = setup({ maybe: true });
    await t.boot.start();
    expect(t.observers()).toBe(0);
    const foreign = setup({ maybe: true, verdict: 'unsupported-language' });
    await foreign.boot.start();
    expect(foreign.observers()).toBe(0);
  });

  it('after an in-page navigation away from a policy, reports not-policy without loading anything new', async () => {
    const t = setup({ maybe: true });
    await t.boot.start();
    expect(t.boot.status).toBe('policy');
    t.setMaybe(false);
    t.navigate('https://shop.example/cart');
    t.boot.onNavigation();
    expect(t.pages[0].disposed, 'the old view leaves the page as it was').toBe(true);
    expect(t.boot.status).toBe('pending');
    await t.fire(SPA_SETTLE_MS);
    expect(t.sent).toEqual([{ type: 'fp/page-status', url: 'https://shop.example/cart', status: 'not-policy' }]);
    expect(t.pages).toHaveLength(1);
    expect(t.boot.status).toBe('not-policy');
  });

  it('ignores hash-only changes and analyzes a new view that may be a policy', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    t.navigate('https://shop.example/products/1#reviews');
    t.boot.onNavigation();
    expect(t.pendingTimers()).toEqual([WATCH_MAX_MS]);
    expect(t.watching(), 'a hash change keeps the watch').toBe(true);
    t.mutate(2);
    t.setMaybe(true);
    t.navigate('https://shop.example/privacy');
    t.boot.onNavigation();
    await t.fire(SPA_SETTLE_MS);
    expect(t.pages).toHaveLength(1);
    expect(t.pages[0].runs).toBe(1);
    expect(t.pages[0].options.reportNotPolicy).toBe(false);
    // The first view's watch ended with the navigation: its pending recheck changes nothing.
    await t.fire(RECHECK_DEBOUNCE_MS);
    expect(t.pages).toHaveLength(1);
    expect(t.pages[0].runs).toBe(1);
  });

  it('a popup asking during the settle delay gets a pending page, which then runs', async () => {
    const t = setup({ maybe: true });
    await t.boot.start();
    t.navigate('https://shop.example/privacy/v2');
    t.boot.onNavigation();
    expect(await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP)).toEqual({ status: 'pending' });
    expect(t.pages[1].options.reportNotPolicy, 'the previous view was a reported policy').toBe(true);
    await t.fire(SPA_SETTLE_MS);
    expect(t.pages).toHaveLength(2);
    expect(t.pages[1].runs).toBe(1);
    expect(t.boot.status).toBe('policy');
  });

  it('answers with a clear error when stage 2 cannot be loaded, and tries again next time', async () => {
    const t = setup({ maybe: false, failLoads: 1 });
    void t.boot.start();
    await flush();
    const first = await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP);
    expect(first).toMatchObject({ ok: false, error: expect.stringMatching(/could not load its page reader: blocked by the page/) });
    expect(await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP)).toEqual({ status: 'not-policy' });
    expect(t.loads()).toBe(2);
  });

  it('once disposed, leaves the page alone', async () => {
    const t = setup({ maybe: true });
    await t.boot.start();
    t.boot.dispose();
    expect(t.pages[0].disposed).toBe(true);
    t.navigate('https://shop.example/other');
    t.boot.onNavigation();
    expect(t.pendingTimers()).toEqual([]);
  });

  it('an ordinary page is left alone until it has loaded: no settings read, no whole precheck, no watch', async () => {
    const t = setup({ maybe: false, waitForLoad: true });
    void t.boot.start();
    await flush();
    expect(t.precheckModes(), 'only the quick precheck (address, title, meta, headings) runs at injection').toEqual(['quick']);
    expect(t.settingsReads()).toBe(0);
    expect(t.settingsWatches()).toBe(0);
    expect(t.observers()).toBe(0);
    await t.settle();
    expect(t.precheckModes()).toEqual(['quick', 'whole']);
    expect(t.settingsReads()).toBe(1);
    expect(t.settingsWatched(), 'the settings are watched from their first read on').toBe(true);
    expect(t.watching(), 'late content is watched once the page has loaded').toBe(true);
    expect(t.loads()).toBe(0);
  });

  it('a page whose opening text alone looks like a policy is read once it has loaded', async () => {
    const t = setup({ maybe: true, quickMaybe: false, waitForLoad: true });
    void t.boot.start();
    await flush();
    expect(t.loads()).toBe(0);
    await t.settle();
    expect(t.loads()).toBe(1);
    expect(t.pages[0].runs).toBe(1);
    expect(t.boot.status).toBe('policy');
  });

  it('a page that may be a policy by its title is read at once, without waiting for its load', async () => {
    const t = setup({ maybe: true, waitForLoad: true });
    await t.boot.start();
    expect(t.settingsReads()).toBe(1);
    expect(t.loads()).toBe(1);
    expect(t.pages[0].runs).toBe(1);
    expect(t.boot.status).toBe('policy');
  });

  it('the popup asking about a page still loading starts reading it at once', async () => {
    const t = setup({ maybe: true, quickMaybe: false, waitForLoad: true });
    void t.boot.start();
    await flush();
    await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP);
    await flush();
    expect(t.loads()).toBe(1);
    expect(t.pages[0].runs).toBe(1);
    await t.settle();
    expect(t.pages, 'the load settling later does not read the page twice').toHaveLength(1);
    expect(t.pages[0].runs).toBe(1);
  });

  it('disposed while waiting for the load: reads nothing afterwards, and stops watching the settings', async () => {
    const waiting = setup({ maybe: false, waitForLoad: true });
    void waiting.boot.start();
    waiting.boot.dispose();
    await waiting.settle();
    expect(waiting.settingsReads()).toBe(0);
    expect(waiting.observers()).toBe(0);
    const read = setup({ maybe: true });
    await read.boot.start();
    expect(read.settingsWatched()).toBe(true);
    read.boot.dispose();
    expect(read.settingsWatched()).toBe(false);
  });

  it('once disposed, a watched page is no longer observed', async () => {
    const t = setup({ maybe: false });
    void t.boot.start();
    await flush();
    expect(t.watching()).toBe(true);
    t.boot.dispose();
    expect(t.watching()).toBe(false);
  });
});
