import type { ClassifiedBlock, BlockKind } from '../../../src/core/types';
import type { Category } from '../../../src/core/categories';
import { extractFacts } from '../../../src/core/facts/extract';

/** Build classified blocks from plain lines; categories default to ['other'] (a silent classifier). */
export function blocks(lines: Array<string | { text: string; kind?: BlockKind; section?: string; categories?: Category[] }>): ClassifiedBlock[] {
  return lines.map((l, id) => {
    const o = typeof l === 'string' ? { text: l } : l;
    return { id, text: o.text, section: o.section ?? '', kind: o.kind ?? 'paragraph', categories: o.categories ?? ['other'], evidence: [] };
  });
}

export function factsOf(...lines: Parameters<typeof blocks>[0]) {
  return extractFacts(blocks(lines)).facts;
}
