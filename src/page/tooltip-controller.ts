import { CATEGORY_INFO, type Category, type CategoryInfo } from '../core/categories';
import type { PageHighlighter, PlacedBlock, RangeLike } from './highlight';
import { stepIndex, type Direction } from './navigation';
import { announcement, createTooltip, type RectLike, type Tooltip, type TooltipContent } from './tooltip';
import type { Explanation } from './tooltip-content';
import { t } from './ui-text';

/**
 * Brings the tooltip to the highlighted blocks. Highlights are not elements (CSS Custom Highlight
 * API), so nothing on the page can be hovered or focused as "a highlight":
 *
 * - Hover: pointer moves are hit-tested (at most once per animation frame and `HOVER_THROTTLE_MS`)
 *   with the caret position under the pointer, mapped to the innermost highlighted block element,
 *   and confirmed against the block range's line boxes (the caret API snaps to the nearest text,
 *   even from a margin). After `HOVER_DELAY_MS` on one block its tooltip shows above that line.
 * - Keyboard: "next / previous highlighted block" (keyboard shortcuts, legend buttons) moves an
 *   `fp-focus` highlight, scrolls it into view and shows the tooltip below the block, announced
 *   through the live region. Tabbing to a link or control inside a highlighted block (`:focus-visible`)
 *   shows that block's tooltip too.
 * - Escape closes it; scrolling closes a hover tooltip and carries a keyboard one along.
 *
 * Browser objects come in through `TooltipControllerDeps`, so unit tests drive it with fakes.
 */

export const HOVER_DELAY_MS = 250;
export const HOVER_HIDE_GRACE_MS = 300;
export const HOVER_THROTTLE_MS = 50;

export interface CaretHit {
  node: Node;
  offset: number;
}

export interface ControllerWindow {
  readonly innerWidth: number;
  readonly innerHeight: number;
  addEventListener(type: string, listener: (event: Event) => void, options?: AddEventListenerOptions | boolean): void;
  removeEventListener(type: string, listener: (event: Event) => void, options?: EventListenerOptions | boolean): void;
  matchMedia?(query: string): { matches: boolean };
  requestAnimationFrame?(callback: () => void): number;
}

export interface TooltipControllerDeps {
  doc: Document;
  win: ControllerWindow;
  highlighter: PageHighlighter;
  /** Why block `id` is highlighted in `category`, or null when the page knows nothing about it. */
  explain(id: number | undefined, category: PlacedBlock['category']): Explanation | null;
  info?: () => Record<Category, CategoryInfo>;
  /** The text position under a viewport point (caretPositionFromPoint and kin). */
  hitTest(x: number, y: number): CaretHit | null;
  /** Line boxes of a range (`Range.getClientRects`). */
  rectsOf(range: RangeLike): RectLike[];
  /** Bounding box of a range (`Range.getBoundingClientRect`). */
  boundsOf(range: RangeLike): RectLike | null;
  now?: () => number;
}

export interface NavigationResult {
  ok: boolean;
  /** 1-based place of the block reached among the visible highlighted blocks. */
  index?: number;
  total: number;
  blockId?: number;
}

export class TooltipController {
  private blocks: PlacedBlock[] = [];
  private indexOf = new Map<Element, number>();
  private current: number | null = null;
  private tooltip: Tooltip | null = null;
  private attached = false;
  private hover: { index: number; line: RectLike } | null = null;
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private pointerInTooltip = false;
  private pendingPoint: { x: number; y: number } | null = null;
  private frameRequested = false;
  private lastHitTest = -Infinity;
  private repositionRequested = false;
  /** The keyboard tooltip was opened by focus landing in a block (Tab), not by navigation. */
  private openedByFocus = false;

  constructor(private readonly deps: TooltipControllerDeps) {}

  get tooltipHost(): HTMLElement | null {
    return this.tooltip?.host ?? null;
  }

