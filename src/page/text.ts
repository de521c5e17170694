import { isBoundary, tagOf } from './dom-rules';
import { nextInOrder } from './dom-walk';

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

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Characters a reader never sees: soft hyphen, zero-width space/joiners, word joiner, BOM. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** HTML collapses ASCII whitespace; we also fold NBSP and Unicode spaces, which read as spaces. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000
  );
}

interface Mapping {
  nodes: Text[];
  nodeIndex: Int32Array;
  nodeOffset: Int32Array;
}

interface Collected {
  text: string;
  mapping: Mapping | null;
}

/**
 * Walks the inline content of `root` (descendants that are blocks of their own, chrome and
 * never-read elements are excluded, `<br>` and excluded elements separate words) and collapses
 * whitespace. With `withMap`, records where every output character came from.
 * `maxChars` stops early: the result is then a prefix of the full text (never a split surrogate pair).
 */
function collect(root: Element, withMap: boolean, maxChars = Infinity): Collected {
  const parts: string[] = [];
  let length = 0;
  let pendingSpace = false;
  // Where a pending collapsed space maps: its own whitespace char, or (for <br>/boundaries) the next char.
  let pendingNode = -1;
  let pendingOffset = -1;
  const nodes: Text[] = [];
  let nodeIndex: number[] = [];
  let nodeOffset: number[] = [];
  let done = false;

  const pushSpaceIfPending = (nodeIdx: number, offset: number): void => {
    if (!pendingSpace) return;
    pendingSpace = false;
    if (length === 0) return; // leading whitespace is trimmed
    parts.push(' ');
    length++;
    if (withMap) {
      nodeIndex.push(pendingNode >= 0 ? pendingNode : nodeIdx);
      nodeOffset.push(pendingNode >= 0 ? pendingOffset : offset);
    }
  };

  const readTextNode = (node: Text): void => {
    const data = node.data ?? '';
    if (!data) return;
    let idx = -1;
    if (withMap) {
      idx = nodes.length;
      nodes.push(node);
    }
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      const space = isSpace(code);
      const invisible = !space && isInvisible(code);
      if (space || invisible) {
        if (runStart >= 0) {
          parts.push(data.slice(runStart, i));
          length += i - runStart;
          runStart = -1;
          if (length >= maxChars) {
            done = true;
            return;
          }
        }
        if (space && !pendingSpace) {
          pendingSpace = true;
          pendingNode = idx;
          pendingOffset = i;
        }
        continue;
      }
      if (runStart < 0) {
        pushSpaceIfPending(idx, i);
        runStart = i;
      }
      if (withMap) {
        nodeIndex.push(idx);
        nodeOffset.push(i);
      }
    }
    if (runStart >= 0) {
      parts.push(data.slice(runStart));
      length += data.length - runStart;
      if (length >= maxChars) done = true;
    }
  };

  const separate = (): void => {
    if (!pendingSpace) {
      pendingSpace = true;
      pendingNode = -1;
      pendingOffset = -1;
    }
  };

  // Iterative walk: deeply nested pages must not overflow the stack.
  let node: Node | null = root.firstChild;
  while (node && !done) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      readTextNode(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (tagOf(el) === 'BR') separate();
      else if (isBoundary(el)) separate();
      else descend = true;
    }
    node = nextInOrder(node, root, descend);
  }

  let text = parts.join('');
  if (text.length > maxChars) text = text.slice(0, maxChars);
  // Never end on half a surrogate pair.
  if (text.length > 0) {
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  }
  text = text.replace(/ +$/, '');
  let mapping: Mapping | null = null;
  if (withMap) {
    if (nodeIndex.length > text.length) {
      nodeIndex = nodeIndex.slice(0, text.length);
      nodeOffset = nodeOffset.slice(0, text.length);
    }
    mapping = { nodes, nodeIndex: Int32Array.from(nodeIndex), nodeOffset: Int32Array.from(nodeOffset) };
  }
  return { text, mapping };
}

/** Readable text of `element`, cut to at most `maxChars` (a prefix of `readText(element).text`). */
export function readTextPrefix(element: Element, maxChars: number): string {
  return collect(element, false, maxChars).text;
}

export function readText(element: Element): ElementText {
  const { text } = collect(element, false);
  let mapping: Mapping | null = null;
  return {
    text,
    locate(offset: number) {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return null;
      // The map is only needed when evidence is shown: build it on first use.
      mapping ??= collect(element, true).mapping;
      if (!mapping || mapping.nodeIndex.length === 0) return null;
      if (offset === text.length) {
        const last = text.length - 1;
        const node = mapping.nodes[mapping.nodeIndex[last]];
        const at = mapping.nodeOffset[last] + 1;
        return { node, offset: Math.min(at, node.data.length) };
      }
      return { node: mapping.nodes[mapping.nodeIndex[offset]], offset: mapping.nodeOffset[offset] };
    },
  };
}
