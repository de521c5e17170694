import { parseSiteInput, siteIsDisabled } from '../../storage/settings-sites';

/** Adding a site to "sites where Fineprint stays off": the new list, or why not. */
export type AddSiteResult =
  | { ok: true; host: string; sites: string[] }
  | { ok: false; reason: 'empty' | 'invalid' | 'duplicate' | 'covered'; host?: string; by?: string };

export function addSite(sites: readonly string[], input: string): AddSiteResult {
  const parsed = parseSiteInput(input);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const { host } = parsed;
  if (sites.includes(host)) return { ok: false, reason: 'duplicate', host };
  // "www.example.com" when "example.com" is listed: already off (an entry covers its subdomains).
  const by = sites.find((site) => siteIsDisabled([site], host));
  if (by) return { ok: false, reason: 'covered', host, by };
  return { ok: true, host, sites: [...sites, host].sort() };
}
