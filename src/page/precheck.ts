import { isCookieBanner } from './dom-rules';
import { readTextPrefix } from './text';
import { nextInOrder } from './dom-walk';

/**
 * The cheap first stage of policy detection: the only page reading the content script does on
 * every page (stage 1, see src/page/content-boot.ts). Kept apart from the full detector
 * (src/page/detect.ts) so the every-page bundle holds this and nothing heavier.
 */

export interface Precheck {
  /** false: certainly not a policy, stop here. true: run the full check. */
  maybe: boolean;
  signals: string[];
}

/**
 * Words that any privacy policy's title, main headings or address carries in some language.
 * Deliberately broad: the precheck only rules out pages that show no sign of being about
 * privacy/data protection; the full check decides.
 */
const PRIVACY_HINT =
  /privacy|privacidad|privacidade|privatsph|datenschutz|data[-\s]?protection|personal[-\s]?(?:data|information)|confidentialit|donn[ée]es personnelles|riservatezza|informativa|privacybeleid|persoonsgegevens|integritet|personuppgift|persondata|personvern|tietosuoja|prywatno|ochran[ay] osobn|osobn[íi]ch [úu]daj|gizlilik|kişisel veri|конфиденциальн|персональн|隐私|隱私|个人信息|個人情報|プライバシー|개인정보|gdpr|ccpa|cookie[-\s]?(?:policy|notice)/i;

/** How many headings the precheck looks at: enough for a title block, cheap on any page. */
const PRECHECK_HEADINGS = 6;
const PRECHECK_HEADING_CHARS = 300;

export interface PrecheckOptions {
  /**
   * Text of the link the user followed to reach this page, when known: stage 1 remembers a click on
   * a privacy-named link (src/page/followed-link.ts) and stage 2 passes it here on the next page.
   * Stage 1's own precheck does not read it (that would be a storage read on every page).
   */
  linkText?: string;
  /**
   * Look only at the address, the title, the meta tags and the first headings, not at the opening
   * text. Stage 1 runs this at injection to know whether the page must be read at once; a page it
   * finds nothing on gets the whole precheck once it has loaded (src/page/content-boot.ts), so the
   * walk over the opening text never runs while the page is still loading.
   */
  quick?: boolean;
}

/** A short link text with a privacy word ("Privacy", "Privacy Policy", "Datenschutz"). */
function linkTextHints(text: string | undefined): boolean {
  if (typeof text !== 'string' || text.length > 200) return false;
  const t = text.trim();
  return t.length > 0 && t.split(/\s+/).length <= 8 && PRIVACY_HINT.test(t);
}

/**
 * CONTRACT (owned by the detection work): the cheap first stage that runs on every page.
 * Reads as little as it can (URL, title, a few headings); must cost well under a millisecond.
 */
export function precheck(doc: Document, url?: string, opts: PrecheckOptions = {}): Precheck {
  const signals: string[] = [];
  try {
    if (!doc.documentElement) return { maybe: false, signals }; // nothing parsed: nothing to read
    if (url && PRIVACY_HINT.test(safeDecode(urlPathOf(url)))) signals.push('url');
    if (linkTextHints(opts.linkText)) signals.push('link-text');
    const title = titleOf(doc).slice(0, 500);
    if (PRIVACY_HINT.test(title)) signals.push('title');
    if (signals.length === 0 && metaMentionsPrivacy(doc)) signals.push('meta');
    if (signals.length === 0 && headingsMentionPrivacy(doc)) signals.push('heading');
    if (signals.length === 0 && !opts.quick && earlyTextMentionsPolicy(doc)) signals.push('early-text');
  } catch {
    // A hostile or half-built document: let the full check decide rather than miss a policy.
    return { maybe: true, signals: ['precheck-error'] };
  }
  return { maybe: signals.length > 0, signals };
}

/**
 * The first few h1 and h2 headings. `getElementsByTagName` is a lazy live collection in browsers:
 * reading its first items stops the walk early, unlike a selector query over the whole page.
 */
function headingsMentionPrivacy(doc: Document): boolean {
  for (const tag of ['h1', 'h2']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < PRECHECK_HEADINGS; i++) {
      const h = list[i];
      if (!h) break;
      if (PRIVACY_HINT.test(readTextPrefix(h, PRECHECK_HEADING_CHARS))) return true;
    }
  }
  return false;
}

/** og:title / title / description meta tags, read from <head> directly (a selector query walks the whole page). */
function metaMentionsPrivacy(doc: Document): boolean {
  let head: HTMLHeadElement | null = null;
  try {
    head = doc.head;
  } catch {
    return false; // linkedom throws on a document without <html>
  }
  if (!head) return false;
  // Only the meta tags (a page's <head> may hold hundreds of links, scripts and styles before them).
  const metas = head.getElementsByTagName('meta');
  for (let i = 0; i < Math.min(metas.length, 200); i++) {
    const el = metas[i];
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    if (key !== 'og:title' && key !== 'title' && key !== 'description' && key !== 'og:description') continue;
    if (PRIVACY_HINT.test((el.getAttribute('content') ?? '').slice(0, 500))) return true;
  }
  return false;
}

/**
 * Policy phrases in the opening text of the page (not in links, which every footer has).
 * Bounded walk: at most this many nodes and characters, so the cost does not grow with the page.
 */
const EARLY_TEXT_NODES = 1500;
const EARLY_TEXT_CHARS = 6000;
const EARLY_POLICY_PHRASE =
  /privacy (?:policy|notice|statement|and cookie)|statement of privacy|data protection (?:policy|notice|declaration)|personal (?:information|data)|personally identifiable|datenschutz|confidentialité|privacidad|privacidade|informativa sulla privacy|privacybeleid|prywatności|конфиденциальност|隐私|隱私|個人情報|개인정보/i;
const EARLY_TEXT_IGNORED = new Set(['A', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'OPTION', 'LABEL', 'NAV', 'FOOTER', 'SVG', 'HEAD']);

function earlyTextMentionsPolicy(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  let visited = 0;
  let chars = 0;
  let buffer = '';
  let node: Node | null = root.firstChild;
  while (node && visited < EARLY_TEXT_NODES && chars < EARLY_TEXT_CHARS) {
    visited++;
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (/\S/.test(data)) {
        const piece = data.length > 500 ? data.slice(0, 500) : data;
        buffer += ` ${piece}`;
        chars += piece.length;
        if (buffer.length > 1000) {
          if (EARLY_POLICY_PHRASE.test(buffer)) return true;
          buffer = buffer.slice(-60); // keep a phrase split across nodes
        }
      }
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      const el = node as Element;
      // Consent banners talk about "personal data" on every page: they say nothing about this one.
      descend = !EARLY_TEXT_IGNORED.has(tag) && !el.hasAttribute('data-fineprint') && !isCookieBanner(el);
    }
    node = nextInOrder(node, root, descend);
  }
  return EARLY_POLICY_PHRASE.test(buffer);
}

/** `document.title`, or '' when the document cannot produce one (linkedom throws on an empty document). */
export function titleOf(doc: Document): string {
  try {
    return typeof doc.title === 'string' ? doc.title : '';
  } catch {
    return '';
  }
}

function urlPathOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname}${u.search}`;
  } catch {
    return url.slice(0, 2000);
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
