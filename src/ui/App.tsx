import { useEffect, useState } from 'preact/hooks';
import type { PopupApi, ScrollTarget } from './api';
import { loadView, type LoadOptions, type View } from './loader';
import { safeWebUrl } from './channels';
import { PolicyHeader, siteOf } from './Header';
import { HighlightToggle, Legend } from './PageControls';
import { Summary } from './Summary';
import { ExportBar } from './ExportBar';
import { t } from '../i18n';

interface AppProps {
  api: PopupApi;
  loadOptions?: Omit<LoadOptions, 'cancelled'>;
  /** First view, before loading reports (tests render a given state with it). */
  initialView?: View;
}

/** The popup: finds the tab, reads its state, and shows the matching view. */
export function App({ api, loadOptions, initialView }: AppProps) {
  const [view, setView] = useState<View>(initialView ?? { status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (initialView && attempt === 0) return;
    let cancelled = false;
    void loadView(api, setView, { ...loadOptions, cancelled: () => cancelled });
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  const retry = () => {
    setView({ status: 'loading' });
    setAttempt((n) => n + 1);
  };

  return (
    <main class="popup" data-testid="popup" data-status={view.status} aria-busy={view.status === 'loading'}>
      <div class="brand" aria-hidden="true">
        {t('extName')}
      </div>
      <ViewBody view={view} api={api} onRetry={retry} />
    </main>
  );
}

function ViewBody({ view, api, onRetry }: { view: View; api: PopupApi; onRetry: () => void }) {
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
    case 'not-policy':
      return <NotPolicy view={view} api={api} />;
    case 'policy':
      return <PolicyView view={view} api={api} />;
  }
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
      {error ? (
        <p class="toggle-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function PolicyView({ view, api }: { view: Extract<View, { status: 'policy' }>; api: PopupApi }) {
  const { analysis, pageInfo, tabId } = view;
  const showOnPage = (target: ScrollTarget) => api.scrollTo(tabId, target);
  const words = analysis.stats.words;
  return (
    <>
      <PolicyHeader pageInfo={pageInfo} analysis={analysis} />
      <div class="page-controls">
        <HighlightToggle initial={pageInfo.highlights} onChange={(enabled) => api.setHighlights(tabId, enabled)} />
      </div>
      <Summary analysis={analysis} onShowOnPage={showOnPage} />
      <div class="page-controls page-legend">
        <h2 class="legend-title">{t('popup_legend_title')}</h2>
        <Legend blocks={analysis.blocks} />
      </div>
      <ExportBar api={api} source={{ url: pageInfo.url, title: pageInfo.title, language: view.language, analysis, analyzedAt: view.analyzedAt }} />
      <footer class="footer">{words ? t('popup_footer_words', words.toLocaleString()) : t('popup_footer')}</footer>
    </>
  );
}
