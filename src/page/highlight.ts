import { CATEGORIES, CATEGORY_INFO, HIGHLIGHT_DARK_TEXT, primaryCategory, type Category } from '../core/categories';
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
  /** True once the range is empty (a live DOM Range whose text was removed). */
  readonly collapsed?: boolean;
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

/** Fill per category; the default palette unless the user chose another (options page). */
export type CategoryColours = Record<Category, string>;

const DEFAULT_COLOURS = Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_INFO[c].color])) as CategoryColours;

/** The stylesheet: one rule per category plus the focus emphasis. */
export function highlightStyles(options: { darkText?: boolean; colours?: CategoryColours } = {}): string {
  // Highlight colours are light tints; on a dark theme the page's light text would vanish on them.
  const color = options.darkText ? HIGHLIGHT_DARK_TEXT : 'inherit';
  const colours = options.colours ?? DEFAULT_COLOURS;
  const rules = HIGHLIGHTED_CATEGORIES.map(
    (c) => `::highlight(${highlightName(c)}) { background-color: ${cssColour(colours[c])}; color: ${color}; }`,
  );
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: #ffd43b; color: #111111; text-decoration: underline 2px #b45309; }`);
  return rules.join('\n');
}

/** Only plain colour literals reach the stylesheet (a stored palette is data, not CSS). */
function cssColour(value: string | undefined): string {
  return typeof value === 'string' && /^(?:#[0-9a-f]{3,8}|transparent)$/i.test(value) ? value : 'transparent';
}

export interface HighlightTarget {
  element: Element;
  categories: readonly string[];
  /** The block id (what the analysis calls it); carried through to `PlacedBlock`. */
  id?: number;
}

/** A block that got a highlight: where it is and in which colour. In the order `show` was given. */
export interface PlacedBlock {
  id: number | undefined;
  element: Element;
  category: HighlightedCategory;
  range: RangeLike;
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
  private colours: CategoryColours | undefined;
  private forceDarkText = false;
  /** Categories the user switched off in the legend: their highlights exist but are not registered. */
  private hidden = new Set<HighlightedCategory>();
  private highlights = new Map<HighlightedCategory, HighlightLike>();
  private placed: PlacedBlock[] = [];
  /** Ranges worked out ahead of `show` (`prepare`), by element; used once, by the next `show`. */
  private prepared: Map<Element, RangeLike | null> | null = null;

  constructor(private readonly env: HighlightEnvironment) {}

  /**
   * Work out the range of each element ahead of `show`: while the background worker classifies
   * the blocks the page's main thread is free, and reading every block's text for its range is
   * the larger part of showing highlights. Adds to what was prepared since the last `show`, so it
   * can be done a slice at a time. The ranges are live DOM ranges, so they follow the page; one
   * that went empty meanwhile is worked out again by `show`, as is any element not prepared.
   */
  prepare(elements: Iterable<Element>): void {
    this.prepared ??= new Map<Element, RangeLike | null>();
    for (const element of elements) this.prepared.set(element, rangeOverText(this.env, element));
  }

  get isShown(): boolean {
    return this.shown;
  }

  /** The highlighted blocks, in document order (as given to `show`); empty while hidden. */
  get placedBlocks(): readonly PlacedBlock[] {
    return this.shown ? this.placed : [];
  }

  /** Categories currently switched off (legend toggles). */
  get hiddenCategories(): ReadonlySet<HighlightedCategory> {
    return this.hidden;
  }

  isCategoryVisible(category: HighlightedCategory): boolean {
    return !this.hidden.has(category);
  }

  /**
   * Switch categories off and on without touching the page: a hidden category's highlight is only
   * taken out of the registry (its ranges are kept), so nothing is recomputed or moved.
   */
  setHiddenCategories(categories: Iterable<string>): void {
    this.hidden = new Set(HIGHLIGHTED_CATEGORIES.filter((c) => [...categories].includes(c)));
    if (this.shown) this.register();
  }

  /** Use another palette (options page); `forceDarkText`: draw highlighted text near-black on every page. */
  setColours(colours: CategoryColours | undefined, forceDarkText = false): void {
    this.colours = colours;
    this.forceDarkText = forceDarkText;
    if (this.detachStyles) {
      this.detachStyles();
      this.detachStyles = null;
      this.ensureStyles(this.placed.map((p) => p.element));
    }
  }

  /**
   * Highlight each target with its primary category. Idempotent: showing again replaces our
   * highlights (never duplicates ranges). Returns how many blocks each category got.
   */
  show(targets: readonly HighlightTarget[]): CategoryCounts {
    const ranges = new Map<HighlightedCategory, RangeLike[]>();
    const placed: PlacedBlock[] = [];
    const prepared = this.prepared;
    this.prepared = null;
    for (const target of targets) {
      const category = primaryCategory(target.categories);
      if (!category) continue;
      const ready = prepared?.get(target.element);
      const range = ready && !ready.collapsed ? ready : rangeOverText(this.env, target.element);
      if (!range) continue;
      if (!ranges.has(category)) ranges.set(category, []);
      ranges.get(category)!.push(range);
      placed.push({ id: target.id, element: target.element, category, range });
    }
    this.placed = placed;
    this.ensureStyles(placed.map((p) => p.element));
    const counts: CategoryCounts = {};
    this.highlights.clear();
    for (const category of HIGHLIGHTED_CATEGORIES) {
      const list = ranges.get(category);
      if (list && list.length > 0) {
        this.highlights.set(category, this.env.createHighlight(list));
        counts[category] = list.length;
      }
    }
    this.shown = true;
    this.register();
    return counts;
  }

  /** Remove our category highlights; the page is exactly as before. */
  hide(): void {
    for (const category of HIGHLIGHTED_CATEGORIES) this.env.registry.delete(highlightName(category));
    this.shown = false;
  }

  /**
   * Emphasise a range above the category colours: for a moment (scroll-to), or until
   * `clearFocus` when `durationMs` is null (moving between blocks with the keyboard).
   */
  focus(range: RangeLike, durationMs: number | null = 2500): void {
    this.ensureStyles([]);
    const highlight = this.env.createHighlight([range]);
    highlight.priority = 1;
    this.env.registry.set(FOCUS_HIGHLIGHT, highlight);
    if (this.focusTimer !== null) clearTimeout(this.focusTimer);
    this.focusTimer = null;
    if (durationMs === null) return;
    this.focusTimer = setTimeout(() => {
      this.focusTimer = null;
      this.env.registry.delete(FOCUS_HIGHLIGHT);
    }, durationMs);
  }

  clearFocus(): void {
    if (this.focusTimer !== null) clearTimeout(this.focusTimer);
    this.focusTimer = null;
    this.env.registry.delete(FOCUS_HIGHLIGHT);
  }

  /** Put the visible categories' highlights in the registry and take the others out. */
  private register(): void {
    for (const category of HIGHLIGHTED_CATEGORIES) {
      const name = highlightName(category);
      const highlight = this.highlights.get(category);
      if (highlight && !this.hidden.has(category)) this.env.registry.set(name, highlight);
      else this.env.registry.delete(name);
    }
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
    const darkText =
      this.forceDarkText || (elements.length > 0 ? (this.env.pageTextIsLight?.(elements) ?? false) : (this.stylesDarkText ?? false));
    if (this.detachStyles && this.stylesDarkText === darkText) return;
    this.detachStyles?.();
    this.detachStyles = this.env.attachStyles(highlightStyles({ darkText, colours: this.colours }));
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