  /** Start listening (highlights are on). Idempotent. */
  attach(): void {
    this.refresh();
    if (this.attached) return;
    this.attached = true;
    // The live region must be in the page before it speaks: screen readers ignore a region that
    // arrives together with its first message.
    this.ensureTooltip();
    const { doc, win } = this.deps;
    doc.addEventListener('pointermove', this.onPointerMove, { passive: true, capture: true });
    doc.documentElement?.addEventListener('pointerleave', this.onPointerLeave, { passive: true });
    doc.addEventListener('keydown', this.onKeyDown, { capture: true });
    doc.addEventListener('focusin', this.onFocusIn, { capture: true });
    win.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    win.addEventListener('resize', this.onScroll, { passive: true });
  }

  /** Stop listening and remove the tooltip and the focus emphasis (highlights off, page left). */
  detach(): void {
    if (this.attached) {
      const { doc, win } = this.deps;
      doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
      doc.documentElement?.removeEventListener('pointerleave', this.onPointerLeave);
      doc.removeEventListener('keydown', this.onKeyDown, { capture: true });
      doc.removeEventListener('focusin', this.onFocusIn, { capture: true });
      win.removeEventListener('scroll', this.onScroll, { capture: true });
      win.removeEventListener('resize', this.onScroll);
      this.attached = false;
    }
    this.clearTimers();
    this.hideTooltip();
    this.tooltip?.remove();
    this.tooltip = null;
    this.blocks = [];
    this.indexOf.clear();
    this.current = null;
  }

  /** The highlighted blocks or their visibility changed: rebuild what can be hovered and visited. */
  refresh(): void {
    const currentId = this.current !== null ? this.blocks[this.current]?.id : undefined;
    const shownId = this.tooltip?.visible ? this.tooltip.blockId : undefined;
    const { highlighter } = this.deps;
    this.blocks = highlighter.placedBlocks.filter((b) => highlighter.isCategoryVisible(b.category));
    this.indexOf = new Map(this.blocks.map((b, i) => [b.element, i]));
    const at = (id: number | undefined) => (id === undefined ? -1 : this.blocks.findIndex((b) => b.id === id));
    const current = at(currentId);
    this.current = current >= 0 ? current : null;
    if (this.tooltip?.visible && at(shownId) < 0) this.hideTooltip();
  }

  /** Move to the next (1) or previous (-1) highlighted block, scroll to it and explain it. */
  navigate(direction: Direction): NavigationResult {
    this.refresh();
    const total = this.blocks.length;
    const index = stepIndex(total, this.current, direction, (i) => this.deps.boundsOf(this.blocks[i].range)?.top ?? 0);
    if (index === null) {
      this.ensureTooltip().announce(t('page_nav_none'));
      return { ok: false, total };
    }
    this.current = index;
    const block = this.blocks[index];
    this.scrollTo(block);
    this.deps.highlighter.focus(block.range, null);
    this.openedByFocus = false;
    const content = this.contentFor(index);
    if (content) {
      const tooltip = this.ensureTooltip();
      tooltip.show(content, this.anchorOf(block) ?? { left: 0, top: 0, right: 0, bottom: 0 }, 'focus');
      tooltip.announce(announcement(content, this.info()));
    }
    return { ok: true, index: index + 1, total, blockId: block.id };
  }

  /** Close the tooltip (and the keyboard emphasis that goes with it). */
  hideTooltip(): void {
    if (this.tooltip?.mode === 'focus') this.deps.highlighter.clearFocus();
    this.tooltip?.hide();
    this.hover = null;
    this.openedByFocus = false;
  }

  // ---- hover -----------------------------------------------------------------------------

