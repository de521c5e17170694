/**
 * Speed of the analysis beside compromise's bare tokenizer, on the same texts in the same run.
 *   npm run bench               table (5 repetitions)
 *   npm run bench -- --json     JSON instead of the table
 *   npm run bench -- --quick    2 repetitions (CI); exits 1 when analysis < 0.5x tokenize words/s
 *
 * Texts: the five seed policies (gold blocks, as documents) and every OPP-115 dev policy (its segments
 * as paragraph blocks, in order). Per policy and repetition we time `analyzeBlocks` (classifier + facts),
 * `classifyBlocks` alone, `extractFacts` alone (on blocks classified beforehand), and `nlp.tokenize` of
 * compromise/one over the same block texts, interleaved so machine load hits all of them alike. Throughput uses each policy's best repetition (the machine is
 * shared); p50/p95 are over policies of those best times.
 *
 * Also: the detector's precheck (what the content script runs on every page) on the non-policy
 * pages of detect-dev, parsed with linkedom: per page the median of its runs, then median and p95
 * over pages. linkedom is slower than a browser DOM (`npm run eval:detect -- --browser` times Chromium).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SHARED_DIR, readSharedJsonl, type OppSegmentRecord, type SeedBlockRecord } from './lib/corpora';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise/one';
import { parseHTML } from 'linkedom';
import { precheck } from '../src/page/precheck';
import { analyzeBlocks, countWords } from '../src/core/analysis';
import { classifyBlocks } from '../src/rules';
import { extractFacts } from '../src/core/facts/extract';
import type { Block, ClassifiedBlock } from '../src/core/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = SHARED_DIR;
const BUDGET = 0.5;

const readJsonl = <T>(rel: string): T[] => readSharedJsonl<T>(rel, 'npm run bench');

interface Doc {
  name: string;
  blocks: Block[];
  words: number;
  /** The blocks with their verdicts, so the facts step can be timed on its own. */
  classified?: ClassifiedBlock[];
}

