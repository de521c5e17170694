import type { Block, ClassifiedBlock } from './types';
import { classifyBlocks } from '../rules';
import { extractFacts } from './facts/extract';
import type { Analysis } from './analysis-schema';

// The schemas live in a DOM- and classifier-free module (protocol.ts validates with them); re-exported
// here so existing imports keep working.
export { ClassifiedBlockSchema, AnalysisSchema, type Analysis } from './analysis-schema';

/** Classify every block, then read the facts from the classified blocks. Pure: no DOM, no I/O. */
export function analyzeBlocks(blocks: Block[], now: () => number = () => performance.now()): Analysis {
  const started = now();
  const verdicts = classifyBlocks(blocks);
  const classified: ClassifiedBlock[] = blocks.map((block, i) => ({
    ...block,
    categories: verdicts[i].categories,
    evidence: verdicts[i].evidence,
  }));
  const { facts, spans } = extractFacts(classified);
  const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
  return { blocks: classified, facts, spans, stats: { blocks: blocks.length, words, ms: now() - started } };
}

export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
