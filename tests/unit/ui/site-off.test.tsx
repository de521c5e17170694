import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App';
import { decideView, loadView, type View } from '../../../src/ui/loader';
import { $, $$, click, mount, settle, type Mounted } from './dom';
import { FakeApi, MIXED_FACTS, MIXED_SPANS, makeAnalysis, pageInfo, tabState } from './fixtures';

/**
 * A site the user switched Fineprint off for in the options: the popup says so (not "can't read
 * this page"), says which entry "Turn on for this site" removes, and after it reads the page.
 */
let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const fast = { intervalMs: 0, sleep: async () => {} };
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const siteOff = () => pageInfo({ status: 'site-off', highlights: false });
const status = (m: Mounted) => $(m, '[data-testid="popup"]')!.getAttribute('data-status');

function renderSiteOff(api: FakeApi) {
  const view: View = { status: 'site-off', tabId: 7, pageInfo: siteOff() };
  mounted = mount(<App api={api} initialView={view} loadOptions={fast} />);
  return mounted;
}

describe('loader: site-off', () => {
  it('shows a site-off answer at once, without asking the worker for a summary', async () => {
    expect(decideView(7, siteOff(), null)).toMatchObject({ status: 'site-off', tabId: 7 });
    const api = new FakeApi();
    api.pageInfos = [siteOff()];
    expect((await loadView(api, () => {}, fast)).status).toBe('site-off');
    expect(api.calls.filter((c) => c.startsWith('getTabState'))).toEqual([]);
  });

  it('right after turning the site on, a site-off answer is the page not having heard yet: ask again', async () => {
    const api = new FakeApi();
    api.pageInfos = [siteOff(), pageInfo({ status: 'pending' }), pageInfo()];
    api.tabStates = [null, tabState(makeAnalysis(MIXED_FACTS))];
    const views: View[] = [];
    let clock = 0;
    const final = await loadView(api, (v) => views.push(v), { ...fast, now: () => (clock += 10), siteOffGraceMs: 3_000 });
    expect(final.status).toBe('policy');
    expect(views.map((v) => v.status)).toEqual(['loading', 'loading', 'policy']);
    expect((views[0] as { pageInfo?: unknown }).pageInfo, '"Looking at this page…", not "Reading the policy…"').toBeUndefined();
  });

  it('but a page still switched off after the grace period is shown as switched off', async () => {
    const api = new FakeApi();
    api.pageInfos = [siteOff()];
    let clock = 0;
    expect((await loadView(api, () => {}, { ...fast, now: () => (clock += 1_000), siteOffGraceMs: 3_000 })).status).toBe('site-off');
  });
});

describe('popup: site-off', () => {
  it('says Fineprint is switched off here, and which entry turning it on removes (the site itself)', async () => {
    const api = new FakeApi();
    api.disabledSites = ['www.example.com', 'tracker.test'];
    const m = renderSiteOff(api);
    await settle();
    expect(status(m)).toBe('site-off');
    expect(text($(m, 'h1'))).toBe('Fineprint is switched off on this site');
    expect(text(m.root)).not.toContain('can’t read this page');
    expect(text($(m, '[data-testid="site-off-entries"]'))).toBe('Turning it on removes www.example.com from that list.');
    expect(text($(m, '[data-testid="turn-on-site"]'))).toBe('Turn on for this site');
  });

  it('names a parent entry and warns that it covers the other subdomains too', async () => {
    const api = new FakeApi();
    api.disabledSites = ['example.com'];
    const m = renderSiteOff(api);
    await settle();
    expect(text($(m, '[data-testid="site-off-entries"]'))).toBe(
      'Turning it on removes example.com from that list, which also turns Fineprint back on for its other subdomains.',
    );
  });

  it('"Turn on for this site" removes the entry, then reads the page and shows the summary', async () => {
    const api = new FakeApi();
    api.disabledSites = ['example.com'];
    // The first answer after the change may still be the old one (see siteOffGraceMs).
    api.pageInfos = [siteOff(), pageInfo({ status: 'pending' }), pageInfo()];
    api.tabStates = [null, tabState(makeAnalysis(MIXED_FACTS, MIXED_SPANS))];
    const m = renderSiteOff(api);
    await settle();
    click(m, $(m, '[data-testid="turn-on-site"]'));
    await settle(8);
    expect(api.turnedOn).toEqual(['www.example.com']);
    expect(api.disabledSites).toEqual([]);
    expect(status(m)).toBe('policy');
    expect($(m, 'section[data-field="collected"]')).not.toBeNull();
  });

  it('says so when the change could not be saved, and lets the person try again', async () => {
    const api = new FakeApi();
    api.disabledSites = ['example.com'];
    api.failTurnOn = true;
    const m = renderSiteOff(api);
    click(m, $(m, '[data-testid="turn-on-site"]'));
    await settle();
    expect(status(m)).toBe('site-off');
    expect(text($(m, '[role="alert"]'))).toBe('Fineprint could not be turned on here: storage is unavailable');
    expect($(m, '[data-testid="turn-on-site"]')!.hasAttribute('disabled')).toBe(false);
  });

  it('"Options" opens the options page', () => {
    const api = new FakeApi();
    const m = renderSiteOff(api);
    const options = $$(m, '.state button').find((b) => text(b) === 'Options');
    click(m, options ?? null);
    expect(api.optionsOpened).toBe(1);
  });
});

describe('popup header: options entry point', () => {
  it('has a gear button with an accessible name in every state, opening the options page', () => {
    const views: View[] = [
      { status: 'loading' },
      { status: 'no-access' },
      { status: 'not-policy', tabId: 7, pageInfo: pageInfo({ status: 'not-policy' }) },
      { status: 'policy', tabId: 7, pageInfo: pageInfo(), analysis: makeAnalysis(MIXED_FACTS, MIXED_SPANS) },
    ];
    for (const view of views) {
      const api = new FakeApi();
      mounted = mount(<App api={api} initialView={view} />);
      const gear = $(mounted, '[data-testid="open-options"]');
      expect(gear?.tagName, view.status).toBe('BUTTON');
      expect(gear!.getAttribute('aria-label')).toBe('Fineprint options');
      expect(gear!.closest('[aria-hidden="true"]'), 'the gear must not sit inside hidden content').toBeNull();
      click(mounted, gear);
      expect(api.optionsOpened, view.status).toBe(1);
      mounted.unmount();
      mounted = null;
    }
  });
});