  private readonly onPointerMove = (event: Event): void => {
    const pointer = event as PointerEvent;
    if (pointer.pointerType === 'touch') return;
    if (this.tooltip?.containsEvent(event)) {
      // On the tooltip itself: it stays (WCAG 1.4.13 "hoverable").
      this.cancelHide();
      return;
    }
    this.pendingPoint = { x: pointer.clientX, y: pointer.clientY };
    if (this.frameRequested) return;
    this.frameRequested = true;
    const run = () => {
      this.frameRequested = false;
      const now = this.now();
      if (now - this.lastHitTest < HOVER_THROTTLE_MS) {
        // Too soon: look again on the next frame (the latest point wins).
        this.frameRequested = true;
        this.nextFrame(run);
        return;
      }
      this.lastHitTest = now;
      const point = this.pendingPoint;
      this.pendingPoint = null;
      if (point) this.onHoverPoint(point.x, point.y);
    };
    this.nextFrame(run);
  };

  /** One hit test. Public for tests: the same path the throttled pointer handler takes. */
  onHoverPoint(x: number, y: number): void {
    const hit = this.blockAt(x, y);
    if (!hit) {
      if (this.showTimer !== null) clearTimeout(this.showTimer);
      this.showTimer = null;
      if (this.hover && this.tooltip?.mode === 'hover') this.scheduleHide();
      this.hover = null;
      return;
    }
    this.cancelHide();
    const sameBlock = this.hover?.index === hit.index;
    this.hover = hit;
    if (sameBlock && this.tooltip?.mode === 'hover') {
      this.tooltip.reposition(hit.line); // follow the pointer from line to line
      return;
    }
    if (sameBlock && this.showTimer !== null) return;
    if (this.showTimer !== null) clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => {
      this.showTimer = null;
      const hover = this.hover;
      if (!hover) return;
      const content = this.contentFor(hover.index);
      if (!content) return;
      if (this.tooltip?.mode === 'focus') this.deps.highlighter.clearFocus();
      this.openedByFocus = false;
      this.ensureTooltip().show(content, hover.line, 'hover');
    }, HOVER_DELAY_MS);
  }

  /** The visible highlighted block under a viewport point, and the line box the point is in. */
  blockAt(x: number, y: number): { index: number; line: RectLike } | null {
    if (this.blocks.length === 0) return null;
    let hit: CaretHit | null;
    try {
      hit = this.deps.hitTest(x, y);
    } catch {
      return null;
    }
    if (!hit?.node) return null;
    let index: number | undefined;
    for (let node: Node | null = hit.node; node && index === undefined; node = node.parentNode) {
      if (node.nodeType === 1) index = this.indexOf.get(node as Element);
    }
    if (index === undefined) return null;
    const SLOP = 1;
    for (const line of this.deps.rectsOf(this.blocks[index].range)) {
      if (x >= line.left - SLOP && x <= line.right + SLOP && y >= line.top - SLOP && y <= line.bottom + SLOP) return { index, line };
    }
    return null;
  }

  private readonly onPointerLeave = (): void => {
    if (this.tooltip?.mode === 'hover') this.scheduleHide();
    this.hover = null;
  };

  private scheduleHide(): void {
    if (this.hideTimer !== null) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = null;
      if (!this.pointerInTooltip && this.tooltip?.mode === 'hover') this.hideTooltip();
    }, HOVER_HIDE_GRACE_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }

  // ---- keyboard --------------------------------------------------------------------------

  private readonly onKeyDown = (event: Event): void => {
    if ((event as KeyboardEvent).key === 'Escape' && this.tooltip?.visible) this.hideTooltip();
  };

  private readonly onFocusIn = (event: Event): void => {
    const target = event.target as Element | null;
    if (!target || typeof target.matches !== 'function') return;
    if (target.hasAttribute?.('data-fineprint')) return; // our own legend or tooltip
    let index: number | undefined;
    for (let node: Element | null = target; node && index === undefined; node = node.parentElement) index = this.indexOf.get(node);
    let keyboard = false;
    try {
      keyboard = target.matches(':focus-visible');
    } catch {
      keyboard = false;
    }
    if (index === undefined || !keyboard) {
      if (this.openedByFocus) this.hideTooltip();
      return;
    }
    const content = this.contentFor(index);
    const anchor = this.anchorOf(this.blocks[index]);
    if (!content || !anchor) return;
    this.current = index;
    this.deps.highlighter.focus(this.blocks[index].range, null);
    const tooltip = this.ensureTooltip();
    tooltip.show(content, anchor, 'focus');
    tooltip.announce(announcement(content, this.info()));
    this.openedByFocus = true;
  };

  // ---- scrolling -------------------------------------------------------------------------

  private readonly onScroll = (): void => {
    if (!this.tooltip?.visible) return;
    if (this.tooltip.mode === 'hover') {
      this.hideTooltip();
      return;
    }
    if (this.repositionRequested) return;
    this.repositionRequested = true;
    this.nextFrame(() => {
      this.repositionRequested = false;
      const block = this.current !== null ? this.blocks[this.current] : undefined;
      if (!block || this.tooltip?.mode !== 'focus') return;
      this.tooltip.reposition(this.anchorOf(block));
    });
  };

  /** The block's box when any of it is on screen, else null (the tooltip waits off-screen). */
  private anchorOf(block: PlacedBlock): RectLike | null {
    const bounds = this.deps.boundsOf(block.range);
    if (!bounds) return null;
    const { innerHeight } = this.deps.win;
    if (bounds.bottom < 0 || bounds.top > innerHeight) return null;
    return bounds;
  }

  private scrollTo(block: PlacedBlock): void {
    const bounds = this.deps.boundsOf(block.range);
    const tall = bounds !== null && bounds.bottom - bounds.top > this.deps.win.innerHeight * 0.6;
    let reduce = false;
    try {
      reduce = this.deps.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    } catch {
      reduce = false;
    }
    try {
      // A long block: its start, where the reading begins; otherwise centred.
      block.element.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: tall ? 'start' : 'center', inline: 'nearest' });
    } catch {
      // A detached element cannot scroll; the tooltip still says what it would have shown.
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  private contentFor(index: number): TooltipContent | null {
    const block = this.blocks[index];
    if (!block) return null;
    const explanation = this.deps.explain(block.id, block.category);
    if (!explanation) return null;
    return { blockId: block.id, explanation, position: { index: index + 1, total: this.blocks.length } };
  }

  private ensureTooltip(): Tooltip {
    if (!this.tooltip || !this.tooltip.host.isConnected) {
      this.tooltip?.remove();
      this.tooltip = createTooltip({
        doc: this.deps.doc,
        viewport: () => ({ width: this.deps.win.innerWidth, height: this.deps.win.innerHeight }),
        info: this.info,
        onPointerInside: (inside) => {
          this.pointerInTooltip = inside;
          if (inside) this.cancelHide();
          else if (this.tooltip?.mode === 'hover') this.scheduleHide();
        },
      });
    }
    return this.tooltip;
  }

  private readonly info = (): Record<Category, CategoryInfo> => this.deps.info?.() ?? CATEGORY_INFO;

  private clearTimers(): void {
    if (this.showTimer !== null) clearTimeout(this.showTimer);
    this.showTimer = null;
    this.cancelHide();
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private nextFrame(callback: () => void): void {
    const raf = this.deps.win.requestAnimationFrame;
    if (typeof raf === 'function') raf.call(this.deps.win, callback);
    else setTimeout(callback, 16);
  }
}

/** The caret under a viewport point: `caretPositionFromPoint` (standard), `caretRangeFromPoint` (older WebKit/Blink), else the element. */
export function browserHitTest(doc: Document): (x: number, y: number) => CaretHit | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  return (x, y) => {
    if (typeof d.caretPositionFromPoint === 'function') {
      const position = d.caretPositionFromPoint(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const range = d.caretRangeFromPoint(x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : null;
    }
    const element = doc.elementFromPoint(x, y);
    return element ? { node: element, offset: 0 } : null;
  };
}
