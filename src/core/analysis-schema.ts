import * as z from 'zod/mini';
import { BlockSchema, BlockClassificationSchema } from './types';
import { FactsSchema, FactSpanSchema } from './facts/schema';

/**
 * The shape of one policy reading (classified blocks plus summary facts), without the code that
 * produces it. Lives apart from `analysis.ts` so the message protocol (imported by the content
 * script) and the popup's types do not pull the classifier (and compromise) into their bundles.
 */
export const ClassifiedBlockSchema = z.extend(BlockSchema, z.omit(BlockClassificationSchema, { id: true }).shape);

export const AnalysisSchema = z.object({
  blocks: z.array(ClassifiedBlockSchema),
  facts: FactsSchema,
  spans: z.array(FactSpanSchema),
  stats: z.object({ blocks: z.int(), words: z.int(), ms: z.number() }),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
