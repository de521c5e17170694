import type { Analysis } from '../core/analysis-schema';
import type { PageInfo } from '../messaging/protocol';
import { atAGlance } from './summary-model';
import { t } from '../i18n';

/** "example.com", or the URL as given when it does not parse. */
export function siteOf(url: string): string {
  try {
    const { hostname } = new URL(url);
    return hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

export function PolicyHeader({ pageInfo, analysis }: { pageInfo: PageInfo; analysis: Analysis }) {
  const glance = atAGlance(analysis.facts);
  const company = analysis.facts.company?.find((c) => c.trim());
  return (
    <header class="policy-header">
      <p class="site" title={pageInfo.url}>
        {siteOf(pageInfo.url)}
      </p>
      <h1>{t('popup_policy_title')}</h1>
      {company ? <p class="company">{company}</p> : null}
      {glance.length ? (
        <p class="glance" data-testid="glance">
          <span class="visually-hidden">{t('popup_glance_label')} </span>
          {glance.map((part, i) => (
            <>
              {i ? <span aria-hidden="true"> · </span> : null}
              <span class={part.tone ? `glance-part tone-${part.tone}` : 'glance-part'}>{part.text}</span>
              {i < glance.length - 1 ? <span class="visually-hidden">, </span> : null}
            </>
          ))}
        </p>
      ) : null}
    </header>
  );
}
