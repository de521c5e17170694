import type { Block, ClassifiedBlock } from './types';
import { classifyBlocks } from '../rules';
import { extractFacts } from './facts/extract';
import type { Analysis } from './analysis-schema';

// The schemas live in a DOM- and classifier-free module (protocol.ts validates with them); re-exported
// here so existing imports keep working.
export { ClassifiedBlockSchema, AnalysisSchema, type Analysis } from './analysis-schema';

/**
 * An analysis cut in two at the point where the page can be answered: the per-block verdicts are
 * all the content script needs to highlight, while the facts (a third of the time on the dev
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

export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
