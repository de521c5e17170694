/**
 * Evaluates the privacy-policy page detector on ../shared/detect-dev (content alone, no URL).
 *
 *   npm run eval:detect                      # report
 *   npm run eval:detect -- --verbose         # every page with its score and signals
 *   npm run eval:detect -- --write-baseline  # store figures in eval/detect-baseline.json
 *   npm run eval:detect -- --check           # fail when F1 drops more than 0.01 below the baseline
 *   npm run eval:detect -- --browser         # also time the precheck in real Chromium (/usr/bin/chromium)
 *   npm run eval:detect -- --link-text "Privacy Policy"
 *                                            # as if every page was reached through a link with this text
 *                                            # (worst case for precision: the non-policy pages too)
 *
 * `ambiguous` pages (cookie policies, privacy hubs, combined documents) are reported, not scored.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { precheck, scorePage } from '../src/page/detect';
import { detectPolicyFromText } from '../src/core/detect-score';

interface IndexEntry {
  file: string;
  label: 'policy' | 'other' | 'ambiguous';
  kind?: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.FP_SHARED ?? resolve(ROOT, '../shared');
const DEV = resolve(SHARED, 'detect-dev');
const BASELINE = resolve(ROOT, 'eval/detect-baseline.json');
const F1_TOLERANCE = 0.01;
const PRECHECK_RUNS = 5;

const argv = process.argv.slice(2);
const args = new Set(argv);
const verbose = args.has('--verbose');
/** `--link-text TEXT` or `--link-text=TEXT`: the anchor text of the link that led to every page. */
const linkText = (() => {
  const eq = argv.find((a) => a.startsWith('--link-text='));
  if (eq) return eq.slice('--link-text='.length);
  const i = argv.indexOf('--link-text');
  return i >= 0 ? (argv[i + 1] ?? '') : undefined;
})();
if (linkText !== undefined && (args.has('--write-baseline') || args.has('--check'))) {
  console.error('--link-text measures a hypothetical signal: it cannot be combined with --write-baseline or --check.');
  process.exit(2);
}

if (!existsSync(resolve(DEV, 'index.jsonl'))) {
  console.error(`Missing data: ${DEV}/index.jsonl. eval:detect reads ../shared/detect-dev beside the repo (or set FP_SHARED).`);
  process.exit(2);
}

