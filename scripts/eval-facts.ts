/**
 * Evaluates fact extraction (`extractFacts`) against the hand-made gold:
 *  - ../shared/gold/seeds.facts.json, field by field (precision/recall of value sets, evidence ids,
 *    quotes and channels matched by overlap), once with the gold block categories and once with the
 *    live classifier (`analyzeBlocks`). Every `<field>_evidence` of the gold is scored: value@block
 *    pairs for the multi-valued fields and channels, block-id sets for company, sells_data, children,
 *    transfers, change_notice and consent_by_use. Not scored, because the gold has nothing to compare
 *    with: `shared_types` (no seed annotation; OPP-115 scores it), parsed retention durations, and the
 *    wording of security measures (their evidence blocks are scored);
 *  - ../shared/opp115-dev/policies.jsonl: collected and shared data types, choices and access (OPP's
 *    choice and access types mapped to our rights), blocks = the policy's segments in order.
 *
 *   npm run eval:facts                      print the tables
 *   npm run eval:facts -- --write-baseline  also write eval/facts-baseline.json
 *   npm run eval:facts -- --per-type        also print OPP-115 precision/recall per data type (-v implies it)
 *   npm run eval:facts -- --check           exit 1 when a guarded figure drops > 0.01 below baseline
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../src/core/facts/extract';
import { OPP_CATEGORY, readSharedJsonl, readSharedText, type OppSegmentRecord as OppSegment, type SeedBlockRecord as SeedBlock } from './lib/corpora';
import { analyzeBlocks } from '../src/core/analysis';
import type { Facts } from '../src/core/facts/schema';
import type { Block, ClassifiedBlock } from '../src/core/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE = resolve(ROOT, 'eval/facts-baseline.json');
const TOLERANCE = 0.01;

const readData = (rel: string): string => readSharedText(rel, 'npm run eval:facts');
const jsonl = <T>(rel: string): T[] => readSharedJsonl<T>(rel, 'npm run eval:facts');

/** Micro-averaged counts of one field. */
class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  notes: string[] = [];
  get p(): number | null {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : null;
  }
  get r(): number | null {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : null;
  }
}
type Table = Map<string, Score>;
const score = (t: Table, f: string): Score => t.get(f) ?? (t.set(f, new Score()), t.get(f)!);

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const fuzzyEq = (a: string, b: string) => {
  const x = squash(a);
  const y = squash(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
};

/** Set comparison with a custom equality; records misses for the verbose listing. */
function compareSets(s: Score, pred: string[] | undefined, gold: string[], eq: (a: string, b: string) => boolean, label: string): void {
  if (pred === undefined) {
    s.fn += gold.length;
    return;
  }
  const used = new Set<number>();
  for (const p of pred) {
    const gi = gold.findIndex((g, i) => !used.has(i) && eq(p, g));
    if (gi >= 0) {
      used.add(gi);
      s.tp++;
    } else {
      // A second prediction matching an already-matched gold value is a duplicate, not an error.
      if (gold.some((g) => eq(p, g))) continue;
      s.fp++;
      s.notes.push(`${label} +${p}`);
    }
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) {
      s.fn++;
      s.notes.push(`${label} -${g}`);
    }
  });
}

function compareScalar(s: Score, pred: unknown, gold: unknown, label: string): void {
  if (gold === undefined) return;
  if (pred === undefined) {
    s.fn++;
    return;
  }
  if (JSON.stringify(pred) === JSON.stringify(gold)) s.tp++;
  else {
    s.fp++;
    s.fn++;
    s.notes.push(`${label} got ${JSON.stringify(pred)} want ${JSON.stringify(gold)}`);
  }
}

function pairs(map: Record<string, number[]> | undefined): string[] {
  return Object.entries(map ?? {}).flatMap(([v, ids]) => ids.map((i) => `${v}@${i}`));
}


type Gold = Record<string, any>;

function quoteRange(blocks: Block[], index: number, quote: string): [number, number] | null {
  const b = blocks[index];
  if (!b) return null;
  const at = b.text.indexOf(quote);
  return at < 0 ? null : [at, at + quote.length];
}

function overlapQuote(blocks: Block[], a: { quote: string; index: number }, b: { quote: string; index: number }): boolean {
  if (a.index !== b.index) return false;
  const x = quoteRange(blocks, a.index, a.quote);
  const y = quoteRange(blocks, b.index, b.quote);
  if (!x || !y) return false;
  return x[0] < y[1] && y[0] < x[1];
}

