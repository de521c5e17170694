import type { Block, BlockKind } from '../core/types';
import { isChrome, isContainer, isSkipped, leafBlockKind, tagOf } from './dom-rules';
import { readTextPrefix } from './text';

/** A block read from the page, with the element it came from (for highlights and scrolling). */
export interface PageBlock {
  block: Block;
  element: Element;
}

/** Hard limits so a 10 MB page cannot hang the content script or flood a message. */
export const MAX_BLOCKS = 20_000;
export const MAX_TOTAL_CHARS = 2_000_000;
/** Longer blocks are cut to a prefix of their text (offsets stay valid: it is still a prefix). */
export const MAX_BLOCK_CHARS = 16_000;
/** Candidates gathered before main-content selection (the page may hold far more than we keep). */
const MAX_CANDIDATES = MAX_BLOCKS * 3;
const MAX_CANDIDATE_CHARS = MAX_TOTAL_CHARS * 3;

/** A semantic main region must hold this share of the page's text to be trusted. */
const MAIN_REGION_MIN_SHARE = 0.5;
/** Narrow to a single container only when it holds nearly all the text (drops sidebars, not content). */
const DENSE_CONTAINER_MIN_SHARE = 0.9;

const ELEMENT_NODE = 1;

interface Candidate {
  element: Element;
  text: string;
  kind: BlockKind;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
const HEADINGISH_CLASS = /(^|[-_\s])(heading|headline|title|subtitle|section-title|h[1-6])($|[-_\s])/i;
const EMPHASIS_TAGS = new Set(['B', 'STRONG', 'U']);
/** How far up we look for an enclosing list item or cell (a plain walk: selector engines are slow in bulk). */
const HOLDER_MAX_DEPTH = 12;

/**
 * The list item or table cell an element sits in ('bullet' / 'cell'), or null. Stops at the first
 * container boundary that is not part of an item (a section inside a cell is still in the cell).
 */
function itemHolder(el: Element): 'bullet' | 'cell' | null {
  let up = el.parentElement;
  for (let depth = 0; up && depth < HOLDER_MAX_DEPTH; depth++, up = up.parentElement) {
    const kind = leafBlockKind(up);
    if (kind === 'bullet' || kind === 'cell') return kind;
    if (kind === 'paragraph' && (tagOf(up) === 'DD' || tagOf(up) === 'DT')) return null;
    const tag = tagOf(up);
    if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE' || tag === 'TABLE' || tag === 'UL' || tag === 'OL') return null;
  }
  return null;
}

/**
 * CONTRACT (owned by the page-reading work): the readable blocks of a page in document order:
 * headings, paragraphs, list items, table cells, each with the heading of its section. Skips
 * navigation, header/footer chrome, scripts, styles and the extension's own UI. Works on a
 * browser Document and on a linkedom Document in Node.
 *
 * `Block.text` is `readText(element).text` (cut to a prefix for very long blocks), so evidence
 * offsets map back to the DOM with `readText(element).locate`.
 */
export function extractBlocks(doc: Document): PageBlock[] {
  // The whole document, not `doc.body`: malformed pages can parse into several <body> elements
  // or leave content after a stray </html> as siblings of <html> (linkedom does both; browsers
  // repair it). <head> is never read (isSkipped).
  const roots = Array.from(doc.children ?? []);
  if (roots.length === 0 && doc.documentElement) roots.push(doc.documentElement);
  if (roots.length === 0) return [];
  const candidates = gatherCandidates(roots);
  if (candidates.length === 0) return [];
  const kept = selectMainContent(doc, candidates);
  return finish(kept);
}

/** Every element with readable text of its own, in document order (iterative walk). */
function gatherCandidates(roots: Element[]): Candidate[] {
  const out: Candidate[] = [];
  let totalChars = 0;
  // Deferred container blocks ride on the stack so they are emitted where their text starts.
  const stack: Array<Element | Candidate> = [...roots].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (!isElement(item)) {
      out.push(item);
      totalChars += item.text.length;
      if (out.length >= MAX_CANDIDATES || totalChars >= MAX_CANDIDATE_CHARS) break;
      continue;
    }
    const el = item;
    if (isSkipped(el) || isChrome(el)) continue;
    const kind = blockKindOf(el);
    let deferred: Candidate | null = null;
    if (kind) {
      const text = readTextPrefix(el, MAX_BLOCK_CHARS);
      if (text && HAS_WORD.test(text) && (kind.leaf || substantialContainerText(el, text))) {
        deferred = { element: el, text, kind: refineKind(el, text, kind.kind) };
      }
    }
    const children = Array.from(el.children);
    // A leaf block comes before its nested blocks; a container's own text (div soup) goes where
    // its first direct text run is, e.g. after the <h2> that precedes it inside the same <div>.
    const at = deferred && !kind!.leaf ? firstTextChildIndex(el) : 0;
    for (let i = children.length - 1; i >= 0; i--) {
      if (deferred && i + 1 === at) stack.push(deferred);
      stack.push(children[i]);
    }
    if (deferred && at === 0) stack.push(deferred);
  }
  return out;
}

