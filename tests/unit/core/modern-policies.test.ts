/**
 * A held-out-style check on modern policies (tests/fixtures/policies-modern), annotated blind (before
 * Fineprint was run on them; see the fixtures' README). Round 1: a fitness wearable, an online
 * marketplace and a B2B collaboration tool; rules were later fixed while looking at these pages, so
 * their figures are no longer an estimate. Round 2: a telehealth/pharmacy service and a smart TV with
 * a streaming service, annotated blind by a second annotator with no rule change after. The page goes
 * through the same pipeline as `npm run cli -- analyze` (analyzeFile: page reader → blocks → classifier
 * → facts) and is scored against the gold: per-category F1 over blocks and precision/recall per fact field.
 *
 * The tables (round 1, round 2, overall) are printed on every run. The floors sit a little under the
 * figures reached when each round was added, so a rule change that costs these unseen-style policies
 * fails here even when the dev evaluations hold.
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
  add(other: Counts): void {
    this.tp += other.tp;
    this.fp += other.fp;
    this.fn += other.fn;
    this.misses.push(...other.misses);
  }
}
/** Counts per key ("category sharing", "rights", …) for one scope: a policy, a round, or all policies. */
type Table = Map<string, Counts>;
const countsIn = (table: Table, key: string): Counts => table.get(key) ?? (table.set(key, new Counts()), table.get(key)!);

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Strings match when one contains the other after dropping case, spaces and punctuation (as eval:facts does). */
const overlaps = (a: string, b: string) => {
  const x = squash(a);
  const y = squash(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
};

function compareSets(table: Table, key: string, policy: string, predicted: readonly (string | number)[], gold: readonly (string | number)[], eq: (a: string, b: string) => boolean = (a, b) => a === b): void {
  const c = countsIn(table, key);
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

function compareValue(table: Table, key: string, policy: string, predicted: unknown, gold: unknown): void {
  const c = countsIn(table, key);
  if (predicted === gold) c.tp++;
  else {
    c.fp++;
    c.fn++;
    c.misses.push(`${policy} ${JSON.stringify(predicted)} ≠ ${JSON.stringify(gold)}`);
  }
}

function scoreFacts(table: Table, policy: string, f: Facts, g: GoldFacts): void {
  compareSets(table, 'company', policy, f.company ?? [], g.company, overlaps);
  compareSets(table, 'collected', policy, f.collected ?? [], g.collected);
  compareSets(table, 'shared_with', policy, f.shared_with ?? [], g.shared_with);
  compareValue(table, 'sells_data', policy, f.sells_data ?? 'unstated', g.sells_data);
  compareSets(table, 'purposes', policy, f.purposes ?? [], g.purposes);
  compareSets(table, 'rights', policy, f.rights ?? [], g.rights);
  compareSets(table, 'how_to_exercise', policy, f.how_to_exercise ?? [], g.how_to_exercise, overlaps);
  compareSets(table, 'retention (blocks)', policy, (f.retention ?? []).map((r) => r.index), g.retention_evidence);
  compareValue(table, 'children.min_age', policy, f.children?.min_age ?? null, g.children.min_age);
  compareValue(table, 'children.parental_consent', policy, f.children?.parental_consent ?? null, g.children.parental_consent);
  compareSets(table, 'transfers.countries', policy, f.transfers?.countries ?? [], g.transfers.countries, overlaps);
  compareSets(table, 'transfers.safeguards', policy, f.transfers?.safeguards ?? [], g.transfers.safeguards, overlaps);
  compareSets(table, 'security (blocks)', policy, Object.values(f.security_evidence ?? {}).flat(), g.security_evidence);
  compareValue(table, 'change_notice', policy, f.change_notice ?? 'unstated', g.change_notice);
  compareValue(table, 'consent_by_use', policy, f.consent_by_use ?? false, g.consent_by_use);
  compareSets(table, 'red_flags', policy, (f.red_flags ?? []).map((r) => r.flag), g.red_flags.map((r) => r.flag));
}

/**
 * Which blind round each page belongs to. Round 1's rules were fixed on those pages afterwards; round 2
 * was annotated by another annotator and no rule was changed after its first run (fixtures' README).
 */
const ROUNDS: Record<string, Round> = {
  'fitness-wearable.html': 'round 1',
  'marketplace.html': 'round 1',
  'saas-collaboration.html': 'round 1',
  'telehealth-pharmacy.html': 'round 2',
  'smart-tv-streaming.html': 'round 2',
};
type Round = 'round 1' | 'round 2';
type Scope = Round | 'overall';

const policies = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .sort();

const fmt = (n: number) => n.toFixed(2);

interface Floors {
  macroF1: number;
  categoryF1: number;
  /** Per-category floors where a category sits under `categoryF1`. */
  category: Partial<Record<Category, number>>;
  factDefault: number;
  factP: Record<string, number>;
  factR: Record<string, number>;
}

/** Category rows (practice categories present in the scope) and their macro-F1. */
function categoryRowsOf(table: Table) {
  const rows = PRACTICE_CATEGORIES.map((c) => [c, countsIn(table, `category ${c}`)] as const).filter(([, c]) => c.tp + c.fp + c.fn > 0);
  return { rows, macro: rows.reduce((s, [, c]) => s + c.f1, 0) / rows.length };
}

function printTable(scope: Scope, table: Table, macroByPolicy: Map<string, number>): void {
  const { rows, macro } = categoryRowsOf(table);
  const factRows = [...table.entries()].filter(([k]) => !k.startsWith('category '));
  const lines = [
    `== ${scope} ==`,
    'category          P     R     F1   (tp/fp/fn)',
    ...rows.map(([name, c]) => `${name.padEnd(16)} ${fmt(c.p)}  ${fmt(c.r)}  ${fmt(c.f1)}  (${c.tp}/${c.fp}/${c.fn})`),
    `macro-F1 ${fmt(macro)}   per policy: ${[...macroByPolicy].map(([p, m]) => `${p} ${fmt(m)}`).join(', ')}`,
    '',
    'fact field                   P     R    (tp/fp/fn)',
    ...factRows.map(([name, c]) => `${name.padEnd(27)} ${fmt(c.p)}  ${fmt(c.r)}  (${c.tp}/${c.fp}/${c.fn})${c.misses.length ? '  ' + c.misses.join('; ') : ''}`),
  ];
  console.log(lines.join('\n'));
}

function expectFloors(scope: Round, table: Table, floors: Floors): void {
  const { rows, macro } = categoryRowsOf(table);
  expect(macro, `${scope}: macro-F1 over the practice categories`).toBeGreaterThanOrEqual(floors.macroF1);
  for (const [name, c] of rows) expect(c.f1, `${scope}: F1 of ${name}`).toBeGreaterThanOrEqual(floors.category[name] ?? floors.categoryF1);
  for (const [name, c] of table) {
    if (name.startsWith('category ')) continue;
    expect(c.p, `${scope}: precision of ${name}`).toBeGreaterThanOrEqual(floors.factP[name] ?? floors.factDefault);
    expect(c.r, `${scope}: recall of ${name}`).toBeGreaterThanOrEqual(floors.factR[name] ?? floors.factDefault);
  }
}

describe('modern policies annotated blind (tests/fixtures/policies-modern)', () => {
  const tables: Record<Scope, Table> = { 'round 1': new Map(), 'round 2': new Map(), overall: new Map() };
  const macroByPolicy: Record<Scope, Map<string, number>> = { 'round 1': new Map(), 'round 2': new Map(), overall: new Map() };

  it.each(policies)('%s: the page yields the annotated blocks, scored per category and per fact', (file) => {
    const round = ROUNDS[file];
    expect(round, `${file} should be assigned to a blind round in ROUNDS`).toBeDefined();
    const gold = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.html$/, '.gold.json')), 'utf8')) as Gold;
    const result = analyzeFile(join(FIXTURES, file), {});
    expect(result.error, 'the fixture page should be readable').toBeUndefined();
    expect(result.isPolicy, `${file} should be detected as a privacy policy`).toBe(true);
    const blocks = result.blocks ?? [];
    // The gold is indexed by block: if the page reader splits the page differently, the labels no longer apply.
    expect(blocks.map((b) => b.text), 'block texts and order as annotated').toEqual(gold.blocks.map((b) => b.text));

    const own: Table = new Map();
    for (const [i, block] of blocks.entries()) {
      const want = new Set(gold.blocks[i].categories);
      const got = new Set(block.categories);
      for (const category of PRACTICE_CATEGORIES) {
        const c = countsIn(own, `category ${category}`);
        if (want.has(category) && got.has(category)) c.tp++;
        else if (got.has(category)) (c.fp++, c.misses.push(`${gold.policy}#${i} +`));
        else if (want.has(category)) (c.fn++, c.misses.push(`${gold.policy}#${i} -`));
      }
    }
    const policyMacro = categoryRowsOf(own).macro;
    scoreFacts(own, gold.policy, result.facts ?? {}, gold.facts);

    for (const scope of [round, 'overall'] as const) {
      for (const [key, c] of own) countsIn(tables[scope], key).add(c);
      macroByPolicy[scope].set(gold.policy, policyMacro);
    }
  });

  it('round 1 (wearable, marketplace, SaaS; rules fixed on them afterwards) reaches its floors', () => {
    printTable('round 1', tables['round 1'], macroByPolicy['round 1']);
    expectFloors('round 1', tables['round 1'], FLOORS_ROUND_1);
  });

  it('round 2 (telehealth/pharmacy, smart TV/streaming; no rule change after the blind run) reaches its floors', () => {
    printTable('round 2', tables['round 2'], macroByPolicy['round 2']);
    expectFloors('round 2', tables['round 2'], FLOORS_ROUND_2);
  });

  it('prints the overall table (all rounds together)', () => {
    printTable('overall', tables.overall, macroByPolicy.overall);
    expect(macroByPolicy.overall.size, 'every page scored').toBe(policies.length);
  });
});

