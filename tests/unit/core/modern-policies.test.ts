/**
 * A held-out-style check on three modern policies (tests/fixtures/policies-modern): a fitness wearable,
 * an online marketplace and a B2B collaboration tool, written in three styles and annotated blind
 * (before Fineprint was run on them; see the fixtures' README). The page goes through the same
 * pipeline as `npm run cli -- analyze` (analyzeFile: page reader → blocks → classifier → facts) and
 * is scored against the gold: per-category F1 over blocks and precision/recall per fact field.
 *
 * The table is printed on every run. The floors sit a little under the figures reached when the
 * test was written, so a rule change that costs these unseen-style policies fails here even when
 * the dev evaluations hold.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src/cli/analyze';
import { PRACTICE_CATEGORIES, type Category } from '../../../src/core/categories';
import type { Facts } from '../../../src/core/facts/schema';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/policies-modern');

interface GoldBlock {
  index: number;
  text: string;
  categories: Category[];
}
interface GoldFacts {
  company: string[];
  collected: string[];
  shared_with: string[];
  sells_data: string;
  purposes: string[];
  rights: string[];
  how_to_exercise: string[];
  retention_evidence: number[];
  children: { min_age: number | null; parental_consent: boolean | null };
  transfers: { countries: string[]; safeguards: string[] };
  security_evidence: number[];
  change_notice: string;
  consent_by_use: boolean;
  red_flags: { flag: string; index: number }[];
}
interface Gold {
  policy: string;
  blocks: GoldBlock[];
  facts: GoldFacts;
}

/** Micro-averaged counts. */
class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  misses: string[] = [];
  get p(): number {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1;
  }
  get r(): number {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1;
  }
  get f1(): number {
    return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0;
  }
}
const table = new Map<string, Counts>();
const counts = (key: string): Counts => table.get(key) ?? (table.set(key, new Counts()), table.get(key)!);

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Strings match when one contains the other after dropping case, spaces and punctuation (as eval:facts does). */
const overlaps = (a: string, b: string) => {
  const x = squash(a);
  const y = squash(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
};

function compareSets(key: string, policy: string, predicted: readonly (string | number)[], gold: readonly (string | number)[], eq: (a: string, b: string) => boolean = (a, b) => a === b): void {
  const c = counts(key);
  const pred = [...new Set(predicted.map(String))];
  const want = [...new Set(gold.map(String))];
  const used = new Set<number>();
  for (const p of pred) {
    const gi = want.findIndex((g, i) => !used.has(i) && eq(p, g));
    if (gi >= 0) {
      used.add(gi);
      c.tp++;
    } else if (!want.some((g) => eq(p, g))) {
      c.fp++;
      c.misses.push(`${policy} +${p}`);
    }
  }
  want.forEach((g, i) => {
    if (!used.has(i)) {
      c.fn++;
      c.misses.push(`${policy} -${g}`);
    }
  });
}

function compareValue(key: string, policy: string, predicted: unknown, gold: unknown): void {
  const c = counts(key);
  if (predicted === gold) c.tp++;
  else {
    c.fp++;
    c.fn++;
    c.misses.push(`${policy} ${JSON.stringify(predicted)} ≠ ${JSON.stringify(gold)}`);
  }
}

function scoreFacts(policy: string, f: Facts, g: GoldFacts): void {
  compareSets('company', policy, f.company ?? [], g.company, overlaps);
  compareSets('collected', policy, f.collected ?? [], g.collected);
  compareSets('shared_with', policy, f.shared_with ?? [], g.shared_with);
  compareValue('sells_data', policy, f.sells_data ?? 'unstated', g.sells_data);
  compareSets('purposes', policy, f.purposes ?? [], g.purposes);
  compareSets('rights', policy, f.rights ?? [], g.rights);
  compareSets('how_to_exercise', policy, f.how_to_exercise ?? [], g.how_to_exercise, overlaps);
  compareSets('retention (blocks)', policy, (f.retention ?? []).map((r) => r.index), g.retention_evidence);
  compareValue('children.min_age', policy, f.children?.min_age ?? null, g.children.min_age);
  compareValue('children.parental_consent', policy, f.children?.parental_consent ?? null, g.children.parental_consent);
  compareSets('transfers.countries', policy, f.transfers?.countries ?? [], g.transfers.countries, overlaps);
  compareSets('transfers.safeguards', policy, f.transfers?.safeguards ?? [], g.transfers.safeguards, overlaps);
  compareSets('security (blocks)', policy, Object.values(f.security_evidence ?? {}).flat(), g.security_evidence);
  compareValue('change_notice', policy, f.change_notice ?? 'unstated', g.change_notice);
  compareValue('consent_by_use', policy, f.consent_by_use ?? false, g.consent_by_use);
  compareSets('red_flags', policy, (f.red_flags ?? []).map((r) => r.flag), g.red_flags.map((r) => r.flag));
}

const policies = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .sort();

const fmt = (n: number) => n.toFixed(2);

describe('modern policies annotated blind (tests/fixtures/policies-modern)', () => {
  const macroByPolicy = new Map<string, number>();

  it.each(policies)('%s: the page yields the annotated blocks, scored per category and per fact', (file) => {
    const gold = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.html$/, '.gold.json')), 'utf8')) as Gold;
    const result = analyzeFile(join(FIXTURES, file), {});
    expect(result.error, 'the fixture page should be readable').toBeUndefined();
    expect(result.isPolicy, `${file} should be detected as a privacy policy`).toBe(true);
    const blocks = result.blocks ?? [];
    // The gold is indexed by block: if the page reader splits the page differently, the labels no longer apply.
    expect(blocks.map((b) => b.text), 'block texts and order as annotated').toEqual(gold.blocks.map((b) => b.text));

    const own = new Map<Category, Counts>();
    for (const [i, block] of blocks.entries()) {
      const want = new Set(gold.blocks[i].categories);
      const got = new Set(block.categories);
      for (const category of PRACTICE_CATEGORIES) {
        const c = counts(`category ${category}`);
        const mine = own.get(category) ?? (own.set(category, new Counts()), own.get(category)!);
        const inGold = want.has(category);
        const inPred = got.has(category);
        if (inGold && inPred) (c.tp++, mine.tp++);
        else if (inPred) (c.fp++, mine.fp++, c.misses.push(`${gold.policy}#${i} +`));
        else if (inGold) (c.fn++, mine.fn++, c.misses.push(`${gold.policy}#${i} -`));
      }
    }
    const present = PRACTICE_CATEGORIES.filter((c) => own.get(c) && own.get(c)!.tp + own.get(c)!.fp + own.get(c)!.fn > 0);
    macroByPolicy.set(gold.policy, present.reduce((s, c) => s + own.get(c)!.f1, 0) / present.length);

    scoreFacts(gold.policy, result.facts ?? {}, gold.facts);
  });

  it('reaches the floors on all three together (prints the table)', () => {
    const categoryRows = PRACTICE_CATEGORIES.map((c) => [c, counts(`category ${c}`)] as const).filter(([, c]) => c.tp + c.fp + c.fn > 0);
    const macro = categoryRows.reduce((s, [, c]) => s + c.f1, 0) / categoryRows.length;
    const factRows = [...table.entries()].filter(([k]) => !k.startsWith('category '));
    const lines = [
      'category          P     R     F1   (tp/fp/fn)',
      ...categoryRows.map(([name, c]) => `${name.padEnd(16)} ${fmt(c.p)}  ${fmt(c.r)}  ${fmt(c.f1)}  (${c.tp}/${c.fp}/${c.fn})`),
      `macro-F1 ${fmt(macro)}   per policy: ${[...macroByPolicy].map(([p, m]) => `${p} ${fmt(m)}`).join(', ')}`,
      '',
      'fact field                   P     R    (tp/fp/fn)',
      ...factRows.map(([name, c]) => `${name.padEnd(27)} ${fmt(c.p)}  ${fmt(c.r)}  (${c.tp}/${c.fp}/${c.fn})${c.misses.length ? '  ' + c.misses.join('; ') : ''}`),
    ];
    console.log(lines.join('\n'));

    expect(macro, 'macro-F1 over the practice categories').toBeGreaterThanOrEqual(FLOORS.macroF1);
    for (const [name, c] of categoryRows) expect(c.f1, `F1 of ${name}`).toBeGreaterThanOrEqual(FLOORS.categoryF1);
    for (const [name, c] of factRows) {
      expect(c.p, `precision of ${name}`).toBeGreaterThanOrEqual(FLOORS.factP[name] ?? FLOORS.factDefault);
      expect(c.r, `recall of ${name}`).toBeGreaterThanOrEqual(FLOORS.factR[name] ?? FLOORS.factDefault);
    }
  });
});

/**
 * Set a little under the figures reached after the fixes (see the fixtures' README for before → after):
 * macro-F1 0.82 (blind run 0.77), lowest category dnt 0.57 and choice 0.63, lowest fact figure 0.88
 * (how_to_exercise recall). Per-field entries override the default where a field sits lower.
 */
const FLOORS: { macroF1: number; categoryF1: number; factDefault: number; factP: Record<string, number>; factR: Record<string, number> } = {
  macroF1: 0.8,
  categoryF1: 0.5,
  factDefault: 0.85,
  factP: {},
  factR: {},
};