function isElement(item: Element | Candidate): item is Element {
  return (item as Element).nodeType === ELEMENT_NODE;
}

/** Number of element children before the first direct child that carries the element's own text. */
function firstTextChildIndex(el: Element): number {
  let elementIndex = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      if (/\S/.test((child as Text).data)) return elementIndex;
    } else if (child.nodeType === ELEMENT_NODE) {
      const c = child as Element;
      if (!isSkipped(c) && !isChrome(c) && !leafBlockKind(c) && !isContainer(c) && /\S/.test(c.textContent ?? '')) {
        return elementIndex;
      }
      elementIndex++;
    }
  }
  return 0;
}

function blockKindOf(el: Element): { kind: BlockKind; leaf: boolean } | null {
  const leaf = leafBlockKind(el);
  if (leaf) return { kind: leaf, leaf: true };
  // Everything else that ends inline text (containers) may carry direct text on div-soup pages.
  if (isContainer(el)) return { kind: 'paragraph', leaf: false };
  return null;
}

/** Div-soup text counts when it reads like content (a few words) or is marked up as a heading. */
function substantialContainerText(el: Element, text: string): boolean {
  const words = text.split(' ').length;
  if (words >= 3) return true;
  // Inside a list item or a cell, a wrapper div holds that item's value ("Yes", "Email"): keep it.
  if (itemHolder(el)) return true;
  return HEADINGISH_CLASS.test(el.getAttribute('class') ?? '') || isAllEmphasis(el);
}

function refineKind(el: Element, text: string, kind: BlockKind): BlockKind {
  if (kind === 'heading') return kind;
  if (looksLikeHeading(el, text)) return 'heading';
  if (kind !== 'paragraph') return kind;
  // A paragraph inside a list item or a table cell reads as part of that bullet/cell.
  return itemHolder(el) ?? kind;
}

/**
 * Many policies mark section titles as `<p><strong>Title</strong></p>` or a div with a heading
 * class: short, not a sentence, fully emphasised.
 */
function looksLikeHeading(el: Element, text: string): boolean {
  if (text.length > 120 || /[.;,]$/.test(text)) return false;
  const tag = tagOf(el);
  if (tag === 'LI' || tag === 'TD' || tag === 'DD') return false;
  if (tag !== 'TH' && HEADINGISH_CLASS.test(el.getAttribute('class') ?? '') && text.split(' ').length <= 14) return true;
  return tag !== 'TH' && isAllEmphasis(el);
}

/** True when every visible character of `el`'s own text sits inside <b>/<strong>/<u>. */
function isAllEmphasis(el: Element): boolean {
  let sawEmphasis = false;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if ((child as Text).data.trim()) return false;
    } else if (child.nodeType === ELEMENT_NODE) {
      const c = child as Element;
      const tag = tagOf(c);
      if (EMPHASIS_TAGS.has(tag)) {
        if ((c.textContent ?? '').trim()) sawEmphasis = true;
      } else if (tag === 'BR' || isSkipped(c)) {
        continue;
      } else if (tag === 'A' || tag === 'SPAN') {
        // <a><strong>…</strong></a> or <span><b>…</b></span>
        if (!isAllEmphasis(c)) {
          if ((c.textContent ?? '').trim()) return false;
        } else sawEmphasis = true;
      } else {
        return false;
      }
    }
  }
  return sawEmphasis;
}

