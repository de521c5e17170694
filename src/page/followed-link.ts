import { withoutHash, type FollowedLink } from '../storage/followed-link';

/**
 * Stage 1's click watch: is this click following a link whose text names a privacy policy?
 * Runs on every click on every page, so it only looks at the clicked anchor's own text, and only
 * a privacy-looking link is remembered (see ../storage/followed-link.ts).
 */
const PRIVACY_LINK_TEXT =
  /\b(?:privacy|data protection|data privacy|personal (?:data|information)|datenschutz\w*|confidentialit[ée]|privacidad|privacit[àa]|privacidade|privacybeleid|integritetspolicy)\b/i;

const MAX_LINK_TEXT = 120;

export function followedLinkFromClick(target: EventTarget | null, baseHref: string, now: number): FollowedLink | null {
  const element = target as Element | null;
  const anchor = typeof element?.closest === 'function' ? element.closest('a[href]') : null;
  if (!anchor) return null;
  const text = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_LINK_TEXT || !PRIVACY_LINK_TEXT.test(text)) return null;
  let href: string;
  try {
    href = new URL(anchor.getAttribute('href') ?? '', baseHref).href;
  } catch {
    return null;
  }
  if (!/^https?:\/\//i.test(href)) return null; // javascript:, mailto: … lead to no page
  return { href: withoutHash(href), text, at: now };
}
