import { CATEGORIES, CATEGORY_INFO, primaryCategory, type Category } from '../core/categories';
import type { ElementText } from './text';

/**
 * Inline highlights with the CSS Custom Highlight API: one `Highlight` per category, registered
 * as `fp-<category>` in `CSS.highlights`, styled by one constructed stylesheet in
 * `document.adoptedStyleSheets`. Nothing in the page's DOM changes (no wrapper elements, no
 * classes), so there is no layout shift and turning highlights off (deleting our names from the
 * registry) restores the page exactly. The content script's isolated world shares the page's
 * registry and adopted sheets, so the page renders them.
 *
 * Every browser object is reached through `HighlightEnvironment`, so unit tests use fakes.
 */

/** Categories that get a highlight: every practice category, never `other`. */
export const HIGHLIGHTED_CATEGORIES = CATEGORIES.filter((c) => c !== 'other') as Exclude<Category, 'other'>[];
export type HighlightedCategory = (typeof HIGHLIGHTED_CATEGORIES)[number];

export const HIGHLIGHT_PREFIX = 'fp-';
/** The short-lived emphasis on the block or sentence the popup asked to scroll to. */
export const FOCUS_HIGHLIGHT = 'fp-focus';

export function highlightName(category: HighlightedCategory): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}

/** The parts of a `Highlight` we use. */
export interface HighlightLike {
  priority: number;
}

/** The parts of `CSS.highlights` (a HighlightRegistry) we use. */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
  has(name: string): boolean;
}

export interface StyleSheetLike {
  replaceSync(text: string): void;
}

export interface RangeLike {
  setStart(node: Node, offset: number): void;
  setEnd(node: Node, offset: number): void;
}

export interface HighlightEnvironment {
  createRange(): RangeLike;
  registry: HighlightRegistryLike;
  createHighlight(ranges: RangeLike[]): HighlightLike;
  /** Attach a stylesheet with this text to the document; returns how to detach it. */
  attachStyles(cssText: string): () => void;
  readText(element: Element): ElementText;
  /** True when the page's own text is light (a dark theme): highlighted text then turns dark. */
  pageTextIsLight?(elements: Element[]): boolean;
}

export { primaryCategory };

/** The stylesheet: one rule per category plus the focus emphasis. */
export function highlightStyles(options: { darkText?: boolean } = {}): string {
  // Highlight colours are light tints; on a dark theme the page's light text would vanish on them.
  const color = options.darkText ? '#111111' : 'inherit';
  const rules = HIGHLIGHTED_CATEGORIES.map(
    (c) => `::highlight(${highlightName(c)}) { background-color: ${CATEGORY_INFO[c].color}; color: ${color}; }`,
  );
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: #ffd43b; color: #111111; text-decoration: underline 2px #b45309; }`);
  return rules.join('\n');
}

export interface HighlightTarget {
  element: Element;
  categories: readonly string[];
}

export type CategoryCounts = Partial<Record<HighlightedCategory, number>>;

/** A range over an element's whole readable text, or null when it has none. */
export function rangeOverText(env: HighlightEnvironment, element: Element, start?: number, end?: number): RangeLike | null {
  let text: ElementText;
  try {
    text = env.readText(element);
  } catch {
    return null;
  }
  const from = Math.max(0, Math.min(start ?? 0, text.text.length));
  const to = Math.max(from, Math.min(end ?? text.text.length, text.text.length));
  if (to <= from) return null;
  const a = text.locate(from);
  const b = text.locate(to);
  if (!a || !b) return null;
  try {
    const range = env.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  } catch {
    // The node moved or shrank since the text was read (a live page): skip this block.
    return null;
  }
}

