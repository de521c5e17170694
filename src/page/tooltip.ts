import { CATEGORY_INFO, type Category, type CategoryInfo } from '../core/categories';
import { attachShadowStyles, overlayHost } from './tooltip-overlay';
import type { Explanation } from './tooltip-content';
import { t } from './ui-text';

/**
 * The "why is this highlighted" tooltip: category, the rules that fired (id and one line each)
 * and the words they matched. Shown on hover and when the keyboard moves to a block. It is drawn
 * in its own shadow-root overlay (`<div data-fineprint="tooltip">`), `position: fixed` beside the
 * block, so the page's layout never changes. Screen readers: `role="tooltip"` on the box, and a
 * polite live region that speaks the same explanation when the keyboard moves to a block (a hover
 * is not announced: moving the mouse across a page should not talk). All text is `textContent`.
 *
 * WCAG 1.4.13 (content on hover or focus): Escape dismisses it, the pointer can move onto it
 * without it closing, and it stays until the pointer or focus leaves.
 */

export const TOOLTIP_VALUE = 'tooltip';

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TooltipContent {
  blockId: number | undefined;
  explanation: Explanation;
  /** 1-based place among the visible highlighted blocks, when known. */
  position?: { index: number; total: number };
}

export type TooltipMode = 'hover' | 'focus';

