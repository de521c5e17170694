import type { Detection } from '../messaging/protocol';
import { scoreFeatures, type PolicyFeatures, type PrivacySection, type ScoreDetail } from '../core/detect-score';
import { extractBlocks, type PageBlock } from './blocks';
import { titleOf } from './precheck';
import { readTextPrefix } from './text';

/**
 * The full policy detector (stage 2 of the content script; stage 1 runs only `precheck`).
 *
 * What it covers, and what it deliberately does not:
 *  - Late content: stage 1 (src/page/content-boot.ts) watches a ruled-out page with a bounded
 *    MutationObserver and prechecks it again when nodes are added (≤ 8 times, ≤ 15 s), and starts
 *    over on in-page (history) navigations.
 *  - Several documents on one page: a privacy statement under its own heading inside a Terms (or
 *    other) page is detected (signal `embedded-privacy-section`); `privacySectionOf` says which
 *    blocks it spans, so analysis and highlights can cover that section only.
 *  - Link text: `linkText` (the text of the link the user followed, e.g. "Privacy Policy") is an
 *    extra hint to `detectPolicy` and `precheck`, like the URL. Stage 1 of the content script
 *    remembers a trusted click on a privacy-named link in storage.local (src/page/followed-link.ts;
 *    it never leaves the device) and stage 2 reads it once on the page the link leads to;
 *    `npm run eval:detect -- --link-text` measures what it adds.
 *  - Iframes: the content script runs in the top frame only (entrypoints/content.ts sets no
 *    `allFrames`, so the manifest has `all_frames: false`). A policy shown inside an iframe (a
 *    consent-manager dialog, an embedded legal page) is not read where it is embedded; it is
 *    detected when the user opens the frame's URL as a page. Reading every frame would run stage 1
 *    in every ad and widget frame of every page, for a rare case.
 */

// The precheck lives in its own module: it is all the every-page content script (stage 1) runs,
// and importing it must not pull this full detector into that bundle.
export { precheck, titleOf, type Precheck } from './precheck';

export interface DetectOptions {
  url?: string;
  /** The page's blocks when already read (stage 2 reads them once for detection and analysis). */
  blocks?: PageBlock[];
  /**
   * Text of the link the user followed to this page ("Privacy Policy"), when known: an extra hint
   * like the URL. The content script does not know it yet (see the note at the top of this file).
   */
  linkText?: string;
}

/** CONTRACT: the full check. Page content alone must be enough; the URL is an extra signal. */
export function detectPolicy(doc: Document, opts: DetectOptions = {}): Detection {
  const { contributions: _c, section: _s, ...detection } = scorePage(doc, opts);
  return detection;
}

/** The full check with per-signal contributions (for the eval report) and any privacy section. */
export function scorePage(doc: Document, opts: DetectOptions = {}): ScoreDetail {
  return scoreFeatures(pageFeatures(doc, opts));
}

/**
 * The blocks that are the policy when it is one section of a page holding another document
 * (a Terms page with its privacy statement): `blocks.slice(start, end)` is what to classify and
 * highlight. Null when the whole page is the policy (or none is found). Same verdict as
 * `detectPolicy`, which then carries an `embedded-privacy-section` signal: callers need only ask
 * when that signal is present (this scores the page again).
 */
export function privacySectionOf(doc: Document, blocks: PageBlock[], opts: Omit<DetectOptions, 'blocks'> = {}): PrivacySection | null {
  return scorePage(doc, { ...opts, blocks }).section ?? null;
}

/** Reduces a page to what the scorer reads: title, main headings, section headings, main text. */
export function pageFeatures(doc: Document, opts: DetectOptions = {}): PolicyFeatures {
  const blocks = opts.blocks ?? extractBlocks(doc);
  // A heading that is a link to another page heads an entry pointing elsewhere (a search result,
  // a card in an index), not a section of this document.
  const linkedOut = new Set<PageBlock>();
  const quotations: string[] = [];
  for (const b of blocks) {
    if (b.block.kind === 'heading' && isLinkToElsewhere(b.element, b.block.text)) linkedOut.add(b);
    if (isQuotation(b.element)) quotations.push(b.block.text);
  }
  // One linked heading is the page's own title as a permalink (blog and CMS themes link it).
  if (linkedOut.size < 2) linkedOut.clear();
  const headings = blocks.filter((b) => b.block.kind === 'heading' && !linkedOut.has(b)).map((b) => b.block.text);
  const mainHeadings: string[] = [];
  const h1s = doc.querySelectorAll?.('h1, [role="heading"][aria-level="1"]') ?? [];
  for (let i = 0; i < Math.min(h1s.length, 3); i++) {
    const t = readTextPrefix(h1s[i], 300);
    if (t) mainHeadings.push(t);
  }
  // Pages without an h1 often style their title as the first heading of the content.
  const firstHeading = blocks.find((b) => b.block.kind === 'heading' && !linkedOut.has(b));
  if (firstHeading && blocks.indexOf(firstHeading) < 5 && !mainHeadings.includes(firstHeading.block.text)) {
    mainHeadings.push(firstHeading.block.text);
  }
  let controls = 0;
  try {
    controls = doc.querySelectorAll('input[type="checkbox"], input[type="radio"], [role="switch"], select').length;
  } catch {
    controls = 0;
  }
  return {
    title: titleOf(doc),
    mainHeadings,
    headings,
    text: blocks.map((b) => b.block.text).join('\n'),
    url: opts.url,
    controls,
    // Linked headings read as entries, so the section finder does not take one for a section.
    blocks: blocks.map((b) => (linkedOut.has(b) ? { kind: 'paragraph', text: b.block.text } : b.block)),
    linkText: opts.linkText,
    linkedHeadings: [...linkedOut].map((b) => b.block.text),
    quotations,
  };
}

/** How far up a block may sit inside a link or a quotation (cards wrap headings in a few divs). */
const ENCLOSING_MAX_DEPTH = 6;

/**
 * The heading's text is (nearly all) one link to another page: `<h2><a href="/elsewhere">…</a></h2>`
 * or a heading inside a linked card. Links within the page (`#section`) do not count: tables of
 * contents and permalinks point at this document.
 */
function isLinkToElsewhere(el: Element, text: string): boolean {
  try {
    let link: Element | null = null;
    for (let up: Element | null = el, depth = 0; up && depth < ENCLOSING_MAX_DEPTH; up = up.parentElement, depth++) {
      if (up.tagName.toUpperCase() === 'A') {
        link = up;
        break;
      }
    }
    if (!link) {
      const inner = el.getElementsByTagName('a');
      if (inner.length !== 1) return false;
      link = inner[0];
      if ((link.textContent ?? '').trim().length < 0.8 * text.length) return false;
    }
    const href = (link.getAttribute('href') ?? '').trim();
    return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
  } catch {
    return false;
  }
}

/** The block is quoted from elsewhere: inside a <blockquote> or <q>. */
function isQuotation(el: Element): boolean {
  try {
    for (let up: Element | null = el, depth = 0; up && depth < ENCLOSING_MAX_DEPTH; up = up.parentElement, depth++) {
      const tag = up.tagName.toUpperCase();
      if (tag === 'BLOCKQUOTE' || tag === 'Q') return true;
    }
  } catch {
    // a detached or odd node: not a quotation
  }
  return false;
}
