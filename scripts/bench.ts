/**
 * The performance budget, measured side by side in one run.
 *   npm run bench                    everything, full repetitions (a few minutes)
 *   npm run bench -- --quick         few repetitions (1-2 minutes; CI runs this after the builds)
 *   npm run bench -- --json          JSON on stdout instead of the tables
 *   npm run bench -- --no-browser    Node figures only (no build needed)
 * The JSON is always written to .cache/bench.json (or --out FILE). Exit 1 when a budget is broken,
 * 2 when something it needs is missing (the build, Chromium, ../shared).
 *
 * Node: texts are the five seed policies (gold blocks, as documents) and every OPP-115 dev policy
 * (its segments as paragraph blocks, in order). Per policy and repetition we time `analyzeBlocks`
 * (classifier + facts), `classifyBlocks` alone, `extractFacts` alone (on blocks classified
 * beforehand), and `nlp.tokenize` of compromise/one over the same block texts, interleaved so
 * machine load hits all of them alike. Throughput uses each policy's best repetition (the machine
 * is shared); p50/p95 are over policies of those best times. Also the detector's precheck (what the
 * content script runs on every page) on the non-policy pages of detect-dev, parsed with linkedom:
 * per page the median of its runs, then median and p95 over pages (linkedom is slower than a
 * browser DOM; the in-browser page-load ratio below is the figure users feel).
 *
 * Build: bundle sizes of the Chrome build in $FINEPRINT_OUT_DIR (default .output), through
 * scripts/check-bundle-size.mjs --json.
 *
 * Browser: real Chromium with that build (scripts/lib/bench-browser.ts): time from navigation to
 * highlights on the seed and the ten largest OPP-115 dev policy pages (warm and cold worker), the
 * time the popup takes to show the privacy label on a seed policy (reported), and the page-load time the extension adds on detect-dev's non-policy pages, as a ratio with/without.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { runBrowserBench, type BrowserBenchResult } from './lib/bench-browser';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = SHARED_DIR;

/** The budgets of issue 6. */
export const BUDGETS = {
  /** Full analysis throughput, as a multiple of compromise/one's bare tokenize on the same text. */
  analysisVsTokenize: 0.5,
  /** Minified bytes of what runs on every page (the manifest's content scripts). */
  contentScriptBytes: 30_000,
  /** Minified bytes of the JS the popup loads. */
  popupBytes: 60_000,
  /** p95 of navigation → highlights with a warm worker, ms. */
  warmHighlightP95Ms: 300,
  /** Page-load time with / without the extension on non-policy pages (trimmed geometric mean of paired ratios). */
  pageLoadRatio: 1.05,
};

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

interface NodeBench {
  policies: number;
  words: number;
  repetitions: number;
  rows: Row[];
  precheck: PrecheckCost | null;
}

function benchNode(reps: number): NodeBench {
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
  return { policies: docs.length, words, repetitions: reps, rows, precheck: benchPrecheck(reps) };
}

interface BundleGroup {
  name: string;
  budget: number | null;
  minified: number;
  gzip: number;
  files: { file: string; minified: number; gzip: number }[];
}

const OUT_DIR = resolve(ROOT, process.env.FINEPRINT_OUT_DIR || '.output');

/** Bundle sizes of the Chrome build, or a reason there are none. */
function benchBundles(): { groups: BundleGroup[] } | { missing: string } {
  const root = resolve(OUT_DIR, 'chrome-mv3');
  if (!existsSync(resolve(root, 'manifest.json'))) return { missing: `no Chrome build in ${root}: run npm run build (or set FINEPRINT_OUT_DIR)` };
  const r = spawnSync(process.execPath, [resolve(ROOT, 'scripts/check-bundle-size.mjs'), root, '--json'], { encoding: 'utf8' });
  try {
    return { groups: (JSON.parse(r.stdout) as { groups: BundleGroup[] }).groups };
  } catch {
    return { missing: `scripts/check-bundle-size.mjs failed: ${(r.stderr || r.stdout).trim().slice(0, 300)}` };
  }
}

interface BudgetCheck {
  name: string;
  value: number | null;
  limit: number;
  /** 'min': value must be >= limit; 'max': value must be <= limit. */
  kind: 'min' | 'max';
  unit: string;
  ok: boolean;
  /** Listed in eval/bench-not-yet-met.json: reported, not gated. */
  waived?: boolean;
  message: string;
}

const NOT_YET_MET = resolve(ROOT, 'eval/bench-not-yet-met.json');

function readNotYetMet(): Record<string, string> {
  if (!existsSync(NOT_YET_MET)) return {};
  const parsed = JSON.parse(readFileSync(NOT_YET_MET, 'utf8')) as { budgets?: Record<string, string> };
  return parsed.budgets ?? {};
}