export interface Tooltip {
  readonly host: HTMLElement;
  readonly visible: boolean;
  readonly mode: TooltipMode | null;
  readonly blockId: number | undefined;
  show(content: TooltipContent, anchor: RectLike, mode: TooltipMode): void;
  /** Move the visible tooltip next to a new anchor rectangle (after a scroll); null hides it for now. */
  reposition(anchor: RectLike | null): void;
  hide(): void;
  /** Say this through the live region (keyboard navigation). */
  announce(text: string): void;
  /** True when the event happened inside the tooltip (the pointer moved onto it). */
  containsEvent(event: Event): boolean;
  remove(): void;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where the box goes: below the anchor when it fits, else above, else on the side with more room;
 * always inside the viewport (clamped), left-aligned with the anchor.
 */
export function placeTooltip(
  anchor: RectLike,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  prefer: 'below' | 'above' = 'below',
): { left: number; top: number; side: 'below' | 'above' } {
  const room = { below: viewport.height - anchor.bottom - GAP - MARGIN, above: anchor.top - GAP - MARGIN };
  const other = prefer === 'below' ? 'above' : 'below';
  const side = size.height <= room[prefer] ? prefer : size.height <= room[other] ? other : room[prefer] >= room[other] ? prefer : other;
  const rawTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - size.height;
  const top = clamp(rawTop, MARGIN, viewport.height - size.height - MARGIN);
  const left = clamp(anchor.left, MARGIN, viewport.width - size.width - MARGIN);
  return { left, top, side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

const TOOLTIP_CSS = `
:host { all: initial; }
.tip {
  position: fixed; left: 0; top: 0; z-index: 2147483647; box-sizing: border-box; pointer-events: auto;
  width: max-content; max-width: min(380px, calc(100vw - 16px));
  padding: 8px 10px; border-radius: 8px; border: 1px solid #8c959f;
  background: #ffffff; color: #1f2328; box-shadow: 0 6px 20px rgba(0,0,0,.22);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  overflow-wrap: anywhere;
}
.tip[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 6px; margin: 0; }
.swatch { flex: none; width: 12px; height: 12px; border-radius: 3px; border: 1px solid rgba(0,0,0,.35); }
.category { font-weight: 600; }
.position { margin-left: auto; padding-left: 10px; color: #57606a; font-variant-numeric: tabular-nums; white-space: nowrap; }
.also { margin: 2px 0 0; color: #57606a; font-size: 12px; }
ul { list-style: none; margin: 6px 0 0; padding: 0; }
li { margin: 0 0 6px; }
li:last-child { margin-bottom: 0; }
.rule { font: 12px/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #0b4f9e; }
.desc { display: block; margin-top: 1px; }
.words { display: block; margin-top: 2px; font-size: 12px; color: #57606a; }
.words q { quotes: "“" "”"; color: #1f2328; font-style: italic; }
.more, .none { margin: 6px 0 0; font-size: 12px; color: #57606a; }
.hint { margin: 6px 0 0; font-size: 11px; color: #57606a; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
@media (prefers-color-scheme: dark) {
  .tip { background: #1c2128; color: #e6edf3; border-color: #768390; box-shadow: 0 6px 20px rgba(0,0,0,.55); }
  .swatch { border-color: rgba(255,255,255,.4); }
  .position, .also, .words, .more, .none, .hint { color: #adbac7; }
  .words q { color: #e6edf3; }
  .rule { color: #8ec5ff; }
}
`;

export interface TooltipOptions {
  doc: Document;
  viewport: () => { width: number; height: number };
  /** Labels and colours (a function: the palette can change while the tooltip lives). */
  info?: () => Record<Category, CategoryInfo>;
  /** The pointer entered / left the tooltip box (hover mode keeps it open meanwhile). */
  onPointerInside?: (inside: boolean) => void;
}

export function createTooltip(options: TooltipOptions): Tooltip {
  const { doc } = options;
  const { host, root } = overlayHost(doc, TOOLTIP_VALUE, 2147483647);
  attachShadowStyles(doc, root, TOOLTIP_CSS);
  const box = doc.createElement('div');
  box.className = 'tip';
  box.id = 'fp-tooltip';
  box.setAttribute('role', 'tooltip');
  box.setAttribute('hidden', '');
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(box, live);
  doc.documentElement.appendChild(host);
  box.addEventListener('pointerenter', () => options.onPointerInside?.(true));
  box.addEventListener('pointerleave', () => options.onPointerInside?.(false));

  const info = () => options.info?.() ?? CATEGORY_INFO;
  let mode: TooltipMode | null = null;
  let blockId: number | undefined;
  let lastAnchor: RectLike | null = null;

  const place = (anchor: RectLike) => {
    lastAnchor = anchor;
    box.removeAttribute('hidden');
    const rect = box.getBoundingClientRect?.();
    const size = { width: rect?.width ?? 0, height: rect?.height ?? 0 };
    // Hover: above the line under the pointer (reading goes down); keyboard: below the block.
    const { left, top, side } = placeTooltip(anchor, size, options.viewport(), mode === 'hover' ? 'above' : 'below');
    box.style?.setProperty('left', `${Math.round(left)}px`);
    box.style?.setProperty('top', `${Math.round(top)}px`);
    box.setAttribute('data-side', side);
  };

  return {
    host,
    get visible() {
      return mode !== null;
    },
    get mode() {
      return mode;
    },
    get blockId() {
      return blockId;
    },
    show(content, anchor, nextMode) {
      renderTooltip(doc, box, content, info(), nextMode);
      mode = nextMode;
      blockId = content.blockId;
      lastAnchor = null;
      place(anchor);
    },
    reposition(anchor) {
      if (mode === null) return;
      if (anchor === null) {
        box.setAttribute('hidden', '');
        return;
      }
      if (lastAnchor && sameRect(anchor, lastAnchor) && !box.hasAttribute('hidden')) return;
      place(anchor);
    },
    hide() {
      mode = null;
      blockId = undefined;
      lastAnchor = null;
      box.setAttribute('hidden', '');
    },
    announce(text) {
      // Replacing the text is what makes a live region speak; the same text twice must still speak.
      live.textContent = '';
      live.textContent = text;
    },
    containsEvent(event) {
      const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
      return path.includes(host) || path.includes(box);
    },
    remove() {
      host.remove();
    },
  };
}

function sameRect(a: RectLike, b: RectLike): boolean {
  return Math.abs(a.left - b.left) < 0.5 && Math.abs(a.top - b.top) < 0.5 && Math.abs(a.bottom - b.bottom) < 0.5;
}

/** Fill the tooltip box (textContent only). */
export function renderTooltip(
  doc: Document,
  box: HTMLElement,
  content: TooltipContent,
  info: Record<Category, CategoryInfo>,
  mode: TooltipMode,
): void {
  const { explanation } = content;
  while (box.firstChild) box.firstChild.remove();
  box.setAttribute('data-category', explanation.category);
  if (content.blockId !== undefined) box.setAttribute('data-block', String(content.blockId));
  else box.removeAttribute('data-block');

  const head = el(doc, 'p', 'head');
  const swatch = el(doc, 'span', 'swatch');
  swatch.setAttribute('aria-hidden', 'true');
  swatch.style?.setProperty('background-color', info[explanation.category].color);
  const name = el(doc, 'span', 'category', info[explanation.category].label);
  head.append(swatch, name);
  if (content.position) head.append(el(doc, 'span', 'position', t('page_tooltip_position', [content.position.index, content.position.total])));
  box.appendChild(head);
  if (explanation.also.length > 0) {
    box.appendChild(el(doc, 'p', 'also', t('page_tooltip_also', explanation.also.map((c) => info[c].label).join(', '))));
  }

  if (explanation.reasons.length === 0) {
    box.appendChild(el(doc, 'p', 'none', t('page_tooltip_no_rules')));
  } else {
    const list = el(doc, 'ul', '');
    for (const reason of explanation.reasons) {
      const item = el(doc, 'li', '');
      item.setAttribute('data-rule', reason.rule);
      item.appendChild(el(doc, 'code', 'rule', reason.rule));
      if (reason.description) item.appendChild(el(doc, 'span', 'desc', reason.description));
      if (reason.words.length > 0) {
        const words = el(doc, 'span', 'words', `${t('page_tooltip_matched')} `);
        reason.words.forEach((w, i) => {
          if (i > 0) words.append(', ');
          words.appendChild(el(doc, 'q', '', w));
        });
        item.appendChild(words);
      } else if (reason.fromContext && explanation.section) {
        item.appendChild(el(doc, 'span', 'words', t('page_tooltip_section', explanation.section)));
      }
      list.appendChild(item);
    }
    box.appendChild(list);
    if (explanation.moreReasons > 0) box.appendChild(el(doc, 'p', 'more', t('page_tooltip_more', explanation.moreReasons)));
  }
  if (mode === 'focus') box.appendChild(el(doc, 'p', 'hint', t('page_tooltip_hint')));
}

/** The sentence a screen reader hears when the keyboard moves to a block. */
export function announcement(content: TooltipContent, info: Record<Category, CategoryInfo>): string {
  const { explanation } = content;
  const parts = [info[explanation.category].label];
  if (content.position) parts.push(t('page_tooltip_position', [content.position.index, content.position.total]));
  for (const reason of explanation.reasons) {
    const words = reason.words.length > 0 ? ` ${t('page_tooltip_matched')} ${reason.words.join(', ')}` : '';
    parts.push(`${reason.description ?? reason.rule}${words}`);
  }
  return parts.join('. ').slice(0, 600);
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
