import type { PolicyLink } from '../messaging/protocol';

/**
 * CONTRACT (owned by the detection work): the site's own privacy-policy link on a page that
 * is not a policy (footer "Privacy", "Privacy Policy", "Data Protection" …), absolute URL.
 *
 * Candidates are scored: the link text (strongest), rel="privacy-policy", the URL path, where the
 * link sits (footer first) and whether it stays on the same site. Buttons and links that open
 * privacy/cookie *settings*, and javascript:/mailto: links, never qualify.
 */

/** Anchor texts that name a privacy policy, in the languages we can recognise. */
const POLICY_TEXT =
  /^(?:our |the |view |read |see )?(?:privacy(?: (?:policy|notice|statement|centre|center|information|& cookies?(?: policy)?|and cookies?(?: policy)?|policy (?:and|&) cookies?))?|data (?:protection|privacy)(?: (?:policy|notice|statement|declaration))?|personal (?:data|information) (?:policy|protection)|(?:global |online |website |customer |consumer )privacy (?:policy|notice|statement)|datenschutz(?:erklärung|hinweise|richtlinie|bestimmungen)?|confidentialité|politique de confidentialité|(?:política|aviso) de privacidad|privacidad|política de privacidade|privacidade|informativa (?:sulla )?privacy|privacybeleid|privacyverklaring|integritetspolicy|personvern(?:erklæring)?|tietosuoja(?:seloste|käytäntö)?|polityka prywatności|ochrana osobních údajů|gizlilik politikası|политика конфиденциальности|конфиденциальность|隐私政策|隱私權政策|プライバシーポリシー|個人情報保護方針|개인정보\s*처리방침)$/iu;

/** Settings, preferences, opt-outs: links that manage privacy rather than explain it. */
const NOT_POLICY_TEXT =
  /\b(?:settings|preferences|choices|manage|dashboard|controls|opt[- ]?out|do not sell|don't sell|your privacy choices|ad choices|adchoices|cookie (?:settings|consent))\b|einstellungen|paramètres|configuración|impostazioni/i;

/** "Privacy Policy and Cookie Statement", "Privacy Notice (updated)": the name, then more. */
const POLICY_TEXT_START = new RegExp(POLICY_TEXT.source.replace(/\)\$$/, ')(?=\\s|[(:,–—-]|$)'), 'iu');
/** Links to a part of the policy or a related notice, not the policy itself. */
const PARTIAL_TEXT = /\b(?:california|rights|ccpa|children|kids|shield|eu-u\.?s|swiss|residents)\b/i;
/** Archive, tag and search pages about privacy (news sites) are not the site's policy. */
const LISTING_PATH = /\/(?:tags?|topics?|category|categories|search)\//i;

const POLICY_PATH = /(?:^|[/_.-])(?:privacy|privacy[-_]?(?:policy|notice|statement)|datenschutz(?:erklaerung|erklärung)?|confidentialite|privacidad|privacidade|privacybeleid|data[-_]?protection)(?:$|[/_.?#-])/i;
const SETTINGS_PATH = /(?:settings|preferences|choices|opt[-_]?out|consent|dashboard)/i;

const MAX_ANCHORS = 5000;
const MAX_TEXT = 500;

interface Candidate {
  href: string;
  text: string;
  score: number;
  order: number;
}

export function findPolicyLink(doc: Document, baseUrl: string): PolicyLink | null {
  let base: URL | null = null;
  try {
    base = new URL(baseUrl);
  } catch {
    base = null;
  }
  let anchors: Element[];
  try {
    anchors = Array.from(doc.querySelectorAll('a[href], area[href], link[rel~="privacy-policy"][href]')).slice(0, MAX_ANCHORS);
  } catch {
    return null;
  }

  let best: Candidate | null = null;
  anchors.forEach((a, order) => {
    const candidate = scoreAnchor(a, base, order);
    if (!candidate) return;
    if (!best || candidate.score > best.score || (candidate.score === best.score && candidate.order > best.order)) {
      // Ties go to the later link: footers come last in the document.
      best = candidate;
    }
  });
  if (!best) return null;
  const chosen = best as Candidate;
  return { href: chosen.href.slice(0, 8192), text: chosen.text.slice(0, MAX_TEXT) };
}

function scoreAnchor(a: Element, base: URL | null, order: number): Candidate | null {
  if (a.hasAttribute('data-fineprint')) return null;
  const rawHref = (a.getAttribute('href') ?? '').trim();
  if (!rawHref || rawHref.startsWith('#')) return null;
  let url: URL;
  try {
    url = base ? new URL(rawHref, base) : new URL(rawHref);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null; // javascript:, mailto:, data:
  if (base && url.href.split('#')[0] === base.href.split('#')[0]) return null; // this very page

  const text = anchorText(a);
  const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  const relPolicy = rel.includes('privacy-policy');
  const role = a.getAttribute('role');
  if (role === 'button' || a.hasAttribute('aria-haspopup')) return null;
  if (NOT_POLICY_TEXT.test(text) && !relPolicy) return null;
  const path = safeDecode(`${url.pathname}${url.search}`);

  let score = 0;
  if (POLICY_TEXT.test(text)) score += 10;
  else if (POLICY_TEXT_START.test(text) && text.length <= 80 && !PARTIAL_TEXT.test(text)) score += 8;
  else if (/\bprivacy\b|datenschutz|confidentialit|privacidad/i.test(text) && text.length <= 60) score += 5;
  if (relPolicy) score += 8;
  if (POLICY_PATH.test(path) && !SETTINGS_PATH.test(path)) score += 4;
  if (PARTIAL_TEXT.test(text)) score -= 3;
  if (LISTING_PATH.test(path) && !relPolicy) return null;
  if (score < 8) return null; // a path alone ("/privacy" behind an icon) is not enough without a name or rel

  if (inFooter(a)) score += 3;
  if (base) {
    if (sameSite(url.hostname, base.hostname)) score += 3;
    else score -= 2;
  }
  return { href: url.href, text: text || url.href, score, order };
}

function anchorText(a: Element): string {
  const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text.slice(0, MAX_TEXT);
  return (a.getAttribute('aria-label') ?? a.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

function inFooter(a: Element): boolean {
  if (typeof a.closest !== 'function') return false;
  return a.closest('footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]') !== null;
}

/** Same registrable-ish domain: equal hosts or one a subdomain of the other's last two labels. */
function sameSite(a: string, b: string): boolean {
  if (a === b) return true;
  // "example.co.uk", "example.com.au": keep three labels when the suffix is a short second level.
  const root = (h: string) => {
    const labels = h.toLowerCase().split('.');
    const n = labels.length >= 3 && labels[labels.length - 2].length <= 3 && labels[labels.length - 1].length === 2 ? 3 : 2;
    return labels.slice(-n).join('.');
  };
  return root(a) === root(b);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
