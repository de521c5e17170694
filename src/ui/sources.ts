import type { Facts, FactSpan } from '../core/facts/schema';
import type { Analysis } from '../core/analysis-schema';
import { sentenceAround } from '../core/sentences';

/**
 * Where a summary item came from: the sentence to show in the popup and the character span the
 * page scrolls to. Pure (no DOM, no browser API) so it is tested on its own.
 */
export interface SourceQuote {
  block: number;
  /** Heading of the section the block sits under ("" if none). */
  section: string;
  /** The sentence (possibly clipped) as shown; plain text, rendered as a text node. Empty when
   * the block's text was not kept (see TabState.truncated): the page can still scroll to it. */
  sentence: string;
  /** The part of `sentence` to emphasise, as offsets into `sentence` (absent: nothing emphasised). */
  mark?: { start: number; end: number };
  /** Span within the block's text sent with `fp/scroll-to` (absent: the whole block). */
  start?: number;
  end?: number;
}

/** Longest sentence shown as is; longer ones are clipped around the matched span. */
export const MAX_SENTENCE_CHARS = 420;
/** Sources listed per item; the rest add nothing a person reads in a popup. */
export const MAX_SOURCES = 5;

type BlockLike = Pick<Analysis['blocks'][number], 'id' | 'text' | 'section'>;
type EvidenceMap = Record<string, number[]>;

/**
 * Facts field → the key holding its block evidence. Mostly `<field>_evidence`; two legacy names
 * follow ../shared/gold/seeds.facts.json (`shared_with` → `shared_evidence`, `security_measures` →
 * `security_evidence`).
 */
export const EVIDENCE_KEY: Record<string, keyof Facts> = {
  company: 'company_evidence',
  collected: 'collected_evidence',
  shared_types: 'shared_types_evidence',
  shared_with: 'shared_evidence',
  sells_data: 'sells_data_evidence',
  purposes: 'purposes_evidence',
  rights: 'rights_evidence',
  how_to_exercise: 'how_to_exercise_evidence',
  children: 'children_evidence',
  transfers: 'transfers_evidence',
  security_measures: 'security_evidence',
  change_notice: 'change_notice_evidence',
  consent_by_use: 'consent_by_use_evidence',
};

/** Fields whose evidence is one list of blocks for the whole field rather than a map per value. */
const FIELD_LEVEL_EVIDENCE = new Set(['company', 'sells_data', 'children', 'transfers', 'change_notice', 'consent_by_use']);

/**
 * Fields whose values are text as written in the policy (an e-mail, a country), so the sentence
 * that contains the value is the one to show. Vocabulary values ('contact', 'other') are not looked
 * up as words: "other" is in every other sentence.
 */
const LITERAL_VALUE_FIELDS = new Set(['company', 'how_to_exercise', 'security_measures', 'transfers']);

export interface ItemRef {
  field: string;
  value: string;
  /** An exact quote known for the item (retention statements, red flags, change notice). */
  quote?: string;
  /** The block of that quote. */
  index?: number;
  /** More quotes for the same item (a red flag found in several places), in order. */
  more?: { quote: string; index: number }[];
}

/**
 * The sources of one summary item, best first:
 *  1. exact spans recorded by the extractor for this field and value;
 *  2. the item's own quote, found in its block;
 *  3. for a field-level fact (children, sells_data…), any span of the field;
 *  4. the evidence block ids of the facts (per value, or per field) not quoted above, narrowed to
 *     the sentence that mentions the value when the value is literal text (an e-mail, a country).
 * Out-of-range block ids and spans that do not fit their block are skipped (stale or foreign data).
 */
