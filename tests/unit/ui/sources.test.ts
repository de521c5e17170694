import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, MAX_SOURCES, clip, findSources, locate } from '../../../src/ui/sources';
import { BLOCK_TEXTS, MIXED_FACTS, MIXED_SPANS, makeAnalysis, spanOf } from './fixtures';

const marked = (q: { sentence: string; mark?: { start: number; end: number } }) => (q.mark ? q.sentence.slice(q.mark.start, q.mark.end) : null);

describe('findSources', () => {
  it('prefers the extractor span: the sentence around it, with the span marked and sent to the page', () => {
    const a = makeAnalysis(MIXED_FACTS, MIXED_SPANS);
    const [first, ...rest] = findSources(a, { field: 'collected', value: 'contact' });
    expect(first.sentence).toBe('We collect your name and email address when you sign up.');
    expect(marked(first)).toBe('name and email address');
    expect(first.block).toBe(1);
    expect(BLOCK_TEXTS[1].slice(first.start, first.end)).toBe('name and email address');
    // The evidence block is the span's block: it does not come back as a whole paragraph.
    expect(rest).toEqual([]);
  });

  it('falls back to the evidence block ids when there is no span', () => {
    const a = makeAnalysis(MIXED_FACTS, []);
    const [q] = findSources(a, { field: 'shared_with', value: 'service_providers' });
    expect(q.block).toBe(2);
    expect(q.sentence).toBe(BLOCK_TEXTS[2]);
    expect(q.start).toBeUndefined();
  });

  it('narrows literal values (e-mails, URLs) to the sentence that contains them', () => {
    const a = makeAnalysis(MIXED_FACTS, []);
    const [q] = findSources(a, { field: 'how_to_exercise', value: 'privacy@example.com' });
    expect(q.sentence).toBe('Write to privacy@example.com or visit https://example.com/privacy-request.');
    expect(marked(q)).toBe('privacy@example.com');
  });

  it('finds an item quote in its block, even when scraping glued or doubled spaces', () => {
    const a = makeAnalysis(MIXED_FACTS, []);
    const [q] = findSources(a, { field: 'retention', value: 'x', quote: 'We keep account data for up to 3 years', index: 4 });
    expect(marked(q)).toBe('We keep account data for up to 3 years');
    const [glued] = findSources(a, { field: 'red_flags', value: 'changes_without_notice', quote: 'at any time without   notice', index: 5 });
    expect(marked(glued)).toBe('at any time without notice');
    expect(locate('for as long asnecessary to', 'as long as necessary')).toEqual({ start: 4, end: 23 });
  });

  it('lists every quote of an item found in several places', () => {
    const a = makeAnalysis(MIXED_FACTS, []);
    const sources = findSources(a, { field: 'red_flags', value: 'x', quote: 'without notice', index: 5, more: [{ quote: 'delete your data', index: 3 }, { quote: 'not in the block', index: 1 }] });
    expect(sources.map((q) => [q.block, marked(q)])).toEqual([
      [5, 'without notice'],
      [3, 'delete your data'],
    ]);
  });

  it('uses any span of a field-level fact (children, change notice) before whole evidence blocks', () => {
    const a = makeAnalysis({ change_notice: 'none_without_notice', change_notice_evidence: [5, 4] }, [spanOf('change_notice', 'changes', 5, 'without notice')]);
    const sources = findSources(a, { field: 'change_notice', value: 'none_without_notice' });
    expect(sources.map((q) => [q.block, marked(q)])).toEqual([
      [5, 'without notice'],
      [4, null],
    ]);
  });

  it('skips stale or malformed references instead of crashing', () => {
    const a = makeAnalysis(
      { collected: ['contact'], collected_evidence: { contact: [99, 1] } },
      [
        { field: 'collected', value: 'contact', block: 42, start: 0, end: 3 }, // no such block
        { field: 'collected', value: 'contact', block: 1, start: 500, end: 900 }, // past the end of the block
      ],
    );
    const sources = findSources(a, { field: 'collected', value: 'contact' });
    expect(sources.map((q) => q.block)).toEqual([1]);
    expect(sources[0].sentence).toBe(BLOCK_TEXTS[1]);
    expect(findSources(a, { field: 'no_such_field', value: 'x' })).toEqual([]);
    expect(findSources(makeAnalysis({ collected_evidence: { constructor: [1] } }), { field: 'collected', value: 'toString' })).toEqual([]);
  });

  it('caps the number of sources', () => {
    const ids = Array.from({ length: 6 }, (_, i) => i);
    const a = makeAnalysis({ collected: ['contact'], collected_evidence: { contact: ids } });
    expect(findSources(a, { field: 'collected', value: 'contact' })).toHaveLength(MAX_SOURCES);
  });
});

describe('clip', () => {
  it('keeps short text whole and windows long text around the span, with ellipses', () => {
    expect(clip('short', 0, 2)).toEqual({ sentence: 'short', offset: 0 });
    const long = 'a'.repeat(1000) + 'NEEDLE' + 'b'.repeat(1000);
    const { sentence, offset } = clip(long, 1000, 1006);
    expect(sentence.length).toBe(MAX_SENTENCE_CHARS + 2);
    expect(sentence.startsWith('…') && sentence.endsWith('…')).toBe(true);
    expect(sentence.slice(1000 - offset, 1006 - offset)).toBe('NEEDLE');
  });

  it('marks the span inside a clipped sentence at the right place', () => {
    const text = 'x'.repeat(2000) + ' the part that matters ' + 'y'.repeat(2000);
    const a = makeAnalysis({});
    a.blocks[1] = { ...a.blocks[1], text };
    const start = text.indexOf('the part');
    const [q] = findSources({ ...a, spans: [{ field: 'f', value: 'v', block: 1, start, end: start + 'the part that matters'.length }] }, { field: 'f', value: 'v' });
    expect(marked(q)).toBe('the part that matters');
    expect(q.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
  });
});

describe('findSources on a slimmed analysis', () => {
  it('keeps a text-less block as a last resort, so "Show on page" still has a target', () => {
    const a = makeAnalysis({ how_to_exercise: ['privacy@example.com'], how_to_exercise_evidence: { 'privacy@example.com': [3] } }, [
      spanOf('how_to_exercise', 'privacy@example.com', 3, 'privacy@example.com'),
    ]);
    a.blocks[3] = { ...a.blocks[3], text: '' };
    expect(findSources(a, { field: 'how_to_exercise', value: 'privacy@example.com' })).toEqual([{ block: 3, section: 'Privacy Policy', sentence: '' }]);
    // Any block with text wins over it.
    a.facts.how_to_exercise_evidence = { 'privacy@example.com': [3, 2] };
    expect(findSources(a, { field: 'how_to_exercise', value: 'privacy@example.com' }).map((q) => q.block)).toEqual([2]);
  });
});
