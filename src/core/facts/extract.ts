import type { ClassifiedBlock } from '../types';
import type { Facts, FactSpan } from './schema';

/**
 * CONTRACT (owned by the facts work): read the summary from classified blocks.
 * Fields not covered are absent; covered-but-silent fields are present and empty.
 */
export function extractFacts(_blocks: ClassifiedBlock[]): { facts: Facts; spans: FactSpan[] } {
  return { facts: {}, spans: [] };
}
