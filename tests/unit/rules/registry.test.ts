import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules/registry';
import { compileRule, prepare, runRules } from '../../../src/rules/engine';
import { CATEGORIES } from '../../../src/core/categories';

describe('rule registry', () => {
  it('has unique ids of the form family/name', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`).toBe(ids.length);
    for (const id of ids) expect(id, `rule id "${id}" should look like family/name`).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  });

  it('documents every rule and gives it enough examples', () => {
    for (const r of RULES) {
      expect(CATEGORIES, `${r.id}: unknown category ${r.category}`).toContain(r.category);
      expect(r.description.length, `${r.id} should say what it catches and why`).toBeGreaterThan(30);
      expect(r.examples.match.length, `${r.id} needs at least 2 must-match examples`).toBeGreaterThanOrEqual(2);
      expect(r.examples.noMatch.length, `${r.id} needs at least 1 must-not-match example`).toBeGreaterThanOrEqual(1);
      expect(r.patterns.length + (r.match?.length ?? 0), `${r.id} has no patterns`).toBeGreaterThan(0);
      expect(['keep', 'drop']).toContain(r.negation);
      expect(r.weight).toBeGreaterThan(0);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const compiled = [compileRule(rule)];
      for (const text of rule.examples.match) {
        it(`fires on: ${text}`, () => {
          const hits = runRules(prepare(text), compiled);
          expect(hits.length, `${rule.id} should fire on "${text}"`).toBeGreaterThan(0);
          for (const h of hits) {
            expect(h.start).toBeGreaterThanOrEqual(0);
            expect(h.end).toBeGreaterThan(h.start);
            expect(h.end).toBeLessThanOrEqual(text.length);
          }
        });
      }
      for (const text of rule.examples.noMatch) {
        it(`stays silent on: ${text}`, () => {
          const hits = runRules(prepare(text), compiled);
          expect(hits.map((h) => text.slice(h.start, h.end)), `${rule.id} should not fire on "${text}"`).toEqual([]);
        });
      }
    });
  }

  it('uses each match-syntax pattern once (a shared pattern would make the reported rule ambiguous)', () => {
    const all = RULES.flatMap((r) => (r.match ?? []).map((m) => `${m}`));
    expect(all.filter((m, i) => all.indexOf(m) !== i)).toEqual([]);
    expect(all.length, 'some rules are written in compromise match syntax').toBeGreaterThan(0);
  });

  it('writes match-syntax patterns without tags or unbounded repetition', () => {
    // compromise/one has no tagger (a #Tag would silently never match), and "*"/"+" would defeat the
    // windowed tokenizing in src/nlp/compromise.ts.
    for (const r of RULES) {
      for (const m of r.match ?? []) {
        expect(m, `${r.id}: "${m}" uses a #Tag`).not.toMatch(/#/);
        expect(m, `${r.id}: "${m}" repeats without bound`).not.toMatch(/[*+]|\{\d+,\}/);
      }
    }
  });

  it('keeps every pattern linear: no nested unbounded quantifiers', () => {
    // (x+)+, (x*)*, (x+){2,} and friends are the classic catastrophic-backtracking shapes. Bounded
    // repetition ({0,8}) of disjoint classes is allowed; the hostile-input tests time it.
    const nested = /[+*]\)(?:[+*]|\{\d+,\})/;
    for (const r of RULES) {
      for (const re of [...r.patterns, ...(r.requires ?? []), ...(r.unless ?? [])]) {
        expect(nested.test(re.source), `${r.id}: ${re.source.slice(0, 80)}… nests unbounded quantifiers`).toBe(false);
      }
    }
  });
});
