/**
 * CONTRACT (owned by the page-reading work): the readable text of an element, whitespace
 * collapsed the way a reader sees it, with a map from each character offset back to the DOM
 * text node and offset it came from, so a span of block text becomes a DOM Range.
 * `extractBlocks` uses exactly this text for `Block.text`, so evidence offsets map back.
 */
export interface ElementText {
  text: string;
  /** DOM position of character `offset` of `text` (offset === text.length means the end). */
  locate(offset: number): { node: Text; offset: number } | null;
}

export function readText(_element: Element): ElementText {
  throw new Error('readText: not implemented yet');
}