function check(name: string, value: number | null, limit: number, kind: 'min' | 'max', unit: string, what: string, missing?: string): BudgetCheck {
  if (value === null || Number.isNaN(value)) {
    return { name, value: null, limit, kind, unit, ok: false, message: `FAIL ${name}: not measured (${missing ?? 'no figure'}).` };
  }
  const ok = kind === 'min' ? value >= limit : value <= limit;
  const rel = kind === 'min' ? '>=' : '<=';
  return {
    name,
    value,
    limit,
    kind,
    unit,
    ok,
    message: `${ok ? 'OK  ' : 'FAIL'} ${name}: ${what} is ${value}${unit}, budget ${rel} ${limit}${unit}.`,
  };
}

function parseArgs(argv: string[]) {
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : resolve(ROOT, '.cache/bench.json');
  return { quick: argv.includes('--quick'), json: argv.includes('--json'), browser: !argv.includes('--no-browser'), out };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => {
    if (!args.json) console.log(line);
  };
  const started = Date.now();
  log(`Fineprint bench (${args.quick ? 'quick' : 'full'}), build: ${OUT_DIR}`);
  log('Node: analysis and precheck…');
  const node = benchNode(args.quick ? 3 : 5);
  let bundles: ReturnType<typeof benchBundles> | null = null;
  let browser: BrowserBenchResult | null = null;
  let browserError: string | null = null;
  if (args.browser) {
    bundles = benchBundles();
    if ('groups' in bundles) {
      log('Chromium: time to highlights and page-load cost…');
      try {
        browser = await runBrowserBench({ quick: args.quick, log, pageLoadBudget: BUDGETS.pageLoadRatio });
      } catch (error) {
        browserError = error instanceof Error ? error.message : String(error);
      }
    } else browserError = bundles.missing;
  }

  const group = (name: string) => (bundles && 'groups' in bundles ? bundles.groups.find((g) => g.name === name) ?? null : null);
  const kB = (bytes: number | undefined) => (bytes === undefined ? null : Math.round(bytes / 10) / 100);
  const budgets: BudgetCheck[] = [
    check('analysis throughput', node.rows[0].ratioToTokenize, BUDGETS.analysisVsTokenize, 'min', 'x', 'full analysis vs compromise/one tokenize (words/s)'),
  ];
  if (args.browser) {
    const missing = bundles && 'missing' in bundles ? bundles.missing : browserError ?? undefined;
    budgets.push(
      check('content script size', kB(group('every page')?.minified), BUDGETS.contentScriptBytes / 1000, 'max', ' kB', 'the JS run on every page (minified)', missing),
      check('popup size', kB(group('popup')?.minified), BUDGETS.popupBytes / 1000, 'max', ' kB', 'the JS the popup loads (minified)', missing),
      check('time to highlights', browser ? browser.highlights.warm.p95 : null, BUDGETS.warmHighlightP95Ms, 'max', ' ms', 'p95 navigation → highlights, warm worker', missing),
      check('page-load cost', browser ? browser.pageLoad.trimmedPairedRatio : null, BUDGETS.pageLoadRatio, 'max', 'x', 'load time with / without the extension on non-policy pages (geometric mean of back-to-back paired ratios, 20 % trimmed each end)', missing),
    );
  }
  // Budgets we know are not met yet are still measured and printed, but only a broken budget that
  // is not on that committed list fails the run: CI stops any change that breaks a budget we meet.
  const notYetMet = readNotYetMet();
  for (const b of budgets) {
    const reason = notYetMet[b.name];
    if (reason === undefined) continue;
    b.waived = true;
    b.message = b.ok
      ? `${b.message} It is listed in eval/bench-not-yet-met.json: remove it from there.`
      : `${b.message.replace(/^FAIL/, 'NOT MET (known)')} Why: ${reason}`;
  }
  const ok = budgets.every((b) => b.ok || b.waived);
  const result = {
    mode: args.quick ? 'quick' : 'full',
    at: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    build: OUT_DIR,
    ok,
    budgets,
    node,
    bundles: bundles && 'groups' in bundles ? bundles.groups.map(({ files: _files, ...g }) => g) : null,
    browser,
    browserError,
  };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n');

  if (args.json) console.log(JSON.stringify(result, null, 2));
  else printTables(result.node, bundles, browser, browserError, budgets, args.out, result.seconds);
  process.exitCode = ok ? 0 : 1;
}