function scoreSeed(t: Table, seed: string, blocks: Block[], facts: Facts, gold: Gold): void {
  const L = (f: string) => `[${seed.slice(0, 3)}] ${f}`;
  // Gold lists some names twice in different spacing ("Shenzhen ZuoMiTechnology Co., Ltd." and
  // "ShenZhen ZuoMi Technology Co.,Ltd"); they are one name.
  const goldCompany = (gold.company ?? []).filter((n: string, i: number, all: string[]) => all.findIndex((x) => squash(x) === squash(n)) === i);
  compareSets(score(t, 'company'), facts.company, goldCompany, (a, b) => squash(a) === squash(b) || (fuzzyEq(a, b) && Math.min(squash(a).length, squash(b).length) / Math.max(squash(a).length, squash(b).length) > 0.6), L('company'));
  for (const f of ['collected', 'shared_with', 'purposes', 'rights'] as const) {
    compareSets(score(t, f), facts[f] as string[] | undefined, gold[f] ?? [], (a, b) => a === b, L(f));
    const evField = f === 'shared_with' ? 'shared_evidence' : `${f}_evidence`;
    compareSets(score(t, `${f} evidence`), facts[f] ? pairs((facts as any)[evField]) : undefined, pairs(gold[evField]), (a, b) => a === b, L(evField));
  }
  compareScalar(score(t, 'sells_data'), facts.sells_data, gold.sells_data, L('sells_data'));
  compareSets(score(t, 'how_to_exercise'), facts.how_to_exercise, gold.how_to_exercise ?? [], fuzzyEq, L('how_to_exercise'));
  // Evidence of a channel: the blocks where each gold channel is written, for the predicted channel that matches it.
  if (gold.how_to_exercise_evidence) {
    const predEv = facts.how_to_exercise_evidence ?? {};
    const predPairs = Object.entries(predEv).flatMap(([v, ids]) => {
      const g = (gold.how_to_exercise as string[]).find((x) => fuzzyEq(v, x));
      return ids.map((i) => `${g ?? v}@${i}`);
    });
    compareSets(score(t, 'how_to_exercise evidence'), facts.how_to_exercise ? [...new Set(predPairs)] : undefined, pairs(gold.how_to_exercise_evidence), (a, b) => a === b, L('how_to_exercise_evidence'));
  }
  // Fields whose evidence is one list of block ids.
  for (const f of ['company', 'sells_data', 'children', 'transfers', 'change_notice', 'consent_by_use'] as const) {
    const goldIds: number[] | undefined = gold[`${f}_evidence`];
    if (!goldIds) continue;
    const predIds = (facts as Record<string, unknown>)[`${f}_evidence`] as number[] | undefined;
    compareSets(score(t, `${f} evidence`), predIds?.map(String), goldIds.map(String), (a, b) => a === b, L(`${f}_evidence`));
  }
  const retPred = facts.retention?.map((r) => `${r.index}\u0000${r.quote}`);
  compareSets(score(t, 'retention quotes'), retPred, (gold.retention ?? []).map((r: any) => `${r.index}\u0000${r.quote}`), (a, b) => {
    const [ai, aq] = a.split('\u0000');
    const [bi, bq] = b.split('\u0000');
    return overlapQuote(blocks, { index: +ai, quote: aq }, { index: +bi, quote: bq });
  }, L('retention'));
  if (gold.children) {
    compareScalar(score(t, 'children.min_age'), facts.children?.min_age, gold.children.min_age, L('children.min_age'));
    compareScalar(score(t, 'children.parental_consent'), facts.children?.parental_consent, gold.children.parental_consent, L('children.parental_consent'));
  }
  compareSets(score(t, 'transfers.countries'), facts.transfers?.countries, gold.transfers?.countries ?? [], fuzzyEq, L('countries'));
  compareSets(score(t, 'transfers.safeguards'), facts.transfers?.safeguards, gold.transfers?.safeguards ?? [], fuzzyEq, L('safeguards'));
  const secIds = (m: Record<string, number[]> | undefined) => [...new Set(Object.values(m ?? {}).flat())].map(String);
  compareSets(score(t, 'security (evidence blocks)'), facts.security_measures ? secIds(facts.security_evidence) : undefined, secIds(gold.security_evidence), (a, b) => a === b, L('security'));
  compareScalar(score(t, 'change_notice'), facts.change_notice, gold.change_notice, L('change_notice'));
  if (gold.change_notice_quote) {
    const s = score(t, 'change_notice_quote');
    const ev: number[] = gold.change_notice_evidence ?? [];
    const hit = facts.change_notice_quote !== undefined && ev.some((i) => overlapQuote(blocks, { index: i, quote: facts.change_notice_quote! }, { index: i, quote: gold.change_notice_quote }));
    if (hit) s.tp++;
    else {
      s.fn++;
      if (facts.change_notice_quote) s.fp++;
      s.notes.push(`${L('change_notice_quote')} got ${JSON.stringify(facts.change_notice_quote)}`);
    }
  }
  compareScalar(score(t, 'consent_by_use'), facts.consent_by_use, gold.consent_by_use, L('consent_by_use'));
  const goldFlags: string[] = [...new Set<string>((gold.red_flags ?? []).map((f: any) => f.flag))];
  compareSets(score(t, 'red_flags (kinds)'), facts.red_flags ? [...new Set(facts.red_flags.map((f) => f.flag))] : undefined, goldFlags, (a, b) => a === b, L('red_flags'));
  const flagKey = (f: { flag: string; index: number; quote: string }) => `${f.flag}\u0000${f.index}\u0000${f.quote}`;
  compareSets(score(t, 'red_flags (quotes)'), facts.red_flags?.map(flagKey), (gold.red_flags ?? []).map(flagKey), (a, b) => {
    const [af, ai, aq] = a.split('\u0000');
    const [bf, bi, bq] = b.split('\u0000');
    return af === bf && overlapQuote(blocks, { index: +ai, quote: aq }, { index: +bi, quote: bq });
  }, L('red_flag quote'));
  if (facts.contradictions) {
    // A contradiction is an unordered pair of blocks: 79-6 is the same finding as 6-79.
    const pair = (c: { a: number; b: number }) => `${Math.min(c.a, c.b)}-${Math.max(c.a, c.b)}`;
    compareSets(score(t, 'contradictions'), facts.contradictions.map(pair), (gold.contradictions ?? []).map(pair), (a, b) => a === b, L('contradictions'));
  }
  // Quotes must be exact substrings of their block.
  const q = score(t, 'quotes are exact substrings');
  for (const r of [...(facts.retention ?? []), ...(facts.red_flags ?? [])]) {
    if (blocks[r.index]?.text.includes(r.quote)) q.tp++;
    else {
      q.fp++;
      q.notes.push(`${L('quote')} not in block ${r.index}: ${r.quote}`);
    }
  }
  if (facts.change_notice_quote !== undefined) {
    if ((facts.change_notice_evidence ?? []).some((i) => blocks[i]?.text.includes(facts.change_notice_quote!))) q.tp++;
    else {
      q.fp++;
      q.notes.push(`${L('change_notice_quote')} not in its evidence blocks: ${facts.change_notice_quote}`);
    }
  }
}