/**
 * Round 1: set a little under the figures reached after the fixes (see the fixtures' README for
 * before → after): macro-F1 0.82 (blind run 0.77), lowest category dnt 0.57 and choice 0.63, lowest
 * fact figure 0.88 (how_to_exercise recall). Per-field entries override the default where a field sits lower.
 */
const FLOORS_ROUND_1: Floors = {
  macroF1: 0.8,
  categoryF1: 0.5,
  category: {},
  factDefault: 0.85,
  factP: {},
  factR: {},
};

/**
 * Round 2: each floor is the figure measured on the blind run (after the annotation corrections listed in
 * the fixtures' README) minus 0.05, rounded down; macro-F1 0.78 → 0.75. Fields that sit low keep that same
 * rule, so the floor is far under a useful level and says so: children.min_age measured 0.00 (floor 0, i.e.
 * unguarded), sells_data, parental_consent, change_notice and red_flags 0.50 (floor 0.45), company recall and
 * how_to_exercise recall 0.50 and 0.56. Raise them when the facts improve; never lower them to pass.
 */
const FLOORS_ROUND_2: Floors = {
  macroF1: 0.75,
  categoryF1: 0.55,
  category: { collection: 0.78, sharing: 0.77, choice: 0.55, access: 0.6, retention: 0.73, security: 0.68, change: 0.95, dnt: 0.81, audiences: 0.68 },
  factDefault: 0.9,
  factP: {
    purposes: 0.85,
    how_to_exercise: 0.76,
    'retention (blocks)': 0.83,
    sells_data: 0.45,
    'children.min_age': 0,
    'children.parental_consent': 0.45,
    change_notice: 0.45,
    red_flags: 0.45,
  },
  factR: {
    company: 0.45,
    shared_with: 0.78,
    purposes: 0.66,
    rights: 0.71,
    how_to_exercise: 0.51,
    'retention (blocks)': 0.83,
    sells_data: 0.45,
    'children.min_age': 0,
    'children.parental_consent': 0.45,
    'transfers.countries': 0.61,
    change_notice: 0.45,
    red_flags: 0.45,
  },
};
