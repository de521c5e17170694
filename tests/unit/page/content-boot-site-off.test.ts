import { describe, expect, it } from 'vitest';
import { ContentBoot, type BootDeps } from '../../../src/page/content-boot';
import type { FullStage } from '../../../src/page/content-stages';
import { PageInfoSchema } from '../../../src/messaging/protocol';
import { DEFAULT_BOOT_SETTINGS, type BootSettings } from '../../../src/storage/settings-boot';
import { MemoryArea } from '../storage/memory-area';

/**
 * Stage 1 on a site the user switched Fineprint off for: it reads nothing, but the popup still
 * gets an answer it can explain ('site-off', so it can offer "Turn on for this site") instead of
 * an error that looks like a page closed to extensions.
 */
const EXT_ID = 'fineprint-id';
const POPUP = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html` };
const HREF = 'https://www.example.com/privacy';

function setup(settings: BootSettings) {
  let loads = 0;
  const deps: BootDeps = {
    doc: { title: 'Privacy Policy – Example' } as Document,
    href: () => HREF,
    runtime: { id: EXT_ID, getURL: (p) => `chrome-extension://${EXT_ID}${p}`, sendMessage: async () => undefined },
    storage: new MemoryArea(),
    precheck: () => ({ maybe: true, signals: ['title'] }),
    loadFullStage: async () => {
      loads++;
      return { createPage: () => ({ status: 'pending', stoppedAtPrecheck: false, run: async () => {}, onMessage: async () => ({ from: 'stage 2' }), dispose() {} }) } as FullStage;
    },
    delay: () => new Promise<void>(() => {}),
    settings: async () => settings,
  };
  return { boot: new ContentBoot(deps), loads: () => loads };
}

describe('content script stage 1 on a switched-off site', () => {
  it('answers the popup with a valid PageInfo in status site-off, without loading stage 2', async () => {
    const t = setup({ ...DEFAULT_BOOT_SETTINGS, siteDisabled: true });
    await t.boot.start();
    const reply = await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP);
    expect(reply).toEqual({ url: HREF, title: 'Privacy Policy – Example', status: 'site-off', highlights: false, policyLink: null });
    expect(PageInfoSchema.safeParse(reply).success, 'the popup parses the reply with PageInfoSchema').toBe(true);
    expect(t.loads(), 'a switched-off site never loads the page reader').toBe(0);
  });

  it('still refuses every other request there, and strangers everywhere', async () => {
    const t = setup({ ...DEFAULT_BOOT_SETTINGS, siteDisabled: true });
    expect(await t.boot.onMessage({ type: 'fp/set-highlights', enabled: true }, POPUP)).toMatchObject({ ok: false, error: expect.stringContaining('switched off') });
    expect(await t.boot.onMessage({ type: 'fp/get-page-info' }, { id: 'someone-else' })).toMatchObject({ ok: false });
    expect(await t.boot.onMessage(null, POPUP)).toMatchObject({ ok: false });
    expect(t.loads()).toBe(0);
  });

  it('once the site is turned on again, the popup question goes to the page reader', async () => {
    const t = setup({ ...DEFAULT_BOOT_SETTINGS, siteDisabled: true });
    await t.boot.start();
    t.boot.onSettingsChanged(DEFAULT_BOOT_SETTINGS);
    expect(await t.boot.onMessage({ type: 'fp/get-page-info' }, POPUP)).toEqual({ from: 'stage 2' });
    expect(t.loads()).toBe(1);
  });
});
