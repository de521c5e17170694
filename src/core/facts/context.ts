import type { ClassifiedBlock } from '../types';
import type { Category } from '../categories';
import { sentencesOf, type Clause } from './text';

/**
 * What an extractor knows about one block beyond its own text: the heading it sits under, the
 * lead-in sentence of the list it belongs to ("The information we collect may include:") and the
 * classifier's categories. Categories are only supporting context: the classifier may be wrong or
 * silent, so every extractor also reads the text itself.
 */
export interface BlockContext {
  block: ClassifiedBlock;
  text: string;
  clauses: Clause[];
  /** Section heading plus, for list items, the nearest preceding non-list block (lower case). */
  frame: string;
  /** For list items, the end of the nearest preceding non-list block ("We collect:"), lower case; else "". */
  leadIn: string;
  categories: Set<Category>;
}

/** Longest block text we read: a real policy paragraph is far shorter, and a 1 MB "paragraph" must not stall the worker. */
export const MAX_BLOCK_CHARS = 20_000;

export function buildContexts(blocks: ClassifiedBlock[]): BlockContext[] {
  const out: BlockContext[] = [];
  let leadIn = '';
  for (const block of blocks) {
    const text = typeof block.text === 'string' ? block.text.slice(0, MAX_BLOCK_CHARS) : '';
    const isListItem = block.kind === 'bullet' || block.kind === 'cell' || /^\s*(?:[•·▪●◦\-*]|\(?\d{1,2}[.)]|\(?[a-z][.)]\s)/.test(text);
    const frame = [block.section ?? '', isListItem ? leadIn : ''].join(' \n ').toLowerCase();
    out.push({
      block,
      text,
      clauses: sentencesOf(text),
      frame,
      leadIn: isListItem ? leadIn.toLowerCase() : '',
      categories: new Set(Array.isArray(block.categories) ? block.categories : []),
    });
    if (!isListItem && block.kind !== 'heading') leadIn = text.slice(-300);
    if (block.kind === 'heading') leadIn = '';
  }
  return out;
}

/**
 * A mention in this block is weak evidence for a practice when the block is a heading (it announces,
 * the statements under it say) or when the classifier read the block as being about other practices
 * only. A block without categories (not classified) is taken at its word.
 */
export function offTopic(ctx: BlockContext, topics: readonly Category[]): boolean {
  if (ctx.block.kind === 'heading') return true;
  return ctx.categories.size > 0 && !topics.some((t) => ctx.categories.has(t));
}

/**
 * The classifier found no practice in the block: only 'other', or only whom it addresses ('audiences',
 * as in an EU section). A list item like that takes its topic from the lead-in it continues:
 * "• your name and e-mail address;" under "We collect:" is about collection.
 */
export function noPracticeFound(ctx: BlockContext): boolean {
  for (const c of ctx.categories) if (c !== 'other' && c !== 'audiences') return false;
  return true;
}
