import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  stopWorkerAndWait,
  launchWithExtension,
  openPopup,
  openWorkerKiller,
  tabIdOf,
  waitForHighlights,
  type ExtensionBrowser,
} from './helpers/browser';
import { oppPoliciesBySize, renderOppPolicy, startCorpusSite, type CorpusSite } from './helpers/corpus-site';

/**
 * An MV3 worker can be stopped at any moment, including while it classifies a page. Here it is
 * stopped again and again (CDP `ServiceWorker.stopAllWorkers`) from the moment a large policy page
 * starts loading until its analysis request has been cut off at least once. The content script must
 * retry until the worker stays up, and the page must end highlighted with a summary in the popup.
 */

/**
 * How long after each wake-up the worker is stopped: early in the request, and deeper into it.
 * Not earlier than 25 ms: early on, a CDP stop within the first ~15 ms of a worker's start seemed to
 * leave it unstartable for the rest of the browser session. 194 later trials of such cuts (0-15 ms
 * after `starting` or `running`, one or three kills, woken by a message or a page load) and 28 of a
 * minimal MV3 extension never reproduced it; one lost the whole browser context instead. So it looks
 * like a harness/Chromium artefact, not a state of Fineprint's: if a retry goes missing again, the
 * failure message carries the worker's last transitions and whether the context closed.
 */
const CUT_DELAYS_MS = [25, 60, 120];
const BIG_POLICY_PATH = '/big/privacy.html';

let site: CorpusSite;
let ext: ExtensionBrowser;

beforeAll(async () => {
  // The largest dev policies, one after the other: a page whose analysis takes the worker a while.
  const largest = oppPoliciesBySize().slice(0, 3);
  const html = renderOppPolicy('0_big-policy.example', largest.flatMap((p) => p.segments));
  site = await startCorpusSite({ oppLargest: 0, detectOther: false, extra: { [BIG_POLICY_PATH]: html } });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

/** How many fp-* practice highlights hold ranges now. */
async function livePracticeHighlights(page: import('playwright-core').Page): Promise<number> {
  return page
    .evaluate(() =>
      'highlights' in CSS
        ? [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights].filter(([k, h]) => k.startsWith('fp-') && k !== 'fp-focus' && h.size > 0).length
        : 0,
    )
    .catch(() => 0);
}

describe('a service worker killed in the middle of an analysis', () => {
  it('still ends with highlights on the page and a summary in the popup', async () => {
    const page = await ext.context.newPage();
    const killer = await openWorkerKiller(ext, page);
    // Stop the worker once it is down, then every time the page's request wakes it (nothing else
    // wakes it here), a little after it starts running: that is while it reads the big page's
    // analysis request. Three such cuts, each after a different delay, then let it live.
    await stopWorkerAndWait(killer, 'the worker did not stop');
    const runsBefore = killer.runs();
    const navigation = page.goto(site.url(BIG_POLICY_PATH), { waitUntil: 'commit' });
    const cuts: number[] = [];
    const started = Date.now();
    let lastCut = started;
    // A page that does not ask again within the retry window after a cut never will.
    while (cuts.length < CUT_DELAYS_MS.length && Date.now() - lastCut < 8_000) {
      const since = killer.runningSince();
      if (since !== null && Date.now() - since >= CUT_DELAYS_MS[cuts.length]) {
        cuts.push(Date.now() - since);
        await stopWorkerAndWait(killer, 'the worker did not stop');
        lastCut = Date.now();
      }
      await page.waitForTimeout(5);
    }
    const wakeUps = killer.runs() - runsBefore;
    const history = killer.history();
    const highlightedTooEarly = await livePracticeHighlights(page);
    await killer.close();
    await navigation;
    console.log(`[robustness] worker cut ${cuts.length} times, ${cuts.join(', ')} ms into a run; woken ${wakeUps} times by the page in ${Date.now() - started} ms`);
    // A cut in the worker's first ~15 ms once seemed to leave it unstartable; 194 trials at 0-15 ms
    // (and a minimal extension) never reproduced it, and one run lost the whole browser context
    // instead. The history says which it was if a retry goes missing again.
    expect(cuts.length, `after each cut the content script should ask again (retry), waking the worker (${history})`).toBe(CUT_DELAYS_MS.length);
    expect(highlightedTooEarly, 'the cuts must land before the analysis answered (else nothing was tested)').toBe(0);

    await waitForHighlights(page, 30_000);
    await page.waitForSelector('[data-fineprint="legend"]', { state: 'attached', timeout: 10_000 });

    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await popup.waitForSelector('[data-testid="popup"][data-status="policy"]', { timeout: 30_000 });
    const collected = await popup.locator('section[data-field="collected"] [data-value]').count();
    expect(collected, 'the popup shows what the policy says is collected').toBeGreaterThan(0);
    expect(await popup.locator('[data-testid="popup"]').innerText(), 'no error is shown in place of the summary').not.toMatch(/did not answer/);
    await popup.close();
    await page.close();
  });
});
