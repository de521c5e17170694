import type { Block, BlockClassification } from '../core/types';
import { classifyDocument } from './classify';

/**
 * CONTRACT (owned by the rules work): classify blocks of one document, in document order.
 * Returns one verdict per input block, same order, `id` copied from the block.
 * Context (section headings, list lead-ins) may be used; categories are never empty.
 * Pure (no DOM, no I/O): runs in the MV3 background worker and in Node.
 */
export function classifyBlocks(blocks: Block[]): BlockClassification[] {
  return classifyDocument(blocks);
}

export { RULES } from './registry';
export type { Rule } from './types';
