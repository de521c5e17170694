import type { PageInfo, TabState } from '../messaging/protocol';
import type { Analysis } from '../core/analysis-schema';
import type { PopupApi } from './api';
import { t } from '../i18n';

/**
 * What the popup shows, decided from the content script's PageInfo (live truth about the page)
 * and the background's TabState (the cached analysis). `status` values are the `data-status`
 * hooks of the root element.
 */
export type View =
  | { status: 'loading'; tabId?: number; pageInfo?: PageInfo; /** Taking longer than usual. */ slow?: boolean }
  | { status: 'no-access' }
  | { status: 'policy'; tabId: number; pageInfo: PageInfo; analysis: Analysis; analyzedAt?: number; language?: string }
  | { status: 'not-policy'; tabId: number; pageInfo: PageInfo }
  | { status: 'unsupported-language'; tabId: number; pageInfo: PageInfo }
  /** The user switched Fineprint off for this site in the options. */
  | { status: 'site-off'; tabId: number; pageInfo: PageInfo }
  | { status: 'unknown'; tabId?: number; pageInfo?: PageInfo; reason: string };

/** Decide from one reading. `retry` means "not there yet": ask again shortly. */
export function decideView(tabId: number, pageInfo: PageInfo, tabState: TabState | null): View | 'retry' {
  if (pageInfo.status === 'not-policy') return { status: 'not-policy', tabId, pageInfo };
  if (pageInfo.status === 'unsupported-language') return { status: 'unsupported-language', tabId, pageInfo };
  if (pageInfo.status === 'site-off') return { status: 'site-off', tabId, pageInfo };
  // 'policy' or 'pending': the summary is ready once the background has analysed this URL.
  const current = tabState !== null && sameDocument(tabState.url, pageInfo.url);
  if (current && tabState.status === 'policy' && tabState.analysis) {
    return { status: 'policy', tabId, pageInfo, analysis: tabState.analysis, analyzedAt: tabState.analyzedAt, language: tabState.detection?.language };
  }
  // Known dead ends: say so now rather than after the timeout.
  if (current && tabState.status === 'policy' && tabState.truncated) {
    return { status: 'unknown', tabId, pageInfo, reason: t('popup_unknown_too_large') };
  }
  if (pageInfo.status === 'policy' && pageInfo.error) {
    return { status: 'unknown', tabId, pageInfo, reason: t('popup_unknown_error', pageInfo.error) };
  }
  return 'retry';
}

/** A cached analysis of another page (the tab navigated) must not be shown; the hash does not matter. */
function sameDocument(cached: string | undefined, current: string): boolean {
  if (cached === undefined) return true;
  return stripHash(cached) === stripHash(current);
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

export interface LoadOptions {
  /** Give up waiting for the analysis after this long (ms). Generous: a huge policy on a busy
   * machine takes seconds, and giving up early would hide a summary that is about to arrive. */
  timeoutMs?: number;
  /** After this long (ms), say that it is taking longer than usual. */
  slowMs?: number;
  /** Pause between attempts (ms). */
  intervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Stop early (the popup closed or the user asked again). */
  cancelled?: () => boolean;
  /**
   * The popup just turned Fineprint on for this site: for this long (ms), a 'site-off' answer is
   * the page not having heard of the change yet (storage.onChanged reaches it a moment after the
   * write), so ask again rather than show "switched off".
   */
  siteOffGraceMs?: number;
}

/** How long a page may take to hear that its site was turned on (see `siteOffGraceMs`). */
export const SITE_ON_GRACE_MS = 3_000;

/**
 * Read the page and the cache, and keep asking while the page is still loading or the analysis is
 * still running, reporting each intermediate view. Resolves with the final view. Never throws: every
 * failure becomes a view the person can read.
 */
export async function loadView(api: PopupApi, onView: (view: View) => void, options: LoadOptions = {}): Promise<View> {
  const { timeoutMs = 45_000, slowMs = 6_000, intervalMs = 350, now = () => Date.now(), cancelled = () => false, siteOffGraceMs = 0 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const started = now();
  const deadline = started + timeoutMs;
  const report = (view: View) => {
    if (!cancelled()) onView(view);
    return view;
  };

  let tabId: number | null;
  try {
    tabId = await api.targetTabId();
  } catch {
    tabId = null;
  }
  if (tabId === null) return report({ status: 'no-access' });

  let lastPageInfo: PageInfo | undefined;
  let reanalyzeAsked = false;
  for (;;) {
    if (cancelled()) return { status: 'loading', tabId };
    const pageInfo = await api.getPageInfo(tabId);
    if (pageInfo) {
      // A 'site-off' answer during the grace period is out of date: not "reading the policy" yet.
      if (pageInfo.status !== 'site-off') lastPageInfo = pageInfo;
      // The content script is the source of truth for not-policy / unsupported: skip the worker.
      const tabState = pageInfo.status === 'policy' || pageInfo.status === 'pending' ? await api.getTabState(tabId, pageInfo.url) : null;
      const view = decideView(tabId, pageInfo, tabState);
      // The page is highlighted but the worker has nothing for it (it was stopped after answering
      // the page, before recording the summary; the worker waits for its own pending work before
      // saying 'unknown'): ask the page, once, to send its blocks again.
      if (view === 'retry' && pageInfo.status === 'policy' && tabState?.status === 'unknown' && !reanalyzeAsked) {
        reanalyzeAsked = true;
        await api.reanalyze(tabId);
      }
      const stale = view !== 'retry' && view.status === 'site-off' && now() - started < siteOffGraceMs;
      if (view !== 'retry' && !stale) return report(view);
    } else if (!lastPageInfo && !(await api.isTabLoading(tabId))) {
      // No content script and the page is not loading: a browser page, the store, a PDF, a file.
      return report({ status: 'no-access' });
    }
    const time = now();
    if (time >= deadline) {
      return report({
        status: 'unknown',
        tabId,
        pageInfo: lastPageInfo,
        reason: lastPageInfo ? t('popup_unknown_timeout') : t('popup_unknown_not_loaded'),
      });
    }
    report({ status: 'loading', tabId, pageInfo: lastPageInfo, ...(time - started >= slowMs ? { slow: true } : {}) });
    await sleep(intervalMs);
  }
}
