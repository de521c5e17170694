import { describe, expect, it } from 'vitest';
import { ContentBoot, type BootDeps } from '../../../src/page/content-boot';
import type { FullPage, FullPageOptions, FullStage } from '../../../src/page/content-stages';
import { DEFAULT_BOOT_SETTINGS, type BootSettings } from '../../../src/storage/settings-boot';
import { MemoryArea } from './memory-area';

/**
 * Stage 1 of the content script honours the user's settings: nothing at all on a site the user
 * switched Fineprint off for, no reading by itself when automatic detection is off (the popup can
 * still ask), and changes made in the options page apply to the open page.
 */
const EXT_ID = 'fineprint-id';
const POPUP = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html` };

class FakePage implements FullPage {
  status: FullPage['status'] = 'pending';
  stoppedAtPrecheck = false;
  runs = 0;
  disposed = false;
  constructor(readonly options: FullPageOptions) {}
  async run() {
    this.runs++;
    this.status = 'policy';
  }
  async onMessage() {
    return { status: this.status };
  }
  dispose() {
    this.disposed = true;
  }
}

function setup(settings: BootSettings) {
  const pages: FakePage[] = [];
  const sent: unknown[] = [];
  let loads = 0;
  let prechecks = 0;
  let quickLooks = 0;
  const stage: FullStage = {
    createPage: (options) => {
      const page = new FakePage(options);
      pages.push(page);
      return page;
    },
  };
  const deps: BootDeps = {
    doc: {} as Document,
    href: () => 'https://shop.example/privacy',
    runtime: { id: EXT_ID, getURL: (p) => `chrome-extension://${EXT_ID}${p}`, sendMessage: async (m) => void sent.push(m) },
    storage: new MemoryArea(),
    // The quick look (address, title, meta, headings) only decides when stage 1 reads the settings:
    // at once on a page that may be a policy, after load otherwise. It reads no body text, sends
    // nothing and runs at most once; what a switched-off site or "detection off" must not get is
    // the precheck proper, stage 2 and everything after.
    precheck: (_doc, _url, opts) => {
      if (opts?.quick) {
        quickLooks++;
        return { maybe: true, signals: ['title'] };
      }
      prechecks++;
      return { maybe: true, signals: ['title'] };
    },
    loadFullStage: async () => {
      loads++;
      return stage;
    },
    delay: () => new Promise<void>(() => undefined),
    settings: async () => settings,
  };
  return { boot: new ContentBoot(deps), pages, sent, loads: () => loads, prechecks: () => prechecks, quickLooks: () => quickLooks };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stage 1 and the user settings', () => {
  it('reads a policy page by itself with the default settings', async () => {
    const t = setup(DEFAULT_BOOT_SETTINGS);
    await t.boot.start();
    expect(t.loads()).toBe(1);
    expect(t.pages[0]?.runs).toBe(1);
  });

  it('on a switched-off site: no precheck, no stage 2, and the popup is told why', async () => {
    const t = setup({ autoDetect: true, siteDisabled: true });
    await t.boot.start();
    const reply = (await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP)) as { status: string };
    expect(t.prechecks(), 'not even the precheck runs').toBe(0);
    expect(t.quickLooks(), 'one quick look at the address and title, to time the settings read').toBeLessThanOrEqual(1);
    expect(t.loads()).toBe(0);
    expect(reply, 'the popup is told the site is switched off, not that the page is unreadable').toMatchObject({ status: 'site-off', highlights: false, policyLink: null });
  });

  it('automatic detection off: nothing runs until the popup asks, then the page is read', async () => {
    const t = setup({ autoDetect: false, siteDisabled: false });
    await t.boot.start();
    expect(t.prechecks()).toBe(0);
    expect(t.loads()).toBe(0);
    const first = (await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP)) as { status: string };
    expect(['pending', 'policy']).toContain(first.status);
    await flush();
    expect(t.pages).toHaveLength(1);
    expect(t.pages[0]!.runs, 'the popup asking is what starts the reading').toBe(1);
    expect(await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP)).toEqual({ status: 'policy' });
    expect(t.pages[0]!.runs, 'asked once').toBe(1);
  });

  it('switching the site off in the options removes what stage 2 drew; switching it on again reads the page', async () => {
    const t = setup(DEFAULT_BOOT_SETTINGS);
    await t.boot.start();
    t.boot.onSettingsChanged({ autoDetect: true, siteDisabled: true });
    expect(t.pages[0]!.disposed, 'highlights and legend are removed').toBe(true);
    expect(t.sent, 'the badge is cleared').toContainEqual({ type: 'fp/page-status', url: 'https://shop.example/privacy', status: 'not-policy' });
    t.boot.onSettingsChanged({ autoDetect: true, siteDisabled: false });
    await flush();
    expect(t.pages).toHaveLength(2);
    expect(t.pages[1]!.runs).toBe(1);
  });

  it('turning automatic detection on reads a page that was waiting', async () => {
    const t = setup({ autoDetect: false, siteDisabled: false });
    await t.boot.start();
    expect(t.loads()).toBe(0);
    t.boot.onSettingsChanged(DEFAULT_BOOT_SETTINGS);
    await flush();
    expect(t.pages[0]?.runs).toBe(1);
  });
});
