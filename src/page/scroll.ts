import { sentenceAround } from '../core/sentences';
import { rangeOverText, type HighlightEnvironment, type PageHighlighter, type RangeLike } from './highlight';

/**
 * "Show me where it says that": scroll to a block, or to the sentence around a span of the
 * block's text, centred and smoothly (instantly when the user prefers reduced motion), and
 * emphasise it for a moment with the `fp-focus` highlight.
 */

export interface ScrollRequest {
  block: number;
  start?: number;
  end?: number;
}

export type ScrollResult = { ok: true; sentence: { start: number; end: number } | null } | { ok: false; error: string };

export interface ScrollEnvironment {
  win: Pick<Window, 'innerHeight' | 'scrollBy' | 'matchMedia'>;
  highlightEnv: HighlightEnvironment | null;
  highlighter: PageHighlighter | null;
}

export function scrollToBlock(
  element: Element | undefined,
  request: ScrollRequest,
  env: ScrollEnvironment,
): ScrollResult {
  if (!element || !element.isConnected) return { ok: false, error: `Block ${request.block} is not on this page (any more).` };
  openCollapsedAncestors(element);

  let range: RangeLike | null = null;
  let sentence: { start: number; end: number } | null = null;
  if (request.start !== undefined && env.highlightEnv) {
    const text = safeText(env.highlightEnv, element);
    if (text !== null && request.start < text.length) {
      const end = Math.min(Math.max(request.end ?? request.start, request.start), text.length);
      sentence = sentenceAround(text, request.start, end);
      range = rangeOverText(env.highlightEnv, element, sentence.start, sentence.end);
    }
  }
  if (!range && env.highlightEnv) range = rangeOverText(env.highlightEnv, element);

  const behavior: ScrollBehavior = prefersReducedMotion(env.win) ? 'auto' : 'smooth';
  const rect = range && 'getBoundingClientRect' in range ? (range as Range).getBoundingClientRect() : null;
  const elementRect = element.getBoundingClientRect();
  if (rect && rect.height > 0 && elementRect.height > env.win.innerHeight * 0.8) {
    // A long block: centring the element could leave the sentence off-screen; centre the sentence.
    env.win.scrollBy({ top: rect.top + rect.height / 2 - env.win.innerHeight / 2, behavior });
  } else {
    element.scrollIntoView({ behavior, block: 'center', inline: 'nearest' });
  }
  if (range && env.highlighter) env.highlighter.focus(range);
  return { ok: true, sentence };
}

function safeText(env: HighlightEnvironment, element: Element): string | null {
  try {
    return env.readText(element).text;
  } catch {
    return null;
  }
}

/** A block inside a closed <details> cannot be seen; open it (the user asked to see it). */
function openCollapsedAncestors(element: Element): void {
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    if (node.tagName === 'DETAILS' && !(node as HTMLDetailsElement).open) (node as HTMLDetailsElement).open = true;
  }
}

function prefersReducedMotion(win: Pick<Window, 'matchMedia'>): boolean {
  try {
    return win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}