const entries: IndexEntry[] = readFileSync(resolve(DEV, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
let precheckHits = 0;
let policies = 0;
let precheckPassedOthers = 0;
const negativeTimes: number[] = [];
const errors: string[] = [];
const ambiguous: string[] = [];
const rows: string[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : 0;
}

const started = performance.now();
for (const entry of entries) {
  const html = readFileSync(resolve(DEV, entry.file), 'utf8');
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;

  const times: number[] = [];
  let pre = precheck(doc, undefined, { linkText });
  for (let i = 0; i < PRECHECK_RUNS; i++) {
    const t0 = performance.now();
    pre = precheck(doc, undefined, { linkText });
    times.push(performance.now() - t0);
  }
  const detail = scorePage(doc, { linkText });
  const why = `score ${detail.score} [${Object.entries(detail.contributions)
    .map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v}`)
    .join(', ')}] lang=${detail.language}; ${detail.signals.join('; ')}`;
  const line = `${entry.file}${entry.kind ? ` (${entry.kind})` : ''}: ${why}`;
  if (verbose) rows.push(`${detail.isPolicy ? 'POLICY' : 'other '} ${entry.label.padEnd(9)} ${line}`);

  if (entry.label === 'ambiguous') {
    ambiguous.push(`${detail.isPolicy ? 'policy' : 'other'}  ${line}`);
    continue;
  }
  if (entry.label === 'policy') {
    policies++;
    if (pre.maybe) precheckHits++;
    else errors.push(`PRECHECK MISS ${entry.file}: precheck said no (title "${doc.title}")`);
    if (detail.isPolicy) tp++;
    else {
      fn++;
      errors.push(`FALSE NEGATIVE ${line}`);
    }
  } else {
    negativeTimes.push(median(times));
    if (pre.maybe) precheckPassedOthers++;
    if (detail.isPolicy) {
      fp++;
      errors.push(`FALSE POSITIVE ${line}`);
    } else tn++;
  }
}

const precision = tp + fp ? tp / (tp + fp) : 1;
const recall = tp + fn ? tp / (tp + fn) : 1;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const precheckRecall = policies ? precheckHits / policies : 1;
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

if (verbose) console.log(rows.join('\n'), '\n');
console.log(
  `detect-dev: ${entries.length} pages (${policies} policy, ${tn + fp} other, ${ambiguous.length} ambiguous), content only (no URL)${linkText !== undefined ? `, every page reached through a link "${linkText}"` : ''}`,
);
console.log(`  precision ${round(precision, 3)}  recall ${round(recall, 3)}  F1 ${round(f1, 3)}   (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
console.log(`  precheck recall on policies ${round(precheckRecall, 3)} (${precheckHits}/${policies})`);
console.log(`  precheck said "maybe" on ${precheckPassedOthers}/${tn + fp} non-policy pages (they go on to the full check)`);
console.log(`  precheck on non-policy pages: median ${round(median(negativeTimes), 3)} ms, p95 ${round(percentile(negativeTimes, 0.95), 3)} ms (linkedom, ${PRECHECK_RUNS} runs/page)`);
console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(errors.length ? `\nErrors (${errors.length}):\n  ${errors.join('\n  ')}` : '\nNo errors.');
if (ambiguous.length) console.log(`\nAmbiguous (reported, not scored):\n  ${ambiguous.join('\n  ')}`);

// The plain-text path (CLI .txt input) on OPP-115's policies: paragraphs only, no title or
// headings, some segments withheld. Informational: every one of them is a policy.
const segmentsFile = resolve(SHARED, 'opp115-dev/segments.jsonl');
if (existsSync(segmentsFile)) {
  const byPolicy = new Map<string, string[]>();
  for (const line of readFileSync(segmentsFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const seg = JSON.parse(line) as { policy: string; text: string };
    byPolicy.set(seg.policy, [...(byPolicy.get(seg.policy) ?? []), seg.text]);
  }
  const found = [...byPolicy.values()].filter((texts) => detectPolicyFromText(texts.join('\n')).isPolicy).length;
  console.log(`\nplain-text path on OPP-115 policies (segments only, no title/headings): ${found}/${byPolicy.size} recognised`);
}

if (args.has('--browser')) {
  const browserTimes = await timePrecheckInChromium(entries.filter((e) => e.label === 'other'));
  if (browserTimes) {
    console.log(
      `\nprecheck in Chromium on ${browserTimes.length} non-policy pages: median ${round(median(browserTimes), 3)} ms, p95 ${round(percentile(browserTimes, 0.95), 3)} ms`,
    );
  }
}

/**
 * Times `precheck` where it really runs: a browser DOM (linkedom's selector engine is far slower
 * than a browser's). Page scripts are disabled and every request is blocked; the bundled
 * precheck is injected and run on each saved page.
 */
async function timePrecheckInChromium(pages: IndexEntry[]): Promise<number[] | null> {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`\n--browser: no Chromium at ${executablePath} (set CHROMIUM); skipped.`);
    return null;
  }
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    stdin: {
      contents: `import { precheck } from './src/page/detect'; (globalThis as any).__fpPrecheck = precheck;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  const code = bundle.outputFiles[0].text;
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const times: number[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    for (const entry of pages) {
      await page.setContent(readFileSync(resolve(DEV, entry.file), 'utf8'), { waitUntil: 'domcontentloaded' });
      const ms = await page.evaluate(`(() => { ${code}; const runs = []; for (let i = 0; i < ${PRECHECK_RUNS}; i++) { const t = performance.now(); globalThis.__fpPrecheck(document); runs.push(performance.now() - t); } runs.sort((a, b) => a - b); return runs[Math.floor(runs.length / 2)]; })()`);
      times.push(ms as number);
    }
  } finally {
    await browser.close();
  }
  return times;
}

const figures = {
  pages: entries.length,
  precision: round(precision),
  recall: round(recall),
  f1: round(f1),
  precheckRecall: round(precheckRecall),
  tp,
  fp,
  fn,
  tn,
};

if (args.has('--write-baseline')) {
  mkdirSync(dirname(BASELINE), { recursive: true });
  writeFileSync(BASELINE, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nBaseline written to ${BASELINE}`);
}
if (args.has('--check')) {
  if (!existsSync(BASELINE)) {
    console.error(`\nNo baseline at ${BASELINE}: run with --write-baseline first.`);
    process.exit(1);
  }
  const base = JSON.parse(readFileSync(BASELINE, 'utf8')) as typeof figures;
  if (figures.f1 < base.f1 - F1_TOLERANCE) {
    console.error(`\nCHECK FAILED: F1 ${figures.f1} is more than ${F1_TOLERANCE} below the baseline ${base.f1}.`);
    process.exit(1);
  }
  if (figures.precheckRecall < base.precheckRecall) {
    console.error(`\nCHECK FAILED: precheck recall ${figures.precheckRecall} fell below the baseline ${base.precheckRecall}.`);
    process.exit(1);
  }
  console.log(`\nCheck passed: F1 ${figures.f1} (baseline ${base.f1}).`);
}
