import { describe, expect, it } from 'vitest';
import { decideView, loadView, type View } from '../../../src/ui/loader';
import { FakeApi, MIXED_FACTS, makeAnalysis, pageInfo, tabState } from './fixtures';

const fast = { intervalMs: 0, sleep: async () => {} };

/** A clock that advances by `step` ms each time it is read. */
function ticking(step: number) {
  let t = 0;
  return () => (t += step);
}

describe('decideView', () => {
  const analysis = makeAnalysis(MIXED_FACTS);
  it('trusts the content script for not-policy and unsupported language', () => {
    expect(decideView(1, pageInfo({ status: 'not-policy' }), tabState(analysis))).toMatchObject({ status: 'not-policy' });
    expect(decideView(1, pageInfo({ status: 'unsupported-language' }), null)).toMatchObject({ status: 'unsupported-language' });
  });
  it('shows the cached analysis for a policy (or a page still reporting pending)', () => {
    expect(decideView(1, pageInfo(), tabState(analysis))).toMatchObject({ status: 'policy', analysis });
    expect(decideView(1, pageInfo({ status: 'pending' }), tabState(analysis))).toMatchObject({ status: 'policy' });
    expect(decideView(1, pageInfo({ url: 'https://www.example.com/privacy#cookies' }), tabState(analysis))).toMatchObject({ status: 'policy' });
  });
  it('explains dead ends at once: a failed page read, or a summary too large to keep', () => {
    expect(decideView(1, pageInfo({ error: 'The background worker did not answer.' }), tabState(undefined, { status: 'unknown' }))).toMatchObject({
      status: 'unknown',
      reason: 'Fineprint could not read this policy: The background worker did not answer.',
    });
    expect(decideView(1, pageInfo(), tabState(undefined, { truncated: true }))).toMatchObject({ status: 'unknown', reason: expect.stringContaining('too large') });
    // A cached analysis still wins over an error the page reported earlier.
    expect(decideView(1, pageInfo({ error: 'x' }), tabState(analysis))).toMatchObject({ status: 'policy' });
  });

  it('waits when the analysis is missing, pending or for another URL', () => {
    expect(decideView(1, pageInfo(), null)).toBe('retry');
    expect(decideView(1, pageInfo(), tabState(undefined))).toBe('retry');
    expect(decideView(1, pageInfo(), tabState(analysis, { status: 'unknown' }))).toBe('retry');
    expect(decideView(1, pageInfo(), tabState(analysis, { url: 'https://www.example.com/terms' }))).toBe('retry');
  });
});

describe('loadView', () => {
  it('a highlighted page whose summary the worker lost (stopped after answering) is asked once to send it again', async () => {
    const api = new FakeApi();
    const analysis = makeAnalysis(MIXED_FACTS);
    api.pageInfos = [pageInfo({ status: 'policy' })];
    api.tabStates = [{ status: 'unknown' }];
    api.onReanalyze = () => {
      api.tabStates = [tabState(analysis)];
      return true;
    };
    const final = await loadView(api, () => {}, fast);
    expect(final.status).toBe('policy');
    expect(api.reanalyzed, 'asked exactly once').toBe(1);
  });

  it('asks the page to send its analysis again only once, then keeps waiting as before', async () => {
    const api = new FakeApi();
    api.pageInfos = [pageInfo({ status: 'policy' })];
    api.tabStates = [{ status: 'unknown' }];
    api.onReanalyze = () => false;
    let t = 0;
    const final = await loadView(api, () => {}, { ...fast, timeoutMs: 1_000, now: () => (t += 100) });
    expect(final.status).toBe('unknown');
    expect(api.reanalyzed).toBe(1);
  });

  it('no tab → no-access', async () => {
    const api = new FakeApi();
    api.tabId = null;
    expect((await loadView(api, () => {}, fast)).status).toBe('no-access');
  });

  it('no content script on a loaded page (chrome://, store, PDF) → no-access at once', async () => {
    const api = new FakeApi();
    api.pageInfos = [null];
    const views: View[] = [];
    expect((await loadView(api, (v) => views.push(v), fast)).status).toBe('no-access');
    expect(views.map((v) => v.status)).toEqual(['no-access']);
    expect(api.calls.filter((c) => c.startsWith('getTabState'))).toEqual([]);
  });

  it('keeps asking while the tab is loading, then shows the page', async () => {
    const api = new FakeApi();
    api.loading = true;
    api.pageInfos = [null, null, pageInfo({ status: 'not-policy' })];
    const views: View[] = [];
    const final = await loadView(api, (v) => views.push(v), fast);
    expect(final.status).toBe('not-policy');
    expect(views.map((v) => v.status)).toEqual(['loading', 'loading', 'not-policy']);
  });

  it('"Reading the policy…" while the worker analyses, then the summary', async () => {
    const api = new FakeApi();
    const analysis = makeAnalysis(MIXED_FACTS);
    api.pageInfos = [pageInfo({ status: 'pending' }), pageInfo()];
    api.tabStates = [null, tabState(undefined, { status: 'unknown' }), tabState(analysis)];
    const views: View[] = [];
    const final = await loadView(api, (v) => views.push(v), fast);
    expect(views.map((v) => v.status)).toEqual(['loading', 'loading', 'policy']);
    expect(views[0]).toMatchObject({ pageInfo: { status: 'pending' } });
    expect(final).toMatchObject({ status: 'policy', tabId: 7, analysis });
    expect(api.calls).toContain('getTabState:7:https://www.example.com/privacy');
  });

  it('says when it takes longer than usual, and keeps waiting', async () => {
    const api = new FakeApi();
    api.tabStates = [null, null, null, tabState(makeAnalysis(MIXED_FACTS))];
    const views: View[] = [];
    const final = await loadView(api, (v) => views.push(v), { ...fast, slowMs: 150, timeoutMs: 10_000, now: ticking(100) });
    expect(final.status).toBe('policy');
    expect(views.map((v) => (v.status === 'loading' ? `loading${v.slow ? ' (slow)' : ''}` : v.status))).toEqual(['loading', 'loading (slow)', 'loading (slow)', 'policy']);
  });

  it('gives up after the timeout with an explained unknown state', async () => {
    const api = new FakeApi();
    api.tabStates = [null];
    const final = await loadView(api, () => {}, { ...fast, timeoutMs: 1000, now: ticking(100) });
    expect(final).toMatchObject({ status: 'unknown', reason: 'Fineprint could not finish reading this policy.' });
  });

  it('never throws, even when the tab lookup does', async () => {
    const api = new FakeApi();
    api.targetTabId = async () => {
      throw new Error('no window');
    };
    expect((await loadView(api, () => {}, fast)).status).toBe('no-access');
  });

  it('stops reporting once cancelled (the popup closed)', async () => {
    const api = new FakeApi();
    api.tabStates = [null];
    let cancelled = false;
    const views: View[] = [];
    const done = loadView(api, (v) => {
      views.push(v);
      cancelled = true;
    }, { ...fast, cancelled: () => cancelled });
    await done;
    expect(views).toHaveLength(1);
  });
});
