import type { Block } from './types';

/**
 * CONTRACT (owned by the page-reading work): blocks of a plain-text policy, with the semantics of
 * ../shared/gold/seeds.blocks.jsonl: one block per non-empty trimmed line; kind heading /
 * paragraph / bullet; section = text of the nearest heading before it.
 */
export function blocksFromText(_text: string): Block[] {
  throw new Error('blocksFromText: not implemented yet');
}
