import type { Analysis } from '../core/analysis';
import type { Block } from '../core/types';

/**
 * The last few analyses the worker made, by page URL. A page read again with exactly the same
 * blocks (a reload, going back to a policy, the same policy open in two tabs) gets the earlier
 * analysis at once instead of classifying thousands of words again. In memory only: it lives as
 * long as the worker, during which the rule set cannot change, so an entry is never stale; the
 * blocks are compared in full (ids, texts, sections, kinds), so an edited page is analysed afresh.
 */
export interface AnalysisMemo {
  get(url: string, blocks: readonly Block[]): Analysis | undefined;
  put(url: string, blocks: readonly Block[], analysis: Analysis): void;
}

/** Enough for the pages of a browsing session; each entry holds one page's analysis (≤ a few MB). */
export const MEMO_ENTRIES = 8;

export function createAnalysisMemo(entries = MEMO_ENTRIES): AnalysisMemo {
  const byUrl = new Map<string, { key: string; analysis: Analysis }>();
  return {
    get(url, blocks) {
      const entry = byUrl.get(stripHash(url));
      if (!entry || entry.key !== blocksKey(blocks)) return undefined;
      // Most recently used goes last: the first key is the one to evict.
      byUrl.delete(stripHash(url));
      byUrl.set(stripHash(url), entry);
      return entry.analysis;
    },
    put(url, blocks, analysis) {
      const at = stripHash(url);
      byUrl.delete(at);
      byUrl.set(at, { key: blocksKey(blocks), analysis });
      while (byUrl.size > Math.max(0, entries)) byUrl.delete(byUrl.keys().next().value!);
    },
  };
}

/** Everything of the blocks the analysis depends on, as one string. */
function blocksKey(blocks: readonly Block[]): string {
  return JSON.stringify(blocks.map((b) => [b.id, b.kind, b.section, b.text]));
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}
