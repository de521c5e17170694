import type { Analysis } from '../core/analysis';
import { countWords } from '../core/analysis';
import type { Block, ClassifiedBlock } from '../core/types';
import { extractFacts } from '../core/facts/extract';
import { classifyBlocks } from '../rules';

/**
 * `analyzeBlocks` (src/core/analysis.ts) cut in two at the point where the page can be answered:
 * the per-block verdicts are all the content script needs to highlight, while the facts (a third
 * of the time on the dev policies) only feed the popup. The worker replies to the page after
 * `classified` and calls `complete()` once the reply is on its way (src/background/handlers.ts).
 * `complete()` gives exactly what `analyzeBlocks` gives (tests/unit/background/staged-analysis.test.ts
 * holds the two together); `stats.ms` counts the classifier and the facts, not the gap between.
 */
export interface StagedAnalysis {
  /** The blocks with their categories and evidence: what the page is answered with. */
  classified: ClassifiedBlock[];
  /** Facts, spans and stats on top of `classified`. Computed once, on the first call. */
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
