import { CATEGORY_INFO, type Category, type CategoryInfo } from '../core/categories';
import { HIGHLIGHTED_CATEGORIES, type CategoryCounts, type HighlightedCategory } from './highlight';
import { attachShadowStyles, overlayHost } from './tooltip-overlay';
import { t } from './ui-text';

/**
 * The on-page legend: which colour means what, how many paragraphs each category has, and the
 * controls of this page's highlights. Each category row is a toggle button (`aria-pressed`) that
 * shows or hides that category's highlights on this page only; "Previous"/"Next" move between
 * highlighted paragraphs (the keyboard shortcuts do the same); the panel collapses to one line
 * and moves from corner to corner, so it never has to cover what the user is reading.
 *
 * It lives in a shadow root on `<div data-fineprint="legend">` appended to <html>: `all: initial`
 * and the shadow boundary keep the page's CSS out, `position: fixed` keeps it out of the page's
 * layout (no shift), and only the panel itself takes pointer events. All text goes in through
 * `textContent`; nothing here ever parses HTML.
 */

export const LEGEND_ATTRIBUTE = 'data-fineprint';
export const LEGEND_VALUE = 'legend';

export const LEGEND_CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type LegendCorner = (typeof LEGEND_CORNERS)[number];

/** Where the legend is and whether it is folded: kept by the page across legends it re-creates. */
export interface LegendPlacement {
  corner: LegendCorner;
  collapsed: boolean;
}

export interface LegendOptions {
  doc: Document;
  counts: CategoryCounts;
  /** Categories switched off on this page (their rows show as not pressed). */
  hidden?: ReadonlySet<string>;
  placement?: LegendPlacement;
  /** "Hide highlights": the content script turns highlights off (and remembers it for the site). */
  onHideHighlights: () => void;
  /** A category row was pressed: show (`visible`) or hide that category on this page. */
  onToggleCategory?: (category: HighlightedCategory, visible: boolean) => void;
  /** "Previous" (-1) / "Next" (1) highlighted paragraph. */
  onNavigate?: (direction: 1 | -1) => void;
  /** The user folded or moved the legend. */
  onPlacementChange?: (placement: LegendPlacement) => void;
  /** The close button was used (the legend is already removed). */
  onClose?: () => void;
  /** Labels and colours; injectable so tests can feed hostile strings (and the palette can change). */
  info?: Record<Category, CategoryInfo>;
}

export interface Legend {
  host: HTMLElement;
  update(counts: CategoryCounts, hidden?: ReadonlySet<string>): void;
  readonly placement: LegendPlacement;
  remove(): void;
}

/**
 * Light and dark (`prefers-color-scheme`, inside the shadow root: the page's colour scheme does
 * not reach in). Contrast ≥ 4.5:1 for every text, ≥ 3:1 for focus rings and control borders.
 * Sizes in px scale with browser zoom; at 200 % the panel is capped to the viewport and scrolls.
 */