export class PageHighlighter {
  private detachStyles: (() => void) | null = null;
  private stylesDarkText: boolean | null = null;
  private shown = false;
  private focusTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly env: HighlightEnvironment) {}

  get isShown(): boolean {
    return this.shown;
  }

  /**
   * Highlight each target with its primary category. Idempotent: showing again replaces our
   * highlights (never duplicates ranges). Returns how many blocks each category got.
   */
  show(targets: readonly HighlightTarget[]): CategoryCounts {
    const ranges = new Map<HighlightedCategory, RangeLike[]>();
    const elements: Element[] = [];
    for (const target of targets) {
      const category = primaryCategory(target.categories);
      if (!category) continue;
      const range = rangeOverText(this.env, target.element);
      if (!range) continue;
      if (!ranges.has(category)) ranges.set(category, []);
      ranges.get(category)!.push(range);
      elements.push(target.element);
    }
    this.ensureStyles(elements);
    const counts: CategoryCounts = {};
    for (const category of HIGHLIGHTED_CATEGORIES) {
      const name = highlightName(category);
      const list = ranges.get(category);
      if (list && list.length > 0) {
        this.env.registry.set(name, this.env.createHighlight(list));
        counts[category] = list.length;
      } else {
        this.env.registry.delete(name);
      }
    }
    this.shown = true;
    return counts;
  }

  /** Remove our category highlights; the page is exactly as before. */
  hide(): void {
    for (const category of HIGHLIGHTED_CATEGORIES) this.env.registry.delete(highlightName(category));
    this.shown = false;
  }

  /** Emphasise a range for a moment (scroll-to), above the category colours. */
  focus(range: RangeLike, durationMs = 2500): void {
    this.ensureStyles([]);
    const highlight = this.env.createHighlight([range]);
    highlight.priority = 1;
    this.env.registry.set(FOCUS_HIGHLIGHT, highlight);
    if (this.focusTimer !== null) clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => {
      this.focusTimer = null;
      this.env.registry.delete(FOCUS_HIGHLIGHT);
    }, durationMs);
  }

  /** Remove everything: highlights, focus and the stylesheet (extension unloaded). */
  dispose(): void {
    this.hide();
    if (this.focusTimer !== null) clearTimeout(this.focusTimer);
    this.focusTimer = null;
    this.env.registry.delete(FOCUS_HIGHLIGHT);
    this.detachStyles?.();
    this.detachStyles = null;
    this.stylesDarkText = null;
  }

  private ensureStyles(elements: Element[]): void {
    const darkText = elements.length > 0 ? (this.env.pageTextIsLight?.(elements) ?? false) : (this.stylesDarkText ?? false);
    if (this.detachStyles && this.stylesDarkText === darkText) return;
    this.detachStyles?.();
    this.detachStyles = this.env.attachStyles(highlightStyles({ darkText }));
    this.stylesDarkText = darkText;
  }
}

// ---- the real browser environment -----------------------------------------------------------

interface HighlightGlobals {
  CSS?: { highlights?: HighlightRegistryLike };
  Highlight?: new (...ranges: Range[]) => HighlightLike;
  CSSStyleSheet?: new () => CSSStyleSheet;
}

/**
 * The browser's highlight environment, or null when the CSS Custom Highlight API is missing
 * (Firefox before 140): the caller then reports highlights as unavailable instead of failing.
 */
export function browserHighlightEnvironment(
  doc: Document,
  readText: (element: Element) => ElementText,
  globals: HighlightGlobals = globalThis as unknown as HighlightGlobals,
): HighlightEnvironment | null {
  const registry = globals.CSS?.highlights;
  const HighlightCtor = globals.Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return {
    createRange: () => doc.createRange(),
    registry,
    createHighlight: (ranges) => new HighlightCtor(...(ranges as Range[])),
    attachStyles: (cssText) => attachDocumentStyles(doc, cssText, globals),
    readText,
    pageTextIsLight: (elements) => textIsLight(doc, elements),
  };
}

/**
 * A constructed sheet in `adoptedStyleSheets` (no DOM node, not subject to the page's CSP
 * style-src). If the browser refuses (older engines, Xray quirks), a <style> in <head> is the
 * fallback: it still does not touch the page's content or layout.
 */
function attachDocumentStyles(doc: Document, cssText: string, globals: HighlightGlobals): () => void {
  try {
    const Sheet = globals.CSSStyleSheet;
    if (typeof Sheet === 'function' && doc.adoptedStyleSheets !== undefined) {
      const sheet = new Sheet();
      sheet.replaceSync(cssText);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // fall through to the <style> element
  }
  const style = doc.createElement('style');
  style.setAttribute('data-fineprint', 'highlight-styles');
  style.textContent = cssText;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

/** Majority vote over a few highlighted elements: is their computed text colour light? */
function textIsLight(doc: Document, elements: Element[]): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  const sample = elements.filter((_, i) => i % Math.max(1, Math.floor(elements.length / 5)) === 0).slice(0, 5);
  let light = 0;
  for (const element of sample) {
    const luminance = relativeLuminance(view.getComputedStyle(element).color);
    if (luminance !== null && luminance > 0.5) light++;
  }
  return sample.length > 0 && light * 2 > sample.length;
}

/** Relative luminance (0 black … 1 white) of an `rgb()`/`rgba()` colour, or null. */
export function relativeLuminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Math.min(255, Number(v)) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
