import type { Detection } from '../messaging/protocol';
import { scoreFeatures, type PolicyFeatures, type ScoreDetail } from '../core/detect-score';
import { extractBlocks, type PageBlock } from './blocks';
import { titleOf } from './precheck';
import { readTextPrefix } from './text';

// The precheck lives in its own module: it is all the every-page content script (stage 1) runs,
// and importing it must not pull this full detector into that bundle.
export { precheck, titleOf, type Precheck } from './precheck';

/** CONTRACT: the full check. Page content alone must be enough; the URL is an extra signal. */
export function detectPolicy(doc: Document, opts: { url?: string; blocks?: PageBlock[] } = {}): Detection {
  const { contributions: _c, ...detection } = scorePage(doc, opts);
  return detection;
}

/** The full check with per-signal contributions (for the eval report). */
export function scorePage(doc: Document, opts: { url?: string; blocks?: PageBlock[] } = {}): ScoreDetail {
  return scoreFeatures(pageFeatures(doc, opts));
}

/** Reduces a page to what the scorer reads: title, main headings, section headings, main text. */
export function pageFeatures(doc: Document, opts: { url?: string; blocks?: PageBlock[] } = {}): PolicyFeatures {
  const blocks = opts.blocks ?? extractBlocks(doc);
  const headings = blocks.filter((b) => b.block.kind === 'heading').map((b) => b.block.text);
  const mainHeadings: string[] = [];
  const h1s = doc.querySelectorAll?.('h1, [role="heading"][aria-level="1"]') ?? [];
  for (let i = 0; i < Math.min(h1s.length, 3); i++) {
    const t = readTextPrefix(h1s[i], 300);
    if (t) mainHeadings.push(t);
  }
  // Pages without an h1 often style their title as the first heading of the content.
  const firstHeading = blocks.find((b) => b.block.kind === 'heading');
  if (firstHeading && blocks.indexOf(firstHeading) < 5 && !mainHeadings.includes(firstHeading.block.text)) {
    mainHeadings.push(firstHeading.block.text);
  }
  let controls = 0;
  try {
    controls = doc.querySelectorAll('input[type="checkbox"], input[type="radio"], [role="switch"], select').length;
  } catch {
    controls = 0;
  }
  return {
    title: titleOf(doc),
    mainHeadings,
    headings,
    text: blocks.map((b) => b.block.text).join('\n'),
    url: opts.url,
    controls,
  };
}
