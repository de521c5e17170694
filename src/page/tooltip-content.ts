import { PRACTICE_CATEGORIES, type PracticeCategory } from '../core/categories';

/**
 * What the tooltip says about one highlighted block, worked out from the analysis the background
 * sent (rule ids and character spans of the block's text) and the rule lines it sent with them.
 * Pure: no DOM. The content script never sees the rule registry or the classifier.
 */

export interface EvidenceLike {
  rule: string;
  category: string;
  start: number;
  end: number;
}

export interface ExplainedBlock {
  text: string;
  /** The heading the block sits under ("" when none). */
  section: string;
  categories: readonly string[];
  evidence: readonly EvidenceLike[];
}

export interface Reason {
  rule: string;
  /** The rule's one-line description, when the background sent one. */
  description: string | null;
  /** Distinct words of the block the rule matched (empty for context steps, which match the whole block). */
  words: string[];
  /** The category came from the block's place (section heading, list lead-in), not its own words. */
  fromContext: boolean;
}

export interface Explanation {
  category: PracticeCategory;
  /** The block's other practice categories (the highlight shows one colour). */
  also: PracticeCategory[];
  reasons: Reason[];
  /** Reasons not listed (over `MAX_REASONS`). */
  moreReasons: number;
  section: string;
}

export const MAX_REASONS = 3;
export const MAX_WORDS_PER_RULE = 3;
export const MAX_WORDS_LENGTH = 60;

const CONTEXT_PREFIX = 'context/';

export function explainBlock(
  block: ExplainedBlock,
  category: PracticeCategory,
  describeRule: (id: string) => string | undefined,
): Explanation {
  const byRule = new Map<string, Reason>();
  for (const e of block.evidence) {
    if (e.category !== category || typeof e.rule !== 'string' || e.rule === '') continue;
    let reason = byRule.get(e.rule);
    if (!reason) {
      reason = { rule: e.rule, description: describeRule(e.rule) ?? null, words: [], fromContext: e.rule.startsWith(CONTEXT_PREFIX) };
      byRule.set(e.rule, reason);
    }
    if (reason.fromContext) continue;
    const words = matchedWords(block.text, e.start, e.end);
    if (words && !reason.words.includes(words) && reason.words.length < MAX_WORDS_PER_RULE) reason.words.push(words);
  }
  // A block's own words explain it better than its place: own-word rules first, then context.
  const reasons = [...byRule.values()].sort((a, b) => Number(a.fromContext) - Number(b.fromContext));
  const also = PRACTICE_CATEGORIES.filter((c) => c !== category && block.categories.includes(c));
  return {
    category,
    also,
    reasons: reasons.slice(0, MAX_REASONS),
    moreReasons: Math.max(0, reasons.length - MAX_REASONS),
    section: block.section.replace(/\s+/g, ' ').trim().slice(0, MAX_WORDS_LENGTH),
  };
}

/** The block's text between `start` and `end`, whitespace folded, shortened; null when the span is not in the text. */
export function matchedWords(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) return null;
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!words) return null;
  return words.length <= MAX_WORDS_LENGTH ? words : `${words.slice(0, MAX_WORDS_LENGTH - 1).trimEnd()}…`;
}