function printTables(
  node: NodeBench,
  bundles: ReturnType<typeof benchBundles> | null,
  browser: BrowserBenchResult | null,
  browserError: string | null,
  budgets: BudgetCheck[],
  out: string,
  seconds: number,
): void {
  console.log('');
  console.log(`## Analysis in Node: ${node.policies} policies (5 seeds + OPP-115 dev), ${node.words} words, best of ${node.repetitions} repetitions per policy`);
  console.log('| subject | words/s | p50 ms/policy | p95 ms/policy | x tokenize |');
  console.log('|---|---|---|---|---|');
  for (const r of node.rows) console.log(`| ${r.name} | ${r.wordsPerSecond} | ${r.p50ms.toFixed(2)} | ${r.p95ms.toFixed(2)} | ${r.ratioToTokenize.toFixed(2)} |`);
  console.log('');
  if (node.precheck) {
    console.log('## Detector precheck (runs on every page), non-policy pages of detect-dev, linkedom');
    console.log('| pages | runs per page | median ms/page | p95 ms/page |');
    console.log('|---|---|---|---|');
    console.log(`| ${node.precheck.pages} | ${node.precheck.runsPerPage} | ${node.precheck.medianMs.toFixed(3)} | ${node.precheck.p95Ms.toFixed(3)} |`);
  } else console.log('precheck: skipped (no detect-dev pages in ../shared)');
  if (bundles) {
    console.log('');
    if ('groups' in bundles) {
      console.log('## Bundles (Chrome build, minified; 1 kB = 1000 bytes)');
      console.log('| part | minified kB | gzip kB | budget |');
      console.log('|---|---|---|---|');
      for (const g of bundles.groups) console.log(`| ${g.name} | ${(g.minified / 1000).toFixed(2)} | ${(g.gzip / 1000).toFixed(2)} | ${g.budget === null ? 'reported' : `<= ${(g.budget / 1000).toFixed(0)}`} |`);
    } else console.log(`bundles: ${bundles.missing}`);
  }
  if (browser) {
    const h = browser.highlights;
    console.log('');
    console.log(`## Chromium: navigation → highlights (warm: ${h.repetitions} loads per page after a warm-up; cold: worker stopped before the load)`);
    console.log('(DOMContentLoaded: the page\'s own share; worker analysis: classifier + facts inside the worker, from its tab cache)');
    console.log('| page | words | DOMContentLoaded ms | worker analysis ms | warm p50 ms | warm max ms | cold ms |');
    console.log('|---|---|---|---|---|---|---|');
    for (const p of h.pages) {
      console.log(`| ${p.page} | ${p.words} | ${p.domContentLoadedMs} | ${p.workerAnalysisMs} | ${percentileOf(p.warmMs, 50)} | ${Math.max(...p.warmMs).toFixed(1)} | ${p.coldMs === null ? '–' : p.coldMs.toFixed(1)} |`);
    }
    console.log(`| all pages, warm (n=${h.warm.n}) | | | | p50 ${h.warm.p50} | p95 ${h.warm.p95} | |`);
    console.log(`| all pages, cold (n=${h.cold.n}) | | | | | | p50 ${h.cold.p50}, p95 ${h.cold.p95} |`);
    console.log(`| repeat visit, same URL again (n=${h.repeat.n}, not budgeted) | | | | p50 ${h.repeat.p50} | p95 ${h.repeat.p95} | |`);
    if (browser.popup) {
      const o = browser.popup;
      console.log('');
      console.log(`## Chromium: opening the popup on a highlighted seed policy (${o.opens} opens; reported, not budgeted)`);
      console.log('| popup document → DOMContentLoaded (scripts run) ms | → privacy label on screen ms |');
      console.log('|---|---|');
      console.log(`| p50 ${o.domContentLoaded.p50}, p95 ${o.domContentLoaded.p95} | p50 ${o.ready.p50}, p95 ${o.ready.p95} |`);
    }
    const l = browser.pageLoad;
    console.log('');
    console.log(`## Chromium: page load on non-policy pages (detect-dev "other"), navigation start → first idle after load`);
    console.log('| pages | loads each | median with extension ms | median without ms | ratio of medians | median paired ratio | median best-of ratio | trimmed paired ratio (budget) [95 % CI] |');
    console.log('|---|---|---|---|---|---|---|---|');
    console.log(`| ${l.pages} | ${l.repetitions}${l.confirmationRounds ? ` + ${l.confirmationRounds} to confirm` : ''} | ${l.withExtensionMedianMs} | ${l.withoutExtensionMedianMs} | ${l.ratioOfMedians.toFixed(3)} | ${l.medianPairedRatio.toFixed(3)} | ${l.medianBestRatio.toFixed(3)} | ${l.trimmedPairedRatio.toFixed(3)} [${l.trimmedPairedRatioCi.map((x) => x.toFixed(3)).join(', ')}] |`);
  } else if (browserError) console.log(`\nbrowser: not measured: ${browserError}`);
  console.log('');
  console.log('## Budgets');
  for (const b of budgets) console.log(b.message);
  const broken = budgets.filter((b) => !b.ok && !b.waived).length;
  const known = budgets.filter((b) => !b.ok && b.waived).length;
  console.log(`\n${broken === 0 && known === 0 ? 'All budgets met' : `${broken} budget(s) broken, ${known} known not met yet (eval/bench-not-yet-met.json)`} (${seconds} s). JSON: ${out}`);
}

function percentileOf(values: number[], p: number): string {
  return values.length ? percentile([...values].sort((a, b) => a - b), p).toFixed(1) : '–';
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(2);
});