/**
 * Prefer the main content: a `main`/`[role=main]`/`article` region holding most of the text,
 * else the deepest container holding nearly all of it. The page title heading just before the
 * chosen region is kept (policies often put their h1 outside the article body).
 */
function selectMainContent(doc: Document, candidates: Candidate[]): Candidate[] {
  const total = candidates.reduce((n, c) => n + c.text.length, 0);
  if (total === 0) return candidates;

  let region: Element | null = null;
  const regions = typeof doc.querySelectorAll === 'function' ? Array.from(doc.querySelectorAll('main, [role="main"], article')) : [];
  if (regions.length > 0) {
    let best: Element | null = null;
    let bestChars = 0;
    for (const r of regions) {
      let chars = 0;
      for (const c of candidates) if (r.contains(c.element)) chars += c.text.length;
      if (chars > bestChars) {
        best = r;
        bestChars = chars;
      }
    }
    if (best && bestChars >= MAIN_REGION_MIN_SHARE * total) region = best;
  }
  const html = doc.documentElement;
  const start = region ?? (html && candidates.every((c) => html.contains(c.element)) ? html : null);
  if (start) region = densestContainer(start, candidates, total) ?? region;
  if (!region) return candidates;

  const inside = candidates.filter((c) => region!.contains(c.element));
  if (inside.length === candidates.length) return candidates;
  const first = candidates.indexOf(inside[0]);
  const hasOwnTitle = inside.some((c) => tagOf(c.element) === 'H1');
  if (!hasOwnTitle) {
    for (let i = first - 1; i >= 0; i--) {
      if (tagOf(candidates[i].element) === 'H1') return [candidates[i], ...inside];
    }
  }
  return inside;
}

/** The deepest descendant of `start` whose subtree holds ≥ 90 % of the text (null: `start` itself). */
function densestContainer(start: Element, candidates: Candidate[], total: number): Element | null {
  const chars = new Map<Element, number>();
  for (const c of candidates) {
    let el: Element | null = c.element;
    // Bounded climb: very deep pages cost at most this many steps per block.
    for (let steps = 0; el && steps < 400; steps++) {
      chars.set(el, (chars.get(el) ?? 0) + c.text.length);
      if (el === start) break;
      el = el.parentElement;
    }
  }
  const startChars = chars.get(start) ?? 0;
  if (startChars < DENSE_CONTAINER_MIN_SHARE * total) return null;
  let current = start;
  for (;;) {
    let next: Element | null = null;
    for (const child of Array.from(current.children)) {
      if ((chars.get(child) ?? 0) >= DENSE_CONTAINER_MIN_SHARE * total) {
        next = child;
        break;
      }
    }
    // A block itself is not a container to narrow to.
    if (!next || leafBlockKind(next) || candidates.length < 2) break;
    const nextCount = candidates.filter((c) => next!.contains(c.element)).length;
    if (nextCount < 2) break;
    current = next;
  }
  return current === start ? null : current;
}

function finish(candidates: Candidate[]): PageBlock[] {
  const out: PageBlock[] = [];
  let section = '';
  let totalChars = 0;
  for (const c of candidates) {
    if (out.length >= MAX_BLOCKS || totalChars >= MAX_TOTAL_CHARS) break;
    let text = c.text;
    const room = MAX_TOTAL_CHARS - totalChars;
    if (text.length > room) text = safePrefix(text, room);
    if (!text) break;
    out.push({ block: { id: out.length, text, section, kind: c.kind }, element: c.element });
    totalChars += text.length;
    if (c.kind === 'heading') section = text.length > 500 ? safePrefix(text, 500) : text;
  }
  return out;
}

function safePrefix(text: string, max: number): string {
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.replace(/ +$/, '');
}