const OPP_TYPE: Record<string, string> = {
  Contact: 'contact',
  Financial: 'financial',
  Location: 'location',
  Demographic: 'demographic',
  'Computer information': 'computer_information',
  'IP address and device IDs': 'device_identifiers',
  'Cookies and tracking elements': 'cookies_tracking',
  'User online activities': 'online_activity',
  'User profile': 'user_profile',
  Health: 'health',
  'Social media data': 'social_media',
  'Survey data': 'survey',
  'Personal identifier': 'personal_identifier',
  'Generic personal information': 'generic_personal',
};
/** Our values that OPP's policy-level types cannot express are left out of the comparison. */
const OPP_COMPARABLE = new Set(Object.values(OPP_TYPE));
/**
 * OPP access/choice types → the rights that express them. "Opt-in" (consent is asked first) and
 * "Don't use service/feature" are not rights a user exercises, so they have no counterpart.
 */
const OPP_ACCESS: Record<string, string[]> = {
  View: ['access'],
  // OPP-115's "Edit information" covers modifying and removing pieces of information (whole accounts have their own types).
  'Edit information': ['correction', 'deletion'],
  'Delete account (partial)': ['deletion', 'account_closure'],
  'Delete account (full)': ['deletion', 'account_closure'],
  'Deactivate account': ['account_closure', 'deletion'],
};
const OPP_CHOICE: Record<string, string[]> = {
  'Browser/device privacy controls': ['cookie_control', 'opt_out_location'],
  'Opt-out link': ['opt_out_marketing', 'object', 'withdraw_consent'],
  'Opt-out via contacting company': ['opt_out_marketing', 'object', 'withdraw_consent'],
  // Settings the company offers (e-mail preferences, account privacy settings).
  'First-party privacy controls': ['opt_out_marketing', 'opt_out_location', 'cookie_control', 'withdraw_consent'],
  // Opt-outs run by others: ad networks' and industry opt-out pages, analytics opt-out add-ons.
  'Third-party privacy controls': ['cookie_control', 'opt_out_marketing', 'object'],
};

