import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PopupApi, ScrollTarget } from './api';
import { SITE_ON_GRACE_MS, loadView, type LoadOptions, type View } from './loader';
import { safeWebUrl } from './channels';
import { PolicyHeader, siteOf } from './Header';
import { HighlightToggle, Legend } from './PageControls';
import { Summary } from './Summary';
import { BlocksContext, blocksById } from './WhyMarked';
import { ExportBar } from './ExportBar';
import { t } from '../i18n';
import { ErrorNote } from './ErrorNote';

interface AppProps {
  api: PopupApi;
  loadOptions?: Omit<LoadOptions, 'cancelled'>;
  /** First view, before loading reports (tests render a given state with it). */
  initialView?: View;
}

/** The popup: finds the tab, reads its state, and shows the matching view. */
export function App({ api, loadOptions, initialView }: AppProps) {
  const [view, setView] = useState<View>(initialView ?? { status: 'loading' });
  const [attempt, setAttempt] = useState({ count: 0, siteOffGraceMs: 0 });

  useEffect(() => {
    if (initialView && attempt.count === 0) return;
    let cancelled = false;
    void loadView(api, setView, { ...loadOptions, siteOffGraceMs: attempt.siteOffGraceMs, cancelled: () => cancelled });
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  /** Read the page again; `siteOffGraceMs` after turning the site on (see LoadOptions). */
  const reload = (siteOffGraceMs = 0) => {
    setView({ status: 'loading' });
    setAttempt((a) => ({ count: a.count + 1, siteOffGraceMs }));
  };

  return (
    <main class="popup" data-testid="popup" data-status={view.status} aria-busy={view.status === 'loading'}>
      <div class="topbar">
        <div class="brand" aria-hidden="true">
          {t('extName')}
        </div>
        <button type="button" class="icon-button" data-testid="open-options" aria-label={t('popup_options_open')} title={t('popup_options_open')} onClick={() => openOptions(api)}>
          <GearIcon />
        </button>
      </div>
      <ViewBody view={view} api={api} onRetry={() => reload()} onSiteOn={() => reload(SITE_ON_GRACE_MS)} />
    </main>
  );
}

/** Opening the options page can only fail if the browser refuses; the popup has nothing to add then. */
function openOptions(api: PopupApi): void {
  api.openOptions().catch(() => undefined);
}

/** A gear: teeth drawn as a dashed ring (8 teeth on a circumference of 2π·8.5), around a ring. */
function GearIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor">
        <circle cx="12" cy="12" r="8.5" stroke-width="3.5" stroke-dasharray="3.34 3.34" />
        <circle cx="12" cy="12" r="5" stroke-width="2.5" />
      </g>
    </svg>
  );
}

function ViewBody({ view, api, onRetry, onSiteOn }: { view: View; api: PopupApi; onRetry: () => void; onSiteOn: () => void }) {
  switch (view.status) {
    case 'loading':
      return (
        <div class="state" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" />
          <p class="state-title">{view.pageInfo ? t('popup_loading_policy') : t('popup_loading_page')}</p>
          {view.slow ? <p>{t('popup_loading_slow')}</p> : null}
        </div>
      );
    case 'no-access':
      return (
        <div class="state">
          <h1 class="state-title">{t('popup_no_access_title')}</h1>
          <p>{t('popup_no_access_text')}</p>
        </div>
      );
    case 'unknown':
      return (
        <div class="state">
          <h1 class="state-title">{t('popup_unknown_title')}</h1>
          <p>{view.reason}</p>
          <button type="button" class="button" onClick={onRetry}>
            {t('popup_try_again')}
          </button>
        </div>
      );
    case 'unsupported-language':
      return (
        <div class="state">
          <p class="site">{siteOf(view.pageInfo.url)}</p>
          <h1 class="state-title">{t('popup_unsupported_title')}</h1>
          <p>{t('popup_unsupported_text')}</p>
        </div>
      );
    case 'site-off':
      return <SiteOff view={view} api={api} onSiteOn={onSiteOn} />;
    case 'not-policy':
      return <NotPolicy view={view} api={api} />;
    case 'policy':
      return <PolicyView view={view} api={api} />;
  }
}