function loadDocs(): Doc[] {
  const seeds = readJsonl<SeedBlockRecord>('gold/seeds.blocks.jsonl');
  const opp = readJsonl<OppSegmentRecord>('opp115-dev/segments.jsonl');
  const groups = new Map<string, Block[]>();
  for (const b of [...seeds].sort((x, y) => x.index - y.index)) {
    const key = `seed:${b.seed}`;
    groups.set(key, [...(groups.get(key) ?? []), { id: b.index, text: b.text, section: b.section, kind: b.kind }]);
  }
  for (const s of [...opp].sort((x, y) => x.segment - y.segment)) {
    const key = `opp:${s.policy}`;
    groups.set(key, [...(groups.get(key) ?? []), { id: s.segment, text: s.text, section: '', kind: 'paragraph' }]);
  }
  return [...groups].map(([name, blocks]) => ({ name, blocks, words: blocks.reduce((n, b) => n + countWords(b.text), 0) }));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

interface Row {
  name: string;
  wordsPerSecond: number;
  p50ms: number;
  p95ms: number;
  ratioToTokenize: number;
}

interface PrecheckCost {
  pages: number;
  runsPerPage: number;
  medianMs: number;
  p95Ms: number;
}

const PRECHECK_RUNS = 5;

/** Precheck cost per non-policy page of detect-dev (null when the pages are not there). */
function benchPrecheck(reps: number): PrecheckCost | null {
  const index = resolve(SHARED, 'detect-dev/index.jsonl');
  if (!existsSync(index)) return null;
  const entries = readJsonl<{ file: string; label: string }>('detect-dev/index.jsonl').filter((e) => e.label === 'other');
  const perPage: number[] = [];
  const runs = Math.max(PRECHECK_RUNS, reps);
  for (const entry of entries) {
    const { document } = parseHTML(readFileSync(resolve(SHARED, 'detect-dev', entry.file), 'utf8'));
    const doc = document as unknown as Document;
    precheck(doc); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      precheck(doc);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    perPage.push(times[Math.floor(times.length / 2)]);
  }
  if (!perPage.length) return null;
  const sorted = perPage.sort((a, b) => a - b);
  const ms = (x: number) => Math.round(x * 1000) / 1000;
  return { pages: sorted.length, runsPerPage: runs, medianMs: ms(percentile(sorted, 50)), p95Ms: ms(percentile(sorted, 95)) };
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const quick = args.has('--quick');
  const reps = quick ? 2 : 5;
  const docs = loadDocs();
  const words = docs.reduce((n, d) => n + d.words, 0);
  for (const d of docs) {
    const verdicts = classifyBlocks(d.blocks);
    d.classified = d.blocks.map((b, i) => ({ ...b, categories: verdicts[i].categories, evidence: verdicts[i].evidence }));
  }
  // The budget row comes first and the tokenizer reference last; the other rows say where the time goes.
  const subjects: [string, (d: Doc) => unknown][] = [
    ['analyzeBlocks (classifier + facts)', (d) => analyzeBlocks(d.blocks)],
    ['classifyBlocks', (d) => classifyBlocks(d.blocks)],
    ['extractFacts (on classified blocks)', (d) => extractFacts(d.classified ?? [])],
    ['compromise/one nlp.tokenize', (d) => d.blocks.forEach((b) => nlp.tokenize(b.text))],
  ];
  // Warm-up pass: rule compilation and JIT are not what a long-lived worker pays per page.
  for (const d of docs) for (const [, f] of subjects) f(d);
  const best = subjects.map(() => docs.map(() => Infinity));
  for (let r = 0; r < reps; r++) {
    docs.forEach((d, i) => {
      subjects.forEach(([, f], k) => {
        const t = performance.now();
        f(d);
        best[k][i] = Math.min(best[k][i], performance.now() - t);
      });
    });
  }
  const rows: Row[] = subjects.map(([name], k) => {
    const total = best[k].reduce((a, b) => a + b, 0);
    const sorted = [...best[k]].sort((a, b) => a - b);
    const ms = (x: number) => Math.round(x * 100) / 100;
    return { name, wordsPerSecond: Math.round(words / (total / 1000)), p50ms: ms(percentile(sorted, 50)), p95ms: ms(percentile(sorted, 95)), ratioToTokenize: 0 };
  });
  const tokenizeWps = rows[rows.length - 1].wordsPerSecond;
  for (const row of rows) row.ratioToTokenize = Math.round((row.wordsPerSecond / tokenizeWps) * 100) / 100;
  const ok = rows[0].ratioToTokenize >= BUDGET;
  const precheckCost = benchPrecheck(reps);

  if (args.has('--json')) {
    console.log(JSON.stringify({ policies: docs.length, words, repetitions: reps, budget: BUDGET, ok, rows, precheck: precheckCost }, null, 2));
  } else {
    console.log(`${docs.length} policies (5 seeds + OPP-115 dev), ${words} words, best of ${reps} repetitions per policy`);
    console.log('| subject | words/s | p50 ms/policy | p95 ms/policy | × tokenize |');
    console.log('|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.name} | ${r.wordsPerSecond} | ${r.p50ms.toFixed(2)} | ${r.p95ms.toFixed(2)} | ${r.ratioToTokenize.toFixed(2)} |`);
    console.log(`${ok ? 'OK' : 'FAIL'}: analysis ${rows[0].ratioToTokenize.toFixed(2)}x tokenize (budget >= ${BUDGET}x).`);
    console.log('');
    if (precheckCost) {
      console.log('| detector precheck (every page), non-policy pages of detect-dev, linkedom | pages | median ms/page | p95 ms/page |');
      console.log('|---|---|---|---|');
      console.log(`| precheck (median of ${precheckCost.runsPerPage} runs per page) | ${precheckCost.pages} | ${precheckCost.medianMs.toFixed(3)} | ${precheckCost.p95Ms.toFixed(3)} |`);
    } else console.log('precheck: skipped (no detect-dev pages in ../shared)');
  }
  if (quick && !ok) process.exit(1);
}

main();
