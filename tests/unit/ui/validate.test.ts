import { describe, expect, it } from 'vitest';
import { PageInfoSchema, TabStateSchema } from '../../../src/messaging/protocol';
import { FactsSchema } from '../../../src/core/facts/schema';
import { FACTS_CHECKS, PAGE_INFO_CHECKS, TAB_STATE_CHECKS, PAGE_INFO_STATUSES, TAB_STATE_STATUSES, parseErrorReply, parsePageInfo, parseTabState } from '../../../src/ui/validate';
import { readShared } from '../../helpers/shared';
import { MIXED_FACTS, MIXED_SPANS, makeAnalysis, pageInfo, tabState } from './fixtures';

/**
 * The popup validates replies without zod (bundle size); these tests hold its checks to the
 * protocol's zod schemas: same verdict on valid inputs and on every single-point mutation of them.
 */
type Json = unknown;

const MUTANTS: Json[] = [undefined, null, 'x', '', 1.5, -1, 0, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}, ['x'], [-1], { a: [1] }, 'x'.repeat(9000)];

/** Every input that differs from `value` at exactly one place (a key deleted or a value replaced). */
function* mutations(value: Json): Generator<Json> {
  for (const m of MUTANTS) yield m;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) for (const inner of mutations(value[i])) yield value.map((v, j) => (j === i ? inner : v));
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const { [key]: _dropped, ...rest } = value as Record<string, Json>;
      yield rest;
      for (const inner of mutations((value as Record<string, Json>)[key])) yield { ...(value as object), [key]: inner };
    }
  }
}

function expectParity(name: string, valid: Json, zodOk: (v: Json) => boolean, oursOk: (v: Json) => boolean, sampleEvery = 1) {
  expect(zodOk(valid), `${name}: the fixture itself should be valid`).toBe(true);
  expect(oursOk(valid), `${name}: the popup should accept what the schema accepts`).toBe(true);
  let n = 0;
  let checked = 0;
  for (const m of mutations(valid)) {
    if (n++ % sampleEvery) continue;
    checked++;
    const z = zodOk(m);
    if (oursOk(m) !== z) throw new Error(`${name}: popup says ${!z}, zod says ${z} for ${JSON.stringify(m)?.slice(0, 400)}`);
  }
  return checked;
}

const zodPageInfo = (v: Json) => PageInfoSchema.safeParse(v).success;
const oursPageInfo = (v: Json) => parsePageInfo(v) !== null;
const zodTabState = (v: Json) => TabStateSchema.safeParse(v).success;
const oursTabState = (v: Json) => parseTabState(v) !== null;

describe('popup reply validation matches the protocol schemas', () => {
  it('PageInfo: same verdict on every single-point mutation', () => {
    expectParity('PageInfo', pageInfo({ policyLink: { href: 'https://example.com/privacy', text: 'Privacy' } }), zodPageInfo, oursPageInfo);
    expectParity('PageInfo', pageInfo({ status: 'pending', highlights: false }), zodPageInfo, oursPageInfo);
    expectParity('PageInfo', pageInfo({ error: 'The background worker did not answer.' }), zodPageInfo, oursPageInfo);
  });

  it('TabState: same verdict on every single-point mutation', () => {
    const analysis = makeAnalysis({ ...MIXED_FACTS, children: { min_age: 13, parental_consent: null }, red_flags: [{ flag: 'ad_targeting', quote: 'q', index: 1 }] }, MIXED_SPANS);
    analysis.blocks[1].evidence = [{ rule: 'collect-verb', category: 'collection', start: 3, end: 10 }];
    analysis.blocks = analysis.blocks.slice(0, 2);
    const state = { ...tabState(analysis), truncated: true, detection: { isPolicy: true, score: 0.9, signals: ['title'], language: 'en' } };
    const checked = expectParity('TabState', state, zodTabState, oursTabState);
    expect(checked).toBeGreaterThan(1000);
  });

  it('gold facts of every seed are accepted, and their mutations judged alike', () => {
    const gold = JSON.parse(readShared('gold/seeds.facts.json')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(gold).length).toBeGreaterThan(0);
    for (const [seed, facts] of Object.entries(gold)) {
      expect(FactsSchema.safeParse(facts).success, `${seed}: gold facts should match FactsSchema`).toBe(true);
      const state = { status: 'policy', analysis: { blocks: [], facts, spans: [], stats: { blocks: 0, words: 0, ms: 0 } } };
      // Sampled: the gold facts are large and the mutation space grows with them.
      expectParity(`gold ${seed}`, state, zodTabState, oursTabState, 7);
    }
  });

  it('checks every FactsSchema field (add new fields to src/ui/validate.ts)', () => {
    expect(Object.keys(FACTS_CHECKS).sort()).toEqual(Object.keys(FactsSchema.shape).sort());
  });

  it('checks every PageInfo and TabState field', () => {
    expect(Object.keys(PAGE_INFO_CHECKS).sort()).toEqual(Object.keys(PageInfoSchema.shape).sort());
    expect(Object.keys(TAB_STATE_CHECKS).sort()).toEqual(Object.keys(TabStateSchema.shape).sort());
  });

  it('uses the same status vocabularies', () => {
    expect([...PAGE_INFO_STATUSES].sort()).toEqual([...PageInfoSchema.shape.status.options].sort());
    expect([...TAB_STATE_STATUSES].sort()).toEqual([...TabStateSchema.shape.status.options].sort());
  });

  it('recognises error replies', () => {
    expect(parseErrorReply({ ok: false, error: 'unknown message' })).toEqual({ ok: false, error: 'unknown message' });
    expect(parseErrorReply({ ok: true })).toBeNull();
    expect(parseErrorReply(undefined)).toBeNull();
  });
});