const PANEL_CSS = `
:host { all: initial; }
.panel {
  position: fixed; z-index: 2147483646; pointer-events: auto; box-sizing: border-box;
  max-width: min(280px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  padding: 8px 10px; border-radius: 10px; border: 1px solid #8c959f;
  background: #ffffff; color: #1f2328; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.panel[data-corner="bottom-right"] { right: 12px; bottom: 12px; }
.panel[data-corner="bottom-left"] { left: 12px; bottom: 12px; }
.panel[data-corner="top-left"] { left: 12px; top: 12px; }
.panel[data-corner="top-right"] { right: 12px; top: 12px; }
button { all: unset; box-sizing: border-box; cursor: pointer; border-radius: 6px; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.head { display: flex; align-items: center; gap: 4px; }
.fold { flex: 1; display: flex; align-items: center; gap: 6px; padding: 2px 4px; min-height: 24px; }
.fold:hover { background: #eef0f3; }
.chevron { display: inline-block; width: 10px; transition: transform .15s; }
.fold[aria-expanded="false"] .chevron { transform: rotate(-90deg); }
.title { font-weight: 600; }
.total { color: #57606a; font-variant-numeric: tabular-nums; white-space: nowrap; }
.title { white-space: nowrap; }
.icon { width: 24px; height: 24px; line-height: 24px; text-align: center; font-size: 15px; color: #57606a; }
.icon:hover { background: #eef0f3; }
.body[hidden] { display: none; }
.hint { margin: 6px 0 2px; color: #57606a; font-size: 12px; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 2px 0; }
.toggle { display: flex; align-items: center; gap: 8px; width: 100%; padding: 3px 4px; min-height: 24px; }
.toggle:hover { background: #eef0f3; }
.check { flex: none; width: 14px; height: 14px; border: 1.5px solid #57606a; border-radius: 3px;
  font-size: 11px; line-height: 13px; text-align: center; color: #1f2328; }
.toggle[aria-pressed="true"] .check::after { content: "✓"; }
.swatch { flex: none; width: 14px; height: 14px; border-radius: 3px; border: 1px solid rgba(0,0,0,.35); }
.toggle[aria-pressed="false"] .swatch { opacity: .35; }
.toggle[aria-pressed="false"] .label { text-decoration: line-through; }
.label { flex: 1; }
.count { color: #57606a; font-variant-numeric: tabular-nums; }
.empty { color: #57606a; margin: 2px 0; }
.nav { display: flex; gap: 6px; margin-top: 8px; }
.step, .hide { padding: 4px 8px; border: 1px solid #8c959f; font-size: 12px; color: #1f2328; background: #f6f8fa; }
.step { flex: 1; text-align: center; }
.hide { display: block; margin-top: 6px; }
.step:hover, .hide:hover { background: #eef0f3; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1c2128; color: #e6edf3; border-color: #768390; box-shadow: 0 4px 16px rgba(0,0,0,.5); }
  button:focus-visible { outline-color: #79b8ff; }
  .fold:hover, .icon:hover, .toggle:hover { background: #2d333b; }
  .total, .icon, .hint, .count, .empty { color: #adbac7; }
  .check { border-color: #adbac7; color: #e6edf3; }
  .swatch { border-color: rgba(255,255,255,.4); }
  .step, .hide { background: #22272e; color: #e6edf3; border-color: #768390; }
  .step:hover, .hide:hover { background: #2d333b; }
}
@media (prefers-reduced-motion: reduce) { .chevron { transition: none; } }
`;

export const DEFAULT_PLACEMENT: LegendPlacement = { corner: 'bottom-right', collapsed: false };

export function nextCorner(corner: LegendCorner): LegendCorner {
  return LEGEND_CORNERS[(LEGEND_CORNERS.indexOf(corner) + 1) % LEGEND_CORNERS.length];
}