/** The hostname as the content script sees it (`location.hostname`), or '' when the URL does not parse. */
function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function SiteOff({ view, api, onSiteOn }: { view: Extract<View, { status: 'site-off' }>; api: PopupApi; onSiteOn: () => void }) {
  const host = hostnameOf(view.pageInfo.url);
  const [entries, setEntries] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Only to say which entry the button removes: without it the button still works.
    api.siteOffEntries(host).then(setEntries, () => undefined);
  }, [api, host]);
  const turnOn = () => {
    setBusy(true);
    setError(null);
    api.turnOnSite(host).then(onSiteOn, (e: unknown) => {
      setBusy(false);
      setError(t('popup_site_off_failed', (e instanceof Error ? e.message : String(e)).slice(0, 200)));
    });
  };
  // A parent entry ("example.com" for www.example.com) also covers the site's other subdomains.
  const parent = entries.some((entry) => entry !== host);
  return (
    <div class="state">
      <p class="site">{siteOf(view.pageInfo.url)}</p>
      <h1 class="state-title">{t('popup_site_off_title')}</h1>
      <p>{t('popup_site_off_text')}</p>
      {entries.length ? (
        <p data-testid="site-off-entries">{t(parent ? 'popup_site_off_removes_parent' : 'popup_site_off_removes', entries.join(', '))}</p>
      ) : null}
      <button type="button" class="button button-primary" data-testid="turn-on-site" disabled={busy} onClick={turnOn}>
        {t('popup_site_off_turn_on')}
      </button>
      <button type="button" class="button" onClick={() => openOptions(api)}>
        {t('popup_options')}
      </button>
      <ErrorNote text={error} />
    </div>
  );
}

function NotPolicy({ view, api }: { view: Extract<View, { status: 'not-policy' }>; api: PopupApi }) {
  const [error, setError] = useState<string | null>(null);
  const link = view.pageInfo.policyLink;
  const href = link ? safeWebUrl(link.href) : null;
  const open = (e: Event) => {
    // One click: navigate the page's own tab (not a new one) and get the popup out of the way.
    e.preventDefault();
    if (!href) return;
    api.openInTab(view.tabId, href).then(
      () => api.closePopup(),
      () => setError(t('popup_not_policy_open_failed')),
    );
  };
  return (
    <div class="state">
      <p class="site">{siteOf(view.pageInfo.url)}</p>
      <h1 class="state-title">{t('popup_not_policy_title')}</h1>
      {href ? (
        <>
          <a class="button button-primary" data-testid="policy-link" data-href={href} href={href} onClick={open}>
            {t('popup_not_policy_open')}
          </a>
          {link && link.text.trim() ? <p class="link-text">{t('popup_not_policy_link_text', link.text.trim())}</p> : null}
        </>
      ) : (
        <p>{t('popup_not_policy_no_link')}</p>
      )}
      <ErrorNote text={error} />
    </div>
  );
}

function PolicyView({ view, api }: { view: Extract<View, { status: 'policy' }>; api: PopupApi }) {
  const { analysis, pageInfo, tabId } = view;
  const blocks = useMemo(() => blocksById(analysis.blocks), [analysis]);
  const showOnPage = (target: ScrollTarget) => api.scrollTo(tabId, target);
  const words = analysis.stats.words;
  return (
    <>
      <PolicyHeader pageInfo={pageInfo} analysis={analysis} />
      <div class="page-controls">
        <HighlightToggle initial={pageInfo.highlights} onChange={(enabled) => api.setHighlights(tabId, enabled)} />
      </div>
      <BlocksContext.Provider value={blocks}>
        <Summary analysis={analysis} onShowOnPage={showOnPage} />
      </BlocksContext.Provider>
      <div class="page-controls page-legend">
        <h2 class="legend-title">{t('popup_legend_title')}</h2>
        <Legend blocks={analysis.blocks} />
      </div>
      <ExportBar api={api} source={{ url: pageInfo.url, title: pageInfo.title, language: view.language, analysis, analyzedAt: view.analyzedAt }} />
      <footer class="footer">{words ? t('popup_footer_words', words.toLocaleString()) : t('popup_footer')}</footer>
    </>
  );
}
