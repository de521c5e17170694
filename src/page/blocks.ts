import type { Block } from '../core/types';

/** A block read from the page, with the element it came from (for highlights and scrolling). */
export interface PageBlock {
  block: Block;
  element: Element;
}

/**
 * CONTRACT (owned by the page-reading work): the readable blocks of a page in document order:
 * headings, paragraphs, list items, table cells, each with the heading of its section. Skips
 * navigation, header/footer chrome, scripts, styles and the extension's own UI. Works on a
 * browser Document and on a linkedom Document in Node.
 */
export function extractBlocks(_doc: Document): PageBlock[] {
  throw new Error('extractBlocks: not implemented yet');
}
