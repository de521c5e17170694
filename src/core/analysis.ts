import type { Block, ClassifiedBlock } from './types';
import { classifyBlocks } from '../rules';
import { extractFacts } from './facts/extract';
import type { Analysis } from './analysis-schema';

// The schemas live in a DOM- and classifier-free module (protocol.ts validates with them); re-exported
// here so existing imports keep working.
export { ClassifiedBlockSchema, AnalysisSchema, type Analysis } from './analysis-schema';

/**
 * An analysis cut in two at the point where the page can be answered: the per-block verdicts are
 * all the content script needs to highlight, while the facts (about half the time on the dev
 * policies) only feed the popup. The worker replies to the page after `classified` and calls
 * `complete()` once the reply is on its way (src/background/handlers.ts).
 */
export interface StagedAnalysis {
  /** The blocks with their categories and evidence: what the page is answered with. */
  classified: ClassifiedBlock[];
  /** Facts, spans and stats on top of `classified`. Computed once, on the first call; `stats.ms`
   * counts the classifier and the facts, not the gap between. */
  complete(): Analysis;
}

export function analyzeInSteps(blocks: Block[], now: () => number = () => performance.now()): StagedAnalysis {
  const started = now();
  const verdicts = classifyBlocks(blocks);
  const classified: ClassifiedBlock[] = blocks.map((block, i) => ({
    ...block,
    categories: verdicts[i].categories,
    evidence: verdicts[i].evidence,
  }));
  const classifyMs = now() - started;
  let analysis: Analysis | null = null;
  return {
    classified,
    complete() {
      if (analysis) return analysis;
      const factsStarted = now();
      const { facts, spans } = extractFacts(classified);
      const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
      analysis = { blocks: classified, facts, spans, stats: { blocks: blocks.length, words, ms: classifyMs + (now() - factsStarted) } };
      return analysis;
    },
  };
}

/** Classify every block, then read the facts from the classified blocks. Pure: no DOM, no I/O. */
export function analyzeBlocks(blocks: Block[], now: () => number = () => performance.now()): Analysis {
  return analyzeInSteps(blocks, now).complete();
}

/** Number of whitespace-separated words (runs of \\S), counted without building the list of them. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsWhitespace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** What \\s matches: ECMAScript WhiteSpace and LineTerminator (tests/unit/core/analysis.test.ts checks every code unit). */
function isJsWhitespace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