export function findSources(analysis: Pick<Analysis, 'blocks' | 'facts' | 'spans'>, ref: ItemRef): SourceQuote[] {
  const blocks = indexBlocks(analysis.blocks);
  const out: SourceQuote[] = [];
  const seen = new Set<string>();
  // A block whose text was dropped to fit storage (very large pages) still exists on the page:
  // kept aside so "Show on page" works when nothing better is known.
  let textless: SourceQuote | null = null;
  const push = (q: SourceQuote | null) => {
    if (!q || out.length >= MAX_SOURCES) return;
    if (!q.sentence.trim()) {
      textless ??= q;
      return;
    }
    const key = `${q.block}:${q.sentence}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(q);
  };

  const spans = analysis.spans.filter((s) => s.field === ref.field);
  for (const span of spans) if (span.value === ref.value) push(fromSpan(blocks, span));

  if (ref.quote !== undefined && ref.index !== undefined) push(fromQuote(blocks.get(ref.index), ref.quote));
  for (const q of ref.more ?? []) push(fromQuote(blocks.get(q.index), q.quote));

  // A field-level fact (children, sells_data…) is one statement: any span of the field is about it,
  // and more precise than a whole evidence block.
  if (out.length === 0 && FIELD_LEVEL_EVIDENCE.has(ref.field)) for (const span of spans) push(fromSpan(blocks, span));
  // Blocks already quoted precisely do not come back as whole paragraphs.
  const quoted = new Set(out.map((q) => q.block));

  const key = EVIDENCE_KEY[ref.field];
  const evidence = key ? (analysis.facts as Record<string, unknown>)[key] : undefined;
  let ids: number[] = [];
  if (Array.isArray(evidence)) ids = evidence.filter(isBlockId);
  else if (evidence && typeof evidence === 'object') {
    const map = evidence as EvidenceMap;
    const forValue = Object.prototype.hasOwnProperty.call(map, ref.value) ? map[ref.value] : undefined;
    if (Array.isArray(forValue)) ids = forValue.filter(isBlockId);
  }
  const literal = LITERAL_VALUE_FIELDS.has(ref.field);
  for (const id of ids) {
    const block = blocks.get(id);
    if (!block || quoted.has(id)) continue;
    push((ref.quote ? fromQuote(block, ref.quote) : null) ?? (literal ? fromQuote(block, ref.value) : null) ?? fromBlock(block));
  }

  if (out.length === 0 && textless) out.push(textless);
  return out;
}

/** Block id → block, built once per analysis: the filter looks up the sources of every item. */
const blockIndexes = new WeakMap<readonly BlockLike[], Map<number, BlockLike>>();
function indexBlocks(blocks: BlockLike[]): Map<number, BlockLike> {
  let map = blockIndexes.get(blocks);
  if (!map) {
    map = new Map<number, BlockLike>();
    for (const b of blocks) map.set(b.id, b);
    blockIndexes.set(blocks, map);
  }
  return map;
}

function isBlockId(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function fromSpan(blocks: Map<number, BlockLike>, span: FactSpan): SourceQuote | null {
  const block = blocks.get(span.block);
  if (!block) return null;
  const { text } = block;
  if (span.start > span.end || span.end > text.length) return fromBlock(block);
  return quoteAt(block, span.start, span.end);
}

/** The sentence containing `quote` in the block, matched exactly, then ignoring case and spacing. */
function fromQuote(block: BlockLike | undefined, quote: string): SourceQuote | null {
  if (!block || !quote.trim()) return null;
  const found = locate(block.text, quote.trim());
  return found ? quoteAt(block, found.start, found.end) : null;
}

/** Character span of `needle` in `text`: exact, else case- and whitespace-insensitive. */
export function locate(text: string, needle: string): { start: number; end: number } | null {
  const exact = text.indexOf(needle);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const words = needle.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // Scraped text loses or doubles spaces ("as long asnecessary"): allow any run of spaces, or none.
  const pattern = words.map(escapeRegExp).join('\\s*');
  const m = new RegExp(pattern, 'i').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fromBlock(block: BlockLike): SourceQuote {
  return { block: block.id, section: block.section, sentence: clip(block.text, 0, 0).sentence };
}

function quoteAt(block: BlockLike, start: number, end: number): SourceQuote {
  const s = sentenceAround(block.text, start, end);
  const sentenceText = block.text.slice(s.start, s.end);
  const { sentence, offset } = clip(sentenceText, start - s.start, end - s.start);
  const markStart = Math.max(0, start - s.start - offset);
  const markEnd = Math.min(sentence.length, end - s.start - offset);
  return {
    block: block.id,
    section: block.section,
    sentence,
    ...(markEnd > markStart ? { mark: { start: markStart, end: markEnd } } : {}),
    start,
    end,
  };
}

/**
 * Clip a long sentence (a scraped block can be one 5 000-character "sentence") to a window around
 * [start, end), with ellipses. `offset` is how many characters of the original precede the
 * window, minus the leading ellipsis, so callers can shift offsets.
 */
export function clip(text: string, start: number, end: number, max = MAX_SENTENCE_CHARS): { sentence: string; offset: number } {
  if (text.length <= max) return { sentence: text, offset: 0 };
  const focus = Math.min(Math.max(0, end - start), max);
  let from = Math.max(0, start - Math.floor((max - focus) / 2));
  const to = Math.min(text.length, from + max);
  from = Math.max(0, to - max);
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  return { sentence: head + text.slice(from, to) + tail, offset: from - head.length };
}
