import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/core/facts/extract';
import { FactsSchema, FactSpanSchema } from '../../../src/core/facts/schema';
import { readSharedJsonl } from '../../helpers/shared';
import { blocks } from './helpers';
import type { Category } from '../../../src/core/categories';

function checkOutput(input: ReturnType<typeof blocks>) {
  const { facts, spans } = extractFacts(input);
  expect(FactsSchema.safeParse(facts).success).toBe(true);
  for (const s of spans) {
    expect(FactSpanSchema.safeParse(s).success).toBe(true);
    const b = input.find((x) => x.id === s.block)!;
    expect(s.end).toBeLessThanOrEqual(b.text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
  for (const q of [...(facts.retention ?? []), ...(facts.red_flags ?? [])]) {
    expect(input.find((x) => x.id === q.index)!.text).toContain(q.quote);
  }
  return facts;
}

describe('hostile input', () => {
  it('empty input gives present-and-empty fields', () => {
    const f = checkOutput([]);
    expect(f.collected).toEqual([]);
    expect(f.sells_data).toBe('unstated');
    expect(f.change_notice).toBe('unstated');
    expect(f.consent_by_use).toBe(false);
    expect(f.contradictions).toEqual([]);
    expect(f.retention).toEqual([]);
    expect(f.children).toEqual({ min_age: null, parental_consent: null });
  });

  it('survives a 1 MB block quickly', () => {
    const big = 'we collect your e-mail address and may share it with partners '.repeat(17_000);
    const t = performance.now();
    checkOutput(blocks([big, 'x'.repeat(1_000_000)]));
    expect(performance.now() - t).toBeLessThan(20_000);
  });

  it('survives arbitrary Unicode and markup-looking text', () => {
    checkOutput(
      blocks([
        '<script>alert("x")</script> <b>We collect</b> your &lt;e-mail&gt;',
        '我们收集您的位置信息。 نحن نجمع بياناتك 🙂\u0000\uFFFF\uD800',
        ')))(((([[[*+?{}|\\^$.',
        '',
        '   ',
      ]),
    );
  });

  it('tolerates malformed blocks from a bad caller', () => {
    const bad = [{ id: 0, text: undefined as unknown as string, section: '', kind: 'paragraph' as const, categories: [] as Category[], evidence: [] }];
    expect(() => extractFacts(bad)).not.toThrow();
    expect(() => extractFacts(null as never)).not.toThrow();
  });
});

describe('the seed policies', () => {
  it('produce schema-valid facts with exact quotes', () => {
    const rows = readSharedJsonl<{ seed: string; index: number; text: string; section: string; kind: 'heading' | 'paragraph' | 'bullet'; categories: Category[] }>('gold/seeds.blocks.jsonl');
    for (const seed of new Set(rows.map((r) => r.seed))) {
      const input = rows.filter((r) => r.seed === seed).map((r) => ({ id: r.index, text: r.text, section: r.section, kind: r.kind, categories: r.categories, evidence: [] }));
      const f = checkOutput(input);
      expect(f.collected!.length).toBeGreaterThan(3);
    }
  });
});
