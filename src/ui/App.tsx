import { useEffect, useState } from 'preact/hooks';
import type { PopupApi, ScrollTarget } from './api';
import { loadView, type LoadOptions, type View } from './loader';
import { safeWebUrl } from './channels';
import { PolicyHeader, siteOf } from './Header';
import { HighlightToggle, Legend } from './PageControls';
import { Summary } from './Summary';

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
        Fineprint
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
          <p class="state-title">{view.pageInfo ? 'Reading the policy…' : 'Looking at this page…'}</p>
          {view.slow ? <p>This is taking longer than usual. Long policies and busy computers take a while.</p> : null}
        </div>
      );
    case 'no-access':
      return (
        <div class="state">
          <h1 class="state-title">Fineprint can’t read this page</h1>
          <p>
            Browser pages, extension stores, PDFs and some local files are closed to extensions. Open a website’s privacy policy
            and try again. If the page was open before Fineprint was installed or updated, reload it.
          </p>
        </div>
      );
    case 'unknown':
      return (
        <div class="state">
          <h1 class="state-title">No summary yet</h1>
          <p>{view.reason}</p>
          <button type="button" class="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
    case 'unsupported-language':
      return (
        <div class="state">
          <p class="site">{siteOf(view.pageInfo.url)}</p>
          <h1 class="state-title">Privacy policy detected, but this language is not supported yet.</h1>
          <p>Fineprint reads policies written in English for now.</p>
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
      () => setError('Could not open the link. Try again from the page.'),
    );
  };
  return (
    <div class="state">
      <p class="site">{siteOf(view.pageInfo.url)}</p>
      <h1 class="state-title">This page doesn’t look like a privacy policy.</h1>
      {href ? (
        <>
          <a class="button button-primary" data-testid="policy-link" data-href={href} href={href} onClick={open}>
            Open this site’s privacy policy
          </a>
          {link && link.text.trim() ? <p class="link-text">Link on the page: “{link.text.trim()}”</p> : null}
        </>
      ) : (
        <p>Fineprint found no link to a privacy policy on this page. Look for “Privacy” in the page footer.</p>
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
        <Legend blocks={analysis.blocks} />
      </div>
      <Summary analysis={analysis} onShowOnPage={showOnPage} />
      <footer class="footer">
        Read on your device{words ? ` · ${words.toLocaleString('en')} words` : ''}
      </footer>
    </>
  );
}