interface OppPolicy {
  policy: string;
  collected_types: string[];
  shared_types: string[];
  choices: string[];
  access: string[];
}

function scoreMapped(s: Score, rights: string[], goldTags: string[], map: Record<string, string[]>, label: string): void {
  const relevant = new Set(Object.values(map).flat());
  const predRel = rights.filter((r) => relevant.has(r));
  const goldRel = goldTags.filter((g) => map[g]);
  for (const g of goldRel) {
    if (map[g].some((r) => predRel.includes(r))) s.tp++;
    else {
      s.fn++;
      s.notes.push(`${label} -${g}`);
    }
  }
  for (const r of predRel) {
    if (!goldRel.some((g) => map[g].includes(r))) {
      s.fp++;
      s.notes.push(`${label} +${r}`);
    }
  }
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const verbose = args.has('--verbose') || args.has('-v');
  const results: Record<string, Record<string, { p: number | null; r: number | null; tp: number; fp: number; fn: number }>> = {};

  // ---- seeds
  const seedBlocks = jsonl<SeedBlock>('gold/seeds.blocks.jsonl');
  const gold = JSON.parse(readData('gold/seeds.facts.json')) as Record<string, Gold>;
  const bySeed = new Map<string, SeedBlock[]>();
  for (const b of seedBlocks) (bySeed.get(b.seed) ?? bySeed.set(b.seed, []).get(b.seed)!).push(b);
  for (const mode of ['gold categories', 'live classifier'] as const) {
    const t: Table = new Map();
    for (const [seed, rows] of bySeed) {
      rows.sort((a, b) => a.index - b.index);
      const blocks: Block[] = rows.map((r) => ({ id: r.index, text: r.text, section: r.section, kind: r.kind }));
      const facts =
        mode === 'gold categories'
          ? extractFacts(rows.map((r) => ({ id: r.index, text: r.text, section: r.section, kind: r.kind, categories: r.categories, evidence: [] }))).facts
          : analyzeBlocks(blocks).facts;
      if (gold[seed]) scoreSeed(t, seed, blocks, facts, gold[seed]);
    }
    results[`seeds (${mode})`] = report(`Seeds, ${mode}`, t, verbose && mode === 'gold categories');
  }

  // ---- OPP-115 dev
  const segments = jsonl<OppSegment>('opp115-dev/segments.jsonl');
  const policies = jsonl<OppPolicy>('opp115-dev/policies.jsonl');
  const segsByPolicy = new Map<string, OppSegment[]>();
  for (const s of segments) (segsByPolicy.get(s.policy) ?? segsByPolicy.set(s.policy, []).get(s.policy)!).push(s);
  /** Per data type breakdown of the OPP-115 figures (gold categories; printed for diagnosis, not guarded). */
  const perType: Table = new Map();
  for (const mode of ['gold categories', 'live classifier'] as const) {
    const t: Table = new Map();
    for (const p of policies) {
      const segs = (segsByPolicy.get(p.policy) ?? []).sort((a, b) => a.segment - b.segment);
      const blocks: ClassifiedBlock[] = segs.map((s, i) => ({
        id: i,
        text: s.text,
        section: '',
        kind: 'paragraph',
        categories: s.majority.map((c) => OPP_CATEGORY[c]).filter(Boolean),
        evidence: [],
      }));
      for (const b of blocks) if (b.categories.length === 0) b.categories = ['other'];
      const facts = mode === 'gold categories' ? extractFacts(blocks).facts : analyzeBlocks(blocks.map(({ id, text, section, kind }) => ({ id, text, section, kind }))).facts;
      const L = `[${p.policy}]`;
      const mapTypes = (xs: string[]) => [...new Set(xs.map((x) => OPP_TYPE[x]).filter(Boolean))];
      const comparable = (xs: string[] | undefined) => xs?.filter((x) => OPP_COMPARABLE.has(x));
      compareSets(score(t, 'collected types'), comparable(facts.collected), mapTypes(p.collected_types), (a, b) => a === b, `${L} collected`);
      compareSets(score(t, 'shared types'), comparable(facts.shared_types), mapTypes(p.shared_types), (a, b) => a === b, `${L} shared`);
      if (mode === 'gold categories') {
        for (const [family, pred, goldTypes] of [
          ['collected', comparable(facts.collected) ?? [], mapTypes(p.collected_types)],
          ['shared', comparable(facts.shared_types) ?? [], mapTypes(p.shared_types)],
        ] as const) {
          for (const type of OPP_COMPARABLE) {
            const s = score(perType, `${family} ${type}`);
            compareSets(s, pred.filter((x) => x === type), goldTypes.filter((x) => x === type), (a, b) => a === b, `${L} ${family}`);
          }
        }
      }
      scoreMapped(score(t, 'access'), facts.rights ?? [], p.access, OPP_ACCESS, `${L} access`);
      scoreMapped(score(t, 'choices'), facts.rights ?? [], p.choices, OPP_CHOICE, `${L} choices`);
    }
    results[`opp115-dev (${mode})`] = report(`OPP-115 dev (65 policies), ${mode}`, t, verbose && mode === 'gold categories');
  }
  if (args.has('--per-type') || verbose) {
    const sorted: Table = new Map([...perType].filter(([, s]) => s.tp + s.fp + s.fn > 0).sort(([a], [b]) => a.localeCompare(b)));
    report('OPP-115 dev, per data type (gold categories; not guarded)', sorted, false);
  }

  if (args.has('--write-baseline')) {
    mkdirSync(dirname(BASELINE), { recursive: true });
    writeFileSync(BASELINE, JSON.stringify({ note: 'Written by npm run eval:facts -- --write-baseline; --check guards these figures.', results }, null, 2) + '\n');
    console.log(`\nWrote ${BASELINE}`);
  }
  if (args.has('--check')) {
    if (!existsSync(BASELINE)) {
      console.error(`No baseline at ${BASELINE}: run npm run eval:facts -- --write-baseline first.`);
      process.exit(1);
    }
    const base = JSON.parse(readFileSync(BASELINE, 'utf8')).results as typeof results;
    const drops: string[] = [];
    for (const [set, fields] of Object.entries(base)) {
      for (const [field, b] of Object.entries(fields)) {
        if (field.endsWith('(info)')) continue;
        const now = results[set]?.[field];
        for (const k of ['p', 'r'] as const) {
          if (b[k] === null) continue;
          const v = now?.[k] ?? 0;
          if (v < b[k]! - TOLERANCE) drops.push(`${set} / ${field} ${k === 'p' ? 'precision' : 'recall'}: ${v.toFixed(3)} < baseline ${b[k]!.toFixed(3)} - ${TOLERANCE}`);
        }
      }
    }
    if (drops.length) {
      console.error(`\nFact extraction regressed below eval/facts-baseline.json:\n  ${drops.join('\n  ')}`);
      process.exit(1);
    }
    console.log('\nNo guarded figure dropped more than 0.01 below the baseline.');
  }
}

function report(title: string, t: Table, verbose: boolean) {
  const fmt = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
  console.log(`\n${title}\n${'field'.padEnd(30)}  P      R      tp   fp   fn`);
  const out: Record<string, { p: number | null; r: number | null; tp: number; fp: number; fn: number }> = {};
  for (const [f, s] of t) {
    console.log(`${f.padEnd(30)}  ${fmt(s.p)}  ${fmt(s.r)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
    out[f] = { p: s.p === null ? null : +s.p.toFixed(4), r: s.r === null ? null : +s.r.toFixed(4), tp: s.tp, fp: s.fp, fn: s.fn };
  }
  if (verbose) for (const s of t.values()) for (const n of s.notes) console.log('   ', n);
  return out;
}

main();
