import { parseHTML } from 'linkedom';
import type { Block } from '../core/types';
import type { Detection } from '../messaging/protocol';
import { blocksFromText } from '../core/text-blocks';
import { detectPolicyFromText } from '../core/detect-score';
import { detectPolicy } from '../page/detect';
import { extractBlocks, MAX_BLOCKS, MAX_TOTAL_CHARS } from '../page/blocks';

/**
 * One input document read the way the extension reads it: HTML goes through the same `src/page`
 * functions the content script runs (on a linkedom Document instead of the browser's), plain
 * text through the core's text reader. There is no second implementation here on purpose: the
 * CLI is how the rule set is checked outside the browser, so it must see what the browser sees.
 */

export type SourceFormat = 'html' | 'text';

export interface ReadPolicy {
  format: SourceFormat;
  detection: Detection;
  /** Only computed when asked (detect does not need them). */
  blocks?: Block[];
  /** The page reader stopped at its size limits: the blocks are the start of the document only. */
  truncated?: boolean;
}

/** By extension first; otherwise by content (a document that opens with markup is HTML). */
export function sourceFormat(path: string, text: string): SourceFormat {
  if (/\.(x?html?|xht)$/i.test(path)) return 'html';
  if (/\.(txt|text|md)$/i.test(path)) return 'text';
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return /^<(!doctype\s+html|html|head|body|meta|title|!--)/.test(head) || /<(html|body)[\s>]/.test(head) ? 'html' : 'text';
}

export function readPolicy(path: string, text: string, opts: { url?: string; withBlocks: boolean }): ReadPolicy {
  const format = sourceFormat(path, text);
  if (format === 'text') {
    const blocks = opts.withBlocks ? blocksFromText(text) : undefined;
    const detection = detectPolicyFromText(text, { url: opts.url });
    return { format, detection, blocks };
  }
  const { document } = parseHTML(text);
  const doc = document as unknown as Document;
  // Read once and share: the detector scores the same blocks the classifier will see.
  const pageBlocks = extractBlocks(doc);
  const detection = detectPolicy(doc, { url: opts.url, blocks: pageBlocks });
  const blocks = opts.withBlocks ? pageBlocks.map((b) => b.block) : undefined;
  const chars = pageBlocks.reduce((n, b) => n + b.block.text.length, 0);
  const truncated = pageBlocks.length >= MAX_BLOCKS || chars >= MAX_TOTAL_CHARS;
  return { format, detection, blocks, truncated };
}