export function showLegend(options: LegendOptions): Legend {
  const { doc } = options;
  const info = options.info ?? CATEGORY_INFO;
  let placement: LegendPlacement = { ...(options.placement ?? DEFAULT_PLACEMENT) };
  const { host, root } = overlayHost(doc, LEGEND_VALUE, 2147483646);
  attachShadowStyles(doc, root, PANEL_CSS);

  const panel = doc.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', t('page_legend_label'));

  const head = doc.createElement('div');
  head.className = 'head';
  const fold = button(doc, 'fold');
  const chevron = doc.createElement('span');
  chevron.className = 'chevron';
  chevron.setAttribute('aria-hidden', 'true');
  chevron.textContent = '▾';
  const title = doc.createElement('span');
  title.className = 'title';
  title.textContent = t('page_legend_title');
  const total = doc.createElement('span');
  total.className = 'total';
  fold.append(chevron, title, total);
  fold.setAttribute('aria-controls', 'fp-legend-body');
  const move = button(doc, 'icon move');
  move.textContent = '⇄';
  move.setAttribute('aria-label', t('page_legend_move'));
  move.setAttribute('title', t('page_legend_move'));
  const close = button(doc, 'icon close');
  close.textContent = '×';
  close.setAttribute('aria-label', t('page_legend_close'));
  close.setAttribute('title', t('page_legend_close'));
  head.append(fold, move, close);

  const body = doc.createElement('div');
  body.className = 'body';
  body.id = 'fp-legend-body';
  const hint = doc.createElement('p');
  hint.className = 'hint';
  hint.id = 'fp-legend-hint';
  hint.textContent = t('page_legend_hint');
  const list = doc.createElement('ul');
  list.setAttribute('aria-labelledby', 'fp-legend-hint');
  const nav = doc.createElement('div');
  nav.className = 'nav';
  const previous = button(doc, 'step previous');
  previous.textContent = `↑ ${t('page_legend_previous')}`;
  previous.setAttribute('aria-label', t('page_legend_previous_label'));
  const next = button(doc, 'step next');
  next.textContent = `↓ ${t('page_legend_next')}`;
  next.setAttribute('aria-label', t('page_legend_next_label'));
  nav.append(previous, next);
  const hide = button(doc, 'hide');
  hide.textContent = t('page_legend_hide');
  body.append(hint, list, nav, hide);

  panel.append(head, body);
  root.appendChild(panel);
  doc.documentElement.appendChild(host);

  const applyPlacement = () => {
    panel.setAttribute('data-corner', placement.corner);
    fold.setAttribute('aria-expanded', String(!placement.collapsed));
    if (placement.collapsed) body.setAttribute('hidden', '');
    else body.removeAttribute('hidden');
  };
  applyPlacement();

  let hidden = new Set(options.hidden ?? []);
  let counts = options.counts;
  const legend: Legend = {
    host,
    get placement() {
      return { ...placement };
    },
    update(nextCounts, nextHidden) {
      counts = nextCounts;
      if (nextHidden) hidden = new Set(nextHidden);
      const sum = HIGHLIGHTED_CATEGORIES.reduce((n, c) => n + (counts[c] ?? 0), 0);
      total.textContent = `· ${t('page_legend_total', sum)}`;
      renderRows(doc, list, counts, hidden, info);
      const canStep = HIGHLIGHTED_CATEGORIES.some((c) => (counts[c] ?? 0) > 0 && !hidden.has(c));
      for (const step of [previous, next]) {
        if (canStep) step.removeAttribute('aria-disabled');
        else step.setAttribute('aria-disabled', 'true');
      }
    },
    remove() {
      host.remove();
    },
  };
  legend.update(options.counts);

  const changePlacement = (change: Partial<LegendPlacement>) => {
    placement = { ...placement, ...change };
    applyPlacement();
    options.onPlacementChange?.({ ...placement });
  };
  fold.addEventListener('click', () => changePlacement({ collapsed: !placement.collapsed }));
  move.addEventListener('click', () => changePlacement({ corner: nextCorner(placement.corner) }));
  close.addEventListener('click', () => {
    legend.remove();
    options.onClose?.();
  });
  list.addEventListener('click', (event) => {
    const row = (event.target as Element | null)?.closest?.('button[data-category]');
    const category = row?.getAttribute('data-category') as HighlightedCategory | null | undefined;
    if (!row || !category || !HIGHLIGHTED_CATEGORIES.includes(category)) return;
    const visible = hidden.has(category);
    if (visible) hidden.delete(category);
    else hidden.add(category);
    row.setAttribute('aria-pressed', String(visible));
    options.onToggleCategory?.(category, visible);
  });
  previous.addEventListener('click', () => previous.getAttribute('aria-disabled') !== 'true' && options.onNavigate?.(-1));
  next.addEventListener('click', () => next.getAttribute('aria-disabled') !== 'true' && options.onNavigate?.(1));
  hide.addEventListener('click', () => options.onHideHighlights());
  return legend;
}

function button(doc: Document, className: string): HTMLButtonElement {
  const element = doc.createElement('button');
  element.className = className;
  element.setAttribute('type', 'button');
  return element;
}

function renderRows(
  doc: Document,
  list: HTMLElement,
  counts: CategoryCounts,
  hidden: ReadonlySet<string>,
  info: Record<Category, CategoryInfo>,
): void {
  // Keep the focused row focused across a re-render (a toggle re-renders the counts).
  const focused = (list.getRootNode() as ShadowRoot | Document).activeElement?.getAttribute?.('data-category') ?? null;
  while (list.firstChild) list.firstChild.remove();
  let any = false;
  for (const category of HIGHLIGHTED_CATEGORIES) {
    const count = counts[category] ?? 0;
    if (count <= 0) continue;
    any = true;
    const item = doc.createElement('li');
    const toggle = button(doc, 'toggle');
    toggle.setAttribute('data-category', category);
    toggle.setAttribute('aria-pressed', String(!hidden.has(category)));
    const label = info[category].label;
    toggle.setAttribute('aria-label', count === 1 ? t('page_legend_category_one', label) : t('page_legend_category_many', [label, count]));
    const check = doc.createElement('span');
    check.className = 'check';
    check.setAttribute('aria-hidden', 'true');
    const swatch = doc.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style?.setProperty('background-color', info[category].color);
    const name = doc.createElement('span');
    name.className = 'label';
    name.textContent = label;
    const number = doc.createElement('span');
    number.className = 'count';
    number.textContent = String(count);
    toggle.append(check, swatch, name, number);
    item.appendChild(toggle);
    list.appendChild(item);
    if (focused === category) toggle.focus?.();
  }
  if (!any) {
    const item = doc.createElement('li');
    item.className = 'empty';
    item.textContent = t('page_legend_empty');
    list.appendChild(item);
  }
}
