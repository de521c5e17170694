/**
 * What the page reader treats as a block, as chrome and as never-readable. Shared by `readText`
 * and `extractBlocks` so that both agree on which descendants are "blocks of their own" (their
 * text is excluded from the parent's text, and emitted separately): that agreement is what keeps
 * evidence offsets valid when they are mapped back to DOM ranges.
 *
 * Everything here is attribute/tag based (no layout): it must behave the same in a browser and
 * on a linkedom Document, and hidden text (accordions, tabs) still counts.
 */

/** Never read: code, media, embedded documents, form controls. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'MATH',
  'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE',
  'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'OPTION', 'OPTGROUP', 'DATALIST', 'OUTPUT', 'PROGRESS', 'METER',
  'DIALOG',
]);

/** Elements whose text is its own unit, with the block kind it gets. */
const LEAF_BLOCK_KIND: Record<string, 'heading' | 'paragraph' | 'bullet' | 'cell'> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', BLOCKQUOTE: 'paragraph', PRE: 'paragraph', ADDRESS: 'paragraph', FIGCAPTION: 'paragraph',
  SUMMARY: 'paragraph', CAPTION: 'paragraph', LEGEND: 'paragraph', DT: 'paragraph', DD: 'paragraph',
  LI: 'bullet',
  TD: 'cell', TH: 'cell',
};

/**
 * Layout containers: they end the inline text of their parent, and only become a block when
 * their own direct text is substantial (div-soup pages).
 */
const CONTAINER_TAGS = new Set([
  'HTML', 'BODY', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'MENU', 'DL', 'TABLE', 'THEAD', 'TBODY',
  'TFOOT', 'TR', 'COLGROUP', 'FORM', 'FIELDSET', 'FIGURE', 'DETAILS', 'CENTER', 'HGROUP', 'HR', 'DIR',
  'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'SEARCH',
]);

const ROLE_KIND: Record<string, 'heading' | 'bullet' | 'cell'> = {
  heading: 'heading',
  listitem: 'bullet',
  cell: 'cell',
  gridcell: 'cell',
  columnheader: 'cell',
  rowheader: 'cell',
};

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menubar', 'menu', 'toolbar']);
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'SEARCH']);
/** `header`/`footer` are page chrome only outside sectioning content (HTML's banner/contentinfo rule). */

/** Consent/cookie banners: marked by id/class of the widget or of well-known consent managers. */
const COOKIE_BANNER_RE =
  /(cookie|consent|gdpr|ccpa)[-_ ]?(banner|bar|notice|popup|pop-up|modal|dialog|overlay|wall|law|alert|message|box|container|window|prompt|consent)|onetrust|cookiebot|cybotcookie|cookieyes|cc[-_]window|cc[-_]banner|truste[-_]?consent|qc-cmp|didomi|usercentrics|osano|iubenda[-_]cs|cmp[-_]?(banner|container)|^cookies?$/i;
/** A real policy section named "cookie …" is long; banners are short. */
const COOKIE_BANNER_MAX_CHARS = 2500;

export function tagOf(el: Element): string {
  return (el.tagName || '').toUpperCase();
}

/** Elements whose whole subtree is never read (not even inside another block's text). */
export function isSkipped(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  // Namespaced/unknown-cased SVG children in some parsers.
  if (tag === 'SVG' || el.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  if (el.hasAttribute('data-fineprint')) return true;
  const role = el.getAttribute('role');
  if (role === 'button' || role === 'switch' || role === 'checkbox' || role === 'textbox' || role === 'slider') return true;
  return false;
}

/** Navigation, banners, site header/footer, sidebars, consent banners: skipped by the block reader. */
export function isChrome(el: Element): boolean {
  const tag = tagOf(el);
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if ((tag === 'HEADER' || tag === 'FOOTER') && !hasSectioningAncestor(el)) return true;
  return isCookieBanner(el);
}

function hasSectioningAncestor(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    const tag = tagOf(up);
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'SECTION') return true;
    const role = up.getAttribute('role');
    if (role === 'main' || role === 'article') return true;
  }
  return false;
}

export function isCookieBanner(el: Element): boolean {
  const id = el.getAttribute('id') ?? '';
  const cls = el.getAttribute('class') ?? '';
  const aria = el.getAttribute('aria-label') ?? '';
  const tokens = `${id} ${cls}`.split(/\s+/).filter(Boolean);
  const bannerTokens = tokens.filter((token) => COOKIE_BANNER_RE.test(token));
  const consentDialog = /cookie|consent/i.test(aria) && (el.getAttribute('role') === 'dialog' || el.getAttribute('role') === 'alertdialog' || el.getAttribute('aria-modal') === 'true');
  if (bannerTokens.length === 0 && !consentDialog) return false;
  // A bare "cookie(s)" id or class is also what a policy gives its cookie section (the target of
  // its table of contents): a section with its own heading and no consent buttons is content.
  if (!consentDialog && bannerTokens.every((token) => BARE_COOKIE_TOKEN.test(token)) && isDocumentSection(el)) return false;
  // textContent is bounded work here: banners are small, and we stop caring past the limit.
  const text = el.textContent ?? '';
  return text.length <= COOKIE_BANNER_MAX_CHARS;
}

const BARE_COOKIE_TOKEN = /^cookies?$/i;
const SECTION_TAGS = new Set(['SECTION', 'ARTICLE', 'DETAILS']);

/** A part of the document: a sectioning element, or one headed by its own heading with no buttons. */
function isDocumentSection(el: Element): boolean {
  if (SECTION_TAGS.has(tagOf(el))) return true;
  const headed = el.querySelector('h1, h2, h3, h4, h5, h6, summary, [role="heading"]') !== null;
  return headed && el.querySelector('button, [role="button"], input') === null;
}

/** The block kind an element has by its tag/role, or null for containers and inline elements. */
export function leafBlockKind(el: Element): 'heading' | 'paragraph' | 'bullet' | 'cell' | null {
  const role = el.getAttribute('role');
  if (role && ROLE_KIND[role]) return ROLE_KIND[role];
  return LEAF_BLOCK_KIND[tagOf(el)] ?? null;
}

export function isContainer(el: Element): boolean {
  return CONTAINER_TAGS.has(tagOf(el));
}

/**
 * A descendant that ends its parent's inline text: a block of its own, a container that may
 * hold blocks, or something never read. `readText` excludes these; `extractBlocks` visits them.
 */
export function isBoundary(el: Element): boolean {
  return isSkipped(el) || leafBlockKind(el) !== null || isContainer(el) || isChrome(el);
}
