/**
 * Hostnames as Fineprint's settings store them: the per-site highlight choice and the sites where
 * Fineprint stays off. No zod and no browser API here: stage 1 of the content script (every page)
 * uses `siteIsDisabled`, the options page `parseSiteInput`, settings.ts the rest.
 */

/** A DNS name is at most 253 characters. */
export const MAX_HOSTNAME = 253;

/** The site key for a page: its hostname, trimmed, lowercased, without a trailing dot. */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '');
}

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const DNS_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/** A lowercase DNS name (ASCII, IDNs in punycode), an IPv4 address or a bracketed IPv6 address. */
export function isHostname(value: string): boolean {
  return value.length > 0 && value.length <= MAX_HOSTNAME && (DNS_NAME.test(value) || IPV6.test(value));
}

/**
 * Whether Fineprint is off on `hostname`: an entry turns it off on that host and on every
 * subdomain ("example.com" also covers "www.example.com"), which is what people mean by a site.
 * A one-label entry ("localhost", "intranet") matches only itself, so "com" cannot switch
 * Fineprint off on every .com site.
 */
export function siteIsDisabled(disabledSites: readonly string[], hostname: string): boolean {
  const key = siteKey(hostname);
  if (key === '') return false;
  return disabledSites.some((site) => site !== '' && (key === site || (site.includes('.') && key.endsWith(`.${site}`))));
}

export type SiteInput = { ok: true; host: string } | { ok: false; reason: 'empty' | 'invalid' };

/**
 * What a person typed into "sites where Fineprint stays off", as a site key: a hostname, or a
 * pasted address ("https://www.Example.com/privacy" → "www.example.com"). A leading "*." is
 * dropped (subdomains are covered anyway); international names become punycode, as browsers
 * report them in `location.hostname`. Anything else (spaces, other schemes, empty) is refused.
 */
export function parseSiteInput(input: string): SiteInput {
  const text = input.trim().replace(/^\*\./, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (/\s/.test(text)) return { ok: false, reason: 'invalid' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(?:[/?#]|$)/.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `http://${text}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'invalid' };
  const host = siteKey(url.hostname);
  return isHostname(host) ? { ok: true, host } : { ok: false, reason: 'invalid' };
}
