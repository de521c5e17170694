import type { Category } from '../core/categories';
import type { Analysis } from '../core/analysis-schema';

/**
 * "Why is this paragraph marked?" in the popup: for the block a quote comes from, each category
 * it is highlighted with and the rules that put it there, with the words each rule matched (the
 * classifier's evidence spans). Pure, so it is tested on its own; the rule's one-line
 * explanation is looked up by the component (`rule_*` messages, generated from the registry).
 */
export interface MarkReason {
  category: Category;
  rule: string;
  /** The words the rule matched in the block ("" when it fired on the block's context). */
  words: string;
  /** The rule judged the block by its place (section heading, list lead-in), not its own words. */
  fromContext: boolean;
}

/** Longest matched-words excerpt shown. */
export const MAX_WORDS_CHARS = 80;
/** Rules listed per category: enough to explain, short enough for a popup. */
export const MAX_RULES_PER_CATEGORY = 3;

type ClassifiedBlock = Pick<Analysis['blocks'][number], 'text' | 'categories' | 'evidence'>;

export function whyMarked(block: ClassifiedBlock): MarkReason[] {
  const out: MarkReason[] = [];
  for (const category of block.categories) {
    if (category === 'other') continue;
    const seen = new Set<string>();
    for (const e of block.evidence) {
      if (e.category !== category || seen.has(e.rule) || seen.size >= MAX_RULES_PER_CATEGORY) continue;
      seen.add(e.rule);
      const raw = e.start < e.end && e.end <= block.text.length ? block.text.slice(e.start, e.end).replace(/\s+/g, ' ').trim() : '';
      const words = raw.length > MAX_WORDS_CHARS ? `${raw.slice(0, MAX_WORDS_CHARS - 1).trimEnd()}…` : raw;
      out.push({ category, rule: e.rule, words, fromContext: e.rule.startsWith('context/') || words === '' });
    }
  }
  return out;
}

