import type { Analysis } from '../core/analysis-schema';
import type { PageInfo } from '../messaging/protocol';
import { summaryCounts } from './summary-model';

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
  const counts = summaryCounts(analysis.facts);
  const company = analysis.facts.company?.find((c) => c.trim());
  return (
    <header class="policy-header">
      <p class="site" title={pageInfo.url}>
        {siteOf(pageInfo.url)}
      </p>
      <h1>Privacy policy detected</h1>
      {company ? <p class="company">{company}</p> : null}
      {counts.length ? <p class="counts">{counts.join(' · ')}</p> : null}
    </header>
  );
}
