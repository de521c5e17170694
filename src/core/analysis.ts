import { z } from 'zod';
import { BlockSchema, BlockClassificationSchema, type Block, type ClassifiedBlock } from './types';
import { FactsSchema, FactSpanSchema } from './facts/schema';
import { classifyBlocks } from '../rules';
import { extractFacts } from './facts/extract';

/**
 * The whole reading of one policy: classified blocks plus the summary facts. This is what the
 * background worker caches per tab, what the popup renders and what `cli analyze` prints.
 */
export const ClassifiedBlockSchema = BlockSchema.extend(BlockClassificationSchema.omit({ id: true }).shape);

export const AnalysisSchema = z.object({
  blocks: z.array(ClassifiedBlockSchema),
  facts: FactsSchema,
  spans: z.array(FactSpanSchema),
  stats: z.object({ blocks: z.number().int(), words: z.number().int(), ms: z.number() }),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

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
